package cn.shequ.platform.account;

import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a user for login, with their scope region's path. Locks are the throttling's ({@link LoginThrottleFilter}), not the user's. */
@Service
@Transactional(readOnly = true)
class AccountUserDetailsService implements UserDetailsService {

    /** The scope path of a user whose scope is the whole region tree. */
    static final String WHOLE_TREE = "/";

    private final UserAccounts accounts;
    private final RegionDirectory regions;

    AccountUserDetailsService(UserAccounts accounts, RegionDirectory regions) {
        this.accounts = accounts;
        this.regions = regions;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        String scopePath = WHOLE_TREE;
        String scopeName = null;
        if (account.getScopeRegionId() != null) {
            RegionRef scope = regions.find(account.getScopeRegionId())
                    .orElseThrow(() -> new UsernameNotFoundException("scope region missing"));
            scopePath = scope.path();
            scopeName = scope.name();
        }
        return new PlatformUser(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
                scopePath, scopeName, account.isEnabled(), account.getPasswordHash(), account.isMustChangePassword());
    }
}
