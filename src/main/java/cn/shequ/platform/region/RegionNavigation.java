package cn.shequ.platform.region;

import java.util.Set;

import cn.shequ.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RegionNavigation {

    @Bean
    NavigationItem regionNavigationItem() {
        return new NavigationItem(90, "nav.regions", "/regions", Set.of("ADMIN", "OFFICE", "TOWN", "LEADER"));
    }
}
