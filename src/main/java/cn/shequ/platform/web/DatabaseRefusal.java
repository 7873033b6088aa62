package cn.shequ.platform.web;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.dao.DataAccessException;

/**
 * Why the database refused a save, read from its own answer rather than guessed: a unique key (the
 * record already exists), a check, not-null or foreign-key constraint (a value the form should have
 * refused; the constraint's name tells which field), or a fault of the database itself (nothing the
 * user typed is to blame). The SQL states are the standard's, which PostgreSQL and H2 share; H2's
 * "check constraint invalid" (vendor code 23514, a broken constraint, not a broken value) and lost
 * connections count as faults.
 */
record DatabaseRefusal(Kind kind, String constraint) {

    enum Kind {
        /** A unique key: the same record exists. */
        DUPLICATE("form.error.duplicate"),
        /** A check or not-null constraint: a value outside what the table allows. */
        INVALID_VALUE("form.error.refused"),
        /** A foreign key: the record referred to is not there (any more). */
        MISSING_REFERENCE("form.error.missingReference"),
        /** The database could not check or store the row: not the user's doing. */
        FAULT("form.error.database");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private static final int H2_CHECK_CONSTRAINT_INVALID = 23514;

    static DatabaseRefusal of(DataAccessException ex) {
        SQLException sql = firstSqlException(ex);
        String constraint = constraintName(ex);
        if (sql == null || sql.getSQLState() == null) {
            return new DatabaseRefusal(Kind.FAULT, constraint);
        }
        if (causedByConnectionLoss(sql)) {
            return new DatabaseRefusal(Kind.FAULT, constraint);
        }
        return switch (sql.getSQLState()) {
            case "23505" -> new DatabaseRefusal(Kind.DUPLICATE, constraint);
            case "23503", "23506" -> new DatabaseRefusal(Kind.MISSING_REFERENCE, constraint);
            case "23502", "23513" -> new DatabaseRefusal(Kind.INVALID_VALUE, constraint);
            case "23514" -> sql.getErrorCode() == H2_CHECK_CONSTRAINT_INVALID
                    ? new DatabaseRefusal(Kind.FAULT, constraint)
                    : new DatabaseRefusal(Kind.INVALID_VALUE, constraint);
            default -> new DatabaseRefusal(Kind.FAULT, constraint);
        };
    }

    String messageKey() {
        return kind.messageKey();
    }

    /**
     * The form property the constraint is about, by the schema's naming rule
     * {@code <table>_<column>_ck}: the longest property whose column name ends the constraint's name.
     */
    Optional<String> field(Object form) {
        if (constraint == null || kind == Kind.DUPLICATE || kind == Kind.FAULT) {
            return Optional.empty();
        }
        String name = constraint.toLowerCase(Locale.ROOT).replaceFirst("_(ck|fk|nn|check)$", "");
        BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(form);
        String best = null;
        for (var descriptor : wrapper.getPropertyDescriptors()) {
            String property = descriptor.getName();
            if ("class".equals(property) || !wrapper.isWritableProperty(property)) {
                continue;
            }
            String column = snakeCase(property);
            if ((name.endsWith("_" + column) || name.equals(column)) && (best == null || property.length() > best.length())) {
                best = property;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String snakeCase(String property) {
        return property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static SQLException firstSqlException(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /** A constraint error that the database raised because it lost a connection or session. */
    private static boolean causedByConnectionLoss(SQLException sql) {
        for (Throwable cause = sql; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException nested && nested.getSQLState() != null
                    && (nested.getSQLState().startsWith("08") || nested.getSQLState().equals("90098"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static String constraintName(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
                return violation.getConstraintName();
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
