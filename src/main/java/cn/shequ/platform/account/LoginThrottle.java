package cn.shequ.platform.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.shequ.platform.account.LoginEvent.Outcome;
import cn.shequ.platform.account.LoginRules.Refusal;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a login attempt is taken, counted from the login log ({@link LoginRules} for the rules):
 * the log is written for every attempt anyway, survives a restart and is the same for every
 * instance of the platform. The same questions are asked for a username that does not exist, so a
 * refusal tells nothing about whether it does. Also lists the locks in force for the administrators.
 */
@Component
@Transactional(readOnly = true)
class LoginThrottle {

    /** What counts as a failure: a wrong password or unknown username, a disabled account, any other failure. */
    static final List<Outcome> FAILURES = List.of(Outcome.BAD_CREDENTIALS, Outcome.DISABLED, Outcome.FAILED);

    /** The length of a username as the log keeps it. */
    static final int LOGGED_USERNAME = 100;

    /** At most this many accounts and addresses are looked at for the administrators' lists. */
    static final int LISTED = 200;

    private final LoginEvents events;
    private final LoginRules rules;

    LoginThrottle(LoginEvents events, SecurityProperties properties) {
        this.events = events;
        this.rules = LoginRules.of(properties);
    }

    /** Why an attempt of {@code username} from {@code client} is refused now, if it is. */
    Optional<Refusal> check(String username, String client, Instant now) {
        Optional<Refusal> address = forAddress(client, now);
        return address.isPresent() ? address : forAccount(username, client, now);
    }

    Optional<Refusal> forAddress(String client, Instant now) {
        if (client == null) {
            return Optional.empty();
        }
        long lifted = events.lastAddressLift(client, Outcome.UNLOCKED);
        List<Instant> nth = events.failuresFrom(client, FAILURES, lifted, now.minus(rules.addressWindow()),
                PageRequest.of(rules.maxPerAddress() - 1, 1));
        return rules.forAddress(nth.isEmpty() ? null : nth.get(0), now);
    }

    Optional<Refusal> forAccount(String username, String client, Instant now) {
        if (username == null || client == null) {
            return Optional.empty();
        }
        username = username.length() > LOGGED_USERNAME ? username.substring(0, LOGGED_USERNAME) : username;
        long runStart = Math.max(events.lastRunEnd(username, client, Outcome.SUCCESS, Outcome.UNLOCKED),
                events.lastAddressLift(client, Outcome.UNLOCKED));
        Object[] run = events.failureRun(username, client, FAILURES, runStart).get(0);
        return rules.forAccount(((Number) run[0]).longValue(), (Instant) run[1], now);
    }

    /** The accounts locked now, for each the addresses it is locked for and until when. */
    List<AccountLock> lockedAccounts(Instant now) {
        List<AccountLock> locks = new ArrayList<>();
        for (Object[] pair : events.failingPairs(FAILURES, now.minus(rules.lockDuration()), PageRequest.of(0, LISTED))) {
            String username = (String) pair[0];
            String client = (String) pair[1];
            forAccount(username, client, now).filter(refusal -> refusal.outcome() == Outcome.LOCKED)
                    .ifPresent(refusal -> locks.add(new AccountLock(username, client, refusal.until())));
        }
        return locks;
    }

    /** For each locked account, the latest end of its locks. */
    Map<String, Instant> lockedUntil(Instant now) {
        Map<String, Instant> until = new LinkedHashMap<>();
        for (AccountLock lock : lockedAccounts(now)) {
            until.merge(lock.username(), lock.until(), (a, b) -> a.isAfter(b) ? a : b);
        }
        return until;
    }

    /** The addresses refused now, and until when. */
    List<AddressLock> throttledAddresses(Instant now) {
        List<AddressLock> locks = new ArrayList<>();
        for (String client : events.failingClients(FAILURES, now.minus(rules.addressWindow()), rules.maxPerAddress(),
                PageRequest.of(0, LISTED))) {
            forAddress(client, now).ifPresent(refusal -> locks.add(new AddressLock(client, refusal.until())));
        }
        return locks;
    }

    /** An account locked for an address. */
    record AccountLock(String username, String address, Instant until) {
    }

    /** An address refused whatever the account. */
    record AddressLock(String address, Instant until) {
    }
}
