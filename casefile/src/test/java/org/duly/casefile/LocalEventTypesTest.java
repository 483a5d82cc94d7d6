package org.duly.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.duly.casefile.LocalEvents.AdvocateAppointed;
import org.duly.casefile.LocalEvents.ChildReturned;
import org.duly.casefile.LocalEvents.HowReturned;
import org.duly.casefile.LocalEvents.InterviewHeld;
import org.duly.casefile.LocalEvents.InterviewOffered;
import org.duly.casefile.LocalEvents.LocalVisit;
import org.duly.casefile.LocalEvents.Unattached;
import org.duly.casefile.LocalEvents.Zoned;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Checked;
import org.duly.domain.ComplaintTimeline;
import org.duly.domain.events.EventType;
import org.junit.jupiter.api.Test;

/**
 * Case files with an application's own event types: read into their own classes (a record or an
 * Immutables value) with every problem located as for Duly's own, listed in an unknown type's
 * message, written back, and described by the schema.
 */
class LocalEventTypesTest {

    private static final List<EventType> TYPES = List.of(ChildReturned.TYPE, InterviewOffered.TYPE, AdvocateAppointed.TYPE);

    private static final String CHILD = "\"child\": {\"id\": \"C-1\", \"name\": \"Zebedee Quartermaine\", \"dateOfBirth\": \"2010-06-01\"}";

    private static Checked<CaseFile, CaseFileProblem> read(String... events) {
        return CaseFileReader.read("case.json", "{" + CHILD + ",\n \"events\": [\n" + String.join(",\n", events) + "\n]}\n", TYPES);
    }

    private static List<String> problems(String... events) {
        Checked<CaseFile, CaseFileProblem> read = read(events);
        assertThat(read.isValid()).as("expected problems").isFalse();
        return read.problems().stream().map(CaseFileProblem::toString).toList();
    }

    @Test
    void a_record_and_an_immutables_value_are_read_with_every_kind_of_field() {
        CaseTimeline timeline = (CaseTimeline) read(
                "{\"type\": \"childReturned\", \"dateTime\": \"2025-02-20T22:15\", \"episodeId\": \"M-1\", \"how\": \"foundByPolice\","
                        + " \"harmDisclosed\": false, \"hoursAway\": 50, \"agencies\": [\"police\", \"school\"]}",
                "{\"type\": \"childReturned\", \"date\": \"2025-02-26\", \"episodeId\": \"M-2\", \"harmDisclosed\": true, \"hoursAway\": 3}",
                "{\"type\": \"interviewOffered\", \"date\": \"2025-02-27\", \"episodeId\": \"M-2\"}")
                .orElseThrow().timeline();

        assertThat(timeline.eventsOf(ChildReturned.class)).containsExactly(
                new ChildReturned("M-1", LocalDate.parse("2025-02-20"), Optional.of(LocalTime.parse("22:15")),
                        Optional.of(HowReturned.FOUND_BY_POLICE), false, 50, List.of("police", "school")),
                new ChildReturned("M-2", LocalDate.parse("2025-02-26"), Optional.empty(), Optional.empty(), true, 3, List.of()));
        assertThat(timeline.eventsOf(InterviewOffered.class)).singleElement()
                .satisfies(offer -> assertThat(offer.episodeId()).isEqualTo("M-2"))
                .satisfies(offer -> assertThat(offer.accepted()).isFalse());
    }

    @Test
    void an_immutables_value_with_its_implementation_hidden_is_read_and_written_through_its_own_builder() {
        String events = "{\"type\": \"interviewHeld\", \"dateTime\": \"2025-02-27T10:00\", \"episodeId\": \"M-2\"}";
        CaseFile caseFile = CaseFileReader.read("case.json", "{" + CHILD + ",\n \"events\": [\n" + events + "\n]}\n",
                List.of(InterviewHeld.TYPE)).orElseThrow();

        assertThat(((CaseTimeline) caseFile.timeline()).eventsOf(InterviewHeld.class)).containsExactly(InterviewHeld.builder()
                .date(LocalDate.parse("2025-02-27")).time(LocalTime.parse("10:00")).episodeId("M-2").build());
        assertThat(caseFile.toJson()).contains(events);
        assertThat(CaseFileReader.read("case.json", "{" + CHILD + ", \"events\": [{\"type\": \"interviewHeld\","
                + " \"date\": \"2025-02-27\", \"venue\": \"school\"}]}", List.of(InterviewHeld.TYPE)).problems())
                .extracting(CaseFileProblem::toString).containsExactly(
                        "case.json:1:98: event 1 (interviewHeld), episodeId: missing; expected text",
                        "case.json:1:155: event 1 (interviewHeld), field 2: unknown field (its name, text of 5 characters, is not shown);"
                                + " expected one of: date, dateTime,"
                                + " episodeId, time, worker");
    }

