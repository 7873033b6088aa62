package cn.shequ.platform.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import cn.shequ.platform.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * Every indicator has a name and a definition in Chinese and English, and {@code docs/indicators.md}
 * is rewritten from the catalogue on every build, so it always lists what the code computes.
 */
@IntegrationTest
class IndicatorCatalogueDocTest {

    static final Path DOC = Path.of("docs/indicators.md");

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    MessageSource messages;

    @Test
    void everyIndicatorIsNamedAndDefinedAndDocumented() throws IOException {
        StringBuilder doc = new StringBuilder("""
                # Indicators (指标)

                Written by `IndicatorCatalogueDocTest` from the catalogue (`indicator.IndicatorCatalogue`) and its
                messages on every build: do not edit by hand. Each indicator is computed for a year and a region
                subtree from the work streams' records (SQL aggregates); the dashboard, `GET /api/v1/indicators`
                and the yearbook read the same values. Indicators with a plan value show plan against actual.

                | key | 指标 | indicator | unit 单位 | plan | 指标解释 (definition) |
                | --- | --- | --- | --- | --- | --- |
                """);
        for (IndicatorDefinition definition : catalogue.definitions()) {
            String zh = messages.getMessage(definition.nameKey(), null, Locale.SIMPLIFIED_CHINESE);
            String en = messages.getMessage(definition.nameKey(), null, Locale.ENGLISH);
            String zhDefinition = messages.getMessage(definition.definitionKey(), null, Locale.SIMPLIFIED_CHINESE);
            String enDefinition = messages.getMessage(definition.definitionKey(), null, Locale.ENGLISH);
            String unit = messages.getMessage("indicator.unit." + definition.unit(), null, Locale.SIMPLIFIED_CHINESE);
            assertThat(zh).isNotBlank();
            assertThat(en).isNotBlank().isNotEqualTo(zh);
            assertThat(zhDefinition).isNotBlank();
            assertThat(enDefinition).isNotBlank();
            doc.append("| `").append(definition.key()).append("` | ").append(zh).append(" | ").append(en).append(" | ")
                    .append(unit).append(" | ").append(definition.hasPlan() ? "yes" : "").append(" | ")
                    .append(zhDefinition).append(" ").append(enDefinition).append(" |\n");
        }
        String text = doc.toString();
        if (!Files.exists(DOC) || !Files.readString(DOC, StandardCharsets.UTF_8).equals(text)) {
            Files.writeString(DOC, text, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).contains("`service_center.planned`");
    }
}
