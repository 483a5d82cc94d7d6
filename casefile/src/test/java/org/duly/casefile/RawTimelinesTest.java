package org.duly.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Checked;
import org.duly.domain.Child;
import org.duly.domain.ComplaintTimeline;
import org.duly.domain.StaffTimeline;
import org.duly.domain.TimelineProblem;
import org.duly.domain.events.CareProceedingsIssued;
import org.duly.domain.events.CourtDocument;
import org.duly.domain.events.FamilyTimeDirected;
import org.duly.domain.events.StrategyDiscussion;
import org.duly.domain.events.Visit;
import org.junit.jupiter.api.Test;

/**
 * Building a timeline from raw values, as the case-file reader does: every problem, by position and
 * field, for a child's case, a complaint and a worker.
 */
class RawTimelinesTest {

    private static final Map<String, Object> CHILD = Map.of("id", "C-1042", "name", "Zebedee Quartermaine",
            "dateOfBirth", "2015-06-01");

    private static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }

    private static List<String> problems(Map<String, ?> child, RawEvent... events) {
        Checked<CaseTimeline, TimelineProblem> built = RawTimelines.child(child, List.of(events));
        assertThat(built.isValid()).as("expected problems").isFalse();
        return built.problems().stream().map(TimelineProblem::toString).toList();
    }

    @Test
    void raw_values_build_the_same_timeline_as_typed_ones() {
        CaseTimeline timeline = RawTimelines.child(CHILD, List.of(
                RawEvent.of("strategyDiscussion", fields("dateTime", "2024-03-05T14:30", "initiatedSection47", true)),
                RawEvent.of("visit", fields("date", "2024-03-05", "time", "18:05", "purpose", "section47Enquiry",
                        "childSeen", true, "seenAlone", true, "visitorRole", "socialWorker")),
                RawEvent.of("careProceedingsIssued", fields("date", "2024-04-02", "documentsFiled",
                        List.of("chronology", "carePlan"))),
                RawEvent.of("familyTimeDirected", fields("date", "2024-04-03", "directedBy", "court", "intervalDays", 7))))
                .orElseThrow();
        assertThat(timeline.eventsOf(StrategyDiscussion.class).get(0).time()).contains(LocalTime.parse("14:30"));
        assertThat(timeline.eventsOf(Visit.class).get(0).seenAlone()).isTrue();
        assertThat(timeline.eventsOf(CareProceedingsIssued.class).get(0).documentsFiled())
                .containsExactly(CourtDocument.CHRONOLOGY, CourtDocument.CARE_PLAN);
        assertThat(timeline.eventsOf(FamilyTimeDirected.class).get(0).intervalDays()).contains(7);
        assertThat(timeline.child().dateOfBirth()).contains(LocalDate.parse("2015-06-01"));
    }

    /**
     * Raw values are read as the schema states them and nothing else (issue 11, P14): text for a
     * boolean, a number as text, an enum value by its constant's name, a padded date are refused,
     * as the schema and a schema-aware editor refuse them; a number with a zero fraction is a whole
     * number, as JSON Schema's integer has it.
     */
    @Test
    void values_are_read_as_the_schema_states_them_with_nothing_converted() {
        assertThat(problems(CHILD,
                RawEvent.of("visit", fields("date", " 2024-03-05", "purpose", "SECTION_47_ENQUIRY", "childSeen", "true",
                        "seenAlone", "false")),
                RawEvent.of("familyTimeDirected", fields("date", "2024-04-03", "directedBy", "court", "intervalDays", "7"))))
                .containsExactly(
                        "event 1 (visit), childSeen: expected true or false; found \"true\"",
                        "event 1 (visit), date: expected a date such as 2024-03-05; found \" 2024-03-05\"",
                        "event 1 (visit), purpose: expected one of: assessment, childInNeed, section47Enquiry, childProtection,"
                                + " lookedAfter, privateFostering, earlyHelp, leavingCare, other; found \"SECTION_47_ENQUIRY\""
                                + " (did you mean section47Enquiry?)",
                        "event 1 (visit), seenAlone: expected true or false; found \"false\"",
                        "event 2 (familyTimeDirected), intervalDays: expected a whole number; found \"7\"");
        assertThat(RawTimelines.child(CHILD, List.of(RawEvent.of("familyTimeDirected", fields("date", "2024-04-03",
                "directedBy", "court", "intervalDays", new java.math.BigDecimal("7.0"))))).orElseThrow()
                .eventsOf(FamilyTimeDirected.class).get(0).intervalDays()).contains(7);
    }

    @Test
    void an_unknown_type_field_or_value_is_reported_with_what_was_expected() {
        assertThat(problems(CHILD,
                RawEvent.of("stratgyDiscussion", fields("date", "2024-03-05")),
                RawEvent.of("tea", fields("date", "2024-03-05")),
                RawEvent.of("conferenceHeld", fields("date", "2024-03-20", "kind", "first", "colour", "blue")),
                RawEvent.of("strategyDiscussion", fields("date", "5 March 2024", "initiatedSection47", "maybe")),
                RawEvent.of("placementStarted", fields("date", "2024-03-21"))))
                .containsExactly(
                        "event 1, type: unknown event type (its name, text of 17 characters, is not shown)"
                                + " (did you mean strategyDiscussion?)" + KnownTypes.CHILD_CASE,
                        "event 2, type: unknown event type (its name, text of 3 characters, is not shown);"
                                + " expected one of the event types listed at event 1",
                        "event 3 (conferenceHeld), field 3: unknown field (its name, text of 6 characters, is not shown);"
                                + " expected one of: date, dateTime, kind, preBirth, time, visitingIntervalDays, worker",
                        "event 3 (conferenceHeld), kind: expected one of: initial, review; found text of 5 characters",
                        "event 4 (strategyDiscussion), date: expected a date such as 2024-03-05; found text of 12 characters",
                        "event 4 (strategyDiscussion), initiatedSection47: expected true or false; found text of 5 characters",
                        "event 5 (placementStarted), placementType: missing; expected one of: localAuthorityFosterCare,"
                                + " independentFosteringAgency, connectedPerson, localAuthorityResidential, privateResidential,"
                                + " semiIndependent, placedWithParents, placedForAdoption, secureChildrensHome,"
                                + " residentialSchool, healthProvision, independentLiving, other");
    }

    @Test
    void a_broken_invariant_of_one_event_names_its_field() {
        assertThat(problems(CHILD, RawEvent.of("visit", fields("date", "2024-03-05", "purpose", "childInNeed",
                        "childSeen", false, "seenAlone", true)),
                RawEvent.of("courtDirectionMade", fields("date", "2024-03-05", "directionId", "D-1", "dueDate", "2024-03-04"))))
                .containsExactly(
                        "event 1 (visit), seenAlone: a child seen alone must also be seen: childSeen is false but"
                                + " seenAlone is true",
                        "event 2 (courtDirectionMade), dueDate: a court direction cannot be due before the day it was made");
    }

    @Test
    void date_time_stands_for_date_and_time_but_not_beside_them() {
        assertThat(problems(CHILD,
                RawEvent.of("significantHarmConcern", fields("dateTime", "2024-03-05 14:30")),
                RawEvent.of("significantHarmConcern", fields("dateTime", "2024-03-05T14:30", "date", "2024-03-05")),
                RawEvent.of("referral", fields("time", "14:30"))))
                .containsExactly(
                        "event 1 (significantHarmConcern), dateTime: expected a date and time such as 2024-03-05T14:30;"
                                + " found \"2024-03-05 14:30\"",
                        "event 2 (significantHarmConcern), dateTime: given with date or time; expected either dateTime"
                                + " alone or date with an optional time",
                        "event 3 (referral), date: missing; expected a date such as 2024-03-05");
    }

    @Test
    void problems_of_the_child_are_at_position_0_and_the_events_are_still_checked() {
        assertThat(problems(Map.of("id", "C-1", "dateOfBirth", "June 2015", "disabled", "yes"),
                RawEvent.of("referral", fields("date", "2024-03-05")),
                RawEvent.of("referral", fields("date", "2024-03-01"))))
                .containsExactly(
                        "child, dateOfBirth: expected a date such as 2024-03-05; found text of 9 characters",
                        "child, disabled: expected true or false; found \"yes\"",
                        "event 2 (referral), date: 2024-03-01 is before event 1 (referral on 2024-03-05); expected"
                                + " events in date order");
        assertThat(problems(Map.of("id", "C-1")))
                .containsExactly("child, dateOfBirth: a child needs a date of birth or, if unborn, an expected date of"
                        + " delivery; found neither");
    }

    @Test
    void positions_are_those_of_the_input_even_when_some_events_could_not_be_read() {
        assertThat(problems(CHILD,
                RawEvent.of("referral", fields("date", "2024-03-05")),
                RawEvent.of("tea", fields("date", "2024-03-06")),
                RawEvent.of("referral", fields("date", "2024-03-01")),
                RawEvent.of("conferenceHeld", fields("date", "2024-03-20", "kind", "initial"))))
                .containsExactly(
                        "event 2, type: unknown event type (its name, text of 3 characters, is not shown)" + KnownTypes.CHILD_CASE,
                        "event 3 (referral), date: 2024-03-01 is before event 1 (referral on 2024-03-05); expected"
                                + " events in date order");
        assertThat(problems(CHILD,
                RawEvent.of("strategyDiscussion", fields("date", "2024-03-06", "initiatedSection47", "yes")),
                RawEvent.of("conferenceHeld", fields("date", "2024-03-20", "kind", "initial"))))
                .as("the discussion that could not be read is not reported missing too")
                .containsExactly("event 1 (strategyDiscussion), initiatedSection47: expected true or false; found \"yes\"");
        assertThat(problems(CHILD,
                RawEvent.of("referral", fields("date", "2024-03-06")),
                RawEvent.of("conferenceHeld", fields("date", "2024-03-20", "kind", "initial"))))
                .containsExactly("event 2 (conferenceHeld), date: an initial child protection conference on 2024-03-20"
                        + " with no strategy discussion before it; expected a strategy discussion first");
    }

    @Test
    void no_problem_contains_the_childs_name_even_when_the_input_puts_it_where_it_should_not_be() {
        Checked<CaseTimeline, TimelineProblem> built = RawTimelines.child(CHILD, List.of(
                RawEvent.of("Zebedee", fields("date", "2024-03-05")),
                RawEvent.of("referral", fields("date", "2024-03-05", "quartermaine", "x")),
                RawEvent.of("conferenceHeld", fields("date", "2024-03-20", "kind", "Zebedee Quartermaine")),
                RawEvent.of("strategyDiscussion", fields("date", "ZEBEDEE", "initiatedSection47", "quartermaine")),
                RawEvent.of("referral", fields("date", "2024-03-01"))));
        assertThat(built.problems()).hasSize(5).allSatisfy(problem -> assertThat(problem.toString())
                .doesNotContainIgnoringCase("zebedee").doesNotContainIgnoringCase("quartermaine"));
        assertThat(built.problems().get(0).event()).as("an unknown type is not named").isEmpty();
    }

    @Test
    void the_fields_of_every_event_type_are_read_from_the_type_itself() {
        assertThat(RawValues.fieldsOf(StrategyDiscussion.class)).containsExactly("date", "dateTime", "initiatedSection47", "time", "worker");
        assertThat(RawValues.requiredFieldsOf(Visit.class)).containsExactly("childSeen", "date", "purpose", "seenAlone");
        assertThat(RawValues.fieldsOf(Child.class)).containsExactly("allocatedWorker", "complexNeeds", "dateOfBirth", "disabled",
                "expectedDateOfDelivery", "id", "likelyToNeedAdultServices", "name", "specialEducationalNeeds", "team");
        assertThat(RawValues.describe(CareProceedingsIssued.class)).containsExactly(
                new RawValues.Field("date", true, false, LocalDate.class),
                new RawValues.Field("documentsFiled", false, true, CourtDocument.class),
                new RawValues.Field("proceedingsId", false, false, String.class),
                new RawValues.Field("reliesOnAnAssessment", false, false, boolean.class),
                new RawValues.Field("time", false, false, LocalTime.class),
                new RawValues.Field("worker", false, false, String.class));
    }

    @Test
    void written_values_read_back_equal_leaving_out_what_is_absent_or_default() {
        Child child = RawTimelines.child(fields("id", "C-7", "dateOfBirth", "2015-06-01", "disabled", true), List.of())
                .orElseThrow().child();
        assertThat(RawValues.write(Child.class, child))
                .containsExactly(Map.entry("dateOfBirth", "2015-06-01"), Map.entry("disabled", true), Map.entry("id", "C-7"));
        List<RawEvent> events = List.of(
                RawEvent.of("strategyDiscussion", fields("dateTime", "2024-03-05T14:30", "initiatedSection47", true)),
                RawEvent.of("section47EnquiryCompleted", fields("date", "2024-03-12", "conferenceRequired", false)),
                RawEvent.of("careProceedingsIssued", fields("date", "2024-04-02", "documentsFiled", List.of("chronology", "carePlan"))),
                RawEvent.of("familyTimeDirected", fields("date", "2024-04-03", "directedBy", "court", "intervalDays", 7)));
        CaseTimeline timeline = RawTimelines.child(RawValues.write(Child.class, child), events).orElseThrow();
        List<RawEvent> written = timeline.events().stream()
                .map(event -> RawEvent.of(event.eventType().caseFileName(), write(event))).toList();
        assertThat(written).isEqualTo(events);
        assertThat(RawTimelines.child(RawValues.write(Child.class, child), written).orElseThrow()).isEqualTo(timeline);
    }

    @SuppressWarnings("unchecked")
    private static <E extends org.duly.domain.events.CaseEvent> Map<String, Object> write(E event) {
        return RawValues.write((Class<E>) event.eventType().type(), event);
    }

    @Test
    void raw_values_of_a_complaint_are_read_with_every_problem() {
        Checked<ComplaintTimeline, TimelineProblem> raw = RawTimelines.complaint(
                Map.of("id", "CF-9", "kind", "statutary", "complainantName", "Zebedee Quartermaine"),
                List.of(RawEvent.of("complaintRecieved", Map.of("date", "2024-03-01")),
                        RawEvent.of("complaintExtended", Map.of("date", "2024-03-02", "stage", "reviewPanel", "reason", "Zebedee"))));
        assertThat(raw.problems()).extracting(TimelineProblem::toString).containsExactly(
                "complaint, kind: expected one of: corporate, statutory; found text of 9 characters (did you mean statutory?)",
                "event 1, type: unknown event type (its name, text of 17 characters, is not shown)"
                        + " (did you mean complaintReceived?)" + KnownTypes.COMPLAINT,
                "event 2 (complaintExtended), reason: expected one of: complexComplaint, advocateNeeded,"
                        + " ongoingInternalProcedures, other; found text of 7 characters");
    }

    @Test
    void a_single_complaint_extension_checks_its_own_invariants() {
        Checked<ComplaintTimeline, TimelineProblem> raw = RawTimelines.complaint(Map.of("id", "CF-9", "kind", "statutory"),
                List.of(RawEvent.of("complaintReceived", Map.of("date", "2024-03-01")),
                        RawEvent.of("complaintExtended", Map.of("date", "2024-03-02", "stage", "reviewPanel", "reason", "other")),
                        RawEvent.of("escalationRequested", Map.of("date", "2024-03-03", "toStage", "stage1"))));
        assertThat(raw.problems()).extracting(TimelineProblem::toString).containsExactly(
                "event 2 (complaintExtended), stage: a review panel has no extension; expected stage1 or stage2",
                "event 3 (escalationRequested), toStage: a complaint escalates to stage2 or reviewPanel, not stage1");
    }

    @Test
    void raw_values_of_a_worker_are_read_with_every_problem_and_never_the_workers_name() {
        Checked<StaffTimeline, TimelineProblem> raw = RawTimelines.worker(
                Map.of("id", "W-17", "name", "Zebedee Quartermaine", "role", "Zebedee"),
                List.of(RawEvent.of("supervisionSession", Map.of("date", "2024-03-01", "reflectiveGroup", "sometimes")),
                        RawEvent.of("supervisionSession", Map.of("date", "2024-02-01"))));
        assertThat(raw.problems()).extracting(TimelineProblem::toString).hasSize(2)
                .allSatisfy(problem -> assertThat(problem).doesNotContain("Zebedee"))
                .first().asString().startsWith("worker, role: expected one of: socialWorker");
        assertThat(RawTimelines.worker(Map.of("id", "W-17", "role", "socialWorker"),
                List.of(RawEvent.of("supervisionSession", Map.of("date", "2024-03-01")),
                        RawEvent.of("supervisionSession", Map.of("date", "2024-02-01")))).problems())
                .extracting(TimelineProblem::toString).containsExactly("event 2 (supervisionSession), date: 2024-02-01 is"
                        + " before event 1 (supervisionSession on 2024-03-01); expected events in date order");
    }

    @Test
    void every_kind_of_file_reads_its_own_timeline() {
        assertThat(RawTimelines.read(CaseFileKind.CHILD_CASE, CHILD, List.of(), LocalEventTypes.NONE).orElseThrow()).isInstanceOf(CaseTimeline.class);
        assertThat(RawTimelines.read(CaseFileKind.COMPLAINT, Map.of("id", "CF-9", "kind", "statutory"), List.of(), LocalEventTypes.NONE)
                .orElseThrow()).isInstanceOf(ComplaintTimeline.class);
        assertThat(RawTimelines.read(CaseFileKind.STAFF, Map.of("id", "W-17", "role", "socialWorker"), List.of(), LocalEventTypes.NONE)
                .orElseThrow()).isInstanceOf(StaffTimeline.class);
    }
}
