package cn.shequ.platform.region;

/**
 * A logged-in user whose data scope is a region subtree. The accounts module's principal implements
 * it; {@link DataScope} reads it.
 */
public interface ScopedPrincipal {

    /** The path of the region the user's scope is rooted at, e.g. {@code /370000/370700/370782/}. */
    String scopePath();
}
