package org.duly.cli.report;

import org.duly.cli.text.Csv;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.duly.testkit.ChildCase;
import org.duly.workflows.engine.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.duly.casefile.Journey;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;

class ScheduleFormatTest {

    private final ChildCase referral = Cases.referralOverEaster();
    private final Schedule schedule = referral.schedule("2024-04-03", DerbyshirePracticeStandards.policy());

    @Test
    void the_table_has_aligned_columns_and_the_counts() {
        assertThat(ScheduleFormat.TABLE.render(referral.timeline(), schedule)).isEqualTo("""
                Case C-7 as of 2024-04-03: Derbyshire practice standards 2023-02, England and Wales calendar

                RULE                       OCC  WINDOW START  DUE         STATUS    MET ON  TITLE
                chronology.started         1    2024-03-27    2024-03-27  OVERDUE           Chronology started
                cin.referral-decision      1    2024-03-27    2024-03-28  OVERDUE           Decision on the response to a referral
                cin.referral-acknowledged  1    2024-03-27    2024-03-28  OVERDUE           Referral acknowledged
                cin.child-seen             1    2024-03-27    2024-04-09  DUE_SOON          Child seen by a social worker

                4 obligations: 0 upcoming, 1 due soon, 3 overdue, 0 missed, 0 met, 0 met late, 0 not required, 0 not applicable, 0 cannot compute
                """);
    }

    @Test
    void the_table_shows_when_the_conference_met_its_timescale_late() {
        String table = ScheduleFormat.TABLE.render(Cases.timeline(), Cases.schedule());
        assertThat(table).containsPattern(
                "\ncp\\.icpc +1 +2024-03-14 +2024-04-08 +MET_LATE +2024-04-09 +Initial child protection conference\n");
    }

    @Test
    void a_rule_in_hours_shows_the_time_it_is_due_by() {
        String table = ScheduleFormat.TABLE.render(Cases.timeline(), Cases.schedule());
        assertThat(table).containsPattern("\ncp\\.seen-alone +1 +2024-03-14 +2024-03-15 10:00 +OVERDUE +Child seen");
        assertThat(ScheduleFormat.HTML.render(Cases.timeline(), Cases.schedule())).contains(">2024-03-15 10:00<");
        // CSV keeps its date column a date, and gives the time in a column of its own.
        assertThat(ScheduleFormat.CSV.render(Cases.timeline(), Cases.schedule())).contains(",2024-03-14,2024-03-15,10:00,OVERDUE,,false,");
    }

    @Test
    void the_table_says_why_an_entry_cannot_be_computed_or_does_not_apply_in_a_last_column() {
        // Neither time recorded, and the child seen alone on the day the 24 hours end: only the times could tell.
        ChildCase untimed = ChildCase.child("C-10").bornOn("2016-05-10").strategyDiscussion("2024-06-03", true)
                .visitSeenAlone("2024-06-04", org.duly.domain.events.VisitPurpose.CHILD_PROTECTION);
        String table = ScheduleFormat.TABLE.render(untimed.timeline(), untimed.schedule("2024-06-10", DerbyshirePracticeStandards.policy()));
        assertThat(table).containsPattern("\nRULE +OCC +WINDOW START +DUE +STATUS +MET ON +TITLE +REASON\n")
                .containsPattern("\ncp\\.seen-alone +1 +2024-06-03 +2024-06-04 +CANNOT_COMPUTE +2024-06-04 +Child seen and spoken to"
                        + " alone in a section 47 enquiry +needs the time of the strategy discussion[^\n]* on 2024-06-03 and of the"
                        + " [^\n]*within 24 hours of it\n");

    }

    @Test
    void the_table_has_no_reason_column_when_no_entry_has_a_reason() {
        // The README's example: every entry met, overdue or upcoming, so its output keeps its seven columns.
        assertThat(Cases.schedule().entries()).noneMatch(entry -> entry.reason().isPresent());
        assertThat(ScheduleFormat.TABLE.render(Cases.timeline(), Cases.schedule()))
                .contains("\nRULE ").doesNotContain("REASON");
    }

