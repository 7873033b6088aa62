package cn.shequ.platform.landlinkage;

import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import cn.shequ.platform.record.Placed;
import cn.shequ.platform.record.RecordKind;
import cn.shequ.platform.web.NavigationItem;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The section's navigation entry (its routes follow the platform's default access rules), the filter
 * that turns an upload above the servlet's size limit into the import page's message, and where the
 * section's record kinds live.
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

    /**
     * A record kind of this section, named once for a record ({@code "fund"}) and once for its list, the
     * section's tab ({@code "funds"}): its pages sit under {@code /land-linkage} among the section's tabs,
     * its list is {@code landlinkage.<list>.title} with a heading naming the region, its form
     * {@code landlinkage.<name>.new}, {@code .edit} and {@code .form.help}, its flash message
     * {@code landlinkage.<name>.saved}; the section's kinds share their field labels {@code landlinkage.field.*}.
     */
    static <E extends Placed, F> RecordKind<E, F> kind(String name, String listName, Class<E> entity,
            Supplier<F> blankForm, Function<E, F> formOf, ToIntFunction<E> year) {
        String base = "landlinkage." + name;
        String list = "landlinkage." + listName;
        return RecordKind.placed(entity, blankForm, formOf, year)
                .module("/land-linkage", "landlinkage.title", null)
                .pages(listName, list + ".title", base).labels("landlinkage.field").tabs("landlinkage/fragments")
                .messages(base + ".saved", base + ".form.help", list + ".heading");
    }
}
