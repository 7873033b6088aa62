package cn.shequ.platform.web;

import java.beans.PropertyEditorSupport;
import java.lang.reflect.Field;
import java.text.Normalizer;

import cn.shequ.platform.shared.MultiLine;
import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text a user submits, to any form or parameter, passes here once: it is normalised to NFC (so
 * the same name typed on two keyboards is one name), and refused with a message on its field when it
 * holds a control character (a line break too, unless the field is {@link MultiLine}) or a
 * bidirectional override that would make it display differently from what it stores. The typed text
 * stays in the field.
 */
@ControllerAdvice
class SubmittedText {

    static final String CONTROL = "validation.text.control";
    static final String LINE_BREAK = "validation.text.lineBreak";
    static final String BIDI = "validation.text.bidi";

    @InitBinder
    void checkText(WebDataBinder binder) {
        Class<?> form = binder.getTarget() != null ? binder.getTarget().getClass()
                : binder.getTargetType() != null ? binder.getTargetType().resolve() : null;
        // A parameter outside a form (a reason, a template's text, a search) may span lines.
        binder.registerCustomEditor(String.class, new Editor(form == null));
        if (form != null) {
            for (Class<?> type = form; type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (field.isAnnotationPresent(MultiLine.class) && field.getType() == String.class) {
                        binder.registerCustomEditor(String.class, field.getName(), new Editor(true));
                    }
                }
            }
        }
        binder.setBindingErrorProcessor(new ErrorProcessor());
    }

    /** The message key for what is wrong with a text, or null when it may be stored. */
    static String problem(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                if (!multiLine) {
                    return c == '\t' ? CONTROL : LINE_BREAK;
                }
            }
            else if (Character.isISOControl(c)) {
                return CONTROL;
            }
            else if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
                    || c == '\u200F' || c == '\u061C') {
                return BIDI;
            }
        }
        return null;
    }

    static final class UnsafeTextException extends IllegalArgumentException {

        private final String messageKey;

        UnsafeTextException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private static final class Editor extends PropertyEditorSupport {

        private final boolean multiLine;

        Editor(boolean multiLine) {
            this.multiLine = multiLine;
        }

        @Override
        public void setAsText(String text) {
            if (text == null) {
                setValue(null);
                return;
            }
            String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
            String problem = problem(normalized, multiLine);
            if (problem != null) {
                throw new UnsafeTextException(problem);
            }
            setValue(normalized);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    /** A refused text is a message on its field, with the text as typed. */
    private static final class ErrorProcessor extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
            for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
                if (cause instanceof UnsafeTextException unsafe) {
                    String field = ex.getPropertyName();
                    result.addError(new FieldError(result.getObjectName(), field, ex.getValue(), true,
                            result.resolveMessageCodes(unsafe.messageKey(), field), null, unsafe.messageKey()));
                    return;
                }
            }
            super.processPropertyAccessException(ex, result);
        }
    }
}
