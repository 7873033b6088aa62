package cn.shequ.platform.web;

import org.springframework.beans.BeanUtils;

/**
 * An edit form filled from the record it edits: each form property takes the record's property of the
 * same name and type (the version included); what the form holds differently (ids for associations,
 * rows for a collection) the caller sets, and names here to leave alone.
 */
public final class FormValues {

    private FormValues() {
    }

    public static <F> F of(Object record, F form, String... leftAlone) {
        BeanUtils.copyProperties(record, form, leftAlone);
        return form;
    }
}