    @Test
    void the_timeline_covers_the_history_and_a_horizon_and_lists_what_is_due_later_apart() {
        // The step-up example judged on 2024-09-10: its later early-help reviews are due after the horizon.
        org.duly.casefile.CaseFile caseFile = org.duly.casefile.CaseFileReader
                .read(java.nio.file.Path.of("../examples/cases/step-up-step-down.json")).orElseThrow();
        Schedule stepUp = caseFile.evaluate(org.duly.workflows.engine.Engine.create(), DerbyshirePracticeStandards.policy(),
                LocalDate.parse("2024-09-10"));
        assertThat(ScheduleHtml.horizon(stepUp)).isEqualTo("2025-03-10");
        String html = ScheduleFormat.HTML.render(caseFile.journey(), stepUp);

        List<org.duly.workflows.engine.ScheduleEntry> later = stepUp.entries().stream()
                .filter(entry -> entry.due().isPresent() && entry.due().get().isAfter(LocalDate.parse("2025-03-10"))).toList();
        assertThat(later).isNotEmpty();
        assertThat(html).contains("<p class=\"later-heading\">Due after 2025-03-10, beyond the timeline:</p>");
        for (org.duly.workflows.engine.ScheduleEntry entry : later) {
            assertThat(html).contains("<li class=\"later-item\" data-rule=\"" + entry.rule().id() + "\">" + entry.rule().title()
                    + " (" + entry.rule().id() + " #" + entry.label() + "), due " + entry.due().get() + ": ");
            assertThat(html).doesNotContain("data-due=\"" + entry.due().get() + "\"");
        }
        long dated = stepUp.entries().stream().filter(entry -> entry.due().isPresent()).count();
        assertThat(html.split("class=\"window-bar ", -1)).hasSize((int) dated - later.size() + 1);
        // The axis ends at the horizon: its last month label is before it, and the as-of line is well right of centre.
        java.util.regex.Matcher ticks = java.util.regex.Pattern.compile("text-anchor=\"middle\">(\\d{4}-\\d{2})</text>").matcher(html);
        String lastTick = "";
        while (ticks.find()) {
            lastTick = ticks.group(1);
        }
        assertThat(lastTick).isLessThanOrEqualTo("2025-03");
        java.util.regex.Matcher svg = java.util.regex.Pattern.compile("<svg id=\"timeline-chart\" width=\"(\\d+)\"").matcher(html);
        java.util.regex.Matcher asOf = java.util.regex.Pattern.compile("<g class=\"as-of\"><line x1=\"([0-9.]+)\"").matcher(html);
        assertThat(svg.find() && asOf.find()).isTrue();
        double left = Integer.parseInt(svg.group(1)) - ScheduleHtml.RIGHT_MARGIN - ScheduleHtml.PLOT_WIDTH;
        assertThat((Double.parseDouble(asOf.group(1)) - left) / ScheduleHtml.PLOT_WIDTH).isGreaterThan(0.5);
    }

    @Test
    void a_label_is_never_shortened_and_the_label_column_is_as_wide_as_the_longest() {
        String html = ScheduleFormat.HTML.render(Cases.timeline(), Cases.schedule());
        assertThat(html).doesNotContain("\u2026");
        int longest = Cases.schedule().entries().stream().filter(entry -> entry.due().isPresent())
                .mapToInt(entry -> (entry.rule().id() + " #" + entry.label()).length()).max().orElseThrow();
        java.util.regex.Matcher svg = java.util.regex.Pattern.compile("<svg id=\"timeline-chart\" width=\"(\\d+)\"").matcher(html);
        assertThat(svg.find()).isTrue();
        assertThat(Integer.parseInt(svg.group(1)) - ScheduleHtml.RIGHT_MARGIN - ScheduleHtml.PLOT_WIDTH)
                .isGreaterThanOrEqualTo((int) Math.ceil(ScheduleHtml.CHAR_WIDTH * longest));
    }

