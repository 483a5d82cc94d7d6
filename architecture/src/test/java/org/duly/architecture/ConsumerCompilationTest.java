package org.duly.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consuming application that compiles with every warning as an error ({@code -Xlint:all -Werror})
 * gets no warning from Duly's classes or their annotations: the classpath is what Maven gives a
 * consumer of the published modules (this module's test classpath, which has them and their
 * transitive dependencies, and not the provided or test-scope ones of Duly's own build).
 */
class ConsumerCompilationTest {

    private static final String CONSUMER = """
            package com.example;

            import java.time.LocalDate;
            import java.util.List;
            import org.duly.domain.Child;
            import org.duly.domain.events.ConferenceHeld;
            import org.duly.domain.events.ConferenceKind;
            import org.duly.domain.events.StrategyDiscussion;
            import org.duly.workflows.engine.Schedule;
            import org.duly.workflows.policy.Policy;

            public final class Consumer {
                private Consumer() {
                }

                public static List<Object> events() {
                    Child child = Child.builder().id("C-1").dateOfBirth(LocalDate.parse("2015-06-01")).build();
                    return List.of(child,
                            StrategyDiscussion.builder().date(LocalDate.parse("2024-03-05")).initiatedSection47(true).build(),
                            ConferenceHeld.builder().date(LocalDate.parse("2024-03-20")).kind(ConferenceKind.INITIAL).build());
                }

                public static String policyOf(Schedule schedule) {
                    Policy policy = schedule.policy();
                    return policy.title();
                }
            }
            """;

    static String compile(Path work, String source, String className) throws IOException {
        Path file = work.resolve(className + ".java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter out = new StringWriter();
        List<String> options = List.of("-Xlint:all", "-Werror", "-proc:none", "-classpath", System.getProperty("java.class.path"),
                "-d", work.resolve("classes").toString());
        boolean ok = compiler.getTask(out, null, null, options, null, compiler.getStandardFileManager(null, null, null)
                .getJavaFileObjects(file)).call();
        return ok ? "" : out.toString();
    }

    @Test
    void a_consumer_compiles_with_all_warnings_as_errors(@TempDir Path work) throws IOException {
        assertThat(compile(work, CONSUMER, "Consumer")).isEmpty();
    }

    @Test
    void the_check_sees_a_warning(@TempDir Path work) throws IOException {
        String unchecked = "package com.example;\npublic final class Raw {\n  private Raw() {\n  }\n"
                + "  @SuppressWarnings(\"unused\") static java.util.List<String> raw() {\n    return new java.util.ArrayList();\n  }\n}\n";
        assertThat(compile(work, unchecked, "Raw")).contains("warning").contains("unchecked");
    }
}
