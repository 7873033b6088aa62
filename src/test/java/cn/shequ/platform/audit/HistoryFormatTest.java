package cn.shequ.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.shequ.platform.progress.ProjectStatus;
import cn.shequ.platform.record.PlacedRecord;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * How the History tab writes a value: a record referred to by its key shows by its name, and a
 * deleted or unknown one as「（已删除的记录 key）」; enums, yes/no, dates, times and decimals as
 * readers read them; a label from the messages, never a Java name.
 */
class HistoryFormatTest {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** A record the test refers to: named by its name. */
    static class Place {
        String name;

        Place(String name) {
            this.name = name;
        }
    }

    /** A record without a name of its own, kept at a place. */
    static class Visit {
        @Refers(Place.class)
        Long placeId = 7L;
    }

    /** The fields of a record that refers to places. */
    static class Fields {
        @Refers(Place.class)
        Long placeId;

        @Refers(Place.class)
        Set<Long> placeIds;

        @Refers(Place.class)
        Map<Long, Integer> scores;

        Object plain;

        String unlabelledJavaName;
    }

    final ResourceBundleMessageSource messages = messages();

    /** Place 7 exists as 昌城镇昌城社区; place 494 was deleted. */
    final HistoryFormat format = new HistoryFormat(messages, CHINESE, List.of(),
            (type, id) -> type == Place.class && Long.valueOf(7).equals(id) ? new Place("昌城镇昌城社区") : null);

    @Test
    void aDeletedOrUnknownRecordShowsAsDeletedWithItsKey() throws Exception {
        assertThat(format.value(field("placeId"), 494L)).isEqualTo("（已删除的记录 494）");
        assertThat(format.value(field("placeId"), 7L)).isEqualTo("昌城镇昌城社区");
        assertThat(format.value(field("placeId"), null)).isEmpty();
        assertThat(format.value(field("placeIds"), Set.of(7L, 12345L)))
                .contains("昌城镇昌城社区", "（已删除的记录 12345）").contains("、").doesNotContain("12,345");

        Map<Long, Integer> scores = new LinkedHashMap<>();
        scores.put(7L, 80);
        scores.put(8L, 90);
        assertThat(format.value(field("scores"), scores)).contains("昌城镇昌城社区：80", "（已删除的记录 8）：90");
    }

    @Test
    void aModulesNamesAnswerForItsRecordsAndTheirDeletedOnes() throws Exception {
        RecordNames places = new RecordNames() {
            @Override
            public Class<?> type() {
                return Place.class;
            }

            @Override
            public Optional<String> nameOf(Object key) {
                return "/370000/370700/".equals(key) ? Optional.of("潍坊市") : Optional.empty();
            }
        };
        HistoryFormat named = new HistoryFormat(messages, CHINESE, List.of(places), (type, id) -> {
            throw new AssertionError("a type with its names is not loaded");
        });
        assertThat(named.name(Place.class, "/370000/370700/")).isEqualTo("潍坊市");
        assertThat(named.name(Place.class, "/370000/999999/")).isEqualTo("（已删除的记录 /370000/999999/）");
    }

    @Test
    void aRecordWithoutANameShowsByWhatItRefersTo() throws Exception {
        assertThat(format.value(field("plain"), new Visit())).isEqualTo("记录（昌城镇昌城社区）");
    }

    @Test
    void enumsYesNoDatesTimesAndDecimalsKeepTheirReadableForm() throws Exception {
        Field plain = field("plain");
        assertThat(format.value(plain, ProjectStatus.COMPLETED)).isEqualTo("完工");
        assertThat(format.value(plain, true)).isEqualTo("是");
        assertThat(format.value(plain, false)).isEqualTo("否");
        assertThat(format.value(plain, LocalDate.of(2015, 3, 1))).isEqualTo("2015-03-01");
        Instant noon = LocalDateTime.of(2015, 3, 1, 12, 30, 5).atZone(ZoneId.systemDefault()).toInstant();
        assertThat(format.value(plain, noon)).isEqualTo("2015-03-01 12:30:05");
        assertThat(format.value(plain, new BigDecimal("12.50"))).isEqualTo("12.5");
        assertThat(format.value(plain, new BigDecimal("1200.00"))).isEqualTo("1200");
        assertThat(format.value(plain, 12345)).isEqualTo("12345");
        assertThat(format.value(plain, Set.of(ProjectStatus.PLANNED, ProjectStatus.IN_USE))).isEqualTo("投入使用、计划");
        assertThat(format.value(plain, "改造")).isEqualTo("改造");
    }

    @Test
    void aLabelComesFromTheMessagesAndNeverShowsTheJavaName() throws Exception {
        // A work stream's entity is its own (package-private): the audit trail knows it by name only.
        Class<?> project = Class.forName("cn.shequ.platform.servicecenter.ServiceCenterProject");
        assertThat(format.label(project, PlacedRecord.class.getDeclaredField("communityId")))
                .isEqualTo("社区");
        assertThat(format.label(project, field("unlabelledJavaName"))).isEqualTo("其他字段");
        HistoryFormat english = new HistoryFormat(messages, Locale.ENGLISH, List.of(), (type, id) -> null);
        assertThat(english.label(project, PlacedRecord.class.getDeclaredField("communityId")))
                .isEqualTo("Community");
        assertThat(english.value(field("placeId"), 494L)).isEqualTo("(deleted record 494)");
    }

    private static Field field(String name) throws NoSuchFieldException {
        return Fields.class.getDeclaredField(name);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "i18n/audit", "i18n/progress", "i18n/servicecenter");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
