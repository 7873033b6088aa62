package cn.shequ.platform.record;

/**
 * A saved record as the checks of its change see it: its id, the region path the data scope and the
 * year locks apply to, and the version it is at: a record placed in a community ({@link PlacedRecord}),
 * or under a region path by what it belongs to (a zone, a plot, a library site).
 * {@link Placements#change} checks its changes and {@link Placements#placeAt} where it goes.
 */
public interface Placed {

    Long getId();

    String getRegionPath();

    Long getVersion();
}
