package cn.shequ.platform.landlinkage;

import java.util.Set;

import cn.shequ.platform.web.NavigationItem;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The section's navigation entry (its routes follow the platform's default access rules), and the
 * filter that turns an upload above the servlet's size limit into the import page's message.
 */
@Configuration(proxyBeanMethods = false)
class LandLinkageConfig {

    /** Before the security filters (order -100), after the character-encoding filter. */
    static final int UPLOAD_FILTER_ORDER = -150;

    @Bean
    FilterRegistrationBean<LandUploadLimitFilter> landUploadLimitFilter() {
        FilterRegistrationBean<LandUploadLimitFilter> registration = new FilterRegistrationBean<>(new LandUploadLimitFilter());
        registration.addUrlPatterns("/land-linkage/*");
        registration.setOrder(UPLOAD_FILTER_ORDER);
        return registration;
    }

    @Bean
    NavigationItem landLinkageNavigationItem() {
        return new NavigationItem(30, "nav.landLinkage", "/land-linkage", Set.of("ADMIN", "OFFICE", "TOWN", "LEADER"));
    }
}
