package cn.shequ.platform.region;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The data scope: which region subtree the current user may see and edit.
 *
 * <p>Reading is bounded declaratively. A scoped entity carries its region's path in a
 * {@code region_path} column and is annotated {@code @Filter(name = DataScope.FILTER)}; the filter is
 * enabled for every session (also for loading by id), so records outside the user's subtree are
 * neither listed nor found. Writing is checked with {@link #requireCovered(String)} by the service
 * before it saves. SQL aggregates take their region through {@link #within(RegionRef)}.
 *
 * <p>Without any authentication (start-up, demo records, scheduled work) the whole tree is in scope.
 */
@Component
public class DataScope {

    /** Name of the Hibernate filter that bounds reads of scoped entities. */
    public static final String FILTER = "regionScope";

    /** The filter's parameter: a LIKE pattern over region paths. */
    public static final String PARAMETER = "scopePattern";

    /** Matches no path: the pattern for a principal without a scope. */
    private static final String NOTHING = "#";

    /** The current user's scope path, or empty when no user is logged in (system work). */
    public Optional<String> currentPath() {
        return Optional.ofNullable(path());
    }

    /** True when the region path lies inside the current user's scope. */
    public boolean covers(String regionPath) {
        String scope = path();
        return scope == null || (regionPath != null && regionPath.startsWith(scope));
    }

    /** Refuses (403) unless the region path lies inside the current user's scope. */
    public void requireCovered(String regionPath) {
        if (!covers(regionPath)) {
            throw new AccessDeniedException("region outside the user's scope");
        }
    }

    /**
     * The region a query may aggregate over when the user asks for {@code requested}: the request
     * itself when it lies in scope; refused (403) when it does not.
     */
    public RegionRef within(RegionRef requested) {
        requireCovered(requested.path());
        return requested;
    }

    /** The LIKE pattern the scope filter applies for the current user. */
    static String currentPattern() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return "%";
        }
        if (auth instanceof AnonymousAuthenticationToken || !(auth.getPrincipal() instanceof ScopedPrincipal scoped)) {
            return NOTHING;
        }
        return scoped.scopePath() + "%";
    }

    private static String path() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return null;
        }
        if (auth.getPrincipal() instanceof ScopedPrincipal scoped && !(auth instanceof AnonymousAuthenticationToken)) {
            return scoped.scopePath();
        }
        return NOTHING;
    }

    /** Supplies the scope filter's parameter to Hibernate for every session. */
    public static final class PatternResolver implements Supplier<String> {

        @Override
        public String get() {
            return currentPattern();
        }
    }
}
