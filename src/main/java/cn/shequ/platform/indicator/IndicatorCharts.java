package cn.shequ.platform.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The dashboard's charts over every work stream's indicators, among the work streams' own charts. */
@Configuration(proxyBeanMethods = false)
class IndicatorCharts {

    static final int TREND_YEARS = 4;

    /** Every indicator that has a plan: the share of the plan done. */
    @Bean
    @Order(30)
    DashboardChart planAgainstActualChart() {
        return dashboard -> {
            DashboardCharts.Bars bars = dashboard.bars("dashboard.chart.plan", null, "dashboard.unit.percent");
            for (Indicators.Value value : dashboard.now()) {
                if (value.completionRate() != null) {
                    bars.category(dashboard.label(value.definition().nameKey()))
                            .value("dashboard.series.rate", value.completionRate(), value.link());
                }
            }
            return bars.toJson();
        };
    }

    /** The headline indicators over the last years, side by side. */
    @Bean
    @Order(50)
    DashboardChart trendChart(Indicators indicators, IndicatorCatalogue catalogue) {
        return dashboard -> {
            int year = dashboard.year();
            DashboardCharts.Bars bars = dashboard.bars("dashboard.chart.trend",
                    new Object[] {year - TREND_YEARS + 1, year}, "indicator.unit.COUNT");
            List<Map<String, Indicators.Value>> years = new ArrayList<>();
            for (int y = year - TREND_YEARS + 1; y <= year - 2; y++) {
                years.add(indicators.byKey(y, dashboard.area()));
            }
            years.add(dashboard.before());
            Map<String, Indicators.Value> current = new LinkedHashMap<>();
            dashboard.now().forEach(v -> current.put(v.key(), v));
            years.add(current);
            for (int i = 0; i < years.size(); i++) {
                bars.category(String.valueOf(year - TREND_YEARS + 1 + i));
                for (IndicatorDefinition<?> definition : catalogue.definitions()) {
                    if (definition.headline() && definition.unit() == Unit.COUNT) {
                        Indicators.Value value = years.get(i).get(definition.key());
                        bars.value(definition.nameKey(), value.value(), value.link());
                    }
                }
            }
            return bars.toJson();
        };
    }
}
