package cn.shequ.platform.account;

import java.util.Set;

import cn.shequ.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountNavigation {

    @Bean
    NavigationItem accountNavigationItem() {
        return new NavigationItem(95, "nav.users", "/admin/users", Set.of("ADMIN"));
    }
}
