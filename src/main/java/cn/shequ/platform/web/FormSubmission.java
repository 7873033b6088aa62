package cn.shequ.platform.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import cn.shequ.platform.shared.RuleViolationException;
import cn.shequ.platform.shared.StaleRecordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * The one way a form is saved. Bean Validation errors, a broken domain rule, a stale version or a
 * database refusal (see {@link DatabaseRefusal}) all come back as the same form with messages, and nothing is saved:
 *
 * <pre>
 * return FormSubmission.of(form, result, model)
 *         .onConflict(() -> service.formFor(id))
 *         .save(() -> { service.update(id, form); return "redirect:/things/" + id; }, "things/form");
 * </pre>
 *
 * On a stale edit the form shows the record's current values (the other user's change intact),
 * the conflict message, and what this user had submitted where it differs, so nothing is lost.
 */
public final class FormSubmission {

    private static final Logger log = LoggerFactory.getLogger(FormSubmission.class);

    public static final String CONFLICT_ATTRIBUTE = "conflict";

    private final Object form;
    private final BindingResult result;
    private final Model model;
    private Supplier<?> current;
    private final Map<String, Function<Object, String>> shown = new HashMap<>();

    private FormSubmission(Object form, BindingResult result, Model model) {
        this.form = form;
        this.result = result;
        this.model = model;
    }

    public static FormSubmission of(Object form, BindingResult result, Model model) {
        return new FormSubmission(form, result, model);
    }

    /** How to rebuild the form from the record as it is now, for a stale edit. */
    public FormSubmission onConflict(Supplier<?> currentForm) {
        this.current = currentForm;
        return this;
    }

    /**
     * How the conflict message shows what the user submitted for a property whose plain text would
     * not read (a map of ids to values, say).
     */
    public FormSubmission showing(String property, Function<Object, String> text) {
        shown.put(property, text);
        return this;
    }

    /**
     * Runs the save when the form is valid; returns the view it answers (usually a redirect), or
     * the form view again with the messages.
     */
    public String save(Supplier<String> action, String formView) {
        if (result.hasErrors()) {
            return formView;
        }
        try {
            return action.get();
        }
        catch (RuleViolationException ex) {
            BeanWrapper wrapper = PropertyAccessorFactory.forBeanPropertyAccess(form);
            for (RuleViolationException.Violation violation : ex.violations()) {
                if (violation.field() != null && wrapper.isReadableProperty(violation.field())) {
                    result.rejectValue(violation.field(), violation.messageKey(), violation.args(), violation.messageKey());
                }
                else {
                    result.reject(violation.messageKey(), violation.args(), violation.messageKey());
                }
            }
            return formView;
        }
        catch (StaleRecordException | ObjectOptimisticLockingFailureException ex) {
            return conflict(formView);
        }
        catch (DataIntegrityViolationException ex) {
            refused(DatabaseRefusal.of(ex), ex);
            return formView;
        }
    }

    /** The database's refusal as a message on the field it concerns, or on the form. */
    private void refused(DatabaseRefusal refusal, DataIntegrityViolationException ex) {
        if (refusal.kind() == DatabaseRefusal.Kind.FAULT) {
            log.error("The database could not save {}", result.getObjectName(), ex);
        }
        else {
            log.warn("The database refused {}: {} ({})", result.getObjectName(), refusal.kind(), refusal.constraint());
        }
        refusal.field(form).ifPresentOrElse(
                field -> result.rejectValue(field, refusal.messageKey(), refusal.messageKey()),
                () -> result.reject(refusal.messageKey(), refusal.messageKey()));
    }

    private String conflict(String formView) {
        if (current == null) {
            result.reject("form.error.stale");
            return formView;
        }
        Object fresh = current.get();
        String name = result.getObjectName();
        BindingResult freshResult = new BeanPropertyBindingResult(fresh, name);
        freshResult.reject("form.error.stale");
        model.addAttribute(name, fresh);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, freshResult);
        model.addAttribute(CONFLICT_ATTRIBUTE, differences(form, fresh, shown));
        return formView;
    }

    /** The properties where what the user submitted differs from the record as it is now. */
    static List<SubmittedValue> differences(Object submitted, Object fresh, Map<String, Function<Object, String>> shown) {
        BeanWrapper mine = PropertyAccessorFactory.forBeanPropertyAccess(submitted);
        BeanWrapper theirs = PropertyAccessorFactory.forBeanPropertyAccess(fresh);
        List<SubmittedValue> values = new ArrayList<>();
        for (var descriptor : mine.getPropertyDescriptors()) {
            String property = descriptor.getName();
            if ("class".equals(property) || "version".equals(property) || !theirs.isReadableProperty(property)) {
                continue;
            }
            Object a = mine.getPropertyValue(property);
            Object b = theirs.getPropertyValue(property);
            if (!Objects.equals(normalize(a), normalize(b))) {
                Function<Object, String> text = shown.getOrDefault(property, String::valueOf);
                values.add(new SubmittedValue(property, a == null ? "" : text.apply(a)));
            }
        }
        return values;
    }

    private static Object normalize(Object value) {
        if (value instanceof String s && s.isBlank()) {
            return null;
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.stripTrailingZeros();
        }
        return value;
    }

    /** A value the user submitted that the current record does not have. */
    public record SubmittedValue(String property, String value) {
    }
}
