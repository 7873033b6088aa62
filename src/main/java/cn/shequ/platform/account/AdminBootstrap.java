package cn.shequ.platform.account;

import java.time.Clock;
import java.util.List;

import cn.shequ.platform.shared.RuleViolationException.Violation;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Without demo records (profile {@code postgres}) there are no demo accounts: on the first start,
 * when no administrator exists, this creates {@code admin} with the password from
 * {@code ADMIN_INITIAL_PASSWORD}, to be changed at the first login. Without that variable the
 * platform refuses to start.
 */
@Component
@ConditionalOnProperty(name = "platform.demo.enabled", havingValue = "false")
@Slf4j
class AdminBootstrap implements SmartInitializingSingleton {

    static final String USERNAME = "admin";

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String initialPassword;

    AdminBootstrap(UserAccounts accounts, PasswordEncoder encoder, PasswordPolicy policy,
            TransactionTemplate transactions, Clock clock,
            @Value("${platform.admin.initial-password:}") String initialPassword) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.transactions = transactions;
        this.clock = clock;
        this.initialPassword = initialPassword;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transactions.executeWithoutResult(status -> {
            if (accounts.existsByRole(Role.ADMIN)) {
                return;
            }
            if (initialPassword == null || initialPassword.isBlank()) {
                throw new MissingAdminPasswordException(null);
            }
            List<Violation> weak = policy.check("password", initialPassword);
            if (!weak.isEmpty()) {
                throw new MissingAdminPasswordException(policy.minLength());
            }
            accounts.save(new UserAccount(USERNAME, "系统管理员", Role.ADMIN, null, encoder.encode(initialPassword), true,
                    clock.instant()));
            log.warn("Created the administrator account '{}' from ADMIN_INITIAL_PASSWORD; it must change its password at first login.",
                    USERNAME);
        });
    }

    /** No administrator, and no usable ADMIN_INITIAL_PASSWORD to create one. */
    static class MissingAdminPasswordException extends IllegalStateException {

        final Integer minLength;

        MissingAdminPasswordException(Integer minLength) {
            super(minLength == null ? "ADMIN_INITIAL_PASSWORD is not set"
                    : "ADMIN_INITIAL_PASSWORD does not meet the password policy");
            this.minLength = minLength;
        }
    }
}
