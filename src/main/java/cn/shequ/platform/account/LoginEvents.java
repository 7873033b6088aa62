package cn.shequ.platform.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import cn.shequ.platform.account.LoginEvent.Outcome;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The login log: only added to and read; the application never deletes from it. The queries below
 * are what the login throttling counts ({@link LoginThrottle}); an attempt's client is the address a
 * trusted proxy named, else the socket's peer.
 */
interface LoginEvents extends Repository<LoginEvent, Long>, JpaSpecificationExecutor<LoginEvent> {

    LoginEvent save(LoginEvent event);

    long count();

    /** The failures from a client after an event and a moment, newest first (page through them to find the n-th). */
    @Query("""
            select e.occurredAt from LoginEvent e
            where coalesce(e.forwardedFor, e.address) = :client and e.outcome in :failures
              and e.id > :afterId and e.occurredAt > :since
            order by e.occurredAt desc, e.id desc""")
    List<Instant> failuresFrom(String client, Collection<Outcome> failures, long afterId, Instant since, Pageable page);

    /** The last lift of an address's locks (0: none). */
    @Query("""
            select coalesce(max(e.id), 0) from LoginEvent e
            where e.liftedAddress = :client and e.username is null and e.outcome = :unlocked""")
    long lastAddressLift(String client, Outcome unlocked);

    /** The last event that ends an account's run of failures from a client: a success from there, or a lift (0: none). */
    @Query("""
            select coalesce(max(e.id), 0) from LoginEvent e
            where e.username = :username
              and ((e.outcome = :success and coalesce(e.forwardedFor, e.address) = :client)
                   or (e.outcome = :unlocked and e.liftedAddress is null))""")
    long lastRunEnd(String username, String client, Outcome success, Outcome unlocked);

    /** How many failures of an account from a client came after an event, and when the last one was: [count, time]. */
    @Query("""
            select count(e), max(e.occurredAt) from LoginEvent e
            where e.username = :username and coalesce(e.forwardedFor, e.address) = :client
              and e.outcome in :failures and e.id > :afterId""")
    List<Object[]> failureRun(String username, String client, Collection<Outcome> failures, long afterId);

    /** The accounts and clients with failures since a moment, most recent first: [username, client]. */
    @Query("""
            select e.username, coalesce(e.forwardedFor, e.address) from LoginEvent e
            where e.outcome in :failures and e.occurredAt > :since and e.username is not null
            group by e.username, coalesce(e.forwardedFor, e.address)
            order by max(e.occurredAt) desc""")
    List<Object[]> failingPairs(Collection<Outcome> failures, Instant since, Pageable page);

    /** The clients with at least {@code atLeast} failures since a moment, most recent first. */
    @Query("""
            select coalesce(e.forwardedFor, e.address) from LoginEvent e
            where e.outcome in :failures and e.occurredAt > :since
            group by coalesce(e.forwardedFor, e.address)
            having count(e) >= :atLeast
            order by max(e.occurredAt) desc""")
    List<String> failingClients(Collection<Outcome> failures, Instant since, long atLeast, Pageable page);
}
