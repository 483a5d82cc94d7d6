package org.duly.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.duly.domain.Checked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading case files: every problem at once, each with the file, line and column, event and field. */
class CaseFileReaderTest {

    private static List<String> problems(String json) {
        Checked<CaseFile, CaseFileProblem> read = CaseFileReader.read("case.json", json);
        assertThat(read.isValid()).as("expected problems").isFalse();
        return read.problems().stream().map(CaseFileProblem::toString).toList();
    }

    @Test
    void a_valid_child_case_is_read_with_its_events_in_order() {
        CaseFile read = CaseFileReader.read("case.json", """
                {"$schema": "../case-file.schema.json",
                 "child": {"id": "C-1", "name": "Zebedee Quartermaine", "dateOfBirth": "2015-06-01"},
                 "events": [
                   {"type": "strategyDiscussion", "dateTime": "2024-03-05T14:30", "initiatedSection47": true},
                   {"type": "conferenceHeld", "date": "2024-03-20", "kind": "initial"}
                 ]}
                """).orElseThrow();
        assertThat(read.kind()).isEqualTo(CaseFileKind.CHILD_CASE);
        assertThat(read.subjectId()).isEqualTo("C-1");
        assertThat(read.timeline().events())
                .extracting(event -> event.date(), event -> event.eventType().caseFileName()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 5), "strategyDiscussion"),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2024, 3, 20), "conferenceHeld"));
    }

    @Test
    void every_problem_is_reported_with_its_line_column_event_and_field() {
        assertThat(problems("""
                {"child": {"id": "C-1", "name": "Zebedee Quartermaine", "dateOfBirth": "2015-06-01", "colour": "blue"},
                 "events": [
                   {"type": "stratgyDiscussion", "date": "2024-03-05"},
                   {"type": "strategyDiscussion", "date": "5 March 2024", "initiatedSection47": "Zebedee"},
                   {"date": "2024-03-06"},
                   "a visit",
                   {"type": "visit", "date": {"day": 7}, "purpose": "childInNeed", "childSeen": true, "seenAlone": false},
                   {"type": "conferenceHeld", "date": "2024-03-20", "kind": "first"}
                 ]}
                """)).containsExactly(
                "case.json:1:96: child, field 4: unknown field (its name, text of 6 characters, is not shown); expected one"
                        + " of: allocatedWorker, complexNeeds, dateOfBirth, disabled, expectedDateOfDelivery, id,"
                        + " likelyToNeedAdultServices, name, specialEducationalNeeds, team",
                "case.json:3:13: event 1, type: unknown event type (its name, text of 17 characters, is not shown)"
                        + " (did you mean strategyDiscussion?)" + KnownTypes.CHILD_CASE,
                "case.json:4:43: event 2 (strategyDiscussion), date: expected a date such as 2024-03-05; found text of 12 characters",
                "case.json:4:81: event 2 (strategyDiscussion), initiatedSection47: expected true or false; found text of 7 characters",
                "case.json:5:4: event 3, type: missing; expected an event type such as strategyDiscussion",
                "case.json:6:4: event 4: expected an object with a type and a date; found text of 7 characters",
                "case.json:7:30: event 5 (visit), date: expected a date such as 2024-03-05; found an object",
                "case.json:8:61: event 6 (conferenceHeld), kind: expected one of: initial, review; found text of 5 characters");
    }

    @Test
    void the_domain_checks_across_events_point_at_the_event_in_the_file() {
        assertThat(problems("""
                {"child": {"id": "C-1", "dateOfBirth": "2015-06-01"},
                 "events": [
                   {"type": "strategyDiscussion", "date": "2024-03-05", "initiatedSection47": true},
                   {"type": "conferenceHeld", "date": "2024-03-01", "kind": "initial"}
                 ]}
                """)).singleElement().asString().startsWith("case.json:4:39: event 2 (conferenceHeld), date: ");
    }

    @Test
    void broken_json_is_reported_where_it_breaks_without_echoing_the_text() {
        assertThat(problems("""
                {"child": {"id": "C-1", "name": Zebedee},
                 "events": []}
                """)).singleElement().asString()
                .startsWith("case.json:1:33: not valid JSON: ").doesNotContain("Zebedee");
        assertThat(problems("{\"child\": {\"id\": \"C-1\"}, \"child\": {}, \"events\": []}")).singleElement().asString()
                .startsWith("case.json:1:").contains("a field given twice, child");
        assertThat(problems("")).containsExactly("case.json:1:1: empty; expected a case file: an object with a child,"
                + " a complaint or a worker, and events");
        assertThat(problems("{\"child\": {\"id\": \"C-1\", \"dateOfBirth\": \"2015-06-01\"}, \"events\": []} []"))
                .containsExactly("case.json:1:69: more after the end of the case file; expected one JSON object");
    }

    @Test
    void the_top_level_names_one_subject_and_its_events() {
        assertThat(problems("[]")).containsExactly(
                "case.json:1:1: expected an object with a child, a complaint or a worker, and events; found an empty list");
        assertThat(problems("{\"pupil\": {}}")).containsExactly(
                "case.json:1:1: no subject; expected one of: child, complaint, worker",
                "case.json:1:1: events: missing; expected a list of events, which may be empty",
                "case.json:1:11: field 1: unknown field (its name, text of 5 characters, is not shown); expected one of: $schema,"
                        + " child, complaint, events, worker");
        assertThat(problems("{\"child\": {\"id\": \"C-1\"}, \"worker\": {\"id\": \"W-1\"}, \"events\": {}}")).containsExactly(
                "case.json:1:36: a second subject; a case file is about one child, one complaint or one worker",
                "case.json:1:61: events: expected a list of events; found an object");
    }

    @Test
    void complaints_and_workers_have_their_own_files() {
        assertThat(CaseFileReader.read("complaint.json", """
                {"complaint": {"id": "CF-88", "kind": "statutory"},
                 "events": [{"type": "complaintReceived", "date": "2024-03-05"}]}
                """).orElseThrow().kind()).isEqualTo(CaseFileKind.COMPLAINT);
        assertThat(CaseFileReader.read("worker.json", """
                {"worker": {"id": "W-17", "role": "teamManager"}, "events": []}
                """).orElseThrow().kind()).isEqualTo(CaseFileKind.STAFF);
    }

    @Test
    void a_missing_or_unreadable_file_is_named(@TempDir Path directory) throws IOException {
        assertThat(CaseFileReader.read(directory.resolve("absent.json")).problems())
                .extracting(CaseFileProblem::toString).containsExactly(directory.resolve("absent.json") + ": no such file");
        assertThat(CaseFileReader.read(directory).problems())
                .extracting(CaseFileProblem::toString).containsExactly(directory + ": a directory; expected a case file");
        Path latin1 = Files.write(directory.resolve("latin1.json"), new byte[] {'{', (byte) 0xe9, '}'});
        assertThat(CaseFileReader.read(latin1).problems())
                .extracting(CaseFileProblem::toString).containsExactly(latin1 + ":1:2: not UTF-8 text: the byte 0xe9 here begins no UTF-8"
                        + " character; expected a JSON case file in UTF-8");
    }

    @Test
    void a_written_case_file_reads_back_equal() {
        CaseFile read = CaseFileReader.read("case.json", """
                {"child": {"id": "C-1", "dateOfBirth": "2015-06-01", "disabled": true},
                 "events": [
                   {"type": "strategyDiscussion", "dateTime": "2024-03-05T14:30", "initiatedSection47": true},
                   {"type": "conferenceHeld", "date": "2024-03-20", "kind": "initial"}
                 ]}
                """).orElseThrow();
        String written = read.toJson();
        assertThat(written).isEqualTo("""
                {
                  "child": {"id": "C-1", "dateOfBirth": "2015-06-01", "disabled": true},
                  "events": [
                    {"type": "strategyDiscussion", "dateTime": "2024-03-05T14:30", "initiatedSection47": true},
                    {"type": "conferenceHeld", "date": "2024-03-20", "kind": "initial"}
                  ]
                }
                """);
        assertThat(CaseFileReader.read("copy.json", written).orElseThrow()).isEqualTo(new CaseFile("copy.json", read.timeline()));
    }
}
