-- Accounts: the login log keeps, beside the socket's peer (address), the client a trusted reverse
-- proxy forwarded the attempt for (X-Forwarded-For; null when the peer is not a trusted proxy).
alter table login_event add column forwarded_for varchar(64);
