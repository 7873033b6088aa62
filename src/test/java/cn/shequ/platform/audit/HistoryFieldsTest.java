package cn.shequ.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import cn.shequ.platform.region.Region;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every field a History tab can show is labelled in Chinese and in English (never by its Java name),
 * and the annotations that shape the tab ({@link Refers}, {@link ShownBy}) say something true.
 */
class HistoryFieldsTest {

    static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void everyFieldTheHistoryTabShowsHasALabelInBothLanguages() throws IOException {
        Properties chinese = bundles("");
        Properties english = bundles("_en");
        List<String> missing = new ArrayList<>();
        for (Class<?> entity : auditedEntities()) {
            for (Field field : shownFields(entity, entity)) {
                for (Properties language : List.of(chinese, english)) {
                    String prefix = language.getProperty("entity." + entity.getSimpleName() + ".fields");
                    if (prefix == null || (language.getProperty(prefix + "." + field.getName()) == null
                            && language.getProperty("field." + field.getName()) == null)) {
                        missing.add((language == chinese ? "zh " : "en ") + entity.getSimpleName() + "." + field.getName()
                                + " (" + prefix + "." + field.getName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("fields of the History tab without a label").isEmpty();
    }

    @Test
    void aCopiedFieldNamesTheFieldsItIsTakenFrom() {
        List<String> wrong = new ArrayList<>();
        for (Class<?> entity : auditedEntities()) {
            List<String> names = History.auditedFields(entity).stream().map(Field::getName).toList();
            for (Field field : History.auditedFields(entity)) {
                ShownBy shownBy = field.getAnnotation(ShownBy.class);
                if (shownBy != null) {
                    Stream.of(shownBy.value()).filter(name -> !names.contains(name) || name.equals(field.getName()))
                            .forEach(name -> wrong.add(entity.getSimpleName() + "." + field.getName() + " shown by " + name));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aReferenceNamesAnEntityAndHoldsItsKeys() {
        List<String> wrong = new ArrayList<>();
        for (Class<?> entity : auditedEntities()) {
            for (Field field : History.auditedFields(entity)) {
                Refers refers = field.getAnnotation(Refers.class);
                if (refers == null) {
                    continue;
                }
                boolean keys = field.getType() == Long.class || Collection.class.isAssignableFrom(field.getType())
                        || Map.class.isAssignableFrom(field.getType())
                        || (field.getType() == String.class && refers.value() == Region.class);
                if (!refers.value().isAnnotationPresent(Entity.class) || !keys) {
                    wrong.add(entity.getSimpleName() + "." + field.getName());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The fields a History tab shows of a type (embedded values by their own fields). */
    static List<Field> shownFields(Class<?> entity, Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Field field : History.auditedFields(type)) {
            if (field.isAnnotationPresent(ShownBy.class)) {
                continue;
            }
            if (field.getType().isAnnotationPresent(Embeddable.class)) {
                fields.addAll(shownFields(entity, field.getType()));
            }
            else {
                fields.add(field);
            }
        }
        return fields;
    }

    static List<Class<?>> auditedEntities() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Audited.class));
        List<Class<?>> entities = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("cn.shequ.platform")) {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                if (type.isAnnotationPresent(Entity.class)) {
                    entities.add(type);
                }
            }
            catch (ClassNotFoundException ex) {
                throw new IllegalStateException(ex);
            }
        }
        assertThat(entities).hasSizeGreaterThan(30);
        return entities;
    }

    /** The shared and the modules' messages of one language ("" Chinese, "_en" English). */
    static Properties bundles(String suffix) throws IOException {
        Properties all = new Properties();
        List<Path> files = new ArrayList<>(List.of(RESOURCES.resolve("messages" + suffix + ".properties")));
        // The bundles of the modules, and those of the tests' own record kinds and figures.
        for (Path folder : List.of(RESOURCES.resolve("i18n"), Path.of("src/test/resources/i18n"))) {
            try (var modules = Files.list(folder)) {
                modules.filter(p -> suffix.isEmpty() ? !p.getFileName().toString().contains("_")
                        : p.getFileName().toString().endsWith(suffix + ".properties")).forEach(files::add);
            }
        }
        for (Path file : files) {
            try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                all.load(reader);
            }
        }
        return all;
    }
}
