package cn.shequ.platform.yearbook;

import java.util.Set;

import cn.shequ.platform.account.RequestAccessRules;
import cn.shequ.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;

/**
 * Who may do what with the yearbook: OFFICE, LEADER and ADMIN read and download; OFFICE and ADMIN
 * publish; only ADMIN reopens; OFFICE edits the entry's templates.
 */
@Configuration(proxyBeanMethods = false)
class YearbookConfig {

    @Bean
    NavigationItem yearbookNavigationItem() {
        return new NavigationItem(60, "nav.yearbook", "/yearbook", Set.of("ADMIN", "OFFICE", "LEADER"));
    }

    @Bean
    RequestAccessRules yearbookAccessRules() {
        return requests -> requests
                .requestMatchers(RegexRequestMatcher.regexMatcher("^/yearbook/[^/?]+/template/edit(\\?.*)?$")).hasRole("OFFICE")
                .requestMatchers(HttpMethod.POST, "/yearbook/*/publish").hasAnyRole("OFFICE", "ADMIN")
                .requestMatchers(HttpMethod.POST, "/yearbook/*/reopen").hasRole("ADMIN")
                .requestMatchers(HttpMethod.GET, "/yearbook", "/yearbook/**").hasAnyRole("OFFICE", "LEADER", "ADMIN")
                .requestMatchers("/yearbook/**").denyAll();
    }
}
