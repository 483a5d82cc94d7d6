package org.duly.cli.handbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Files of this repository that tests hold the command line against: the spec ids of the booklet's
 * key timescales (the Derbyshire policy's {@code key-timescales.tsv}) and the committed
 * handbook. Found from the working directory, which is the module's own when Maven runs the tests.
 */
public final class Repository {

    private Repository() {
    }

    /**
     * The repository's root: the nearest directory up from the working directory with the Maven wrapper in it.
     *
     * <p>Example:
     * <pre>{@code
     * Path docs = Repository.root().resolve("docs");
     * }</pre>
     *
     * @return the root
     */
    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("workflows"))) {
                return dir;
            }
        }
        throw new IllegalStateException("run the tests inside the repository: no directory up from "
                + Path.of("").toAbsolutePath() + " holds mvnw and workflows/");
    }

    /**
     * A file of the repository, as text.
     *
     * <p>Example:
     * <pre>{@code
     * String committed = Repository.read("docs/handbook.md");
     * }</pre>
     *
     * @param path its path from the root, such as "docs/handbook.md"
     * @return its text
     */
    public static String read(String path) {
        try {
            return Files.readString(root().resolve(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every spec id of the booklet's key timescales, in the order of {@code key-timescales.tsv}.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Repository.specIds()).startsWith("EHSA-1", "EHSA-2");
     * }</pre>
     *
     * @return the spec ids, such as "CP-2"
     */
    public static List<String> specIds() {
        List<String> ids = read("policies/derbyshire/src/main/resources/org/duly/policies/derbyshire/key-timescales.tsv").lines()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.substring(0, line.indexOf('\t')))
                .toList();
        if (ids.size() < 100) {
            throw new IllegalStateException("key-timescales.tsv has only " + ids.size() + " spec ids");
        }
        return ids;
    }
}
