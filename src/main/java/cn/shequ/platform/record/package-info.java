/**
 * Placed records: a record of a community in a year (a plan, a designation, a park, a staff count, ...).
 *
 * <p>One shape for every such record kind. {@link cn.shequ.platform.record.PlacedRecord} is its entity base
 * (community, region path, version), {@link cn.shequ.platform.record.Placed} that of a record placed under a
 * region path by what it belongs to; {@link cn.shequ.platform.record.Placements} applies the checks of a
 * change in one call — the user's scope, the stale version, the year lock of the old and the new year,
 * the community the form names; {@link cn.shequ.platform.record.RecordKind} describes a kind (its entity,
 * form, year, how its place is shown, filtered and chosen, list filters, uniqueness rule, show page) and
 * {@link cn.shequ.platform.record.RecordPages} serves its list, form, show page, history and delete from
 * that description. A work stream adds a kind with its entity, its form, one {@code RecordPages}
 * subclass and its messages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Placed records")
package cn.shequ.platform.record;
