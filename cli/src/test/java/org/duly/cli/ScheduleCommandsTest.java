package org.duly.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.cli.CommandLineRun.duly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code duly schedule} and {@code duly caseload}, as a user runs them on the committed example files. */
class ScheduleCommandsTest {

    private static final String CP_CASE = "../examples/cases/child-protection.json";

    @Test
    void the_readme_run_command_schedules_the_child_protection_case() {
        CommandLineRun run = duly("schedule", CP_CASE, "--as-of", "2024-09-10");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("Case EX-CP-1 as of 2024-09-10: Derbyshire practice standards 2023-02, England and Wales calendar")
                .contains("cp.icpc                    1    2024-05-13    2024-06-04        MET       2024-06-03  Initial child"
                        + " protection conference")
                .contains("cp.management-oversight    1    2024-05-13    2024-05-22        MET_LATE  2024-05-24")
                .contains("cp.core-groups             3    2024-07-25    2024-09-05        OVERDUE")
                .contains("cp.review-conferences      2    2024-08-30    2025-02-28        UPCOMING")
                .endsWith("23 obligations: 3 upcoming, 0 due soon, 1 overdue, 0 missed, 18 met, 1 met late, 0 not required,"
                        + " 0 not applicable, 0 cannot compute\n");
    }

    @Test
    void the_default_table_says_why_an_entry_does_not_apply_or_is_not_required() {
        String table = duly("schedule", "../examples/cases/transition-to-adulthood.json", "--as-of", "2024-09-10").out();
        List<String> notApplicable = table.lines().filter(line -> line.contains(" NOT_APPLICABLE ")).toList();
        assertThat(notApplicable).isNotEmpty().allSatisfy(line -> assertThat(line).contains("applies only to"));
        String steps = duly("schedule", "../examples/cases/step-up-step-down.json", "--as-of", "2024-09-10").out();
        assertThat(steps.lines().filter(line -> line.contains(" NOT_REQUIRED ")).toList()).isNotEmpty()
                .allSatisfy(line -> assertThat(line).containsPattern("(discharged|ended) by .* on 20"));
    }

    @Test
    void every_format_of_one_case(@TempDir Path directory) throws IOException {
        assertThat(duly("schedule", CP_CASE, "--as-of", "2024-09-10", "--format", "csv").out()).startsWith(
                "case_id,area,rule_id,spec_ids,title,chain,occurrence,window_start,due,due_time,status,met_on,provisional,explanation\r\n"
                        + "EX-CP-1,Chronologies,chronology.started,CHRON-1,Chronology started,1,1,2024-05-13,2024-05-13,,MET,2024-05-13,false,");
        assertThat(duly("schedule", CP_CASE, "--as-of", "2024-09-10", "--format", "json").out())
                .contains("\"caseId\" : \"EX-CP-1\"");
        assertThat(duly("schedule", CP_CASE, "--as-of", "2024-09-10", "--format", "ICS").out())
                .startsWith("BEGIN:VCALENDAR").contains("SUMMARY:Core groups (EX-CP-1)").contains("DTSTART;VALUE=DATE:20240905");
        Path html = directory.resolve("case.html");
        CommandLineRun written = duly("schedule", CP_CASE, "--as-of", "2024-09-10", "--format", "html", "--out", html.toString());
        assertThat(written.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(written.out()).isEmpty();
        assertThat(written.err()).isEqualTo("duly: wrote " + html + "\n");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg").contains("EX-CP-1");
        // Findings P11: an overdue bar stopped at its due date; a line now runs on to the as-of date, one per overdue entry.
        assertThat(Files.readString(html)).containsOnlyOnce("class=\"late-run\"")
                .contains("class=\"late-run\" data-rule=\"cp.core-groups\"").contains("<title>5 days overdue on 2024-09-10</title>")
                .contains("days overdue, up to the as-of date");
    }

    @Test
    void complaints_and_workers_are_scheduled_too() {
        assertThat(duly("schedule", "../examples/cases/statutory-complaints.json", "--as-of", "2024-05-20").out())
                .startsWith("Case EX-SC-1 as of 2024-05-20");
        assertThat(duly("schedule", "../examples/cases/supervision.json", "--as-of", "2024-05-30").out())
                .startsWith("Case EX-SUP-1 as of 2024-05-30");
    }

    @Test
    void a_case_files_name_never_reaches_a_report(@TempDir Path directory) throws IOException {
        String named = Files.readString(Path.of(CP_CASE)).replace("\"id\": \"EX-CP-1\"", "\"id\": \"EX-CP-1\", \"name\": \"Zebedee Quartermaine\"");
        Path file = Files.writeString(directory.resolve("named.json"), named);
        for (String format : new String[] {"table", "csv", "json", "ics", "html"}) {
            CommandLineRun run = duly("schedule", file.toString(), "--as-of", "2024-09-10", "--format", format);
            assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).as(format).doesNotContainIgnoringCase("zebedee").doesNotContainIgnoringCase("quartermaine");
        }
    }

