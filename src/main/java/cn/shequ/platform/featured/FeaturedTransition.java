package cn.shequ.platform.featured;

import java.time.Instant;

import cn.shequ.platform.account.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One entry of an application's workflow log: from, to, who (and in which role), when, and the note. */
@Entity
@Table(name = "featured_transition")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class FeaturedTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private FeaturedApplication application;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 16, updatable = false)
    private FeaturedState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 16, updatable = false)
    private FeaturedState toState;

    @Column(nullable = false, length = 50, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", length = 16, updatable = false)
    private Role actorRole;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(length = 1000, updatable = false)
    private String note;

    FeaturedTransition(FeaturedApplication application, FeaturedState fromState, FeaturedState toState, Actor actor,
            Instant occurredAt, String note) {
        this.application = application;
        this.fromState = fromState;
        this.toState = toState;
        this.actor = actor.username();
        this.actorRole = actor.role();
        this.occurredAt = occurredAt;
        this.note = note == null || note.isBlank() ? null : note.trim();
    }

    /** When, as the log shows it (minutes, the server's zone). */
    public String getOccurredAtText() {
        return Times.format(occurredAt);
    }
}
