package org.duly.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.cli.CommandLineRun.duly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code duly caseload} schedules cases on several threads and gives the same report, byte for byte,
 * as on one: for every format, over case files and JSON Lines, with bad files among them.
 */
class CaseloadThreadsTest {

    @TempDir
    static Path directory;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"table", "csv", "json", "html"})
    void parallel_and_sequential_runs_give_identical_reports(String format) throws IOException {
        Path files = directory.resolve("files");
        Path lines = directory.resolve("lines/caseload.jsonl");
        if (!Files.exists(files)) {
            assertThat(duly("generate", "--seed", "11", "--cases", "150", "--out", files.toString()).exitCode()).isZero();
            assertThat(duly("generate", "--seed", "12", "--cases", "300", "--out", lines.toString()).exitCode()).isZero();
            Files.writeString(files.resolve("zz-broken.json"), "{\"child\": ");
            Files.writeString(lines, "{\"child\": {\"id\": \"BAD\"}}\n", java.nio.file.StandardOpenOption.APPEND);
        }
        // With a work tray, so that it is held to the same order.
        CommandLineRun one = duly("caseload", files.toString(), lines.toString(), "--as-of", "2025-03-31", "--format", format,
                "--due-within", "14", "--threads", "1");
        assertThat(one.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        // 450 good cases (150 files, 300 lines); a broken file and a broken line are skipped.
        assertThat(one.out()).contains(format.equals("csv") ? "\r\nTEAM-A,W-A1," : format.equals("json") ? "\"cases\" : 450" : "450 cases");
        assertThat(one.err()).contains(" in 2 of 452 case files; skipped those files: the report covers the other 450");
        for (String threads : new String[] {"2", "3", "8"}) {
            CommandLineRun many = duly("caseload", files.toString(), lines.toString(), "--as-of", "2025-03-31", "--format", format,
                    "--due-within", "14", "--threads", threads);
            assertThat(many.out()).as("%s threads", threads).isEqualTo(one.out());
            assertThat(many.err()).as("%s threads", threads).isEqualTo(one.err());
            assertThat(many.exitCode()).isEqualTo(one.exitCode());
        }
    }

    @ParameterizedTest(name = "--threads {0}")
    @ValueSource(strings = {"0", "257", "-1"})
    void a_thread_count_out_of_range_is_a_usage_error(String threads) {
        CommandLineRun run = duly("caseload", "x.json", "--threads", threads);
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).startsWith("duly: --threads must be from 1 to 256, not " + threads);
    }
}
