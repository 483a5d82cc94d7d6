package org.duly.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.cli.CommandLineRun.duly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team manager's Monday morning (issue 15): what is due this week for my team, by worker, with
 * filters and per-team and per-worker timeliness, in every caseload format. The cases are four
 * referrals; the child must be seen within 7 working days of a referral (cin.child-seen), so each
 * due date below is counted by hand on the England and Wales calendar, as of Monday 2024-09-09
 * (the tray runs to 2024-09-16).
 */
class WorkTrayTest {

    @TempDir
    Path caseload;

    private String dir;

    @BeforeEach
    void fourReferrals() throws IOException {
        // Mon 2 Sep + 7 working days = Wed 11 Sep; seen on Wed 4 Sep: met.
        write("c1.json", "\"team\": \"T-1\", \"allocatedWorker\": \"W-1\"", "2024-09-02",
                ",\n {\"type\": \"visit\", \"date\": \"2024-09-04\", \"purpose\": \"childInNeed\", \"childSeen\": true, \"seenAlone\": false, \"worker\": \"W-1\"}");
        // Tue 27 Aug (the day after the Summer bank holiday) + 7 working days = Thu 5 Sep: overdue on the 9th.
        write("c2.json", "\"team\": \"T-1\", \"allocatedWorker\": \"W-2\"", "2024-08-27", "");
        // Wed 4 Sep + 7 working days = Fri 13 Sep: due this week.
        write("c3.json", "\"team\": \"T-2\", \"allocatedWorker\": \"W-3\"", "2024-09-04", "");
        // Mon 9 Sep + 7 working days = Wed 18 Sep: after the week; no team, no worker.
        write("c4.json", null, "2024-09-09", "");
        dir = caseload.toString();
    }

    private void write(String name, String holder, String referral, String more) throws IOException {
        String id = name.substring(0, 2).toUpperCase(java.util.Locale.ROOT);
        Files.writeString(caseload.resolve(name), "{\"child\": {\"id\": \"" + id + "\", \"dateOfBirth\": \"2015-06-01\""
                + (holder == null ? "" : ", " + holder) + "},\n \"events\": [{\"type\": \"referral\", \"date\": \"" + referral + "\"}"
                + more + "]}\n");
    }

    private CommandLineRun tray(String... more) {
        String[] args = new String[] {"caseload", dir, "--as-of", "2024-09-09", "--due-within", "7", "--rule", "cin.child-seen"};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return duly(all);
    }

    @Test
    void the_tray_lists_open_work_due_by_then_by_team_and_worker_earliest_first_with_why() {
        CommandLineRun run = tray();
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("""
                Due by 2024-09-16: 2 open obligations, by team and worker, earliest first

                T-1, W-2: 1
                  DUE         STATUS   CASE  RULE            OCC  TITLE                          WHY
                  2024-09-05  OVERDUE  C2    cin.child-seen  1    Child seen by a social worker  7 working days after the referral on 2024-08-27 is \
                2024-09-05, on the England and Wales calendar, skipping 2 weekend days

                T-2, W-3: 1
                """);
        assertThat(run.out()).contains("  2024-09-13  ").doesNotContain("C4").doesNotContain("C1  cin");
        // The tray holds every overdue item, so the overdue list is not repeated.
        assertThat(run.out()).doesNotContain("Overdue, most days first");
    }

    @Test
    void due_by_a_date_takes_work_due_on_that_day_and_not_after() {
        CommandLineRun thursday = duly("caseload", dir, "--as-of", "2024-09-09", "--due-by", "2024-09-12", "--rule", "cin.child-seen");
        assertThat(thursday.out()).contains("Due by 2024-09-12: 1 open obligation,").contains("C2").doesNotContain("C3  ");
        CommandLineRun friday = duly("caseload", dir, "--as-of", "2024-09-09", "--due-by", "2024-09-13", "--rule", "cin.child-seen");
        assertThat(friday.out()).contains("Due by 2024-09-13: 2 open obligations,").contains("  2024-09-13  DUE_SOON  C3  ");
        assertThat(duly("caseload", dir, "--due-by", "13/09/2024").err()).startsWith("duly: --due-by: '13/09/2024' is not a date");
    }

    @Test
    void timeliness_is_given_for_each_team_and_each_worker() {
        String out = tray().out();
        assertThat(out).contains("""
                Timeliness by team: share of due occurrences met on time
                  TEAM  DUE  ON TIME  LATE  OVERDUE  MISSED  GAPS  SHARE
                  T-1     2        1     0        1       0     0  50.0%
                """);
        assertThat(out).contains("""
                Timeliness by worker
                  TEAM  WORKER  DUE  ON TIME  LATE  OVERDUE  MISSED  GAPS   SHARE
                  T-1   W-1       1        1     0        0       0     0  100.0%
                  T-1   W-2       1        0     0        1       0     0    0.0%
                """);
    }

