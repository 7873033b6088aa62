package cn.shequ.platform.shared;

import java.util.List;

/**
 * A domain rule refused a change. Carries one or more violations, each a message key (with
 * arguments) and, where it concerns one field of the form, that field's name. Thrown inside a
 * transaction, so nothing of the change is saved.
 */
public class RuleViolationException extends RuntimeException {

    private final transient List<Violation> violations;

    public RuleViolationException(List<Violation> violations) {
        super(violations.isEmpty() ? "rule violated" : violations.get(0).messageKey());
        this.violations = List.copyOf(violations);
    }

    public static RuleViolationException of(String field, String messageKey, Object... args) {
        return new RuleViolationException(List.of(new Violation(field, messageKey, args)));
    }

    public static RuleViolationException global(String messageKey, Object... args) {
        return new RuleViolationException(List.of(new Violation(null, messageKey, args)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** One broken rule: {@code field} is null when the rule concerns the record as a whole. */
    public record Violation(String field, String messageKey, Object... args) implements java.io.Serializable {
    }
}
