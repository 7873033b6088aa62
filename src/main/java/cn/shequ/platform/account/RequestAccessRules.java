package cn.shequ.platform.account;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's own access rules, for paths that do not follow the platform's defaults (read: ADMIN,
 * OFFICE, TOWN, LEADER; change: OFFICE, TOWN). Applied before the defaults.
 */
@FunctionalInterface
public interface RequestAccessRules {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
