package cn.shequ.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;

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

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagrams() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();

        String text = Files.readString(ARCHITECTURE, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertThat(start).as("docs/architecture.md keeps the diagram markers").isNotNegative().isLessThan(end);
        String updated = text.substring(0, start + START.length()) + "\n" + mermaid() + text.substring(end);
        if (!updated.equals(text)) {
            Files.writeString(ARCHITECTURE, updated, StandardCharsets.UTF_8);
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