    @Test
    void every_status_label_has_text_in_at_least_wcag_aa_contrast() {
        // The contrast formula checked against known pairs: the extremes, and the finding's white on the due-soon yellow.
        assertThat(Page.contrast("#000000", "#ffffff")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Page.contrast("#ffffff", "#ccbb44")).isCloseTo(1.95, org.assertj.core.data.Offset.offset(0.01));
        for (org.duly.timescales.Status status : org.duly.timescales.Status.values()) {
            assertThat(Page.contrast(Page.textColour(status), Page.colour(status))).as(status.name()).isGreaterThanOrEqualTo(4.5);
            // A bar's outline against the page and against its own fill: WCAG's 3:1 for the parts of a picture.
            assertThat(Page.contrast(ScheduleHtml.OUTLINE, "#ffffff")).isGreaterThanOrEqualTo(3);
        }
        assertThat(ScheduleFormat.HTML.render(Cases.timeline(), Cases.schedule()))
                .contains(".status-due-soon{background:#ccbb44;color:#000000}");
    }

    @Test
    void a_complaint_is_rendered_with_its_own_events() {
        org.duly.testkit.ComplaintCase complaint = org.duly.testkit.ComplaintCase.statutory("CMP-3")
                .received("2024-03-27").acknowledged("2024-03-28");
        Schedule complaintSchedule = complaint.schedule("2024-04-03", DerbyshirePracticeStandards.policy());
        Journey journey = Journey.of(complaint.timeline());
        assertThat(journey.caseId()).isEqualTo("CMP-3");
        assertThat(journey.marks()).hasSize(2);
        String html = ScheduleFormat.HTML.render(journey, complaintSchedule);
        assertThat(html.split("class=\"event-mark\"", -1)).hasSize(2 + 1);
        assertThat(ScheduleFormat.TABLE.render(journey, complaintSchedule)).startsWith("Case CMP-3 as of 2024-04-03");
    }

    @Test
    void the_csv_has_the_fixed_header_and_quotes_as_rfc_4180() {
        String caseId = "C-7,";
        List<String> records = List.of(ScheduleFormat.CSV.render(referral.timeline(), schedule).split("\r\n", -1));
        assertThat(records).hasSize(6);
        assertThat(records.get(0)).isEqualTo("case_id,area,rule_id,spec_ids,title,chain,occurrence,window_start,due,due_time,status,met_on,"
                + "provisional,explanation");
        // The first explanation's wording belongs to the timescales module; the columns before it are this format's.
        assertThat(records.get(1)).startsWith(caseId + "Chronologies,chronology.started,CHRON-1,Chronology started,1,1,2024-03-27,2024-03-27,,OVERDUE,,false,");
        assertThat(records.subList(2, 6)).containsExactly(
                caseId + "Children in Need,cin.referral-decision,CIN-1,Decision on the response to a referral,1,1,2024-03-27,2024-03-28,,OVERDUE,,false,"
                        + "\"1 working day after the referral on 2024-03-27 is 2024-03-28, on the England and Wales calendar,"
                        + " skipping no days\"",
                caseId + "Children in Need,cin.referral-acknowledged,CIN-1,Referral acknowledged,1,1,2024-03-27,2024-03-28,,OVERDUE,,false,"
                        + "\"1 working day after the referral on 2024-03-27 is 2024-03-28, on the England and Wales calendar,"
                        + " skipping no days\"",
                caseId + "Children in Need,cin.child-seen,CIN-2,Child seen by a social worker,1,1,2024-03-27,2024-04-09,,DUE_SOON,,false,"
                        + "\"7 working days after the referral on 2024-03-27 is 2024-04-09, on the England and Wales calendar,"
                        + " skipping Good Friday 2024-03-29, Easter Monday 2024-04-01 and 4 weekend days\"",
                "");
    }

