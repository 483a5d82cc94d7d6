package org.duly.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.cli.CommandLineRun.duly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.duly.casefile.CaseFileSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code duly validate}, {@code duly generate} and {@code duly schema}, as a user runs them. */
class CaseFileCommandsTest {

    private static final String GOOD = """
            {"child": {"id": "C-1", "dateOfBirth": "2015-06-01"},
             "events": [{"type": "strategyDiscussion", "date": "2024-03-05", "initiatedSection47": true}]}
            """;

    @Test
    void validate_says_ok_per_good_file_and_every_problem_in_the_others_with_exit_code_1(@TempDir Path directory)
            throws IOException {
        Path good = Files.writeString(directory.resolve("good.json"), GOOD);
        Path bad = Files.writeString(directory.resolve("bad.json"), """
                {"child": {"id": "C-2", "name": "Zebedee Quartermaine", "dateOfBirth": "2015-06-01"},
                 "events": [
                   {"type": "strategyDiscussion", "date": "2024-03-05", "initiatedSection47": "Zebedee"},
                   {"type": "visit", "date": "2024-03-06"}
                 ]}
                """);
        CommandLineRun run = duly("validate", good.toString(), bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEqualTo(good + ": OK (child case C-1, 1 event)\n");
        assertThat(run.err()).startsWith(bad + ":3:79: event 1 (strategyDiscussion), initiatedSection47: expected true or false;")
                .contains(bad + ":4:4: event 2 (visit), childSeen: missing; expected true or false")
                .endsWith("duly: 4 problems in 1 of 2 case files\n")
                .doesNotContain("Zebedee").doesNotContain("Exception");
    }

    /** Findings P7: a file passed validate while its schedule could not say whether the child was seen alone in time. */
    @Test
    void validate_as_of_a_date_warns_of_each_obligation_that_cannot_be_computed(@TempDir Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve("no-times.json"), """
                {"child": {"id": "MY-2", "dateOfBirth": "2016-05-01"},
                 "events": [
                  {"type": "referral", "date": "2024-11-20"},
                  {"type": "strategyDiscussion", "date": "2024-11-21", "initiatedSection47": true},
                  {"type": "section47EnquiryStarted", "date": "2024-11-21"},
                  {"type": "visit", "date": "2024-11-22", "purpose": "section47Enquiry", "childSeen": true, "seenAlone": true}]}
                """);
        String ok = file + ": OK (child case MY-2, 4 events)\n";
        assertThat(duly("validate", file.toString()).out()).isEqualTo(ok);
        CommandLineRun warned = duly("validate", file.toString(), "--as-of", "2024-11-25");
        assertThat(warned.exitCode()).as("a warning is not a problem").isEqualTo(ExitCode.OK);
        assertThat(warned.out()).startsWith(ok + file + ": warning: cp.seen-alone #1 cannot be computed on 2024-11-25: needs the time"
                + " of the strategy discussion").hasLineCount(2);
        assertThat(duly("validate", "../examples/cases/child-protection.json", "--as-of", "2024-09-10").out()).hasLineCount(1);
        assertThat(duly("validate", file.toString(), "--as-of", "1900-01-01").exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
    }

    @Test
    void validate_takes_directories_and_needs_a_file(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("one.json"), GOOD);
        Files.createDirectories(directory.resolve("more"));
        Files.writeString(directory.resolve("more/two.json"), GOOD);
        Files.writeString(directory.resolve("notes.txt"), "not a case file");
        CommandLineRun run = duly("validate", directory.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out().lines()).containsExactly(
                directory.resolve("more/two.json") + ": OK (child case C-1, 1 event)",
                directory.resolve("one.json") + ": OK (child case C-1, 1 event)");
        assertThat(duly("validate").exitCode()).isEqualTo(ExitCode.USAGE);
        Path empty = Files.createDirectories(directory.resolve("empty"));
        assertThat(duly("validate", empty.toString()).err())
                .isEqualTo(empty + ": no case files (*.json, *.jsonl) in this directory\nduly: 1 problem in 1 of 1 case file\n");
        assertThat(duly("validate", directory.resolve("absent.json").toString()).err())
                .startsWith(directory.resolve("absent.json") + ": no such file\n");
    }

