package cn.shequ.platform.document;

import java.util.Set;

import cn.shequ.platform.account.RequestAccessRules;
import cn.shequ.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;

/** The register's navigation entry, and who may enter documents and meetings: office staff only. */
@Configuration(proxyBeanMethods = false)
class DocumentConfig {

    @Bean
    NavigationItem documentNavigationItem() {
        return new NavigationItem(50, "nav.documents", "/documents", Set.of("ADMIN", "OFFICE", "TOWN", "LEADER"));
    }

    @Bean
    RequestAccessRules documentAccessRules() {
        return requests -> requests
                .requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, "^/(documents|meetings)/(new|[^/?]+/edit)(\\?.*)?$"))
                .hasRole("OFFICE")
                .requestMatchers(HttpMethod.POST, "/documents/**", "/meetings/**").hasRole("OFFICE");
    }
}
