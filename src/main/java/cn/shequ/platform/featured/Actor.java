package cn.shequ.platform.featured;

import cn.shequ.platform.account.PlatformUser;
import cn.shequ.platform.account.Role;

/**
 * Who acts on an application: the username, the role, and the path of the region the user's scope is
 * rooted at (a town for town staff).
 */
record Actor(String username, Role role, String scopePath) {

    static Actor of(PlatformUser user) {
        return new Actor(user.getUsername(), user.getRole(), user.scopePath());
    }

    /** True when the actor's scope covers the region path (a town user and their own town's community). */
    boolean covers(String regionPath) {
        return scopePath == null || (regionPath != null && regionPath.startsWith(scopePath));
    }
}
