package org.duly.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duly.cli.synthetic.SyntheticCases;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseloadFormatTest {

    private final List<Schedule> twoReferrals = List.of(
            Cases.referralOverEaster().schedule("2024-04-03", DerbyshirePracticeStandards.policy()), Cases.referralDecided().schedule("2024-04-03", DerbyshirePracticeStandards.policy()));

    @Test
    void the_table_counts_by_status_and_area_lists_the_overdue_and_the_timeliness() {
        assertThat(CaseloadFormat.TABLE.render(twoReferrals)).isEqualTo("""
                Caseload of 2 cases as of 2024-04-03: 11 obligations: 1 upcoming, 2 due soon, 7 overdue, 0 missed, 1 met, 0 met late, 0 not required, 0 not applicable, 0 cannot compute

                By status
                  UPCOMING        1
                  DUE_SOON        2
                  OVERDUE         7
                  MISSED          0
                  MET             1
                  MET_LATE        0
                  NOT_REQUIRED    0
                  NOT_APPLICABLE  0
                  CANNOT_COMPUTE  0

                By area
                  AREA                               UPCOMING  DUE_SOON  OVERDUE  MISSED  MET  MET_LATE  NOT_REQUIRED  NOT_APPLICABLE  CANNOT_COMPUTE
                  Early Help and Single Assessments         1         1        1       0    0         0             0               0               0
                  Chronologies                              0         0        2       0    0         0             0               0               0
                  Children in Need                          0         1        4       0    1         0             0               0               0

                Overdue, most days first: 7
                  DAYS  CASE  RULE                           OCC  DUE         TITLE
                    14  C-8   chronology.started             1    2024-03-20  Chronology started
                    13  C-8   cin.referral-acknowledged      1    2024-03-21  Referral acknowledged
                     7  C-7   chronology.started             1    2024-03-27  Chronology started
                     6  C-7   cin.referral-acknowledged      1    2024-03-28  Referral acknowledged
                     6  C-7   cin.referral-decision          1    2024-03-28  Decision on the response to a referral
                     6  C-8   assessment.initial-home-visit  1    2024-03-28  Initial home visit (single assessment)
                     1  C-8   cin.child-seen                 1    2024-04-02  Child seen by a social worker

                Timeliness: share of due occurrences met on time
                  RULE                           DUE  ON TIME  LATE  OVERDUE  MISSED  GAPS  SHARE  TITLE
                  chronology.started               2        0     0        2       0     0   0.0%  Chronology started
                  cin.referral-decision            2        1     0        1       0     0  50.0%  Decision on the response to a referral
                  cin.referral-acknowledged        2        0     0        2       0     0   0.0%  Referral acknowledged
                  assessment.initial-home-visit    1        0     0        1       0     0   0.0%  Initial home visit (single assessment)
                  cin.child-seen                   1        0     0        1       0     0   0.0%  Child seen by a social worker
                GAPS: further intervals a recurrence passed in full without its work, each counted against the share.
                """);
    }

    /**
     * One table per CSV file (newcomer findings P12: the caseload CSV packed four tables into one sheet
     * behind a "section" column, with 14 mostly empty columns). Changed on purpose: each table is now
     * its own rectangular CSV, and the single text CSV.render gives is the overdue list.
     */
    @Test
    void the_csv_is_one_rectangular_table_per_file() throws Exception {
        CaseloadTally tally = CaseloadTally.of(entry -> true, java.util.Optional.empty());
        twoReferrals.forEach(schedule -> tally.add(schedule, Holder.NONE));
        Map<String, String> tables = CaseloadFormat.tables(tally);
        assertThat(tables).containsOnlyKeys("status", "areas", "overdue", "timeliness", "teams", "workers");
        // No case records a team or a worker: their tables are a header alone, so a folder of tables always has the same files.
        assertThat(tables.get("teams")).isEqualTo("team,due,met_on_time,met_late,overdue,missed,intervals_missed,share_on_time\r\n");
        assertThat(tables.get("workers")).startsWith("team,worker,due,").endsWith("share_on_time\r\n").doesNotContain("\n\r");
        assertThat(tables.get("status")).startsWith("status,count\r\n").contains("\r\nOVERDUE,7\r\n");
        assertThat(tables.get("areas")).startsWith("area,upcoming,due_soon,overdue,missed,met,met_late,not_required,"
                + "not_applicable,cannot_compute\r\n").contains("\r\nChildren in Need,0,1,4,0,1,0,0,0,0\r\n");
        assertThat(tables.get("overdue")).startsWith("case_id,team,worker,area,rule_id,title,chain,occurrence,due,days_overdue\r\n")
                .contains("\r\nC-8,,,Chronologies,chronology.started,Chronology started,1,1,2024-03-20,14\r\n");
        assertThat(tables.get("timeliness")).startsWith("rule_id,title,due,met_on_time,met_late,overdue,missed,intervals_missed,"
                + "share_on_time\r\n").contains("\r\ncin.referral-decision,Decision on the response to a referral,2,1,0,1,0,0,0.5000\r\n");
        assertThat(CaseloadFormat.CSV.render(twoReferrals)).isEqualTo(tables.get("overdue"));

        for (Map.Entry<String, String> table : tables.entrySet()) {
            if (table.getKey().equals("teams") || table.getKey().equals("workers")) {
                continue;
            }
            List<Map<String, String>> rows = new ArrayList<>();
            try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(table.getValue())) {
                it.forEachRemaining(rows::add);
            }
            int columns = table.getValue().substring(0, table.getValue().indexOf('\r')).split(",").length;
            assertThat(rows).as(table.getKey()).isNotEmpty().allSatisfy(row -> assertThat(row).hasSize(columns));
        }
    }

    /**
     * A national caseload's overdue list is a million rows: written row by row as it is formatted, each
     * row handed on as it is made, it is never held as one string (the work tray likewise).
     */
    @Test
    void the_overdue_list_and_the_work_tray_are_written_row_by_row() throws Exception {
        CaseloadTally tally = CaseloadTally.of(entry -> true, java.util.Optional.of(LocalDate.parse("2024-04-30")));
        twoReferrals.forEach(schedule -> tally.add(schedule, Holder.NONE));
        Map<String, CsvTable> streamed = CaseloadFormat.csvTables(tally);
        Map<String, String> tables = CaseloadFormat.tables(tally);
        assertThat(streamed.keySet()).containsExactlyElementsOf(tables.keySet()).contains("due");

        for (String name : List.of("overdue", "due")) {
            List<String> appended = new ArrayList<>();
            streamed.get(name).writeTo(new Appendable() {
                @Override
                public Appendable append(CharSequence text) {
                    appended.add(text.toString());
                    return this;
                }

                @Override
                public Appendable append(CharSequence text, int start, int end) {
                    return append(text.subSequence(start, end));
                }

                @Override
                public Appendable append(char c) {
                    return append(String.valueOf(c));
                }
            });
            assertThat(String.join("", appended)).as(name).isEqualTo(tables.get(name)).isEqualTo(streamed.get(name).text());
            // The header, then one append for each record: 7 overdue items, and the tray's open ones.
            assertThat(appended).as(name).hasSize((int) tables.get(name).lines().count())
                    .allSatisfy(row -> assertThat(row).endsWith("\r\n").containsOnlyOnce("\r\n"));
        }
        assertThat(tables.get("overdue").lines()).hasSize(8);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} is {1}")
    @org.junit.jupiter.params.provider.CsvSource({"1, GOOD", "0.9, GOOD", "0.8999, FAIR", "0.7, FAIR", "0.6999, POOR", "0, POOR"})
    void a_timeliness_bar_is_coloured_by_how_good_its_share_is(double share, CaseloadHtml.Band band) {
        assertThat(CaseloadHtml.Band.of(share)).isEqualTo(band);
    }

    @Test
    void the_page_has_a_bar_per_rule_and_a_segment_per_area_and_status() {
        String html = CaseloadFormat.HTML.render(twoReferrals);
        assertThat(html.split("class=\"timeliness-bar ", -1)).hasSize(5 + 1);
        // Half on time is poor: the bar is red (the bands: 90% or more, 70% to under 90%, under 70%).
        assertThat(html).contains("class=\"timeliness-bar band-poor\" data-rule=\"cin.referral-decision\" data-share=\"0.5000\"");
        // Children in Need: 1 due soon, 4 overdue, 1 met; zero counts draw no segment.
        assertThat(html).contains("data-area=\"Children in Need\" data-status=\"OVERDUE\" data-count=\"4\"")
                .doesNotContain("data-count=\"0\"");
        assertThat(html.split("<tr class=\"overdue\">", -1)).hasSize(7 + 1);
        // Each rule's due occurrences are the sum of the columns beside them: on time, late, overdue, missed, intervals.
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("<tr><td class=\"rule\">[^<]*</td><td>[^<]*</td>"
                + "<td class=\"num\">(\\d+)</td><td class=\"num\">(\\d+)</td><td class=\"num\">(\\d+)</td>"
                + "<td class=\"num\">(\\d+)</td><td class=\"num\">(\\d+)</td><td class=\"num\">(\\d+)</td>").matcher(html);
        int rows = 0;
        while (row.find()) {
            rows++;
            int sum = 0;
            for (int column = 2; column <= 6; column++) {
                sum += Integer.parseInt(row.group(column));
            }
            assertThat(sum).as(row.group()).isEqualTo(Integer.parseInt(row.group(1)));
        }
        assertThat(rows).isEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(CaseloadFormat.class)
    void every_format_gives_the_same_bytes_twice(CaseloadFormat format) {
        assertThat(format.render(synthetic())).isEqualTo(format.render(synthetic()));
    }

    @ParameterizedTest
    @EnumSource(CaseloadFormat.class)
    void no_format_shows_a_child_s_name_or_date_of_birth(CaseloadFormat format) {
        List<Schedule> schedules = List.of(Cases.childProtection().schedule("2024-04-10", DerbyshirePracticeStandards.policy()),
                Cases.referralOverEaster().schedule("2024-04-10", DerbyshirePracticeStandards.policy()));
        assertThat(format.render(schedules)).doesNotContain(Cases.NAME, "Zebedee", "2019-06-30", "2015-02-03");
    }

    @ParameterizedTest
    @EnumSource(CaseloadFormat.class)
    void an_empty_caseload_renders(CaseloadFormat format) {
        assertThat(format.render(List.of())).isNotEmpty().endsWith("\n");
    }

    @Test
    void a_caseload_evaluated_on_several_days_says_so() {
        List<Schedule> schedules = List.of(Cases.referralOverEaster().schedule("2024-04-03", DerbyshirePracticeStandards.policy()),
                Cases.referralDecided().schedule("2024-04-04", DerbyshirePracticeStandards.policy()));
        assertThat(CaseloadFormat.TABLE.render(schedules)).startsWith("Caseload of 2 cases as of 2024-04-03, 2024-04-04: ");
    }

    private static List<Schedule> synthetic() {
        return SyntheticCases.caseload(7L, 30).stream()
                .map(timeline -> Engine.create().evaluate(timeline, DerbyshirePracticeStandards.policy(),
                        LocalDate.parse("2025-03-31")))
                .toList();
    }
}
