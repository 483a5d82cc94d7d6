package org.duly.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.duly.domain.CaseTimeline;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.testkit.ChildCase;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;
import org.junit.jupiter.api.Test;

/**
 * A schedule as JSON, as an embedding system reads it: the whole schedule as text or as a tree, one
 * entry, one explanation, and an application's own ObjectMapper writing a schedule with the module;
 * never a child's name.
 */
class ScheduleJsonTest {

    private static final CaseTimeline TIMELINE = ChildCase.child("C-7").bornOn("2016-05-10").named("Zebedee Quartermaine")
            .strategyDiscussion("2024-03-14T10:00", true)
            .initialConference("2024-04-09")
            .timeline();
    private static final Schedule SCHEDULE = ChildCase.child("C-7").bornOn("2016-05-10").named("Zebedee Quartermaine")
            .strategyDiscussion("2024-03-14T10:00", true)
            .initialConference("2024-04-09")
            .schedule("2024-04-10", DerbyshirePracticeStandards.policy());

    private static JsonNode parse(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    /** A tree as it reads back from text: numbers compare by value, whatever node type built them. */
    private static JsonNode reread(JsonNode tree) throws Exception {
        return parse(new ObjectMapper().writeValueAsString(tree));
    }

    @Test
    void the_text_is_the_tree_with_the_case_s_events_by_kind_and_date() throws Exception {
        String json = ScheduleJson.write(Journey.of(TIMELINE), SCHEDULE);
        assertThat(parse(json)).isEqualTo(reread(ScheduleJson.tree(Journey.of(TIMELINE), SCHEDULE)));
        assertThat(json).endsWith("}\n").doesNotContain("\r");
        JsonNode root = parse(json);
        assertThat(root.get("caseId").asText()).isEqualTo("C-7");
        assertThat(root.get("policy").asText()).isEqualTo("Derbyshire practice standards 2023-02");
        assertThat(root.get("asOf").asText()).isEqualTo("2024-04-10");
        assertThat(root.get("events")).extracting(event -> event.get("event").asText())
                .containsExactly("strategy discussion", "child protection conference", "child's plan created");
        assertThat(root.get("entries").size()).isEqualTo(SCHEDULE.entries().size());
    }

    @Test
    void without_a_journey_the_events_are_left_out() throws Exception {
        JsonNode root = parse(ScheduleJson.write(SCHEDULE));
        assertThat(root.get("caseId").asText()).isEqualTo("C-7");
        assertThat(root.get("events")).isEmpty();
        assertThat(root.get("entries").size()).isEqualTo(SCHEDULE.entries().size());
    }

    @Test
    void an_entry_names_its_rule_area_dates_status_and_what_met_it() {
        ScheduleEntry icpc = SCHEDULE.entriesOf("cp.icpc").get(0);
        ObjectNode json = ScheduleJson.entry(SCHEDULE, icpc);
        assertThat(json.get("ruleId").asText()).isEqualTo("cp.icpc");
        assertThat(json.get("specIds")).extracting(JsonNode::asText).containsExactly("CP-2");
        assertThat(json.get("area").asText()).isEqualTo("Child Protection");
        assertThat(json.get("due").asText()).isEqualTo("2024-04-08");
        assertThat(json.get("status").asText()).isEqualTo("MET_LATE");
        assertThat(json.get("metBy").get("date").asText()).isEqualTo("2024-04-09");
        assertThat(json.get("explanationText").asText()).isEqualTo(icpc.explanationInEnglish());
    }

    @Test
    void an_entry_says_how_late_it_was_and_what_closed_it() {
        ObjectNode icpc = ScheduleJson.entry(SCHEDULE, SCHEDULE.entriesOf("cp.icpc").get(0));
        assertThat(icpc.get("daysLate").asLong()).isEqualTo(1);
        assertThat(icpc.get("closedBy").isNull()).isTrue();
        // Core groups fell due on 2024-04-23 and were never held; the case closed on 2024-05-01.
        Schedule closed = ChildCase.child("C-7").bornOn("2016-05-10")
                .strategyDiscussion("2024-03-14T10:00", true)
                .initialConference("2024-04-09")
                .closed("2024-05-01")
                .schedule("2024-06-03", DerbyshirePracticeStandards.policy());
        ScheduleEntry missed = closed.entries().stream().filter(entry -> entry instanceof ScheduleEntry.Missed).findFirst().orElseThrow();
        ObjectNode json = ScheduleJson.entry(closed, missed);
        assertThat(json.get("status").asText()).isEqualTo("MISSED");
        assertThat(json.get("daysLate").asLong()).isEqualTo(((ScheduleEntry.Missed) missed).daysLate()).isPositive();
        assertThat(json.get("closedBy").get("kind").asText()).isEqualTo("ENDED");
        assertThat(json.get("closedBy").get("by").get("date").asText()).isEqualTo("2024-05-01");
        assertThat(json.get("closedBy").get("text").asText()).isEqualTo(((ScheduleEntry.Missed) missed).closedBy().inEnglish());
        assertThat(json.get("reason").asText()).isEqualTo(missed.reason().orElseThrow());
    }

    @Test
    void an_explanation_is_structure_naming_every_skipped_holiday() {
        ObjectNode why = ScheduleJson.explanation(SCHEDULE.entriesOf("cp.icpc").get(0).explanation().orElseThrow());
        assertThat(why.get("kind").asText()).isEqualTo("counted");
        assertThat(why.get("period").get("unit").asText()).isEqualTo("workingDays");
        assertThat(why.get("period").get("count").asInt()).isEqualTo(15);
        assertThat(why.get("calendar").asText()).isEqualTo("England and Wales");
        List<String> skipped = new ArrayList<>();
        why.get("skippedHolidays").forEach(day -> skipped.add(day.get("date").asText() + " " + day.get("name").asText()));
        assertThat(skipped).containsExactly("2024-03-29 Good Friday", "2024-04-01 Easter Monday");
        assertThat(why.get("result").asText()).isEqualTo("2024-04-08");
    }

    @Test
    void an_applications_object_mapper_writes_schedules_explanations_and_journeys_with_the_module() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(ScheduleJson.module());
        assertThat(parse(mapper.writeValueAsString(SCHEDULE))).isEqualTo(reread(ScheduleJson.tree(SCHEDULE)));
        ScheduleEntry icpc = SCHEDULE.entriesOf("cp.icpc").get(0);
        assertThat(parse(mapper.writeValueAsString(icpc.explanation().orElseThrow())))
                .isEqualTo(reread(ScheduleJson.explanation(icpc.explanation().orElseThrow())));
        JsonNode journey = parse(mapper.writeValueAsString(Journey.of(TIMELINE)));
        assertThat(journey.get("caseId").asText()).isEqualTo("C-7");
        assertThat(journey.get("events").size()).isEqualTo(TIMELINE.events().size());
    }

