package cn.shequ.platform.ecotown;

import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import cn.shequ.platform.account.RequestAccessRules;
import cn.shequ.platform.record.PlacedForm;
import cn.shequ.platform.record.PlacedRecord;
import cn.shequ.platform.record.RecordKind;
import cn.shequ.platform.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;

/**
 * The module's navigation entry, who may edit the infrastructure list (reference data): office staff
 * only (every other page follows the platform's defaults), and where the module's simple record kinds live.
 */
@Configuration(proxyBeanMethods = false)
class EcoTownConfig {

    @Bean
    NavigationItem ecoTownNavigationItem() {
        return new NavigationItem(35, "nav.ecoTowns", "/eco-towns", Set.of("ADMIN", "OFFICE", "TOWN", "LEADER"));
    }

    @Bean
    RequestAccessRules ecoTownAccessRules() {
        return requests -> requests
                .requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET,
                        "^/eco-towns/infrastructure-items/(new|[^/?]+/edit)(\\?.*)?$"))
                .hasRole("OFFICE")
                .requestMatchers(HttpMethod.POST, "/eco-towns/infrastructure-items/**").hasRole("OFFICE");
    }

    /** A simple record kind of this module: its pages sit under {@code /eco-towns}, a community's records at its page. */
    static <E extends PlacedRecord, F extends PlacedForm<E>> RecordKind<E, F> kind(Class<E> entity, Supplier<F> blankForm,
            Function<E, F> formOf, ToIntFunction<E> year) {
        return RecordKind.of(entity, blankForm, formOf, year)
                .module("/eco-towns", "ecotown.title", "/eco-towns/communities/");
    }
}
