package cn.shequ.platform.smartcommunity;

import java.util.Set;

import cn.shequ.platform.account.RequestAccessRules;
import cn.shequ.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;

/**
 * The section's navigation entry, and who may change the list of application systems: office staff
 * only (records follow the defaults: office and town staff).
 */
@Configuration(proxyBeanMethods = false)
class SmartCommunityConfig {

    @Bean
    NavigationItem smartCommunityNavigationItem() {
        return new NavigationItem(25, "nav.smartCommunities", "/smart-communities", Set.of("ADMIN", "OFFICE", "TOWN", "LEADER"));
    }

    @Bean
    RequestAccessRules smartCommunityAccessRules() {
        return requests -> requests
                .requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET,
                        "^/smart-communities/systems/(new|[^/?]+/edit)(\\?.*)?$"))
                .hasRole("OFFICE")
                .requestMatchers(HttpMethod.POST, "/smart-communities/systems/**").hasRole("OFFICE");
    }
}
