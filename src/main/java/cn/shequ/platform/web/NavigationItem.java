package cn.shequ.platform.web;

import java.util.Set;

/**
 * One entry of the navigation bar. A module that has pages declares its entry as a bean, so the bar
 * only ever shows sections that exist.
 *
 * @param order    position from the left
 * @param labelKey message key of the label
 * @param path     the section's root path
 * @param roles    the roles that see it (without the ROLE_ prefix)
 */
public record NavigationItem(int order, String labelKey, String path, Set<String> roles) {

    public boolean isActiveFor(String requestPath) {
        return requestPath != null && (requestPath.equals(path) || requestPath.startsWith(path + "/"));
    }
}
