package org.duly.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.duly.architecture.fixture.RuleBreaker;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/API.md} is the documented list of Duly's public packages: it lists exactly the packages
 * of the published modules that hold public types, each under the module whose sources hold it, the
 * modules are those of the BOM, and every listed package says what it is for in its
 * {@code package-info.java}. A new package, module or undocumented package fails here.
 */
class ApiDocumentTest {

    /** The repository's root, from this module's directory. */
    private static final Path ROOT = Path.of("..");

    /** A module's heading: "## duly-timescales: `timescales/`", its artifact and its folder. */
    private static final Pattern MODULE = Pattern.compile("^## (duly-[a-z-]+): `([a-z/-]+)/`$");

    /** A package's row: "| `org.duly.timescales` | what it is for | entry points |". */
    private static final Pattern PACKAGE = Pattern.compile("^\\| `(org\\.duly(?:\\.[a-z]+)*)` \\|");

    /** An artifact named in a pom, the BOM's managed ones after its {@code <dependencyManagement>}. */
    private static final Pattern BOM_ARTIFACT = Pattern.compile("<artifactId>(duly-[a-z-]+)</artifactId>");

    private static final JavaClasses PUBLISHED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(publishedRoots());

    /** The root packages of the published modules, as the architecture rules name them. */
    private static String[] publishedRoots() {
        return Arrays.stream(DulyArchitecture.PUBLISHED).map(name -> name.replace("..", "")).toArray(String[]::new);
    }

    /** A documented module: its artifact, its folder, and the packages listed under it. */
    public record Module(String artifact, String folder, List<String> packages) {
    }

    /** The modules of the document, in its order, each with the packages listed under it. */
    static List<Module> modules(String markdown) {
        List<Module> modules = new ArrayList<>();
        for (String line : markdown.split("\n", -1)) {
            Matcher module = MODULE.matcher(line);
            Matcher listed = PACKAGE.matcher(line);
            if (module.matches()) {
                modules.add(new Module(module.group(1), module.group(2), new ArrayList<>()));
            } else if (listed.find()) {
                assertThat(modules).as("a package listed before any module: " + line).isNotEmpty();
                modules.get(modules.size() - 1).packages().add(listed.group(1));
            }
        }
        return modules;
    }

    /** The packages that hold a type an application can name: public, and nested only in public types. */
    static Set<String> packagesWithPublicTypes(JavaClasses classes) {
        return classes.stream().filter(ApiDocumentTest::isPublic).map(JavaClass::getPackageName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean isPublic(JavaClass type) {
        return type.getModifiers().contains(JavaModifier.PUBLIC) && !type.isAnonymousClass() && !type.isLocalClass()
                && type.getEnclosingClass().map(ApiDocumentTest::isPublic).orElse(true);
    }

    /** The description a {@code package-info.java} gives its package: its Javadoc's text before any tag. */
    static Optional<String> description(String packageInfo) {
        int start = packageInfo.indexOf("/**");
        int end = packageInfo.indexOf("*/", start + 3);
        if (start < 0 || end < 0) {
            return Optional.empty();
        }
        String text = packageInfo.substring(start + 3, end).lines()
                .map(line -> line.strip().replaceFirst("^\\*\\s?", ""))
                .takeWhile(line -> !line.startsWith("@"))
                .collect(Collectors.joining(" ")).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path sources(Module module, String packageName) {
        return ROOT.resolve(module.folder()).resolve("src/main/java").resolve(packageName.replace('.', '/'));
    }

    @Test
    void the_document_lists_exactly_the_packages_of_the_published_modules_that_hold_public_types() {
        Set<String> listed = modules(read(ROOT.resolve("docs/API.md"))).stream().flatMap(module -> module.packages().stream())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(listed).as("the packages docs/API.md lists, against those holding public types")
                .containsExactlyInAnyOrderElementsOf(packagesWithPublicTypes(PUBLISHED));
    }

    @Test
    void the_documented_modules_are_the_published_ones_and_each_holds_the_packages_listed_under_it() {
        List<Module> modules = modules(read(ROOT.resolve("docs/API.md")));
        String bomPom = read(ROOT.resolve("bom/pom.xml"));
        Set<String> bom = new LinkedHashSet<>();
        Matcher artifact = BOM_ARTIFACT.matcher(bomPom.substring(bomPom.indexOf("<dependencyManagement>")));
        while (artifact.find()) {
            bom.add(artifact.group(1));
        }

        assertThat(modules).extracting(Module::artifact).as("the modules docs/API.md documents")
                .containsExactlyInAnyOrderElementsOf(bom);
        for (Module module : modules) {
            assertThat(read(ROOT.resolve(module.folder()).resolve("pom.xml")))
                    .as(module.folder() + "/pom.xml").contains("<artifactId>" + module.artifact() + "</artifactId>");
            assertThat(module.packages()).as(module.artifact()).isNotEmpty()
                    .allSatisfy(name -> assertThat(sources(module, name)).as(name + " in " + module.folder()).isDirectory());
        }
    }

    @Test
    void every_documented_package_says_what_it_is_for_in_its_package_info() {
        List<String> checked = new ArrayList<>();
        List<String> undescribed = new ArrayList<>();
        for (Module module : modules(read(ROOT.resolve("docs/API.md")))) {
            for (String name : module.packages()) {
                Path packageInfo = sources(module, name).resolve("package-info.java");
                checked.add(name);
                if (!Files.isRegularFile(packageInfo) || description(read(packageInfo)).isEmpty()) {
                    undescribed.add(name);
                }
            }
        }

        assertThat(checked).isNotEmpty();
        assertThat(undescribed).as("documented packages without a package-info.java that describes them").isEmpty();
    }

    @Test
    void the_checks_find_a_package_a_module_and_a_description_and_miss_none() {
        String markdown = """
                # API
                | `org.duly.stray` | before any module |
                """;
        assertThatThrownBy(() -> modules(markdown)).isInstanceOf(AssertionError.class);

        assertThat(modules("""
                ## duly-timescales: `timescales/`

                | package | for | entry |
                | --- | --- | --- |
                | `org.duly.timescales` | the DSL | `Timescales` |
                | `org.duly.timescales.period` | periods | `Periods` |
                Text that names `org.duly.domain` is not a row.
                ## duly-policy-derbyshire: `policies/derbyshire/`
                | `org.duly.policies.derbyshire` | a policy | `DerbyshirePracticeStandards` |
                """)).containsExactly(
                new Module("duly-timescales", "timescales", List.of("org.duly.timescales", "org.duly.timescales.period")),
                new Module("duly-policy-derbyshire", "policies/derbyshire", List.of("org.duly.policies.derbyshire")));

        assertThat(packagesWithPublicTypes(new ClassFileImporter().importClasses(RuleBreaker.class, RuleBreaker.Engineroom.class)))
                .containsExactly(RuleBreaker.class.getPackageName());
        assertThat(packagesWithPublicTypes(new ClassFileImporter().importClasses(ApiDocumentTest.class, Module.class)))
                .as("package-private types, and a public record nested in one").isEmpty();

        assertThat(description("/**\n * Periods as a policy states them.\n */\npackage org.duly.timescales.period;\n"))
                .contains("Periods as a policy states them.");
        assertThat(description("package org.duly.timescales.period;\n")).isEmpty();
        assertThat(description("/**\n *\n * @since 0.1\n */\npackage org.duly.timescales.period;\n")).isEmpty();
        assertThat(description("// Periods.\npackage org.duly.timescales.period;\n")).isEmpty();
    }
}
