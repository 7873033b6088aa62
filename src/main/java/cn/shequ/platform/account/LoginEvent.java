package cn.shequ.platform.account;

import java.time.Instant;

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

    @Column(length = 64)
    private String address;

    @Column(name = "user_agent", length = 255)
    private String userAgent;

    LoginEvent(Instant occurredAt, String username, Outcome outcome, String address, String userAgent) {
        this.occurredAt = occurredAt;
        this.username = truncate(username, 100);
        this.success = outcome == Outcome.SUCCESS;
        this.outcome = outcome;
        this.address = truncate(address, 64);
        this.userAgent = truncate(userAgent, 255);
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
