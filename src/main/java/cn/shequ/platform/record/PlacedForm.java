package cn.shequ.platform.record;

import cn.shequ.platform.region.CommunityRef;

/**
 * The form of a simple record kind: it names a community, carries the version it was made from, and
 * turns itself into a record of that community (or changes one). It is validated before any of its
 * methods is called, so they may rely on the fields its constraints require.
 *
 * @param <E> the record kind
 */
public interface PlacedForm<E extends PlacedRecord> {

    Long getCommunityId();

    Long getVersion();

    /** The year the record falls in: its year, or the year of its date. */
    int year();

    /** A new record of the community from the form. */
    E create(CommunityRef community);

    /** Changes a record to what the form says, in the community the form names. */
    void update(E record, CommunityRef community);
}
