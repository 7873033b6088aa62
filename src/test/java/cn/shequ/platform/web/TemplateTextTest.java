package cn.shequ.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every word a page shows comes from the messages: a template with hard-coded text fails, and so
 * does a message key missing from the Chinese or the English bundle.
 */
class TemplateTextTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path RESOURCES = Path.of("src/main/resources");
    static final Set<String> TEXT_ATTRIBUTES = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove", "th:errors");
    static final Set<String> LABEL_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "data-confirm");
    static final Pattern LETTERS = Pattern.compile("\\p{L}");
    static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

    @Test
    void templatesCarryNoHardCodedText() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(template.toFile(), "UTF-8");
            for (Element element : document.getAllElements()) {
                boolean replaced = element.attributes().asList().stream().anyMatch(a -> TEXT_ATTRIBUTES.contains(a.getKey()))
                        || hasReplacedAncestor(element);
                if (!replaced && LETTERS.matcher(element.ownText()).find() && !"script".equals(element.tagName())
                        && !"style".equals(element.tagName())) {
                    offences.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \"" + element.ownText() + "\"");
                }
                for (String attribute : LABEL_ATTRIBUTES) {
                    if (element.hasAttr(attribute) && LETTERS.matcher(element.attr(attribute)).find()) {
                        offences.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(offences).as("hard-coded text in templates (use #{...} messages)").isEmpty();
    }

    /** The Content-Security-Policy allows no inline script or style: the templates must not need them. */
    @Test
    void templatesCarryNoInlineScriptOrStyle() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(template.toFile(), "UTF-8");
            for (Element element : document.getAllElements()) {
                if (element.tagName().equals("script") && !element.hasAttr("src") && !element.hasAttr("th:src")) {
                    offences.add(TEMPLATES.relativize(template) + ": inline <script>");
                }
                if (element.tagName().equals("style")) {
                    offences.add(TEMPLATES.relativize(template) + ": <style>");
                }
                element.attributes().forEach(attribute -> {
                    String key = attribute.getKey();
                    if (key.equals("style") || key.equals("th:style") || key.startsWith("on") || key.startsWith("th:on")) {
                        offences.add(TEMPLATES.relativize(template) + ": " + key + "=\"" + attribute.getValue() + "\"");
                    }
                });
            }
        }
        assertThat(offences).as("inline scripts, styles or event handlers (the CSP forbids them)").isEmpty();
    }

    @Test
    void everyMessageKeyATemplateNamesExistsInChineseAndEnglish() throws IOException {
        Properties chinese = bundle("");
        Properties english = bundle("_en");
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher matcher = STATIC_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                String key = matcher.group(1);
                if (!chinese.containsKey(key)) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key + " (中文)");
                }
                if (!english.containsKey(key)) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key + " (English)");
                }
            }
        }
        assertThat(missing).as("message keys used by templates but missing from a bundle").isEmpty();
    }

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Set<String> chinese = new TreeSet<>(bundle("").stringPropertyNames());
        Set<String> english = new TreeSet<>(bundle("_en").stringPropertyNames());
        assertThat(english).as("keys in English").containsExactlyInAnyOrderElementsOf(chinese);
    }

    private static boolean hasReplacedAncestor(Element element) {
        for (Element parent : element.parents()) {
            if (parent.hasAttr("th:replace") || parent.hasAttr("th:text") || parent.hasAttr("th:utext")
                    || parent.hasAttr("th:remove")) {
                return true;
            }
        }
        return false;
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    static Properties bundle(String suffix) throws IOException {
        Properties all = new Properties();
        List<Path> files = new ArrayList<>();
        files.add(RESOURCES.resolve("messages" + suffix + ".properties"));
        try (Stream<Path> modules = Files.list(RESOURCES.resolve("i18n"))) {
            modules.filter(p -> {
                String name = p.getFileName().toString();
                return suffix.isEmpty() ? name.endsWith(".properties") && !name.contains("_")
                        : name.endsWith(suffix + ".properties");
            }).forEach(files::add);
        }
        for (Path file : files) {
            try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                Properties properties = new Properties();
                properties.load(reader);
                for (String key : properties.stringPropertyNames()) {
                    if (all.containsKey(key)) {
                        throw new IllegalStateException("message key " + key + " defined twice (" + file + ")");
                    }
                }
                all.putAll(properties);
            }
        }
        return all;
    }
}
