-- Accounts: login throttling, counted from the login log (so it holds across restarts and instances).
-- A lift of a lock by an administrator is a login_event too: outcome UNLOCKED, the account
-- (username) or the address (lifted_address) whose locks were lifted, and the administrator (actor).
alter table login_event add column actor varchar(50);
alter table login_event add column lifted_address varchar(64);
alter table login_event alter column username drop not null;
alter table login_event add constraint login_event_username_ck check (username is not null or outcome = 'UNLOCKED');
create index login_event_lifted_idx on login_event (lifted_address);

-- An account's lock now holds for the failing address only and is read from the log: the account's
-- own counter and lock go.
alter table user_account drop constraint user_account_failed_ck;
alter table user_account drop column failed_attempts;
alter table user_account drop column locked_until;
