package cn.shequ.platform.featured;

import static cn.shequ.platform.indicator.IndicatorDefinition.RecordsLink.list;
import static cn.shequ.platform.indicator.Unit.COUNT;

import java.util.ArrayList;
import java.util.List;

import cn.shequ.platform.document.DocumentRegister;
import cn.shequ.platform.featured.FeaturedFigures.Summary;
import cn.shequ.platform.indicator.IndicatorSource;
import cn.shequ.platform.shared.WorkStream;
import cn.shequ.platform.yearbook.EntryFactSource;
import cn.shequ.platform.yearbook.StatTable;
import cn.shequ.platform.yearbook.StatTableSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The featured communities' indicators, yearbook table and entry facts. */
@Configuration(proxyBeanMethods = false)
class FeaturedFiguresConfig {

    static final WorkStream STREAM = WorkStream.FEATURED_COMMUNITY;

    static final String APPLICATIONS = "/featured-communities/applications";

    @Bean
    @Order(40)
    IndicatorSource<Summary> featuredIndicators(FeaturedFigures figures) {
        return IndicatorSource.of(STREAM, figures::summary)
                .add("featured_community.applications", COUNT, Summary::applications, list(APPLICATIONS, "drafts=false"))
                .headline("featured_community.named", COUNT, Summary::named, list(APPLICATIONS, "state=NAMED"));
    }

    /** The communities named in the year, with their scores: after the other work streams' tables. */
    @Bean
    @Order(60)
    StatTableSource featuredTable(FeaturedFigures figures) {
        return (year, region, areas) -> {
            List<StatTable.Row> rows = new ArrayList<>();
            for (FeaturedFigures.NamedCommunity named : figures.named(year, region)) {
                rows.add(StatTable.Row.of(String.valueOf(rows.size() + 1), named.communityFullName(), named.aspect(),
                        named.projectTitle(), named.score()));
            }
            String batch = figures.batch(year).map(FeaturedFigures.BatchFact::numberLabel).orElse("");
            return List.of(new StatTable("特色社区", year + "年命名的" + batch + "特色社区", "单位：分", List.of("序号", "社区",
                    "创建方面", "特色项目", "评审得分"), rows, null,
                    List.of("注：评审得分为评审专家按评分标准加权的平均分（五人以上评分时去掉最高、最低分）。")));
        };
    }

    @Bean
    @Order(60)
    EntryFactSource featuredFacts(FeaturedFigures figures, DocumentRegister documents) {
        return (year, region, facts) -> {
            documents.ofStream(STREAM, year).stream().findFirst()
                    .ifPresent(d -> facts.document("featured.plan", d.citation(), d.number(), d.issuedOn()));
            figures.batch(year).ifPresent(batch -> {
                facts.put("featured.batch", batch.numberLabel())
                        .put("featured.aspects", batch.aspects())
                        .put("featured.aspect_count", batch.aspects().size());
                if (batch.documentId() != null) {
                    documents.find(batch.documentId()).ifPresent(d -> facts.put("featured.plan", d.citation()));
                }
            });
        };
    }
}
