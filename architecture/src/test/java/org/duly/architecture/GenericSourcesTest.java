package org.duly.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No generic module mentions a particular authority, not even in a comment or an example: the
 * ArchUnit rule sees dependencies, this sees words. The Derbyshire booklet lives in
 * {@code policies/derbyshire}; an example elsewhere uses a made-up council.
 */
class GenericSourcesTest {

    /** The main sources of the modules that know no authority, from this module's directory. */
    private static final List<String> GENERIC = List.of("timescales", "domain", "workflows", "casefile", "testkit");

    /** Lines of the main sources under a directory that name Derbyshire, as "file:line". */
    static List<String> mentionsOfDerbyshire(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(Files::isRegularFile).sorted().flatMap(file -> {
                List<String> lines = read(file);
                return java.util.stream.IntStream.range(0, lines.size())
                        .filter(i -> lines.get(i).toLowerCase(Locale.ROOT).contains("derbyshire"))
                        .mapToObj(i -> sources.relativize(file) + ":" + (i + 1));
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void no_generic_module_mentions_derbyshire() {
        for (String module : GENERIC) {
            Path sources = Path.of("..", module, "src", "main");
            assertThat(sources).as(module).isDirectory();
            assertThat(mentionsOfDerbyshire(sources)).as(module).isEmpty();
        }
    }

    @Test
    void the_check_finds_a_mention_in_any_case(@TempDir Path sources) throws IOException {
        Files.writeString(sources.resolve("Policy.java"), "/** The policy. */\nclass Policy {\n  // as DERBYSHIRE does\n}\n");
        assertThat(mentionsOfDerbyshire(sources)).containsExactly("Policy.java:3");
    }
}
