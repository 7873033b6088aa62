package cn.shequ.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Messages: {@code messages.properties} holds the shared labels, and each module keeps its own
 * bundle as {@code i18n/<module>.properties} (Chinese, the default) with
 * {@code i18n/<module>_en.properties} beside it. Every bundle found is loaded.
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfig {

    static final String MODULE_BUNDLES = "classpath*:i18n/*.properties";

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames().toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }

    static List<String> basenames() {
        TreeSet<String> modules = new TreeSet<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(MODULE_BUNDLES)) {
                String file = resource.getFilename();
                if (file != null && !file.contains("_")) {
                    modules.add("i18n/" + file.substring(0, file.length() - ".properties".length()));
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        List<String> basenames = new ArrayList<>();
        basenames.add("messages");
        basenames.addAll(modules);
        return basenames;
    }
}
