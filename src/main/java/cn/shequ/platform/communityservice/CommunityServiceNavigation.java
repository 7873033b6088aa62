package cn.shequ.platform.communityservice;

import java.util.Set;

import cn.shequ.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommunityServiceNavigation {

    @Bean
    NavigationItem communityServiceNavigationItem() {
        return new NavigationItem(27, "nav.communityServices", "/community-services", Set.of("ADMIN", "OFFICE", "TOWN", "LEADER"));
    }
}
