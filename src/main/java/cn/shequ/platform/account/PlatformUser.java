package cn.shequ.platform.account;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import cn.shequ.platform.region.ScopedPrincipal;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in user: their role, the region their scope is rooted at, and their password state. */
public final class PlatformUser implements UserDetails, CredentialsContainer, ScopedPrincipal {

    private final long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final String scopePath;
    private final String scopeName;
    private final boolean enabled;
    private String password;
    private boolean mustChangePassword;

    PlatformUser(long id, String username, String displayName, Role role, String scopePath, String scopeName,
            boolean enabled, String password, boolean mustChangePassword) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.scopePath = scopePath;
        this.scopeName = scopeName;
        this.enabled = enabled;
        this.password = password;
        this.mustChangePassword = mustChangePassword;
    }

    public long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    /** The name of the region the user's scope is rooted at (e.g. 诸城市, 昌城镇). */
    public String getScopeName() {
        return scopeName;
    }

    @Override
    public String scopePath() {
        return scopePath;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    void passwordChanged() {
        this.mustChangePassword = false;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        this.password = null;
    }

    /** Equal by username, so that the session registry can find a user's other sessions. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PlatformUser user && Objects.equals(username, user.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "PlatformUser[" + username + "]";
    }
}
