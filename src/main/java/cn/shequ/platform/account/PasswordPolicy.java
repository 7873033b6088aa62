package cn.shequ.platform.account;

import java.util.ArrayList;
import java.util.List;

import cn.shequ.platform.shared.RuleViolationException.Violation;
import org.springframework.stereotype.Component;

/** At least {@code platform.security.password-min-length} characters, with letters and digits. */
@Component
class PasswordPolicy {

    private final int minLength;

    PasswordPolicy(SecurityProperties properties) {
        this.minLength = properties.passwordMinLength();
    }

    int minLength() {
        return minLength;
    }

    /** The policy's complaints about a new password, on the given form field. */
    List<Violation> check(String field, String password) {
        List<Violation> violations = new ArrayList<>();
        if (password == null || password.length() < minLength) {
            violations.add(new Violation(field, "account.error.password.length", minLength));
        }
        else if (password.length() > 128) {
            violations.add(new Violation(field, "account.error.password.tooLong", 128));
        }
        else if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            violations.add(new Violation(field, "account.error.password.mix"));
        }
        return violations;
    }
}