    @Test
    void no_json_names_the_child_or_their_date_of_birth() throws Exception {
        String json = ScheduleJson.write(Journey.of(TIMELINE), SCHEDULE)
                + new ObjectMapper().registerModule(ScheduleJson.module()).writeValueAsString(List.of(SCHEDULE, Journey.of(TIMELINE)));
        assertThat(json).doesNotContain("Zebedee").doesNotContain("Quartermaine").doesNotContain("2016-05-10");
    }

    @Test
    void an_immediately_moved_off_a_weekend_names_the_working_day_it_moved_to() {
        // A referral on Saturday 2 March 2024: its chronology is due on Monday 4 March, the next working day.
        Schedule schedule = ChildCase.child("C-8").bornOn("2016-05-10").referral("2024-03-02")
                .schedule("2024-03-04", DerbyshirePracticeStandards.policy());
        ScheduleEntry chronology = schedule.entriesOf("chronology.started").get(0);
        ObjectNode why = ScheduleJson.explanation(chronology.explanation().orElseThrow());
        assertThat(why.get("kind").asText()).isEqualTo("onTheDay");
        assertThat(why.get("anchor").get("date").asText()).isEqualTo("2024-03-02");
        assertThat(why.get("nextWorkingDay").asText()).isEqualTo("2024-03-04");
        assertThat(why.get("date").asText()).isEqualTo("2024-03-04");
        assertThat(why.get("text").asText()).endsWith("2024-03-02 is not a working day on the England and Wales calendar, so due on"
                + " the next working day, 2024-03-04");
    }

    @Test
    void hours_from_a_discussion_without_a_time_give_the_two_moments_the_deadline_lies_between() {
        // A strategy discussion on Monday 3 June 2024, time not recorded: seen alone within 24 hours ends some time on 4 June.
        Schedule schedule = ChildCase.child("C-9").bornOn("2016-05-10").strategyDiscussion("2024-06-03", true)
                .schedule("2024-06-10", DerbyshirePracticeStandards.policy());
        ScheduleEntry seenAlone = schedule.entriesOf("cp.seen-alone").get(0);
        assertThat(seenAlone.status()).isEqualTo(org.duly.timescales.Status.OVERDUE);
        ObjectNode why = ScheduleJson.explanation(seenAlone.explanation().orElseThrow());
        assertThat(why.get("kind").asText()).isEqualTo("hoursFromDay");
        assertThat(why.get("anchor").get("dateTime").isNull()).isTrue();
        assertThat(why.get("earliest").asText()).isEqualTo("2024-06-04T00:00+01:00");
        assertThat(why.get("latest").asText()).isEqualTo("2024-06-05T00:00+01:00");
        assertThat(why.get("date").asText()).isEqualTo("2024-06-04");
    }
}
