package cn.shequ.platform.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains, instead of a stack trace, why the platform refused to start without an administrator. */
class MissingAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdminBootstrap.MissingAdminPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdminBootstrap.MissingAdminPasswordException cause) {
        String description = cause.minLength == null
                ? "The database has no administrator account and ADMIN_INITIAL_PASSWORD is not set."
                : "The database has no administrator account and ADMIN_INITIAL_PASSWORD is too weak: it needs at least "
                        + cause.minLength + " characters with letters and digits.";
        return new FailureAnalysis(description,
                "Set the environment variable ADMIN_INITIAL_PASSWORD to the first administrator's password "
                        + "(at least 8 characters, letters and digits) and start again. The account 'admin' is created "
                        + "with it and must change it at the first login. 数据库中没有管理员账户：请设置环境变量 "
                        + "ADMIN_INITIAL_PASSWORD 后重新启动。", cause);
    }
}