    @Test
    void team_worker_and_status_filters_keep_only_what_they_name() {
        CommandLineRun team = tray("--team", "T-1");
        assertThat(team.out()).startsWith("Caseload of 2 cases as of 2024-09-09: ").contains("T-1, W-2: 1").doesNotContain("T-2")
                .doesNotContain("C3");
        CommandLineRun worker = tray("--worker", "W-3,W-9");
        assertThat(worker.out()).startsWith("Caseload of 1 case ").contains("T-2, W-3: 1").doesNotContain("C2");
        CommandLineRun overdue = tray("--status", "overdue");
        assertThat(overdue.out()).contains("Due by 2024-09-16: 1 open obligation,").contains("C2").doesNotContain("C3  ");
        CommandLineRun area = duly("caseload", dir, "--as-of", "2024-09-09", "--area", "chronologies");
        assertThat(area.out()).contains("chronology.started").doesNotContain("cin.child-seen");
        CommandLineRun prefix = duly("caseload", dir, "--as-of", "2024-09-09", "--rule", "cin.*");
        assertThat(prefix.out()).contains("cin.child-seen").doesNotContain("chronology.started");
    }

    @Test
    void a_rule_or_an_area_the_policy_lacks_is_refused_before_any_case_is_read() {
        CommandLineRun rule = duly("caseload", dir, "--rule", "cp.nope", "--area", "Chilren in Need");
        assertThat(rule.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(rule.err()).startsWith("duly: --rule 'cp.nope' is no rule of this policy (did you mean cp.icpc?); --area 'Chilren in Need' is no area of"
                + " this policy (did you mean Children in Need?) (duly rules lists the rules by area)\n");
        assertThat(duly("caseload", dir, "--due-by", "2024-09-16", "--due-within", "7").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(duly("caseload", dir, "--due-within", "-1").err()).contains("--due-within must be from 0 to");
        assertThat(duly("caseload", dir, "--table", "due").err()).contains("--table names a CSV table; add --format csv");
        assertThat(duly("caseload", dir, "--format", "csv", "--table", "due").err())
                .startsWith("duly: --table due is the work tray; add --due-by DATE or --due-within N");
        assertThat(duly("caseload", dir, "--format", "csv", "--table", "people").err())
                .contains("expected one of: status, areas, overdue, timeliness, teams, workers, due");
    }

    @Test
    void csv_writes_one_table_per_file_into_a_folder_each_readable_by_excel(@TempDir Path out) throws IOException {
        Path folder = out.resolve("monday");
        CommandLineRun run = tray("--format", "csv", "--out", folder.toString(), "--excel");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains("wrote 7 tables to " + folder);
        for (String table : new String[] {"status", "areas", "overdue", "timeliness", "teams", "workers", "due"}) {
            byte[] bytes = Files.readAllBytes(folder.resolve(table + ".csv"));
            assertThat(bytes).as(table).startsWith(0xEF, 0xBB, 0xBF);
        }
        assertThat(folder.resolve("due.csv")).content(StandardCharsets.UTF_8).contains(
                "team,worker,due,due_time,status,case_id,area,rule_id,title,chain,occurrence,reason\r\n",
                "\r\nT-1,W-2,2024-09-05,,OVERDUE,C2,Children in Need,cin.child-seen,Child seen by a social worker,1,1,\"7 working days");
        assertThat(folder.resolve("workers.csv")).content(StandardCharsets.UTF_8).contains("\r\nT-1,W-1,1,1,0,0,0,0,1.0000\r\n");
        // One table alone, to standard output.
        assertThat(tray("--format", "csv", "--table", "teams").out()).isEqualTo(
                "team,due,met_on_time,met_late,overdue,missed,intervals_missed,share_on_time\r\nT-1,2,1,0,1,0,0,0.5000\r\n");
        assertThat(tray("--format", "csv").out()).startsWith("team,worker,due,due_time,status,");
    }

    @Test
    void json_gives_a_dashboard_everything_with_null_for_what_is_not_recorded() throws IOException {
        CommandLineRun run = duly("caseload", dir, "--as-of", "2024-09-09", "--due-within", "10", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("cases").asInt()).isEqualTo(4);
        assertThat(json.get("due").get("dueBy").asText()).isEqualTo("2024-09-19");
        JsonNode unallocated = null;
        for (JsonNode item : json.get("due").get("items")) {
            if (item.get("caseId").asText().equals("C4") && item.get("ruleId").asText().equals("cin.child-seen")) {
                unallocated = item;
            }
        }
        assertThat(unallocated).isNotNull();
        assertThat(unallocated.get("team").isNull()).isTrue();
        assertThat(unallocated.get("worker").isNull()).isTrue();
        assertThat(unallocated.get("due").asText()).isEqualTo("2024-09-18");
        assertThat(json.get("teams").get(0).get("team").asText()).isEqualTo("T-1");
        assertThat(json.get("workers").get(0).get("worker").asText()).isEqualTo("W-1");
        assertThat(json.get("overdue").get(0).has("chain")).isTrue();
        assertThat(json.get("counts").get("OVERDUE").asLong()).isPositive();
    }

    @Test
    void html_shows_the_tray_and_each_team_and_worker() {
        String page = tray("--format", "html").out();
        assertThat(page).contains("<section id=\"due\">", "<table id=\"due-table\">", "<table id=\"team-table\">",
                "<table id=\"worker-table\">", "<td>W-2</td>");
    }

    @Test
    void a_worker_recorded_by_name_is_refused_without_quoting_it() throws IOException {
        Files.writeString(caseload.resolve("c5.json"), "{\"child\": {\"id\": \"C5\", \"dateOfBirth\": \"2015-06-01\","
                + " \"allocatedWorker\": \"Zebedee Quartermaine\"}, \"events\": []}\n");
        CommandLineRun run = duly("validate", caseload.resolve("c5.json").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("allocatedWorker: expected an id such as W-17, without spaces (never a name)")
                .doesNotContain("Zebedee");
        Files.writeString(caseload.resolve("c6.json"), "{\"child\": {\"id\": \"C6\", \"dateOfBirth\": \"2015-06-01\"},"
                + " \"events\": [{\"type\": \"referral\", \"date\": \"2024-09-02\", \"worker\": \"Zebedee\u00a0Quartermaine\"}]}\n");
        CommandLineRun event = duly("validate", caseload.resolve("c6.json").toString());
        assertThat(event.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(event.err()).contains("event 1 (referral), worker: expected an id such as W-17, without spaces (never a name)")
                .doesNotContain("Zebedee");
    }

    @Test
    void a_schedule_in_json_names_the_worker_of_the_record_that_met_an_obligation() throws IOException {
        JsonNode schedule = new ObjectMapper().readTree(duly("schedule", "../examples/cases/child-protection.json", "--as-of",
                "2024-09-10", "--format", "json").out());
        JsonNode seenAlone = null;
        for (JsonNode entry : schedule.get("entries")) {
            if (entry.get("ruleId").asText().equals("cp.seen-alone")) {
                seenAlone = entry;
            }
        }
        assertThat(seenAlone).isNotNull();
        assertThat(seenAlone.get("metBy").get("worker").asText()).isEqualTo("W-17");
        assertThat(schedule.toString()).contains("\"worker\":null");
    }

    /** The README's Monday-morning command prints what the README shows, so the two never drift apart. */
    @Test
    void the_readme_shows_what_the_monday_morning_command_prints() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String command = "./duly caseload examples/caseload --as-of 2024-06-03 --due-within 7 --team TEAM-B\n```\n\n```\n";
        int start = readme.indexOf(command);
        assertThat(start).as("the README's Monday-morning command").isPositive();
        String shown = readme.substring(start + command.length(), readme.indexOf("\n...\n```", start) + 1);
        CommandLineRun run = duly("caseload", "../examples/caseload", "--as-of", "2024-06-03", "--due-within", "7", "--team", "TEAM-B");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith(shown).contains("TEAM-B, W-B6: ");
    }

    /** Findings P5: 17,989 overdue rows in a terminal. A limit cuts the lists of a table or a page, and says how many more. */
    @Test
    void a_limit_cuts_the_lists_of_a_table_or_a_page_and_says_how_many_more() {
        CommandLineRun run = duly("caseload", dir, "--as-of", "2024-09-09", "--limit", "2");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        String overdue = run.out().substring(run.out().indexOf("Overdue, most days first: "));
        int listed = Integer.parseInt(overdue.substring("Overdue, most days first: ".length(), overdue.indexOf('\n')));
        assertThat(listed).isGreaterThan(2);
        assertThat(overdue.lines().skip(2).limit(2)).allSatisfy(line -> assertThat(line).matches(" +[0-9]+ +C[0-9].*"));
        assertThat(overdue.lines().skip(4).findFirst()).contains("  … and " + (listed - 2) + " more (--format csv or json lists them all)");
        assertThat(tray("--limit", "1").out()).contains("T-1, W-2: 1").doesNotContain("T-2, W-3")
                .contains("  … and 1 more (--format csv or json lists them all)");
        assertThat(duly("caseload", dir, "--as-of", "2024-09-09", "--limit", "2", "--format", "html").out())
                .contains("<p>… and " + (listed - 2) + " more (--format csv or json lists them all)</p>");
        assertThat(duly("caseload", dir, "--limit", "0").err()).startsWith("duly: --limit must be 1 or more, not 0");
    }
}
