package cn.shequ.platform.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.shequ.platform.region.RegionRef;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data of one dashboard chart: categories, series of numbers, and for every bar the link to the
 * records it counts. The page's script draws it with ECharts.
 */
final class DashboardCharts {

    private final MessageSource messages;
    private final JsonMapper json;

    DashboardCharts(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** A bar chart: one series per name, one bar per category, each with its link. */
    final class Bars {

        private final String title;
        private final String unit;
        private final List<String> categories = new ArrayList<>();
        private final Map<String, List<Number>> series = new LinkedHashMap<>();
        private final Map<String, List<String>> links = new LinkedHashMap<>();
        private String kind = "bar";

        Bars(String titleKey, Object[] titleArgs, String unitKey) {
            this.title = message(titleKey, titleArgs);
            this.unit = message(unitKey, null);
        }

        Bars pie() {
            this.kind = "pie";
            return this;
        }

        Bars category(String name) {
            categories.add(name);
            return this;
        }

        Bars value(String seriesKey, Number value, String link) {
            String name = message(seriesKey, null);
            series.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            links.computeIfAbsent(name, n -> new ArrayList<>()).add(link);
            return this;
        }

        String toJson() {
            List<Map<String, Object>> list = new ArrayList<>();
            series.forEach((name, data) -> list.add(Map.of("name", name, "data", data, "links", links.get(name))));
            return json.writeValueAsString(Map.of("kind", kind, "title", title, "unit", unit, "categories", categories,
                    "series", list));
        }
    }

    /** A message in the request's language, e.g. a category's label. */
    String label(String key) {
        return message(key, null);
    }

    Bars bars(String titleKey, Object[] args, String unitKey) {
        return new Bars(titleKey, args, unitKey);
    }

    /** Names of the areas on a region's path list, by code. */
    static Function<String, String> names(List<RegionRef> areas) {
        Map<String, String> byCode = new LinkedHashMap<>();
        areas.forEach(a -> byCode.put(a.code(), a.name()));
        return code -> byCode.getOrDefault(code, code);
    }

    private String message(String key, Object[] args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
