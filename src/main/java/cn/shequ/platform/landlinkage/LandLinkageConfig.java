package cn.shequ.platform.landlinkage;

import java.util.Set;

import cn.shequ.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The section's navigation entry (its routes follow the platform's default access rules). */
@Configuration(proxyBeanMethods = false)
class LandLinkageConfig {

    @Bean
    NavigationItem landLinkageNavigationItem() {
        return new NavigationItem(30, "nav.landLinkage", "/land-linkage", Set.of("ADMIN", "OFFICE", "TOWN", "LEADER"));
    }
}
