package org.duly.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The module map in the README is the build's: the same modules, each a folder of the repository. */
class ModuleMapTest {

    private static final Path ROOT = Path.of("..");

    /** The first word of each line of the README's module map, in the code block under "## Modules". */
    static List<String> readmeModules(String readme) {
        String section = readme.substring(readme.indexOf("\n## Modules\n"));
        String block = section.substring(section.indexOf("```\n") + 4);
        block = block.substring(0, block.indexOf("```"));
        List<String> modules = new ArrayList<>();
        for (String line : block.split("\n")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                modules.add(line.split("\\s+")[0]);
            }
        }
        return modules;
    }

    static List<String> pomModules(String pom) {
        List<String> modules = new ArrayList<>();
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
        while (module.find()) {
            modules.add(module.group(1));
        }
        return modules;
    }

    @Test
    void the_readme_lists_every_module_of_the_build_and_each_is_a_folder() throws IOException {
        List<String> listed = readmeModules(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(pomModules(Files.readString(ROOT.resolve("pom.xml"),
                StandardCharsets.UTF_8)));
        assertThat(listed).allSatisfy(module -> assertThat(ROOT.resolve(module).resolve("pom.xml")).isRegularFile());
    }

    @Test
    void the_check_reads_the_map_as_written() {
        String readme = "# X\n\n## Modules\n\nText.\n\n```\ncli     the command line\n        more words\ndomain  types\n```\n";
        assertThat(readmeModules(readme)).containsExactly("cli", "domain");
    }
}
