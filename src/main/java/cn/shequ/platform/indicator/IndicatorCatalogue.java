package cn.shequ.platform.indicator;

import java.util.List;
import java.util.Optional;

import cn.shequ.platform.shared.WorkStream;
import org.springframework.stereotype.Component;

/**
 * The catalogue of indicators, in the order the dashboard and the yearbook show them. Every value is
 * computed from a {@link Snapshot} of the work streams' figures; every indicator links to the
 * records it counts.
 */
@Component
public class IndicatorCatalogue {

    private final List<IndicatorDefinition> definitions = List.of(
            new IndicatorDefinition("service_center.planned", WorkStream.SERVICE_CENTER, Unit.COUNT, true,
                    s -> s.serviceCenter().planned(), null,
                    (y, r) -> "/service-centers?year=" + y + "&region=" + r),
            IndicatorDefinition.part("service_center.planned_new_build", "service_center.planned", WorkStream.SERVICE_CENTER,
                    Unit.COUNT, s -> s.serviceCenter().newBuild(), null,
                    (y, r) -> "/service-centers?year=" + y + "&region=" + r + "&kind=NEW_BUILD"),
            new IndicatorDefinition("service_center.new_build_in_use", WorkStream.SERVICE_CENTER, Unit.COUNT, true,
                    s -> s.serviceCenter().newBuildInUse(), s -> s.serviceCenter().newBuild(),
                    (y, r) -> "/service-centers?year=" + y + "&region=" + r + "&kind=NEW_BUILD&reached=IN_USE"),
            new IndicatorDefinition("service_center.renovation_completed", WorkStream.SERVICE_CENTER, Unit.COUNT, true,
                    s -> s.serviceCenter().renovationCompleted(), s -> s.serviceCenter().renovation(),
                    (y, r) -> "/service-centers?year=" + y + "&region=" + r + "&kind=RENOVATION&reached=COMPLETED"),
            new IndicatorDefinition("service_center.investment_wan_yuan", WorkStream.SERVICE_CENTER, Unit.WAN_YUAN, false,
                    s -> s.serviceCenter().invested(), s -> s.serviceCenter().plannedInvestment(),
                    (y, r) -> "/service-centers?year=" + y + "&region=" + r),
            new IndicatorDefinition("smart_community.promotion_meetings", WorkStream.SMART_COMMUNITY, Unit.TIMES, false,
                    Snapshot::smartPromotionMeetings, null,
                    (y, r) -> "/meetings?year=" + y + "&stream=SMART_COMMUNITY&kind=PROMOTION"),
            new IndicatorDefinition("document.issued", WorkStream.GENERAL, Unit.DOCUMENT, false,
                    Snapshot::documentsIssued, null,
                    (y, r) -> "/documents?year=" + y));

    public List<IndicatorDefinition> definitions() {
        return definitions;
    }

    public Optional<IndicatorDefinition> find(String key) {
        return definitions.stream().filter(d -> d.key().equals(key)).findFirst();
    }
}
