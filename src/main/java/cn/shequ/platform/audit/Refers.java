package cn.shequ.platform.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an audited field that holds another record's key rather than the record itself (a module
 * refers to another module's records by id): the History tab shows the record's name instead of the
 * key. The field may hold one key, a collection of keys, or a map keyed by them (the map's values are
 * shown beside each name). The name comes from the {@link RecordNames} bean for the type, if a module
 * offers one; otherwise the record is loaded by its id and named by its {@code name} or {@code title}.
 * A key without a record shows as a deleted record with its key.
 */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Refers {

    /** The entity type of the referenced records. */
    Class<?> value();
}
