package org.duly.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.duly.domain.Cases.DISTINCTIVE_NAME;
import static org.duly.domain.Cases.childBorn;
import static org.duly.domain.Cases.day;
import static org.duly.domain.Cases.initialConference;
import static org.duly.domain.Cases.referral;
import static org.duly.domain.Cases.strategyDiscussion;

import java.util.List;
import java.util.Optional;
import org.duly.domain.complaints.Complaint;
import org.duly.domain.complaints.ComplaintAcknowledged;
import org.duly.domain.complaints.ComplaintKind;
import org.duly.domain.complaints.ComplaintReceived;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.LookedAfterReview;
import org.duly.domain.events.TimelineEvent;
import org.duly.domain.staff.StaffEvent;
import org.duly.domain.staff.StartedInPost;
import org.duly.domain.staff.SupervisionSession;
import org.duly.domain.workforce.Worker;
import org.duly.domain.workforce.WorkerRole;
import org.junit.jupiter.api.Test;

/**
 * What the three timelines share: an id and never a name, events under one supertype with their
 * types, a cut at a date; a typed {@code of} that throws with every problem, a {@code check} that
 * returns them, and a draft from a reader whose positions survive.
 */
class TimelineTest {

    private static final Child CHILD = childBorn("2015-06-01");
    private static final Complaint COMPLAINT = Complaint.builder().id("CF-88").kind(ComplaintKind.STATUTORY)
            .complainantName(DISTINCTIVE_NAME).build();
    private static final Worker WORKER = Worker.builder().id("W-17").name(DISTINCTIVE_NAME).role(WorkerRole.SOCIAL_WORKER).build();

    private static List<Timeline> oneOfEach() {
        return List.of(
                CaseTimeline.of(CHILD, List.of(referral("2024-03-01"), strategyDiscussion("2024-03-04", true))),
                ComplaintTimeline.of(COMPLAINT, List.of(ComplaintReceived.builder().date(day("2024-03-01")).build(),
                        ComplaintAcknowledged.builder().date(day("2024-03-04")).build())),
                StaffTimeline.of(WORKER, List.of(StartedInPost.builder().date(day("2024-03-01")).role(WorkerRole.SOCIAL_WORKER).build(),
                        SupervisionSession.builder().date(day("2024-03-04")).build())));
    }

    @Test
    void every_timeline_has_its_subjects_id_and_its_events_with_their_types() {
        assertThat(oneOfEach()).extracting(Timeline::subjectId).containsExactly("C-1042", "CF-88", "W-17");
        assertThat(oneOfEach()).map(timeline -> timeline.events().stream()
                        .map(event -> event.date() + " " + event.eventType().caseFileName() + " (" + event.eventType().description() + ")")
                        .toList())
                .containsExactly(
                        List.of("2024-03-01 referral (referral)", "2024-03-04 strategyDiscussion (strategy discussion)"),
                        List.of("2024-03-01 complaintReceived (complaint received)",
                                "2024-03-04 complaintAcknowledged (acknowledgement of a complaint)"),
                        List.of("2024-03-01 startedInPost (start in post)", "2024-03-04 supervisionSession (supervision session)"));
        assertThat(oneOfEach()).allSatisfy(timeline -> assertThat(timeline.toString()).doesNotContain("Zebedee"));
    }

    @Test
    void every_timeline_cut_at_a_date_keeps_the_events_on_or_before_it() {
        for (Timeline timeline : oneOfEach()) {
            assertThat(timeline.upTo(day("2024-03-03")).events()).extracting(TimelineEvent::date).containsExactly(day("2024-03-01"));
            assertThat(timeline.upTo(day("2024-03-03"))).isInstanceOf(timeline.getClass());
            assertThat(timeline.upTo(day("2024-03-04"))).isSameAs(timeline);
            assertThat(timeline.upTo(day("2024-02-29")).events()).isEmpty();
        }
    }

    @Test
    void only_a_childs_case_records_times() {
        assertThat(SupervisionSession.builder().date(day("2024-03-04")).build().dateTime()).isEmpty();
        assertThat(strategyDiscussion("2024-03-04", "14:30").dateTime()).contains(day("2024-03-04").atTime(14, 30));
    }

