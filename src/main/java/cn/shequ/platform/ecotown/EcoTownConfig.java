package cn.shequ.platform.ecotown;

import java.util.Set;

import cn.shequ.platform.account.RequestAccessRules;
import cn.shequ.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;

/**
 * The module's navigation entry, and who may edit the infrastructure list (reference data): office
 * staff only. Every other page follows the platform's defaults.
 */
@Configuration(proxyBeanMethods = false)
class EcoTownConfig {

    @Bean
    NavigationItem ecoTownNavigationItem() {
        return new NavigationItem(35, "nav.ecoTowns", "/eco-towns", Set.of("ADMIN", "OFFICE", "TOWN", "LEADER"));
    }

    @Bean
    RequestAccessRules ecoTownAccessRules() {
        return requests -> requests
                .requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET,
                        "^/eco-towns/infrastructure-items/(new|[^/?]+/edit)(\\?.*)?$"))
                .hasRole("OFFICE")
                .requestMatchers(HttpMethod.POST, "/eco-towns/infrastructure-items/**").hasRole("OFFICE");
    }
}