    @Test
    void every_problem_of_a_local_event_is_located_as_for_dulys_own_and_never_quotes_a_name() {
        assertThat(problems(
                "{\"type\": \"childReturned\", \"date\": \"20 Feb\", \"how\": \"zebedee\", \"harmDisclosed\": \"no\","
                        + " \"hoursAway\": 1.5, \"agencies\": \"police\", \"colour\": 1}",
                "{\"type\": \"interviewOffered\", \"date\": \"2025-02-27\", \"accepted\": \"Zebedee\"}")).containsExactly(
                "case.json:3:1: event 1 (childReturned), episodeId: missing; expected text",
                "case.json:3:35: event 1 (childReturned), date: expected a date such as 2024-03-05; found text of 6 characters",
                "case.json:3:52: event 1 (childReturned), how: expected one of: foundByPolice, returnedAlone; found text of 7 characters",
                "case.json:3:80: event 1 (childReturned), harmDisclosed: expected true or false; found \"no\"",
                "case.json:3:99: event 1 (childReturned), hoursAway: expected a whole number; found 1.5",
                "case.json:3:116: event 1 (childReturned), agencies: expected a list of text; found text of 6 characters",
                "case.json:3:136: event 1 (childReturned), field 6: unknown field (its name, text of 6 characters, is not shown);"
                        + " expected one of: agencies, date, dateTime,"
                        + " episodeId, harmDisclosed, hoursAway, how, time",
                "case.json:4:1: event 2 (interviewOffered), episodeId: missing; expected text",
                "case.json:4:64: event 2 (interviewOffered), accepted: expected true or false; found text of 7 characters");
    }

    @Test
    void a_broken_invariant_of_a_record_is_a_problem_at_its_field_or_at_the_event() {
        assertThat(problems(
                "{\"type\": \"childReturned\", \"date\": \"2025-02-20\", \"episodeId\": \"M-1\", \"harmDisclosed\": false, \"hoursAway\": -2}",
                "{\"type\": \"childReturned\", \"date\": \"2025-02-21\", \"episodeId\": \"M-0\", \"harmDisclosed\": false, \"hoursAway\": 2}"))
                .containsExactly(
                        "case.json:3:106: event 1 (childReturned), hoursAway: a number of hours cannot be negative",
                        "case.json:4:10: event 2 (childReturned), type: not a valid childReturned: M-0 is the test episode of the"
                                + " old system; expected values it accepts");
    }

    @Test
    void an_unknown_type_lists_the_known_ones_local_ones_included() {
        assertThat(problems("{\"type\": \"childRetruned\", \"date\": \"2025-02-20\"}")).singleElement().asString()
                .startsWith("case.json:3:10: event 1, type: unknown event type (its name, text of 13 characters, is not shown)"
                        + " (did you mean childReturned?);"
                        + " expected one of: adoptionOrder, assessmentCompleted,")
                .contains(", childReturned, childsPlanCreated,", ", healthAssessment, ", ", interviewOffered,")
                .doesNotContain("advocateAppointed");
    }

    @Test
    void without_the_local_types_a_reader_knows_only_dulys_own() {
        Checked<CaseFile, CaseFileProblem> read = CaseFileReader.read("case.json", "{" + CHILD + ", \"events\": [{\"type\":"
                + " \"interviewOffered\", \"date\": \"2025-02-27\", \"episodeId\": \"M-2\"}]}");
        assertThat(read.problems()).extracting(CaseFileProblem::toString).singleElement().asString()
                .startsWith("case.json:1:107: event 1, type: unknown event type (its name, text of 16 characters, is not shown);"
                        + " expected one of:")
                .doesNotContain("interviewOffered,");
    }

    @Test
    void a_case_file_with_local_events_is_written_and_reads_back_equal() {
        CaseFile caseFile = read(
                "{\"type\": \"childReturned\", \"dateTime\": \"2025-02-20T22:15\", \"episodeId\": \"M-1\", \"how\": \"foundByPolice\","
                        + " \"harmDisclosed\": false, \"hoursAway\": 50, \"agencies\": [\"police\"]}",
                "{\"type\": \"interviewOffered\", \"date\": \"2025-02-21\", \"episodeId\": \"M-1\", \"accepted\": true}")
                .orElseThrow();

        String json = caseFile.toJson();

        assertThat(json).contains("{\"type\": \"childReturned\", \"dateTime\": \"2025-02-20T22:15\", \"agencies\": [\"police\"],"
                + " \"episodeId\": \"M-1\", \"harmDisclosed\": false, \"hoursAway\": 50, \"how\": \"foundByPolice\"}",
                "{\"type\": \"interviewOffered\", \"date\": \"2025-02-21\", \"accepted\": true, \"episodeId\": \"M-1\"}");
        assertThat(CaseFileReader.read("copy.json", json, TYPES).orElseThrow().timeline()).isEqualTo(caseFile.timeline());
    }

