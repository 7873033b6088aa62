package cn.shequ.platform.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.shequ.platform.region.RegionDirectory;
import cn.shequ.platform.region.RegionRef;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard being drawn, for its charts: its year and region, the indicators' values of the year
 * and the year before, and the bars every chart is made of. The page's script draws them with ECharts.
 */
public final class DashboardCharts {

    private final MessageSource messages;
    private final JsonMapper json;
    private final RegionDirectory regions;
    private final int year;
    private final RegionRef area;
    private final List<Indicators.Value> now;
    private final Map<String, Indicators.Value> before;

    DashboardCharts(MessageSource messages, JsonMapper json, RegionDirectory regions, int year, RegionRef area,
            List<Indicators.Value> now, Map<String, Indicators.Value> before) {
        this.messages = messages;
        this.json = json;
        this.regions = regions;
        this.year = year;
        this.area = area;
        this.now = now;
        this.before = before;
    }

    public int year() {
        return year;
    }

    public RegionRef area() {
        return area;
    }

    List<Indicators.Value> now() {
        return now;
    }

    Map<String, Indicators.Value> before() {
        return before;
    }

    /** A bar chart: one series per name, one bar per category, each with its link. */
    public final class Bars {

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

        public Bars pie() {
            this.kind = "pie";
            return this;
        }

        public Bars category(String name) {
            categories.add(name);
            return this;
        }

        public Bars value(String seriesKey, Number value, String link) {
            String name = message(seriesKey, null);
            series.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            links.computeIfAbsent(name, n -> new ArrayList<>()).add(link);
            return this;
        }

        public String toJson() {
            List<Map<String, Object>> list = new ArrayList<>();
            series.forEach((name, data) -> list.add(Map.of("name", name, "data", data, "links", links.get(name))));
            return json.writeValueAsString(Map.of("kind", kind, "title", title, "unit", unit, "categories", categories,
                    "series", list));
        }
    }

    /** A message in the request's language, e.g. a category's label. */
    public String label(String key) {
        return message(key, null);
    }

    public Bars bars(String titleKey, Object[] args, String unitKey) {
        return new Bars(titleKey, args, unitKey);
    }

    /**
     * A bar chart with a category per area below the dashboard's region (by town for a county), whose
     * bars {@code values} adds from the area's figures, each leading to the area's records at {@code path}.
     */
    public <S> Bars byArea(String titleKey, String unitKey, IndicatorSource.Figures<List<AreaRow<S>>> rows, String path,
            AreaBars<S> values) {
        Function<String, String> names = areaNames();
        Bars bars = bars(titleKey, new Object[] {year}, unitKey);
        for (AreaRow<S> row : rows.of(year, area)) {
            bars.category(names.apply(row.areaCode()));
            values.add(bars, row.figures(), IndicatorDefinition.RecordsLink.list(path).of(year, row.areaCode()));
        }
        return bars;
    }

    /** The bars of one area: its figures and the link to its records. */
    @FunctionalInterface
    public interface AreaBars<S> {

        void add(Bars bars, S figures, String link);
    }

    /** Names of the areas below the dashboard's region (the towns of a county, …), by code. */
    Function<String, String> areaNames() {
        Map<String, String> byCode = new LinkedHashMap<>();
        regions.children(area.id()).forEach(a -> byCode.put(a.code(), a.name()));
        return code -> byCode.getOrDefault(code, code);
    }

    private String message(String key, Object[] args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
