package cn.shequ.platform.yearbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.shequ.platform.document.DocumentRef;
import cn.shequ.platform.document.DocumentRegister;
import cn.shequ.platform.document.MeetingKind;
import cn.shequ.platform.document.MeetingRef;
import cn.shequ.platform.indicator.Indicators;
import cn.shequ.platform.region.RegionRef;
import cn.shequ.platform.shared.WorkStream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facts of a year that the entry's templates name: every indicator (by its key, with
 * {@code <key>.plan} for its plan), and the names, documents and dates the sentences carry. A fact
 * the records lack is simply absent, so the entry shows a gap instead of a wrong figure.
 */
@Component
class YearbookFacts {

    static final String[] QUARTERS = {"一季度", "二季度", "三季度", "四季度"};

    private final Indicators indicators;
    private final DocumentRegister documents;

    YearbookFacts(Indicators indicators, DocumentRegister documents) {
        this.indicators = indicators;
        this.documents = documents;
    }

    @Transactional(readOnly = true)
    Map<String, Object> of(int year, RegionRef region) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("year", year);
        facts.put("region", region.name());
        for (Indicators.Value value : indicators.values(year, region)) {
            facts.put(value.key(), value.value());
            if (value.plan() != null) {
                facts.put(value.key() + ".plan", value.plan());
            }
        }
        serviceCenters(facts);
        document(facts, "smart.plan", WorkStream.SMART_COMMUNITY, year);
        document(facts, "featured.plan", WorkStream.FEATURED_COMMUNITY, year);
        document(facts, "eco.plan", WorkStream.ECO_TOWN, year);
        document(facts, "land.plan", WorkStream.LAND_LINKAGE, year);
        List<MeetingRef> meetings = documents.meetings(WorkStream.SMART_COMMUNITY, MeetingKind.PROMOTION, year);
        if (!meetings.isEmpty()) {
            facts.put("smart.meetings.organiser", meetings.get(0).organiser());
        }
        return facts;
    }

    /** 基本完成任务 when nine tenths or more of the renovations are completed, 全部完成任务 when all are. */
    private static void serviceCenters(Map<String, Object> facts) {
        Object done = facts.get("service_center.renovation_completed");
        Object planned = facts.get("service_center.renovation_completed.plan");
        if (done instanceof Number d && planned instanceof Number p && p.longValue() > 0) {
            long completed = d.longValue();
            long all = p.longValue();
            facts.put("service_center.renovation_phrase", completed >= all ? "全部完成任务"
                    : completed * 10 >= all * 9 ? "基本完成任务" : "完成" + completed + "个");
        }
    }

    /** The year's first document of a work stream: its citation, its month and its quarter. */
    private void document(Map<String, Object> facts, String key, WorkStream stream, int year) {
        List<DocumentRef> found = documents.ofStream(stream, year);
        if (found.isEmpty()) {
            return;
        }
        DocumentRef document = found.get(0);
        LocalDate date = document.issuedOn();
        facts.put(key, document.citation());
        facts.put(key + ".number", document.number());
        facts.put(key + ".month", date.getMonthValue() + "月");
        facts.put(key + ".quarter", QUARTERS[(date.getMonthValue() - 1) / 3]);
    }

    static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
