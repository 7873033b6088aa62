package cn.shequ.platform.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form's text field that may hold several lines (a note, a summary, a description): line breaks
 * and tabs are kept. Every other text field of a form is a single line, and a line break in it is
 * refused. Other control characters and bidirectional overrides are refused in every field.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface MultiLine {
}
