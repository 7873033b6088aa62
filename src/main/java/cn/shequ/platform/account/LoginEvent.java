package cn.shequ.platform.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.shequ.platform.web.ClientAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Immutable;

/**
 * One login attempt, successful, failed or refused, or an administrator's lifting of a lock. Written
 * once, never changed or deleted by the application; the login throttling is counted from these.
 */
@Entity
@Table(name = "login_event")
@Immutable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class LoginEvent {

    /** How an attempt ended (or {@link #UNLOCKED}: an administrator lifted a lock). */
    public enum Outcome {
        SUCCESS, BAD_CREDENTIALS, LOCKED, DISABLED, FAILED,
        /** Refused before the password was checked: too many failures from the client's address. */
        ADDRESS_THROTTLED,
        /** Refused before the password was checked: the wait after the last wrong password had not passed. */
        TOO_SOON,
        /** Not an attempt: an administrator lifted the locks of an account or of an address. */
        UNLOCKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** The username typed; for a lift, the account whose locks were lifted (null: an address's). */
    @Column(length = 100)
    private String username;

    @Column(nullable = false)
    private boolean success;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Outcome outcome;

    /** The socket's peer: the client itself, or the trusted proxy it came through. */
    @Column(length = 64)
    private String address;

    /** The client a trusted proxy forwarded the attempt for ({@code X-Forwarded-For}); null without one. */
    @Column(name = "forwarded_for", length = 64)
    private String forwardedFor;

    @Column(name = "user_agent", length = 255)
    private String userAgent;

    /** For a lift: the administrator who lifted it. */
    @Column(length = 50)
    private String actor;

    /** For a lift of an address's locks: that address. */
    @Column(name = "lifted_address", length = 64)
    private String liftedAddress;

    LoginEvent(Instant occurredAt, String username, Outcome outcome, ClientAddress from, String userAgent) {
        // As the database keeps it (to the microsecond), so that a wait counted from it ends when it says.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.username = truncate(username, 100);
        this.success = outcome == Outcome.SUCCESS;
        this.outcome = outcome;
        this.address = from == null ? null : truncate(from.peer(), 64);
        this.forwardedFor = from == null ? null : truncate(from.forwardedFor(), 64);
        this.userAgent = truncate(userAgent, 255);
    }

    /** An administrator ({@code actor}, at {@code from}) lifted the locks of an account or of an address. */
    static LoginEvent lifted(Instant occurredAt, String username, String liftedAddress, String actor, ClientAddress from,
            String userAgent) {
        LoginEvent event = new LoginEvent(occurredAt, username, Outcome.UNLOCKED, from, userAgent);
        event.actor = truncate(actor, 50);
        event.liftedAddress = truncate(liftedAddress, 64);
        return event;
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
