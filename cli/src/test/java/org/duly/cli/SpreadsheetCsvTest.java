package org.duly.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.cli.CommandLineRun.duly;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.duly.cli.report.CaseloadFormat;
import org.duly.cli.report.CaseloadTally;
import org.duly.cli.report.Holder;
import org.duly.cli.report.ScheduleFormat;
import org.duly.cli.synthetic.SyntheticCases;
import org.duly.domain.CaseTimeline;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every CSV the command line writes opens in a spreadsheet with no misread cell (issue 15): the
 * chain and the occurrence as two whole numbers, never a "2.10" read as 2.1; the schedule's rows
 * carry the case id, the area and the time of an hour deadline; {@code --excel} starts the file
 * with a UTF-8 byte-order mark, and spec ids are joined the same way in every CSV.
 */
class SpreadsheetCsvTest {

    private static final String CP_CASE = "../examples/cases/child-protection.json";
    private static final String BOM = "\uFEFF";
    /** What a spreadsheet takes for a decimal number: "2.10" becomes 2.1, the same as "2.1". */
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+\\.[0-9]+");

    @Test
    void chain_and_occurrence_are_two_whole_numbers_and_no_cell_reads_as_a_decimal() throws IOException {
        List<CaseTimeline> caseload = SyntheticCases.caseload(2026L, 40);
        int later = 0;
        int tenthOrLater = 0;
        for (CaseTimeline timeline : caseload) {
            Schedule schedule = Engine.create().evaluate(timeline, DerbyshirePracticeStandards.policy(), LocalDate.parse("2025-06-30"));
            List<Map<String, String>> rows = rows(ScheduleFormat.CSV.render(timeline, schedule));
            assertThat(rows).hasSize(schedule.entries().size());
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> row = rows.get(i);
                ScheduleEntry entry = schedule.entries().get(i);
                assertThat(row.get("chain")).isEqualTo(Integer.toString(entry.chain()));
                assertThat(row.get("occurrence")).isEqualTo(Integer.toString(entry.occurrence()));
                assertThat(row.get("case_id")).isEqualTo(schedule.subject());
                assertThat(row.get("area")).isEqualTo(schedule.areaOf(entry).title());
                assertThat(row.values()).noneMatch(cell -> DECIMAL.matcher(cell).matches());
                later += entry.chain() > 1 ? 1 : 0;
                tenthOrLater += entry.occurrence() >= 10 ? 1 : 0;
            }
        }
        // The caseload has what the old "2.10" labels got wrong: later chains, and tenth occurrences.
        assertThat(later).isPositive();
        assertThat(tenthOrLater).isPositive();
    }

    /** One table per CSV file (findings P12), and in none of them a cell a spreadsheet would misread. */
    @Test
    void every_caseload_table_is_rectangular_and_no_cell_but_a_share_reads_as_a_decimal() throws IOException {
        List<CaseTimeline> caseload = SyntheticCases.caseload(2026L, 40);
        CaseloadTally tally = CaseloadTally.of(entry -> true, java.util.Optional.of(LocalDate.parse("2025-07-31")));
        for (CaseTimeline timeline : caseload) {
            tally.add(Engine.create().evaluate(timeline, DerbyshirePracticeStandards.policy(), LocalDate.parse("2025-06-30")),
                    Holder.of(timeline.allocation()));
        }
        Map<String, String> tables = CaseloadFormat.tables(tally);
        assertThat(tables).containsOnlyKeys("status", "areas", "overdue", "timeliness", "teams", "workers", "due");
        for (Map.Entry<String, String> table : tables.entrySet()) {
            List<Map<String, String>> rows = rows(table.getValue());
            assertThat(rows).as(table.getKey()).isNotEmpty();
            int columns = table.getValue().substring(0, table.getValue().indexOf('\r')).split(",").length;
            for (Map<String, String> row : rows) {
                assertThat(row).as(table.getKey()).hasSize(columns);
                row.forEach((column, cell) -> {
                    if (!column.equals("share_on_time")) {
                        assertThat(cell).as("%s.%s", table.getKey(), column).doesNotMatch(DECIMAL);
                    }
                });
                for (String whole : List.of("chain", "occurrence", "days_overdue", "count", "met_on_time", "met_late", "missed",
                        "intervals_missed")) {
                    if (row.containsKey(whole)) {
                        assertThat(row.get(whole)).as("%s.%s", table.getKey(), whole).matches("[0-9]+");
                    }
                }
            }
        }
    }

    @Test
    void the_schedule_csv_carries_the_case_the_area_and_the_time_of_an_hour_deadline() throws IOException {
        List<Map<String, String>> rows = rows(duly("schedule", CP_CASE, "--as-of", "2024-09-10", "--format", "csv").out());
        Map<String, String> seenAlone = rows.stream().filter(row -> row.get("rule_id").equals("cp.seen-alone")).findFirst().orElseThrow();
        assertThat(seenAlone).containsEntry("case_id", "EX-CP-1").containsEntry("area", "Child Protection")
                .containsEntry("due", "2024-05-14").containsEntry("due_time", "15:00");
        Map<String, String> icpc = rows.stream().filter(row -> row.get("rule_id").equals("cp.icpc")).findFirst().orElseThrow();
        assertThat(icpc).containsEntry("due", "2024-06-04").containsEntry("due_time", "");
    }

    @Test
    void excel_starts_every_csv_with_a_byte_order_mark(@TempDir Path directory) throws IOException {
        assertThat(duly("schedule", CP_CASE, "--as-of", "2024-09-10", "--format", "csv", "--excel").out())
                .startsWith(BOM + "case_id,area,rule_id,");
        assertThat(duly("schedule", CP_CASE, "--as-of", "2024-09-10", "--format", "csv").out()).startsWith("case_id,");
        assertThat(duly("rules", "--format", "csv", "--excel").out()).startsWith(BOM + "rule_id,");
        assertThat(duly("rules", "--format", "csv").out()).startsWith("rule_id,");
        assertThat(duly("caseload", "../examples/cases", "--as-of", "2024-09-10", "--format", "csv", "--excel").out())
                .startsWith(BOM).doesNotStartWith(BOM + BOM);
        assertThat(duly("caseload", "../examples/cases", "--as-of", "2024-09-10", "--format", "csv").out()).doesNotStartWith(BOM);

        Path file = directory.resolve("schedule.csv");
        assertThat(duly("schedule", CP_CASE, "--as-of", "2024-09-10", "--format", "csv", "--excel", "--out", file.toString())
                .exitCode()).isEqualTo(ExitCode.OK);
        byte[] bytes = Files.readAllBytes(file);
        // The mark in UTF-8, then the header; an en dash further on stays UTF-8 too.
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF, 'c', 'a', 's', 'e');
    }

    @Test
    void excel_with_a_format_that_is_not_csv_is_a_usage_error() {
        for (String[] args : List.of(new String[] {"schedule", CP_CASE, "--as-of", "2024-09-10", "--excel"},
                new String[] {"schedule", CP_CASE, "--as-of", "2024-09-10", "--format", "html", "--excel"},
                new String[] {"caseload", "../examples/cases", "--as-of", "2024-09-10", "--excel"},
                new String[] {"rules", "--excel"})) {
            CommandLineRun run = duly(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).as(String.join(" ", args)).contains("--excel is for --format csv only");
            assertThat(run.out()).as(String.join(" ", args)).isEmpty();
        }
    }

    @Test
    void a_caseload_refuses_excel_for_another_format_before_reading_a_case(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("broken.json"), "{");
        CommandLineRun run = duly("caseload", dir.toString(), "--as-of", "2024-09-10", "--format", "html", "--excel");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        // Said at once: the broken file was never read, so none of its problems is reported.
        assertThat(run.err()).contains("--excel is for --format csv only").doesNotContain("broken.json");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void spec_ids_are_joined_the_same_way_in_every_csv() throws IOException {
        // The single assessment implements two spec ids; the rules CSV and a schedule CSV must write them alike.
        Map<String, String> rule = rows(duly("rules", "--format", "csv").out()).stream()
                .filter(row -> row.get("rule_id").equals("assessment.single-completed")).findFirst().orElseThrow();
        assertThat(rule.get("spec_ids")).isEqualTo("EHSA-4;CIN-4");
        List<Map<String, String>> schedule = rows(duly("schedule", "../examples/cases/assessments.json", "--as-of", "2024-09-10",
                "--format", "csv").out());
        assertThat(schedule).filteredOn(row -> row.get("rule_id").equals("assessment.single-completed"))
                .isNotEmpty().allSatisfy(row -> assertThat(row.get("spec_ids")).isEqualTo("EHSA-4;CIN-4"));
    }

    private static List<Map<String, String>> rows(String csv) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }
}
