package cn.shequ.platform.indicator;

import java.util.List;
import java.util.Locale;

import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/indicators?year=2015[&region=<code>]}: the indicators of a year for the user's
 * scope (or a region inside it), as JSON numbers in the unit given. A region outside the scope
 * answers 403; without a login the answer is 401.
 */
@RestController
@RequestMapping("/api/v1/indicators")
class IndicatorApiController {

    private final Indicators indicators;
    private final RegionDirectory regions;
    private final MessageSource messages;

    IndicatorApiController(Indicators indicators, RegionDirectory regions, MessageSource messages) {
        this.indicators = indicators;
        this.regions = regions;
        this.messages = messages;
    }

    record RegionJson(String code, String name) {
    }

    record IndicatorJson(String key, String name, String unit, Number value, Number plan) {
    }

    record Response(int year, RegionJson region, List<IndicatorJson> indicators) {
    }

    @GetMapping
    Response indicators(@RequestParam int year, @RequestParam(required = false) String region, Locale locale) {
        RegionRef area = regions.resolve(region);
        List<IndicatorJson> values = indicators.values(year, area).stream()
                .map(v -> new IndicatorJson(v.key(), messages.getMessage(v.definition().nameKey(), null, locale),
                        messages.getMessage("indicator.unit." + v.definition().unit(), null, locale), v.value(), v.plan()))
                .toList();
        return new Response(year, new RegionJson(area.code(), area.name()), values);
    }
}
