package cn.shequ.platform.featured;

import java.util.Set;

import cn.shequ.platform.account.RequestAccessRules;
import cn.shequ.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The section's navigation entry, and who may do what: reviewers reach only their scoring pages (and
 * the section's entry, which sends them there); batches, their naming and the aspects are the
 * office's; applications and their moves are for office and town staff (the workflow then decides
 * which move is whose).
 */
@Configuration(proxyBeanMethods = false)
class FeaturedConfig {

    static final String[] READERS = {"ADMIN", "OFFICE", "TOWN", "LEADER"};

    @Bean
    NavigationItem featuredNavigationItem() {
        return new NavigationItem(40, "nav.featured", "/featured-communities",
                Set.of("ADMIN", "OFFICE", "TOWN", "LEADER", "REVIEWER"));
    }

    @Bean
    RequestAccessRules featuredAccessRules() {
        return requests -> requests
                .requestMatchers("/featured-communities/reviews", "/featured-communities/reviews/**").hasRole("REVIEWER")
                .requestMatchers(HttpMethod.GET, "/featured-communities").hasAnyRole("ADMIN", "OFFICE", "TOWN", "LEADER",
                        "REVIEWER")
                .requestMatchers(HttpMethod.GET, "/featured-communities/new", "/featured-communities/*/edit",
                        "/featured-communities/aspects/new", "/featured-communities/aspects/*/edit").hasRole("OFFICE")
                .requestMatchers(HttpMethod.POST, "/featured-communities/new", "/featured-communities/*/edit",
                        "/featured-communities/*/naming", "/featured-communities/aspects/**").hasRole("OFFICE");
    }
}
