package cn.shequ.platform.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import cn.shequ.platform.region.DataScope;
import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionLevel;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.shared.NotFoundException;
import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.RuleViolationException.Violation;
import cn.shequ.platform.shared.StaleRecordException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and edits users, keeping the role-and-scope rules and the password policy. */
@Service
@Transactional
class AccountService {

    private final UserAccounts accounts;
    private final RegionDirectory regions;
    private final DataScope scope;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Clock clock;

    AccountService(UserAccounts accounts, RegionDirectory regions, DataScope scope, PasswordEncoder encoder,
            PasswordPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.regions = regions;
        this.scope = scope;
        this.encoder = encoder;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    UserAccount get(long id) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> new NotFoundException("user", id));
        if (!scope.covers(scopePath(account.getScopeRegionId()))) {
            throw new NotFoundException("user", id);
        }
        return account;
    }

    @Transactional(readOnly = true)
    UserForm formFor(long id) {
        return UserForm.of(get(id));
    }

    long create(UserForm form) {
        List<Violation> violations = new ArrayList<>();
        String username = form.getUsername().trim();
        if (accounts.existsByUsername(username)) {
            violations.add(new Violation("username", "account.error.username.duplicate"));
        }
        violations.addAll(policy.check("password", form.getPassword()));
        checkRoleAndScope(form, violations);
        refuseIfAny(violations);
        UserAccount account = new UserAccount(username, form.getDisplayName().trim(), form.getRole(),
                form.getScopeRegionId(), encoder.encode(form.getPassword()), true, clock.instant());
        if (!form.isEnabled()) {
            account.describe(account.getDisplayName(), account.getRole(), account.getScopeRegionId(), false);
        }
        return accounts.save(account).getId();
    }

    void update(long id, UserForm form, String actingUsername) {
        UserAccount account = get(id);
        StaleRecordException.check("user", id, form.getVersion(), account.getVersion());
        List<Violation> violations = new ArrayList<>();
        checkRoleAndScope(form, violations);
        if (account.getUsername().equals(actingUsername) && (!form.isEnabled() || form.getRole() != account.getRole())) {
            violations.add(new Violation(null, "account.error.self"));
        }
        refuseIfAny(violations);
        account.describe(form.getDisplayName().trim(), form.getRole(), form.getScopeRegionId(), form.isEnabled());
    }

    void resetPassword(long id, PasswordForms.Reset form) {
        UserAccount account = get(id);
        StaleRecordException.check("user", id, form.getVersion(), account.getVersion());
        refuseIfAny(newPasswordViolations(form));
        account.changePassword(encoder.encode(form.getNewPassword()), true, clock.instant());
    }

    /** The user's own change: the current password must be right, the new one new and within policy. */
    void changeOwnPassword(String username, PasswordForms.Change form) {
        UserAccount account = accounts.findByUsername(username).orElseThrow(() -> new NotFoundException("user", username));
        List<Violation> violations = new ArrayList<>();
        if (!encoder.matches(form.getCurrentPassword(), account.getPasswordHash())) {
            violations.add(new Violation("currentPassword", "account.error.password.current"));
        }
        violations.addAll(newPasswordViolations(form));
        if (form.getNewPassword().equals(form.getCurrentPassword())) {
            violations.add(new Violation("newPassword", "account.error.password.same"));
        }
        refuseIfAny(violations);
        account.changePassword(encoder.encode(form.getNewPassword()), false, clock.instant());
    }

    /** What is wrong with a new password: outside the policy, or typed differently the second time. */
    private List<Violation> newPasswordViolations(PasswordForms.NewPassword form) {
        List<Violation> violations = new ArrayList<>(policy.check("newPassword", form.getNewPassword()));
        if (!form.getNewPassword().equals(form.getConfirmPassword())) {
            violations.add(new Violation("confirmPassword", "account.error.password.confirm"));
        }
        return violations;
    }

    private static void refuseIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    /**
     * A town user's scope is a town; the other roles' a county or above; only an administrator may
     * have the whole tree. The scope must lie inside the acting administrator's own.
     */
    private void checkRoleAndScope(UserForm form, List<Violation> violations) {
        if (form.getScopeRegionId() == null) {
            if (form.getRole() != Role.ADMIN) {
                violations.add(new Violation("scopeRegionId", "validation.required"));
            }
            else if (scope.currentPath().filter(path -> !"/".equals(path)).isPresent()) {
                violations.add(new Violation("scopeRegionId", "account.error.scope.outside"));
            }
            return;
        }
        RegionRef region = regions.find(form.getScopeRegionId()).orElse(null);
        if (region == null) {
            violations.add(new Violation("scopeRegionId", "account.error.scope.outside"));
            return;
        }
        if (form.getRole() == Role.TOWN && region.level() != RegionLevel.TOWN) {
            violations.add(new Violation("scopeRegionId", "account.error.scope.town"));
        }
        if (form.getRole() != null && form.getRole() != Role.TOWN && region.level().ordinal() > RegionLevel.COUNTY.ordinal()) {
            violations.add(new Violation("scopeRegionId", "account.error.scope.county"));
        }
    }

    String scopePath(Long regionId) {
        if (regionId == null) {
            return "/";
        }
        return regions.find(regionId).map(RegionRef::path).orElse("#");
    }
}
