package cn.shequ.platform.shared;

/**
 * A save was made from a form whose version is older than the record's: somebody else changed the
 * record in between. The save is refused; nothing is overwritten.
 */
public class StaleRecordException extends RuntimeException {

    public StaleRecordException(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }

    /** Refuses the save unless the form was made from the record's current version. */
    public static void check(String what, Object id, Long formVersion, Long currentVersion) {
        if (formVersion == null || !formVersion.equals(currentVersion)) {
            throw new StaleRecordException(what, id);
        }
    }
}
