package cn.shequ.platform.account;

import java.time.Instant;

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

/** One login attempt, successful or not. Written once, never changed or deleted by the application. */
@Entity
@Table(name = "login_event")
@Immutable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class LoginEvent {

    /** How an attempt ended. */
    public enum Outcome {
        SUCCESS, BAD_CREDENTIALS, LOCKED, DISABLED, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
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

    LoginEvent(Instant occurredAt, String username, Outcome outcome, ClientAddress from, String userAgent) {
        this.occurredAt = occurredAt;
        this.username = truncate(username, 100);
        this.success = outcome == Outcome.SUCCESS;
        this.outcome = outcome;
        this.address = from == null ? null : truncate(from.peer(), 64);
        this.forwardedFor = from == null ? null : truncate(from.forwardedFor(), 64);
        this.userAgent = truncate(userAgent, 255);
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
