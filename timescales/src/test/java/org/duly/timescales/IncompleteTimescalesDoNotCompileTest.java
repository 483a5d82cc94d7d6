package org.duly.timescales;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The DSL cannot be written half-finished: each sentence below is compiled against Duly's classes,
 * the finished ones must compile as a {@link Timescale} and the unfinished ones must not. An event
 * narrowed by {@code filteredBy} is unfinished until it is {@code called} something, and a condition
 * on occurrences is not a condition on a date ({@link When}).
 */
class IncompleteTimescalesDoNotCompileTest {

    private static boolean compiles(String expression, Path output) throws IOException {
        String source = """
                import static org.duly.timescales.Timescales.*;
                import static org.duly.timescales.period.Periods.*;
                import org.duly.timescales.*;
                import java.time.LocalDate;
                class Sentence {
                    static final Event<LocalDate> REFERRAL = Event.of("the referral", LocalDate.class, d -> d);
                    static final Timescale TIMESCALE = %s;
                }
                """.formatted(expression);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Sentence.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-d", output.toString(),
                "-proc:none");
        return compiler.getTask(new StringWriter(), null, null, options, null, List.of(file)).call();
    }

    @ParameterizedTest(name = "{0} -> compiles: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            within(workingDays(15)).of(REFERRAL)                                              | true
            within(workingDays(15))                                                           | false
            atLeast(workingDays(2)).before(REFERRAL)                                          | true
            atLeast(workingDays(2))                                                           | false
            between(weeks(2)).and(weeks(4)).after(REFERRAL)                                   | true
            between(weeks(2)).and(weeks(4))                                                   | false
            betweenDay(12).andDay(18)                                                         | false
            ideallyWithin(weeks(16)).atMostWithin(weeks(26))                                  | false
            immediately()                                                                     | false
            first(within(workingDays(20)).of(REFERRAL)).then(within(months(3)).ofPrevious()).thenEvery(months(6)) | true
            first(within(workingDays(20)).of(REFERRAL)).then(within(months(3)).ofPrevious())  | false
            first(within(workingDays(20)).of(REFERRAL))                                       | false
            inEach(java.time.Month.MAY).from(REFERRAL)                                        | true
            inEach(java.time.Month.MAY)                                                       | false
            atLeast(hours(24)).before(REFERRAL)                                               | false
            atTheLatest(workingDays(10)).after(REFERRAL)                                      | true
            atTheLatest(workingDays(10))                                                      | false
            ideally(by(REFERRAL)).atTheLatest(within(weeks(2)).of(REFERRAL))                  | true
            ideally(by(REFERRAL))                                                             | false
            within(weeks(2)).of(REFERRAL).until(REFERRAL)                                     | true
            within(weeks(2)).of(REFERRAL.filteredBy(Condition.of("on a Monday", d -> d.getDayOfWeek().getValue() == 1)))  | false
            within(weeks(2)).of(REFERRAL.filteredBy(Condition.of("on a Monday", d -> d.getDayOfWeek().getValue() == 1)).called("the Monday referral")) | true
            first(within(weeks(1)).of(REFERRAL)).thenEvery(either(weeks(6)).when(Condition.of("in May", (LocalDate d) -> true)).otherwise(weeks(12))) | false
            first(within(weeks(1)).of(REFERRAL)).thenEvery(either(weeks(6)).when(When.of("in May", (d, facts) -> true)).otherwise(weeks(12)))         | true
            """)
    void only_finished_timescales_are_values(String expression, boolean expected) throws IOException {
        Path output = Files.createTempDirectory("sentence");
        try {
            assertThat(compiles(expression, output)).as(expression).isEqualTo(expected);
        } finally {
            try (var files = Files.walk(output)) {
                files.map(Path::toFile).sorted((a, b) -> -a.compareTo(b)).forEach(File::delete);
            }
        }
    }
}
