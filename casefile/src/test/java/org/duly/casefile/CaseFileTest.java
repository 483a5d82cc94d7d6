package org.duly.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Child;
import org.duly.domain.ComplaintTimeline;
import org.duly.domain.StaffTimeline;
import org.duly.domain.Timeline;
import org.duly.domain.complaints.Complaint;
import org.duly.domain.complaints.ComplaintKind;
import org.duly.domain.complaints.ComplaintReceived;
import org.duly.domain.events.Referral;
import org.duly.domain.events.StrategyDiscussion;
import org.duly.domain.staff.StartedInPost;
import org.duly.domain.staff.SupervisionSession;
import org.duly.domain.workforce.Worker;
import org.duly.domain.workforce.WorkerRole;
import org.junit.jupiter.api.Test;

/** One case-file shape for every subject: the kind, id and journey come from the timeline, and each kind writes and reads back. */
class CaseFileTest {

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static final CaseTimeline CHILD = CaseTimeline.of(
            Child.builder().id("C-1").name("Zebedee Quartermaine").dateOfBirth(day("2015-06-01")).build(),
            List.of(Referral.builder().date(day("2024-03-01")).build(),
                    StrategyDiscussion.builder().date(day("2024-03-04")).initiatedSection47(true).build()));
    private static final ComplaintTimeline COMPLAINT = ComplaintTimeline.of(
            Complaint.builder().id("CF-88").kind(ComplaintKind.STATUTORY).complainantName("Zebedee Quartermaine").build(),
            List.of(ComplaintReceived.builder().date(day("2024-03-01")).build()));
    private static final StaffTimeline WORKER = StaffTimeline.of(
            Worker.builder().id("W-17").role(WorkerRole.SOCIAL_WORKER).build(),
            List.of(StartedInPost.builder().date(day("2024-03-01")).role(WorkerRole.SOCIAL_WORKER).build(),
                    SupervisionSession.builder().date(day("2024-03-08")).build()));

    @Test
    void the_kind_the_id_and_the_journey_come_from_the_timeline() {
        assertThat(List.of(new CaseFile("c.json", CHILD), new CaseFile("cf.json", COMPLAINT), new CaseFile("w.json", WORKER)))
                .extracting(CaseFile::kind, CaseFile::subjectId, caseFile -> caseFile.journey().caseId())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CaseFileKind.CHILD_CASE, "C-1", "C-1"),
                        org.assertj.core.groups.Tuple.tuple(CaseFileKind.COMPLAINT, "CF-88", "CF-88"),
                        org.assertj.core.groups.Tuple.tuple(CaseFileKind.STAFF, "W-17", "W-17"));
        assertThat(new CaseFile("c.json", CHILD)).isEqualTo(new CaseFile("c.json", CHILD)).isNotEqualTo(new CaseFile("d.json", CHILD));
        assertThatThrownBy(() -> new CaseFile("c.json", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_journey_names_each_event_of_any_timeline_by_its_kind_and_date() {
        assertThat(Journey.of(CHILD).marks()).containsExactly(new Journey.Mark(day("2024-03-01"), "referral"),
                new Journey.Mark(day("2024-03-04"), "strategy discussion"));
        assertThat(Journey.of(COMPLAINT)).isEqualTo(new Journey("CF-88", List.of(new Journey.Mark(day("2024-03-01"), "complaint received"))));
        assertThat(Journey.of(WORKER).marks()).extracting(Journey.Mark::label).containsExactly("start in post", "supervision session");
        assertThat(Journey.of((Timeline) WORKER)).hasToString(Journey.of(WORKER).toString()).asString().doesNotContain("Zebedee");
    }

    @Test
    void every_kind_writes_and_reads_back_equal() {
        for (Timeline timeline : List.of(CHILD, COMPLAINT, WORKER)) {
            CaseFile caseFile = new CaseFile("copy.json", timeline);
            assertThat(CaseFileReader.read("copy.json", caseFile.toJson()).orElseThrow()).isEqualTo(caseFile);
        }
    }

    @Test
    void a_file_that_cannot_be_read_throws_with_every_problem_when_asked_for_its_case_file() {
        assertThatThrownBy(() -> CaseFileReader.read("case.json", """
                {"child": {"id": "C-1", "name": "Zebedee Quartermaine", "dateOfBirth": "June"},
                 "events": [{"type": "tea", "date": "2024-03-05"}]}
                """).orElseThrow())
                .isInstanceOfSatisfying(InvalidCaseFileException.class, e -> assertThat(e.problems())
                        .extracting(CaseFileProblem::toString).containsExactly(
                                "case.json:1:72: child, dateOfBirth: expected a date such as 2024-03-05; found text of 4 characters",
                                "case.json:2:22: event 1, type: unknown event type (its name, text of 3 characters, is not shown)"
                                        + KnownTypes.CHILD_CASE))
                .hasMessageStartingWith("the case file has 2 problems: case.json:1:72: child, dateOfBirth")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Zebedee"));
    }
}