    @Test
    void a_field_with_a_quote_or_a_line_break_is_quoted_and_its_quotes_doubled() {
        assertThat(Csv.field("plain")).isEqualTo("plain");
        assertThat(Csv.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(Csv.field("the \"initial\" one")).isEqualTo("\"the \"\"initial\"\" one\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void the_csv_reads_back_with_a_csv_parser() throws Exception {
        String csv = ScheduleFormat.CSV.render(Cases.timeline(), Cases.schedule());
        CsvMapper mapper = new CsvMapper();
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            it.forEachRemaining(rows::add);
        }
        assertThat(rows).hasSize(Cases.schedule().entries().size());
        assertThat(rows.get(0).keySet()).containsExactly(ScheduleCsv.HEADER.toArray(String[]::new));
        Map<String, String> icpc = rows.stream().filter(row -> row.get("rule_id").equals("cp.icpc")).findFirst().orElseThrow();
        assertThat(icpc).containsEntry("spec_ids", "CP-2").containsEntry("due", "2024-04-08")
                .containsEntry("status", "MET_LATE").containsEntry("met_on", "2024-04-09").containsEntry("provisional", "false");
        assertThat(icpc.get("explanation")).contains("skipping Good Friday 2024-03-29, Easter Monday 2024-04-01");
    }

    @Test
    void a_provisional_due_date_is_marked_in_the_table_and_the_csv() {
        // A referral on 2028-12-22: 7 working days, past Christmas and New Year, run beyond the published holidays (2028-12-31).
        ChildCase late = ChildCase.child("C-9").bornOn("2020-01-01").referral("2028-12-22");
        Schedule provisional = late.schedule("2028-12-22", DerbyshirePracticeStandards.policy());
        assertThat(provisional.entries()).anyMatch(entry -> entry.provisional());
        assertThat(ScheduleFormat.TABLE.render(late.timeline(), provisional))
                .contains("2029-01-05*", "* provisional: depends on bank holidays not yet published");
        assertThat(ScheduleFormat.CSV.render(late.timeline(), provisional)).contains(",true,\"7 working days after");
    }

    @Test
    void the_json_carries_each_explanation_as_structure_with_the_skipped_holidays_named() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ScheduleFormat.JSON.render(referral.timeline(), schedule));