    @Test
    void of_throws_with_every_problem_and_never_the_name() {
        List<CaseEvent> inconsistent = List.of(initialConference("2024-03-20"), Cases.placementEnded("2024-03-21"),
                Cases.caseClosed("2024-03-22"), LookedAfterReview.builder().date(day("2024-03-23")).build());
        assertThatThrownBy(() -> CaseTimeline.of(CHILD, inconsistent))
                .isInstanceOfSatisfying(InvalidTimelineException.class, e -> assertThat(e.problems()).hasSize(3)
                        .isEqualTo(CaseTimeline.check(CHILD, inconsistent).problems())
                        .allSatisfy(problem -> assertThat(e.getMessage()).contains(problem.toString())))
                .hasMessageStartingWith("the timeline has 3 problems: event 1 (conferenceHeld), date: an initial child protection"
                        + " conference on 2024-03-20 with no strategy discussion before it")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContainIgnoringCase("zebedee"));
        assertThatThrownBy(() -> ComplaintTimeline.of(COMPLAINT, List.of(ComplaintAcknowledged.builder().date(day("2024-03-01")).build(),
                        ComplaintReceived.builder().date(day("2024-03-01")).build(), ComplaintReceived.builder().date(day("2024-03-02")).build())))
                .isInstanceOfSatisfying(InvalidTimelineException.class, e -> assertThat(e.problems()).hasSize(2)
                        .isEqualTo(ComplaintTimeline.check(COMPLAINT, List.of(ComplaintAcknowledged.builder().date(day("2024-03-01")).build(),
                                ComplaintReceived.builder().date(day("2024-03-01")).build(),
                                ComplaintReceived.builder().date(day("2024-03-02")).build())).problems()));
        assertThatThrownBy(() -> StaffTimeline.of(WORKER, List.of(SupervisionSession.builder().date(day("2024-03-01")).build(),
                        StartedInPost.builder().date(day("2024-03-02")).role(WorkerRole.SOCIAL_WORKER).build())))
                .isInstanceOf(InvalidTimelineException.class)
                .hasMessage("the timeline has 1 problem: event 2 (startedInPost), date: a start in post after other events;"
                        + " expected it first, or a roleChanged");
    }

    @Test
    void no_exception_message_contains_the_name_even_where_the_input_put_it() {
        Worker named = Worker.builder().id("W-17").name(DISTINCTIVE_NAME).role(WorkerRole.SOCIAL_WORKER).build();
        assertThatThrownBy(() -> StaffTimeline.of(named, List.of(
                org.duly.domain.staff.ReflectiveCaseReviewCompleted.builder().date(day("2024-03-01")).reviewId("Zebedee-1").build())))
                .isInstanceOf(InvalidTimelineException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains("reviewId: no review with this reviewId").doesNotContainIgnoringCase("zebedee"));
    }

    @Test
    void a_draft_keeps_the_readers_positions_checks_only_the_order_while_anything_is_unread_and_redacts_its_name() {
        TimelineProblem unreadable = TimelineProblem.of(2, "strategyDiscussion", "initiatedSection47", "expected true or false;"
                + " found \"Zebedee\"");
        Checked<CaseTimeline, TimelineProblem> partly = CaseTimeline.check(new TimelineDraft<>(Optional.of(CHILD),
                List.of(PositionedEvent.<CaseEvent>of(1, referral("2024-03-05")), PositionedEvent.<CaseEvent>of(3, referral("2024-03-01")),
                        PositionedEvent.<CaseEvent>of(4, initialConference("2024-03-20"))),
                List.of(unreadable), DISTINCTIVE_NAME));
        assertThat(partly.problems()).extracting(TimelineProblem::toString).containsExactly(
                "event 2 (strategyDiscussion), initiatedSection47: expected true or false; found \"(redacted)\"",
                "event 3 (referral), date: 2024-03-01 is before event 1 (referral on 2024-03-05); expected events in date order");
        Checked<CaseTimeline, TimelineProblem> read = CaseTimeline.check(new TimelineDraft<>(Optional.of(CHILD),
                List.of(PositionedEvent.<CaseEvent>of(2, referral("2024-03-05")), PositionedEvent.<CaseEvent>of(5, initialConference("2024-03-20"))),
                List.of(), DISTINCTIVE_NAME));
        assertThat(read.problems()).extracting(TimelineProblem::toString).containsExactly(
                "event 5 (conferenceHeld), date: an initial child protection conference on 2024-03-20 with no strategy discussion"
                        + " before it; expected a strategy discussion first");
        Checked<StaffTimeline, TimelineProblem> noWorker = StaffTimeline.check(new TimelineDraft<Worker, StaffEvent>(Optional.empty(),
                List.of(), List.of(TimelineProblem.ofSubject("worker", "role", "missing")), ""));
        assertThat(noWorker.problems()).extracting(TimelineProblem::toString).containsExactly("worker, role: missing");
    }

    @Test
    void a_draft_without_its_subject_must_say_why_and_positions_count_from_one() {
        assertThatThrownBy(() -> new TimelineDraft<Child, CaseEvent>(Optional.empty(), List.of(), List.of(), ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PositionedEvent.of(0, referral("2024-03-01"))).isInstanceOf(IllegalArgumentException.class);
    }
}
