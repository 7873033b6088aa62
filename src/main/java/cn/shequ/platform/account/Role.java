package cn.shequ.platform.account;

/** What a user may do; the region scope says where. */
public enum Role {

    /** Accounts and reference data; edits no work-stream record and cannot read the audit trail. */
    ADMIN,
    /** City office staff: enter and edit every work-stream record inside their scope. */
    OFFICE,
    /** Town staff: enter and edit only their own town's records. */
    TOWN,
    /** Reads everything inside their scope, edits nothing. */
    LEADER,
    /** Reads the audit trail and the login log, nothing else. */
    AUDITOR,
    /** Scores featured-community applications of the batches assigned to them. */
    REVIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
