package cn.shequ.platform.audit;

import java.util.Optional;

/**
 * Names the records of one entity type for the History tab where loading the record by its id does
 * not give the name readers know (a community is known with its town; a region may lie outside the
 * reader's data scope; a record may be referred to by another key than its id). A module offers one
 * as a bean for its own entity; a {@link Refers} naming that entity then goes through it.
 */
public interface RecordNames {

    /** The entity type whose records this names. */
    Class<?> type();

    /** The name of the record the key stands for; empty when there is no such record (any more). */
    Optional<String> nameOf(Object key);
}
