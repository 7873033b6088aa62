package cn.shequ.platform.document;

import cn.shequ.platform.indicator.IndicatorSource;
import cn.shequ.platform.indicator.Unit;
import cn.shequ.platform.shared.WorkStream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The register's indicator: documents issued in the year, after the work streams' indicators. */
@Configuration(proxyBeanMethods = false)
class DocumentFiguresConfig {

    @Bean
    @Order(70)
    IndicatorSource<Long> documentIndicators(DocumentFigures figures) {
        return IndicatorSource.<Long>of(WorkStream.GENERAL, (year, region) -> figures.documentsIssued(year, region, null))
                .add("document.issued", Unit.DOCUMENT, n -> n, (y, r) -> "/documents?year=" + y);
    }
}
