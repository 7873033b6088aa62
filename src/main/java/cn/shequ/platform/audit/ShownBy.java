package cn.shequ.platform.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an audited field that is only a copy taken from other fields of the same record (a community's
 * region path, kept beside the community's id so a region subtree filters with one {@code LIKE}):
 * the History tab leaves the field out, since the fields named here already show the change by name.
 * The field is still recorded in the audit trail.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ShownBy {

    /** The fields of the same record this one is taken from. */
    String[] value();
}
