package org.duly.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.cli.CommandLineRun.duly;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installing like a user (issue 15): {@code duly --version} prints the project's version, the
 * {@code ./duly} launcher finds its checkout when called through symbolic links, and a Windows
 * launcher {@code duly.cmd} runs the same jar.
 */
class InstallingTest {

    private static final Path LAUNCHER = Path.of("../duly");

    @Test
    void the_version_is_the_projects_own() throws IOException {
        // The version in the POM this module is built from, read independently of the resource the build wrote.
        Matcher parent = Pattern.compile("<parent>.*?<version>([^<]+)</version>.*?</parent>", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(parent.find()).isTrue();
        assertThat(duly("--version").out()).isEqualTo("duly " + parent.group(1) + "\n");
        assertThat(duly("--version").out()).doesNotContain("development", "${");
    }

    @Test
    void the_launcher_finds_its_checkout_through_a_chain_of_symbolic_links(@TempDir Path work) throws Exception {
        Path bash = Path.of("/bin/bash");
        assumeTrue(Files.isExecutable(bash), "needs bash, as the launcher does");
        // A checkout with a built jar and no sources (so nothing is stale), and a "java" that prints its arguments.
        Path checkout = Files.createDirectories(work.resolve("checkout with space"));
        Path launcher = Files.copy(LAUNCHER, checkout.resolve("duly"));
        launcher.toFile().setExecutable(true);
        Path jar = Files.createDirectories(checkout.resolve("cli/target")).resolve("duly.jar");
        Files.writeString(jar, "not a real jar");
        Path java = Files.createDirectories(work.resolve("jdk/bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
        java.toFile().setExecutable(true);
        // ~/bin/duly -> ../links/duly-link (relative) -> the checkout's duly (absolute).
        Path links = Files.createDirectories(work.resolve("links"));
        Files.createSymbolicLink(links.resolve("duly-link"), launcher.toAbsolutePath());
        Path bin = Files.createDirectories(work.resolve("bin"));
        Path link = Files.createSymbolicLink(bin.resolve("duly"), Path.of("../links/duly-link"));

        ProcessBuilder run = new ProcessBuilder(link.toAbsolutePath().toString(), "--version").directory(work.toFile())
                .redirectErrorStream(true);
        run.environment().put("JAVA_HOME", work.resolve("jdk").toString());
        Process process = run.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(out).isZero();
        // The throughput collector with a capped young generation, unless DULY_JAVA_OPTS says otherwise.
        assertThat(out.lines().toList()).containsExactly("-XX:+UseParallelGC", "-XX:MaxNewSize=256m", "-jar",
                jar.toRealPath().toString(), "--version");

        run.environment().put("DULY_JAVA_OPTS", "-Xmx2g -XX:+UseG1GC");
        Process own = run.start();
        assertThat(own.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(own.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList())
                .containsExactly("-Xmx2g", "-XX:+UseG1GC", "-jar", jar.toRealPath().toString(), "--version");
    }

    @Test
    void the_windows_launcher_runs_the_same_jar_and_builds_it_the_same_way() throws IOException {
        String unix = Files.readString(LAUNCHER);
        String windows = Files.readString(Path.of("../duly.cmd"));
        assertThat(unix).contains("$here/cli/target/duly.jar");
        assertThat(windows).contains("%DULY_HOME%cli\\target\\duly.jar", "-jar \"%DULY_JAR%\" %*", "exit /b 3");
        // The same Java options, which DULY_JAVA_OPTS replaces.
        assertThat(unix).contains("${DULY_JAVA_OPTS:--XX:+UseParallelGC -XX:MaxNewSize=256m}");
        assertThat(windows).contains("set \"DULY_JAVA_OPTS=-XX:+UseParallelGC -XX:MaxNewSize=256m\"", "%DULY_JAVA_OPTS% -jar");
        // The same build: the command line and what it needs, no tests.
        for (String argument : List.of("-pl cli -am package", "-Dmaven.test.skip=true", "-Dmaven.javadoc.skip=true")) {
            assertThat(unix).contains(argument);
            assertThat(windows).contains(argument);
        }
        // cmd.exe reads a batch file line by line with CRLF; .gitattributes keeps it so on checkout.
        assertThat(Files.readString(Path.of("../.gitattributes"))).contains("*.cmd text eol=crlf");
    }
}
