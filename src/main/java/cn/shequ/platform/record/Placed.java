package cn.shequ.platform.record;

/**
 * A saved record as the checks of its change see it: its id, the region path the data scope and the
 * year locks apply to, and the version it is at. It is a record placed under a region path by what it
 * belongs to (a zone, a plot, a library site) rather than in a community; {@link Placements#revise}
 * checks its changes and {@link Placements#placeAt} where it goes.
 */
public interface Placed {

    Long getId();

    String getRegionPath();

    Long getVersion();
}
