package cn.shequ.platform.servicecenter;

import java.util.Set;

import cn.shequ.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ServiceCenterNavigation {

    @Bean
    NavigationItem serviceCenterNavigationItem() {
        return new NavigationItem(20, "nav.serviceCenters", "/service-centers", Set.of("ADMIN", "OFFICE", "TOWN", "LEADER"));
    }
}