    @Test
    void bad_input_is_exit_1_with_every_problem_and_bad_usage_is_exit_2(@TempDir Path directory) throws IOException {
        Path bad = Files.writeString(directory.resolve("bad.json"), "{\"child\": {\"id\": \"C-1\"}, \"events\": [{\"date\": 3}]}\n");
        CommandLineRun run = duly("schedule", bad.toString(), "--as-of", "2024-09-10");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(bad + ":1:11: child, dateOfBirth: a child needs a date of birth or, if unborn, an"
                + " expected date of delivery; found neither\n"
                + bad + ":1:37: event 1, type: missing; expected an event type such as strategyDiscussion\n"
                + "duly: 2 problems in 1 of 1 case file\n");
        assertThat(duly("schedule").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(duly("schedule", CP_CASE, "--as-of", "10/09/2024").err()).contains("expected YYYY-MM-DD");
        assertThat(duly("schedule", CP_CASE, "--format", "pdf").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(duly("schedule", CP_CASE, "--policy", "derby").err()).contains("unknown policy 'derby'");
    }

    @Test
    void a_caseload_reports_counts_overdue_work_and_timeliness() {
        CommandLineRun run = duly("caseload", "../examples/caseload", "--as-of", "2024-06-30");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).as("no progress lines for a small caseload in a log").isEmpty();
        assertThat(run.out()).startsWith("Caseload of 50 cases as of 2024-06-30: ")
                .contains("By area").contains("Overdue, most days first");
        assertThat(duly("caseload", "../examples/caseload", "../examples/cases", "--as-of", "2024-06-30", "--format", "csv").out())
                // One table per CSV (findings P12): without --out DIR, the overdue list.
                .startsWith("case_id,team,worker,area,rule_id,title,chain,occurrence,due,days_overdue\r\n")
                .contains("\r\nS-0042,");
        assertThat(duly("caseload", "../examples/caseload", "--as-of", "2024-06-30", "--format", "html").out())
                .startsWith("<!DOCTYPE html>").contains("<svg");
    }

    @Test
    void a_large_caseload_reports_its_progress_even_in_a_log() {
        String[] args = new String[CaseloadCommand.LARGE + 3];
        args[0] = "caseload";
        args[1] = "--as-of";
        args[2] = "2024-05-30";
        java.util.Arrays.fill(args, 3, args.length, "../examples/cases/supervision.json");
        CommandLineRun run = duly(args);
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        // Counted in bytes (a JSON Lines caseload's cases are not known until read): a line at each tenth, then the end,
        // with the time and rate once the run took a tenth of a second or more (ProgressTest checks them on a clock of its own).
        assertThat(run.err()).doesNotContain("\r").containsPattern("(?s)evaluated 100 cases, .*evaluated 900 cases, ")
                .containsPattern("\nevaluated 1000 cases, 0\\.5 MB(, in [0-9]+\\.[0-9] s \\([0-9]+ cases/s\\))?\n$");
        assertThat(run.out()).startsWith("Caseload of 1000 cases as of 2024-05-30: ");
    }

    /** P1 (newcomer findings): one bad file in a caseload used to mean no report at all. */
    @Test
    void a_caseload_with_bad_files_reports_on_the_good_ones_lists_every_problem_and_exits_1(@TempDir Path directory)
            throws IOException {
        Files.writeString(directory.resolve("a.json"), "{\"child\": {\"id\": \"C-1\", \"dateOfBirth\": \"2015-06-01\"}}\n");
        Files.writeString(directory.resolve("b.json"), "{\"child\": ");
        CommandLineRun run = duly("caseload", directory.toString(), CP_CASE, "--as-of", "2024-09-10");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).startsWith("Caseload of 1 case as of 2024-09-10: 23 obligations:");
        assertThat(run.err().lines()).hasSize(3).first().asString().startsWith(directory.resolve("a.json") + ":");
        assertThat(run.err().lines()).last()
                .isEqualTo("duly: 2 problems in 2 of 3 case files; skipped those files: the report covers the other 1");

        Path out = directory.resolve("reports/caseload.csv");
        CommandLineRun written = duly("caseload", directory.toString(), CP_CASE, "--as-of", "2024-09-10", "--format", "csv",
                "--out", out.toString());
        assertThat(written.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(out).content().startsWith("case_id,team,worker,").contains("\r\nEX-CP-1,");
        assertThat(written.err()).startsWith("duly: wrote " + out + "\n").endsWith("the report covers the other 1\n");

        CommandLineRun none = duly("caseload", directory.toString(), "--as-of", "2024-09-10");
        assertThat(none.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).endsWith("duly: 2 problems in 2 of 2 case files; no report, as no case file could be used\n");
    }
}
