package org.duly.cli.report;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The headless Chromium of this machine, for tests that check a page as a browser renders it.
 * Found on the PATH as {@code chromium}, {@code chromium-browser} or {@code google-chrome}; never
 * downloaded. Without one the tests are skipped, unless {@code DULY_REQUIRE_BROWSER=1} (set by
 * {@code .ci/run} when it has a browser), when they fail instead: in CI a missing browser must not
 * pass silently.
 */
final class Chromium {

    static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private static final long TIMEOUT_SECONDS = 90;

    private final Path executable;

    private Chromium(Path executable) {
        this.executable = executable;
    }

    /** The browser, or the test is skipped (or failed, when a browser is required). */
    static Chromium require() {
        return require(System.getenv("PATH"), System.getenv("DULY_REQUIRE_BROWSER"));
    }

    /** As {@link #require()}, with the PATH and DULY_REQUIRE_BROWSER given, so both outcomes can be tested. */
    static Chromium require(String path, String requireBrowser) {
        Optional<Path> found = find(path);
        if (found.isEmpty()) {
            if ("1".equals(requireBrowser)) {
                fail("DULY_REQUIRE_BROWSER=1 but none of " + NAMES + " is on the PATH");
            }
            assumeTrue(false, "no headless browser (" + String.join(", ", NAMES) + ") on the PATH");
        }
        return new Chromium(found.get());
    }

    /** The first of {@link #NAMES} found in the directories of a PATH, in the order of the names. */
    static Optional<Path> find(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        for (String name : NAMES) {
            for (String directory : path.split(File.pathSeparator)) {
                if (directory.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(directory, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The DOM after the page has loaded and rendered, as Chromium serialises it. */
    Result dumpDom(Path page, Path work) throws IOException, InterruptedException {
        return run(page, work, "--dump-dom");
    }

    /**
     * The DOM once the page's scripts have run, their timers and promises included: Chromium's
     * virtual time runs until nothing is pending or the budget (in virtual milliseconds) is spent.
     */
    Result dumpDomAfterScripts(Path page, Path work) throws IOException, InterruptedException {
        return run(page, work, "--virtual-time-budget=120000", "--dump-dom");
    }

    /** A PNG screenshot of the page at a given window size. */
    Path screenshot(Path page, Path work, int width, int height) throws IOException, InterruptedException {
        Path png = work.resolve(page.getFileName() + ".png");
        run(page, work, "--screenshot=" + png, "--window-size=" + width + "," + height, "--hide-scrollbars");
        return png;
    }

    /**
     * What Chromium wrote: the output (the DOM for {@code --dump-dom}) and its log, which carries
     * the page's console messages, among them every load that failed or was blocked.
     *
     * @param out standard output
     * @param err standard error
     */
    record Result(String out, String err) {

        /** The page's console messages: "Loading the image ... violates ...", "Failed to load resource ...". */
        List<String> consoleMessages() {
            return err.lines().filter(line -> line.contains(":CONSOLE")).toList();
        }
    }

    private Result run(Path page, Path work, String... what) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--disable-gpu", "--no-sandbox",
                // A profile of its own: no first-run work, no lock shared with another test or a user's browser.
                "--user-data-dir=" + work.resolve("profile"), "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // The page's console (blocked and failed loads) goes to standard error, where a test reads it.
                "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(what));
        command.add(page.toUri().toString());
        Path out = work.resolve("chromium.out");
        Path err = work.resolve("chromium.err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            fail("chromium exited with " + process.exitValue() + ": " + command + "\n" + stderr);
        }
        return new Result(Files.readString(out, StandardCharsets.UTF_8), stderr);
    }
}
