package cn.shequ.platform.indicator;

import java.util.Set;

import cn.shequ.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IndicatorNavigation {

    @Bean
    NavigationItem dashboardNavigationItem() {
        return new NavigationItem(10, "nav.dashboard", "/dashboard", Set.of("ADMIN", "OFFICE", "TOWN", "LEADER"));
    }
}
