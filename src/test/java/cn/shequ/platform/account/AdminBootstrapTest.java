package cn.shequ.platform.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** Without demo records, the first start creates the administrator from ADMIN_INITIAL_PASSWORD, or refuses. */
class AdminBootstrapTest {

    final UserAccounts accounts = mock(UserAccounts.class);
    final PasswordPolicy policy = new PasswordPolicy(SecurityProperties.defaults());
    final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void refusesToStartWithoutTheInitialPassword() {
        when(accounts.existsByRole(Role.ADMIN)).thenReturn(false);
        AdminBootstrap bootstrap = bootstrap("");
        assertThatThrownBy(bootstrap::afterSingletonsInstantiated)
                .isInstanceOf(AdminBootstrap.MissingAdminPasswordException.class);
        FailureAnalysis analysis = new MissingAdminPasswordFailureAnalyzer()
                .analyze(new AdminBootstrap.MissingAdminPasswordException(null));
        assertThat(analysis.getDescription()).contains("ADMIN_INITIAL_PASSWORD is not set");
        assertThat(analysis.getAction()).contains("ADMIN_INITIAL_PASSWORD");
    }

    @Test
    void refusesAWeakInitialPassword() {
        when(accounts.existsByRole(Role.ADMIN)).thenReturn(false);
        assertThatThrownBy(bootstrap("admin")::afterSingletonsInstantiated)
                .isInstanceOf(AdminBootstrap.MissingAdminPasswordException.class)
                .hasMessageContaining("policy");
    }

    @Test
    void createsTheAdministratorWhoMustChangeThePassword() {
        when(accounts.existsByRole(Role.ADMIN)).thenReturn(false);
        bootstrap("First2026admin").afterSingletonsInstantiated();
        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(accounts).save(saved.capture());
        assertThat(saved.getValue().getUsername()).isEqualTo("admin");
        assertThat(saved.getValue().getRole()).isEqualTo(Role.ADMIN);
        assertThat(saved.getValue().isMustChangePassword()).isTrue();
        assertThat(saved.getValue().getScopeRegionId()).isNull();
    }

    @Test
    void leavesAnExistingAdministratorAlone() {
        when(accounts.existsByRole(Role.ADMIN)).thenReturn(true);
        bootstrap("").afterSingletonsInstantiated();
        verify(accounts, never()).save(any());
    }

    private AdminBootstrap bootstrap(String password) {
        return new AdminBootstrap(accounts, PasswordEncoderFactories.createDelegatingPasswordEncoder(), policy,
                new DirectTransactions(), clock, password);
    }

    /** Runs the callback without a transaction manager. */
    static final class DirectTransactions extends TransactionTemplate {

        @Override
        public <T> T execute(TransactionCallback<T> action) {
            return action.doInTransaction(new SimpleTransactionStatus());
        }
    }
}
