/**
 * The audit trail: every change of an audited record, with who, when, from which address and the
 * values before and after (Hibernate Envers). Offers the History tab to the other modules and the
 * auditor's search pages. Nothing in the application deletes audit records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package cn.shequ.platform.audit;