    @Test
    void a_complaint_file_takes_the_local_types_of_a_complaint() {
        Checked<CaseFile, CaseFileProblem> read = CaseFileReader.read("complaint.json", """
                {"complaint": {"id": "CF-1", "kind": "statutory"},
                 "events": [{"type": "complaintReceived", "date": "2025-02-03"}, {"type": "advocateAppointed", "date": "2025-02-04"}]}
                """, TYPES);
        assertThat(((ComplaintTimeline) read.orElseThrow().timeline()).events()).last().isInstanceOf(AdvocateAppointed.class);
    }

    @Test
    void the_schema_describes_the_local_types_beside_dulys_own() {
        String schema = CaseFileSchema.json(TYPES);

        assertThat(schema).contains("\"childEvent.childReturned\": {\n      \"description\": \"the child's return\"",
                "\"complaintEvent.advocateAppointed\"", "\"childEvent.strategyDiscussion\"",
                "\"required\": [ \"episodeId\", \"harmDisclosed\", \"hoursAway\" ]",
                "Generated by CaseFileSchema.json(localTypes) with an application's own event types, advocateAppointed,"
                        + " childReturned, interviewOffered; do not edit.");
        assertThat(CaseFileSchema.json(List.of())).isEqualTo(CaseFileSchema.json());
    }

    @Test
    void types_a_case_file_cannot_hold_are_refused_when_given() {
        assertThatThrownBy(() -> CaseFileReader.read("case.json", "{}", List.of(LocalVisit.TYPE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the event type visit clashes with Duly's own visit; expected a name and a class of its own");
        assertThatThrownBy(() -> CaseFileSchema.json(List.of(Unattached.TYPE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the event type unattached has the class " + Unattached.class.getName() + ", which is not the event of"
                        + " a child's case, a complaint or a worker; expected a class that implements CaseEvent, ComplaintEvent"
                        + " or StaffEvent");
        assertThatThrownBy(() -> RawTimelines.child(java.util.Map.of(), List.of(), List.of(Zoned.TYPE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(Zoned.class.getName() + ".at holds ZonedDateTime, which a case file cannot; expected text, a date, a"
                        + " time, true or false, a whole number or an enum (or an Optional or a List of one)");
        EventType otherReturn = EventType.of("childReturned", InterviewOffered.class, "another return");
        assertThatThrownBy(() -> CaseFileSchema.json(List.of(ChildReturned.TYPE, otherReturn)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two event types are named childReturned: the child's return and another return; expected one type"
                        + " per case-file name");
        assertThatThrownBy(() -> CaseFileSchema.json(List.of(InterviewOffered.TYPE, otherReturn)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the class " + InterviewOffered.class.getName() + " has two event types, interviewOffered and"
                        + " childReturned; expected one");
        assertThat(CaseFileSchema.json(List.of(ChildReturned.TYPE, ChildReturned.TYPE))).isEqualTo(CaseFileSchema.json(List.of(ChildReturned.TYPE)));
    }

    @Test
    void the_fields_of_a_record_are_described_as_those_of_an_immutables_value() {
        assertThat(RawValues.describe(ChildReturned.class)).containsExactly(
                new RawValues.Field("agencies", false, true, String.class),
                new RawValues.Field("date", true, false, LocalDate.class),
                new RawValues.Field("episodeId", true, false, String.class),
                new RawValues.Field("harmDisclosed", true, false, boolean.class),
                new RawValues.Field("hoursAway", true, false, int.class),
                new RawValues.Field("how", false, false, HowReturned.class),
                new RawValues.Field("time", false, false, LocalTime.class));
        assertThat(RawValues.describe(InterviewOffered.class)).extracting(RawValues.Field::name, RawValues.Field::required)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("accepted", false), org.assertj.core.groups.Tuple.tuple("date", true),
                        org.assertj.core.groups.Tuple.tuple("episodeId", true), org.assertj.core.groups.Tuple.tuple("time", false),
                        // Every Immutables event of a child's case inherits the worker who did it; a record declares its own.
                        org.assertj.core.groups.Tuple.tuple("worker", false));
    }
}
