package cn.shequ.platform.yearbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The entry's templates: title, items, paragraphs, placeholders and visible gaps. */
class EntryTemplateTest {

    static final String TEXT = """
            # 社区建设

            ## 概况
            {year}年，市社区化发展办公室……

            ## 社区硬件设施提升改造
            年内，重点推进了{service_center.planned}个社区服务中心（其中{service_center.planned_new_build}个新建）的改造提升工作。
            到年底，{missing.figure}个新建社区服务中心投入使用。

            另一段，投资{eco.investment|亿}亿元。
            """;

    @Test
    void rendersTheEntryInTheSeedsShape() {
        EntryDraft entry = new EntryTemplate(TEXT).render(Map.of("year", 2015, "service_center.planned", 50L,
                "service_center.planned_new_build", 8L, "eco.investment", 110000));
        assertThat(entry.title()).isEqualTo("社区建设");
        assertThat(entry.items()).extracting(EntryDraft.Item::heading).containsExactly("概况", "社区硬件设施提升改造");
        assertThat(entry.items().get(1).paragraphs()).hasSize(2);
        assertThat(entry.plainText()).contains("【概况】 2015年，市社区化发展办公室")
                .contains("【社区硬件设施提升改造】 年内，重点推进了50个社区服务中心（其中8个新建）的改造提升工作。到年底")
                .contains("投资11亿元");
    }

    @Test
    void aFigureTheRecordsLackIsAVisibleGapNeverZero() {
        EntryDraft entry = new EntryTemplate(TEXT).render(Map.of("year", 2015));
        assertThat(entry.gaps()).contains("【缺：missing.figure】", "【缺：service_center.planned】");
        assertThat(entry.plainText()).contains("到年底，【缺：missing.figure】个").doesNotContain("到年底，0个");
    }

    @Test
    void listsTheKeysItUses() {
        assertThat(new EntryTemplate(TEXT).keys()).contains("year", "service_center.planned", "eco.investment");
    }

    @Test
    void theDefaultTemplateFollowsTheSeed() {
        EntryTemplate template = YearbookService.defaultTemplate();
        EntryDraft entry = template.render(Map.of());
        assertThat(entry.title()).isEqualTo("社区建设");
        assertThat(entry.items()).extracting(EntryDraft.Item::heading)
                .containsExactly("概况", "社区硬件设施提升改造", "社区服务软实力转型升级", "增减挂钩项目建设", "农村新型社区建设");
    }
}
