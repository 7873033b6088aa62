package cn.shequ.platform.demo;

/**
 * A module's demo records. Loaded once (the loader remembers the name), inside one transaction, in
 * the order given: regions first, then accounts, then the work streams.
 */
public interface DemoDataset {

    /** Stable name under which the loader records that this dataset is loaded. */
    String name();

    /** Loading order; lower first. */
    int order();

    void load();
}
