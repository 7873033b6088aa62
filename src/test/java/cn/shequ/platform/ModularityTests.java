package cn.shequ.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules keep their boundaries (no cycles, no reaching into another module's internals). The
 * module diagrams are rewritten from the code on every build: PlantUML and module canvases in
 * {@code docs/modules/}, and the Mermaid diagram inside {@code docs/architecture.md}.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(CommunityPlatformApplication.class);
    static final Path ARCHITECTURE = Path.of("docs/architecture.md");
    static final String START = "<!-- module-diagram:start -->";
    static final String END = "<!-- module-diagram:end -->";

    /** The work streams: each contributes its records and figures, none is known by the reporting modules. */
    static final String[] WORK_STREAMS = {"..servicecenter..", "..smartcommunity..", "..communityservice..",
            "..landlinkage..", "..ecotown..", "..featured.."};

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.shequ.platform");

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    /** The dashboard, the API and the yearbook read figures the work streams contribute (plug-in point 2). */
    @Test
    void indicatorsAndTheYearbookKnowNoWorkStream() {
        noClasses().that().resideInAnyPackage("cn.shequ.platform.indicator..", "cn.shequ.platform.yearbook..")
                .should().dependOnClassesThat().resideInAnyPackage(WORK_STREAMS)
                .check(CLASSES);
    }

    /** A work stream's records are its own: other modules see the beans it contributes, never its entities. */
    @Test
    void noWorkStreamExposesAnEntity() {
        classes().that().resideInAnyPackage(WORK_STREAMS).and().areAnnotatedWith(Entity.class)
                .should().notBePublic()
                .check(CLASSES);
    }

    @Test
    void writesTheModuleDiagrams() throws IOException {
        Path generated = Path.of("target/modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        copyStably(generated, Path.of("docs/modules"));

        String text = Files.readString(ARCHITECTURE, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertThat(start).as("docs/architecture.md keeps the diagram markers").isNotNegative().isLessThan(end);
        String updated = text.substring(0, start + START.length()) + "\n" + mermaid() + text.substring(end);
        if (!updated.equals(text)) {
            Files.writeString(ARCHITECTURE, updated, StandardCharsets.UTF_8);
        }
    }

    /**
     * Copies the generated diagrams into the documentation with their relations sorted (the
     * Documenter writes them in no fixed order), touching only files whose content changed.
     */
    static void copyStably(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path file : files.toList()) {
                List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
                List<String> relations = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList();
                int first = lines.indexOf(relations.isEmpty() ? "" : lines.stream().filter(l -> l.startsWith("Rel(")).findFirst().get());
                if (!relations.isEmpty()) {
                    lines.removeIf(l -> l.startsWith("Rel("));
                    lines.addAll(first, relations);
                }
                String text = String.join("\n", lines) + "\n";
                Path target = to.resolve(file.getFileName());
                if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(text)) {
                    Files.writeString(target, text, StandardCharsets.UTF_8);
                }
            }
        }
    }

    /** The modules and their direct dependencies as a Mermaid flowchart. */
    static String mermaid() {
        StringBuilder diagram = new StringBuilder("```mermaid\nflowchart TD\n");
        MODULES.stream().sorted(Comparator.comparing(ApplicationModule::getName)).forEach(module -> {
            diagram.append("    ").append(module.getName()).append("[\"").append(module.getDisplayName()).append("<br/>")
                    .append(module.getName()).append("\"]\n");
        });
        MODULES.stream().sorted(Comparator.comparing(ApplicationModule::getName)).forEach(module -> {
            String targets = module.getDirectDependencies(MODULES).uniqueModules()
                    .map(ApplicationModule::getName).sorted().distinct()
                    .map(target -> "    " + module.getName() + " --> " + target + "\n")
                    .collect(Collectors.joining());
            diagram.append(targets);
        });
        return diagram.append("```\n").toString();
    }
}