        assertThat(json.get("caseId").asText()).isEqualTo("C-7");
        assertThat(json.get("asOf").asText()).isEqualTo("2024-04-03");
        assertThat(json.get("counts").get("OVERDUE").asInt()).isEqualTo(3);
        assertThat(json.get("events").get(0).get("event").asText()).isEqualTo("referral");
        JsonNode seen = json.get("entries").get(3);
        assertThat(seen.get("ruleId").asText()).isEqualTo("cin.child-seen");
        assertThat(seen.get("specIds").get(0).asText()).isEqualTo("CIN-2");
        assertThat(seen.get("status").asText()).isEqualTo("DUE_SOON");
        JsonNode explanation = seen.get("explanation");
        assertThat(explanation.get("kind").asText()).isEqualTo("counted");
        assertThat(explanation.get("anchor").get("description").asText()).isEqualTo("the referral");
        assertThat(explanation.get("anchor").get("date").asText()).isEqualTo("2024-03-27");
        assertThat(explanation.get("period").get("unit").asText()).isEqualTo("workingDays");
        assertThat(explanation.get("period").get("count").asInt()).isEqualTo(7);
        assertThat(explanation.get("calendar").asText()).isEqualTo("England and Wales");
        assertThat(explanation.get("skippedHolidays")).hasSize(2);
        assertThat(explanation.get("skippedHolidays").get(0).get("name").asText()).isEqualTo("Good Friday");
        assertThat(explanation.get("skippedHolidays").get(1).get("date").asText()).isEqualTo("2024-04-01");
        assertThat(explanation.get("skippedWeekendDays").asInt()).isEqualTo(4);
        assertThat(explanation.get("rounding").isNull()).isTrue();
        assertThat(explanation.get("provisional").asBoolean()).isFalse();
        assertThat(seen.get("explanationText").asText()).isEqualTo(schedule.entries().get(3).explanationInEnglish());
    }

    @Test
    void the_json_keeps_its_keys_in_a_fixed_order() throws Exception {
        JsonNode entry = new ObjectMapper().readTree(ScheduleFormat.JSON.render(referral.timeline(), schedule))
                .get("entries").get(0);
        List<String> keys = new ArrayList<>();
        entry.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("ruleId", "specIds", "title", "area", "chain", "occurrence", "ruleInForceFrom",
                "clockStartedOn", "windowStart", "due", "dueAt", "target", "status", "daysOverdue", "metBy", "ideal",
                "daysLate", "daysPastIdeal", "intervalsMissed", "closedBy", "reason",
                "provisional", "explanation", "explanationText");
    }

    @Test
    void the_json_explains_an_hours_rule_and_a_month_rule() throws Exception {
        JsonNode entries = new ObjectMapper().readTree(ScheduleFormat.JSON.render(Cases.timeline(), Cases.schedule()))
                .get("entries");
        JsonNode seenAlone = find(entries, "cp.seen-alone").get("explanation");
        assertThat(seenAlone.get("kind").asText()).isEqualTo("hours");
        assertThat(seenAlone.get("period").get("count").asInt()).isEqualTo(24);
        assertThat(seenAlone.get("result").asText()).isEqualTo("2024-03-15T10:00Z");
        JsonNode icpc = find(entries, "cp.icpc");
        assertThat(icpc.get("metBy").get("date").asText()).isEqualTo("2024-04-09");
        assertThat(icpc.get("daysOverdue").asInt()).isZero();
    }

    @Test
    void the_calendar_has_an_all_day_event_for_each_open_obligation() throws Exception {
        String ics = ScheduleFormat.ICS.render(referral.timeline(), schedule);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nDTSTAMP:20240403T000000Z\r\n");

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(4);
        VEvent seen = events.get(3);
        assertThat(text(seen, Property.SUMMARY)).isEqualTo("Child seen by a social worker (" + referral.timeline().child().id() + ")");
        assertThat(text(seen, Property.DESCRIPTION)).isEqualTo(schedule.entries().get(3).explanationInEnglish());
        assertThat(seen.getDateTimeStart().getDate()).isEqualTo(LocalDate.parse("2024-04-09"));
        assertThat(seen.getDateTimeEnd().getDate()).isEqualTo(LocalDate.parse("2024-04-10"));
        assertThat(text(seen, Property.UID)).matches("[0-9a-f]{32}@duly");
        assertThat(events).extracting(event -> text(event, Property.UID)).doesNotHaveDuplicates();
    }

    @Test
    void the_calendar_leaves_out_what_is_met_or_has_no_date() throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(
                ScheduleFormat.ICS.render(Cases.timeline(), Cases.schedule())));
        List<VEvent> events = calendar.getComponents("VEVENT");
        // 11 entries (the interim safety plan, cp.interim-safety-plan, among them): the conference met late and the plan met
        // on time are not in anyone's calendar.
        assertThat(events).hasSize(9);
        assertThat(events).extracting(event -> text(event, Property.SUMMARY))
                .noneMatch(summary -> summary.startsWith("Initial child protection conference")
                        || summary.startsWith("Child's plan developed"));
    }

    @Test
    void the_same_obligation_keeps_its_uid_on_a_later_day() {
        String before = ScheduleFormat.ICS.render(referral.timeline(), schedule);
        String after = ScheduleFormat.ICS.render(referral.timeline(), referral.schedule("2024-04-05", DerbyshirePracticeStandards.policy()));
        String uid = before.lines().filter(line -> line.startsWith("UID:")).reduce((a, b) -> b).orElseThrow();
        assertThat(after).contains(uid);
        assertThat(uid).doesNotContain("C-7");
    }

    @ParameterizedTest
    @EnumSource(ScheduleFormat.class)
    void every_format_gives_the_same_bytes_twice(ScheduleFormat format) {
        String first = format.render(Cases.timeline(), Cases.childProtection().schedule("2024-04-10", DerbyshirePracticeStandards.policy()));
        String second = format.render(Cases.childProtection().timeline(), Cases.childProtection().schedule("2024-04-10", DerbyshirePracticeStandards.policy()));
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @EnumSource(ScheduleFormat.class)
    void no_format_shows_the_child_s_name_or_date_of_birth(ScheduleFormat format) {
        for (ChildCase kase : List.of(Cases.childProtection(), Cases.referralOverEaster())) {
            String rendered = format.render(kase.timeline(), kase.schedule("2024-04-10", DerbyshirePracticeStandards.policy()));
            assertThat(rendered).doesNotContain(Cases.NAME, "Zebedee", "Quinlan", "2019-06-30", "2015-02-03");
        }
    }

    @ParameterizedTest
    @EnumSource(ScheduleFormat.class)
    void every_format_renders_a_schedule_without_events(ScheduleFormat format) {
        assertThat(format.render(schedule)).isNotEmpty().endsWith("\n");
    }

    @Test
    void the_page_escapes_every_text() {
        Journey journey = new Journey("C<1>&\"x\"", List.of(new Journey.Mark(LocalDate.parse("2024-03-27"), "<b>bold</b> & 'so'")));
        String html = ScheduleFormat.HTML.render(journey, schedule);
        assertThat(html).doesNotContain("<b>", "C<1>").contains("&lt;b&gt;bold&lt;/b&gt; &amp; &#39;so&#39;", "C&lt;1&gt;&amp;&quot;x&quot;");
    }

    @Test
    void the_page_draws_a_mark_per_event_and_a_bar_per_dated_obligation() {
        String html = ScheduleFormat.HTML.render(Cases.timeline(), Cases.schedule());
        assertThat(html.split("class=\"event-mark\"", -1)).hasSize(4 + 1);
        assertThat(html.split("class=\"window-bar ", -1)).hasSize(11 + 1);
        assertThat(html).contains("<g class=\"legend\">", "as of 2024-04-10");
    }

    @Test
    void an_ideal_date_is_drawn_inside_the_bar_that_runs_to_the_limit() throws Exception {
        org.duly.domain.CaseTimeline synthetic = org.duly.cli.synthetic.SyntheticCases.child(2026L, 3);
        Schedule long_ = org.duly.workflows.engine.Engine.create().evaluate(synthetic,
                org.duly.policies.derbyshire.DerbyshirePracticeStandards.policy(), LocalDate.parse("2025-06-30"));
        long targets = long_.entries().stream().filter(entry -> entry.target().isPresent() && entry.due().isPresent()).count();
        assertThat(targets).isPositive();
        String html = ScheduleFormat.HTML.render(synthetic, long_);
        assertThat(html.split("class=\"target-mark\"", -1)).hasSize((int) targets + 1);
        assertThat(html).contains(">ideal date</text>");
        java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "duly-synthetic-schedule.html"), html);
    }

    @Test
    void formats_know_their_file_extension_and_media_type() {
        assertThat(ScheduleFormat.ICS.fileExtension()).isEqualTo("ics");
        assertThat(ScheduleFormat.ICS.mediaType()).isEqualTo("text/calendar");
        assertThat(ScheduleFormat.TABLE.fileExtension()).isEqualTo("txt");
    }

    private static JsonNode find(JsonNode entries, String ruleId) {
        for (JsonNode entry : entries) {
            if (entry.get("ruleId").asText().equals(ruleId)) {
                return entry;
            }
        }
        throw new AssertionError("no entry for " + ruleId);
    }

    private static String text(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }
}
