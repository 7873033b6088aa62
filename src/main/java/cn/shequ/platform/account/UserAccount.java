package cn.shequ.platform.account;

import java.time.Instant;

import cn.shequ.platform.audit.Refers;
import cn.shequ.platform.region.Region;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A user of the platform: role, region scope, and the state of their password (locks: {@link LoginThrottle}). */
@Entity
@Table(name = "user_account")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 50)
    private String username;

    @Column(name = "display_name", nullable = false, length = 50)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Refers(Region.class)
    @Column(name = "scope_region_id", nullable = false)
    private Long scopeRegionId;

    @Column(nullable = false)
    private boolean enabled = true;

    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private Long version;

    UserAccount(String username, String displayName, Role role, Long scopeRegionId, String passwordHash,
            boolean mustChangePassword, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.scopeRegionId = scopeRegionId;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.passwordChangedAt = now;
        this.createdAt = now;
    }

    void describe(String displayName, Role role, Long scopeRegionId, boolean enabled) {
        this.displayName = displayName;
        this.role = role;
        this.scopeRegionId = scopeRegionId;
        this.enabled = enabled;
    }

    void changePassword(String passwordHash, boolean mustChange, Instant now) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChange;
        this.passwordChangedAt = now;
    }

}