    @Test
    void validate_and_caseload_read_json_lines_one_case_per_line_each_problem_at_its_line(@TempDir Path directory)
            throws IOException {
        String good = GOOD.replace("\n", " ").strip();
        String bad = good.replace("C-1", "C-2").replace("true", "\"Zebedee\"");
        Path caseload = Files.writeString(directory.resolve("caseload.jsonl"), good + "\n" + bad + "\n\n" + good.replace("C-1", "C-3") + "\n");
        CommandLineRun validate = duly("validate", directory.toString());
        assertThat(validate.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(validate.out().lines()).containsExactly(caseload + ":1: OK (child case C-1, 1 event)",
                caseload + ":4: OK (child case C-3, 1 event)");
        assertThat(validate.err()).startsWith(caseload + ":2:" + (bad.indexOf("\"Zebedee\"") + 1)
                        + ": event 1 (strategyDiscussion), initiatedSection47: expected true or false;")
                .endsWith("duly: 1 problem in 1 of 3 case files\n").doesNotContain("Zebedee");
        CommandLineRun report = duly("caseload", caseload.toString(), "--as-of", "2024-04-30");
        assertThat(report.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(report.out()).startsWith("Caseload of 2 cases as of 2024-04-30");
        assertThat(report.err()).contains("skipped that file: the report covers the other 2");
    }

    @Test
    void generate_reproduces_the_committed_caseload(@TempDir Path directory) throws IOException {
        CommandLineRun run = duly("generate", "--seed", "2026", "--cases", "50", "--out", directory.toString(),
                "--schema", "../case-file.schema.json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        List<Path> committed;
        try (Stream<Path> files = Files.list(Path.of("../examples/caseload"))) {
            committed = files.sorted().toList();
        }
        assertThat(committed).hasSize(50);
        for (Path file : committed) {
            assertThat(directory.resolve(file.getFileName().toString()))
                    .as("examples/caseload is out of date; regenerate it with"
                            + " ./duly generate --seed 2026 --cases 50 --out examples/caseload --schema ../case-file.schema.json")
                    .hasSameTextualContentAs(file);
        }
        assertThat(duly("validate", directory.toString()).exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void generate_writes_json_lines_with_the_same_children_and_never_over_files_without_force(@TempDir Path directory)
            throws IOException {
        Path folder = directory.resolve("files");
        Path lines = directory.resolve("caseload.jsonl");
        assertThat(duly("generate", "--seed", "7", "--cases", "20", "--out", folder.toString()).exitCode()).isEqualTo(ExitCode.OK);
        CommandLineRun run = duly("generate", "--seed", "7", "--cases", "20", "--out", lines.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("wrote 20 synthetic case files to " + lines + ", one per line (seed 7)\n");
        assertThat(Files.readAllLines(lines)).hasSize(20);
        // The same children either way: each line reads back as the file of the same child does.
        List<String> fromFiles = duly("validate", folder.toString()).out().lines()
                .map(line -> line.substring(line.indexOf(": OK"))).sorted().toList();
        List<String> fromLines = duly("validate", lines.toString()).out().lines()
                .map(line -> line.substring(line.indexOf(": OK"))).sorted().toList();
        assertThat(fromLines).hasSize(20).isEqualTo(fromFiles);

        assertThat(duly("generate", "--cases", "1", "--out", lines.toString()).err())
                .isEqualTo("duly: " + lines + " exists; give --force to write over it\n");
        assertThat(duly("generate", "--cases", "1", "--out", folder.toString()).err())
                .isEqualTo("duly: " + folder + " already holds files; give an empty or new folder, or --force to write among them\n");
        assertThat(duly("generate", "--cases", "3", "--out", lines.toString(), "--force").exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Files.readAllLines(lines)).hasSize(3);
        assertThat(duly("generate", "--cases", "1", "--out", folder.toString(), "--force").exitCode()).isEqualTo(ExitCode.OK);
    }

    @Test
    void generate_refuses_a_silly_size() {
        CommandLineRun run = duly("generate", "--cases", "0", "--out", "ignored");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--cases must be from 1 to 100000 (10000000 as JSON Lines), not 0");
    }

    @Test
    void schema_prints_the_committed_schema() {
        assertThat(duly("schema").out()).isEqualTo(CaseFileSchema.json());
    }
}
