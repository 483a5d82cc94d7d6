package org.duly.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.domain.Cases.becameLookedAfter;
import static org.duly.domain.Cases.caseClosed;
import static org.duly.domain.Cases.ceasedLookedAfter;
import static org.duly.domain.Cases.childBorn;
import static org.duly.domain.Cases.day;
import static org.duly.domain.Cases.initialConference;
import static org.duly.domain.Cases.legalStatusChanged;
import static org.duly.domain.Cases.placementEnded;
import static org.duly.domain.Cases.placementStarted;
import static org.duly.domain.Cases.referral;
import static org.duly.domain.Cases.reviewConference;
import static org.duly.domain.Cases.strategyDiscussion;
import static org.duly.domain.Cases.timeline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.duly.domain.events.AssessmentCompleted;
import org.duly.domain.events.AssessmentKind;
import org.duly.domain.events.Birth;
import org.duly.domain.events.CarerRelationship;
import org.duly.domain.events.CaseClosed;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.ChildsPlanCreated;
import org.duly.domain.events.ChildsPlanEnded;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.ChildsPlanReviewed;
import org.duly.domain.events.ConferenceHeld;
import org.duly.domain.events.ConferenceKind;
import org.duly.domain.events.CoreGroupMeeting;
import org.duly.domain.events.CourtDirectionComplied;
import org.duly.domain.events.CourtDirectionMade;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.LookedAfterReview;
import org.duly.domain.events.PathwayPlanReview;
import org.duly.domain.events.PlacementType;
import org.duly.domain.events.PrivateFosteringNotification;
import org.duly.domain.events.Section47EnquiryCompleted;
import org.duly.domain.events.StrategyDiscussion;
import org.duly.domain.events.Visit;
import org.duly.domain.events.VisitPurpose;
import org.junit.jupiter.api.Test;

class CaseTimelineTest {

    private static final Child CHILD = childBorn("2015-06-01");

    private static List<String> problems(Child child, CaseEvent... events) {
        Checked<CaseTimeline, TimelineProblem> built = CaseTimeline.check(child, List.of(events));
        assertThat(built.isValid()).as("expected problems").isFalse();
        return built.problems().stream().map(TimelineProblem::toString).toList();
    }

    /** A referral, two strategy discussions (the second initiating an enquiry) and two conferences: a new timeline each time. */
    private static CaseTimeline enquiryToReviewConference() {
        return timeline(CHILD,
                referral("2024-03-01"),
                strategyDiscussion("2024-03-04", false),
                strategyDiscussion("2024-03-05", true),
                initialConference("2024-03-20"),
                reviewConference("2024-06-18"));
    }

    @Test
    void a_consistent_timeline_keeps_its_events_in_order_and_finds_them_by_type() {
        CaseTimeline timeline = enquiryToReviewConference();
        assertThat(timeline.events()).hasSize(5);
        assertThat(timeline.eventsOf(StrategyDiscussion.class)).extracting(StrategyDiscussion::initiatedSection47)
                .containsExactly(false, true);
        assertThat(timeline.firstOf(ConferenceHeld.class).map(CaseEvent::date)).contains(day("2024-03-20"));
        assertThat(timeline.lastOf(ConferenceHeld.class).map(ConferenceHeld::kind)).contains(ConferenceKind.REVIEW);
        assertThat(timeline.upTo(day("2024-03-19")).eventsOf(ConferenceHeld.class)).isEmpty();
        assertThat(timeline.closureDate()).isEmpty();
        assertThat(timeline.toString()).doesNotContain("Zebedee");
    }

    @Test
    void threads_that_first_ask_a_timeline_for_its_events_by_type_at_once_all_find_them() throws Exception {
        // The events by type are worked out on first use without a lock: threads that race may each work them out, and
        // each must find every event of the type, in order, never a table half made.
        int threads = 8;
        for (int round = 0; round < 200; round++) {
            CaseTimeline timeline = enquiryToReviewConference();
            CyclicBarrier together = new CyclicBarrier(threads);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<List<Object>>> found = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    found.add(pool.submit(() -> {
                        together.await();
                        return List.of(timeline.eventsOf(StrategyDiscussion.class), timeline.eventsOf(ConferenceHeld.class),
                                timeline.eventsOf(CaseEvent.class), timeline.eventsOf(Visit.class));
                    }));
                }
                for (Future<List<Object>> each : found) {
                    assertThat(each.get()).containsExactly(timeline.events().subList(1, 3), timeline.events().subList(3, 5),
                            timeline.events(), List.of());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void the_closure_date_is_that_of_a_closure_not_followed_by_a_reopening() {
        CaseTimeline closed = timeline(CHILD, referral("2024-01-02"), caseClosed("2024-02-01"));
        assertThat(closed.closureDate()).contains(day("2024-02-01"));
        CaseTimeline reopened = timeline(CHILD, referral("2024-01-02"), caseClosed("2024-02-01"), referral("2024-05-01"));
        assertThat(reopened.closureDate()).isEmpty();
        CaseTimeline closedAgain = timeline(CHILD, referral("2024-01-02"), caseClosed("2024-02-01"), referral("2024-05-01"),
                caseClosed("2024-06-01"));
        assertThat(closedAgain.closureDate()).contains(day("2024-06-01"));
    }

    @Test
    void events_out_of_date_order_are_reported_naming_both_positions() {
        assertThat(problems(CHILD, referral("2024-03-01"), strategyDiscussion("2024-03-05", true),
                initialConference("2024-03-20"), Cases.referral("2024-03-04")))
                .containsExactly("event 4 (referral), date: 2024-03-04 is before event 3 (conferenceHeld on 2024-03-20);"
                        + " expected events in date order");
    }

    @Test
    void within_a_day_events_with_times_must_be_in_time_order_and_untimed_ones_go_anywhere() {
        timeline(CHILD, strategyDiscussion("2024-03-05", "09:00"), referral("2024-03-05"),
                strategyDiscussion("2024-03-05", "14:30"));
        assertThat(problems(CHILD, strategyDiscussion("2024-03-05", "14:30"), referral("2024-03-05"),
                strategyDiscussion("2024-03-05", "09:00")))
                .containsExactly("event 3 (strategyDiscussion), time: 09:00 on 2024-03-05 is before event 1"
                        + " (strategyDiscussion on 2024-03-05) at 14:30; expected events in time order within a day");
    }

    @Test
    void a_date_before_birth_is_reported_where_it_is_impossible_and_allowed_where_it_is_not() {
        timeline(CHILD, referral("2015-01-10"), strategyDiscussion("2015-01-12", true), initialConference("2015-01-26"));
        assertThat(problems(CHILD, becameLookedAfter("2015-05-31")))
                .containsExactly("event 1 (becameLookedAfter), date: 2015-05-31 is before the child's birth; expected a"
                        + " date on or after it (becoming looked after cannot precede birth)");
    }

    @Test
    void an_unborn_child_cannot_be_looked_after_until_a_birth_is_recorded() {
        Child unborn = Child.builder().id("C-7").expectedDateOfDelivery(day("2024-09-30")).build();
        ConferenceHeld preBirth = ConferenceHeld.builder().date(day("2024-07-01")).kind(ConferenceKind.INITIAL).preBirth(true).build();
        assertThat(problems(unborn, strategyDiscussion("2024-06-20", true), preBirth, becameLookedAfter("2024-09-28")))
                .singleElement().asString().startsWith("event 3 (becameLookedAfter), date: the child has only an expected"
                        + " date of delivery and no birth is recorded");
        CaseTimeline born = timeline(unborn, strategyDiscussion("2024-06-20", true), preBirth,
                Birth.builder().date(day("2024-09-25")).build(), becameLookedAfter("2024-09-28"));
        assertThat(born.child().dateOfBirth()).contains(day("2024-09-25"));
        assertThat(born.child().ageOn(day("2025-09-25"))).contains(1);
    }

    @Test
    void a_pre_birth_conference_must_come_before_the_birth_and_a_birth_must_agree_with_the_child_record() {
        ConferenceHeld preBirth = ConferenceHeld.builder().date(day("2015-06-02")).kind(ConferenceKind.INITIAL).preBirth(true).build();
        assertThat(problems(CHILD, strategyDiscussion("2015-05-20", true), preBirth, Birth.builder().date(day("2015-06-03")).build()))
                .containsExactly(
                        "event 2 (conferenceHeld), preBirth: a pre-birth conference on 2015-06-02 is not before the child's"
                                + " birth; expected a pre-birth conference before it, or preBirth false",
                        "event 3 (birth), date: differs from the child record's date of birth; expected the same date");
    }

    @Test
    void a_record_after_the_closure_is_accepted_and_a_second_closure_needs_a_reopening() {
        // DESIGN rule 9: work due before the closure is often recorded after it; the engine ends every clock at the closure.
        CaseTimeline late = timeline(CHILD, referral("2024-01-02"), caseClosed("2024-02-01"),
                Visit.builder().date(day("2024-02-05")).purpose(VisitPurpose.CHILD_IN_NEED).childSeen(true).seenAlone(false).build());
        assertThat(late.events()).hasSize(3);
        assertThat(problems(CHILD, referral("2024-01-02"), caseClosed("2024-02-01"), caseClosed("2024-02-05")))
                .containsExactly("event 3 (caseClosed), date: the case is already closed at event 2 (case closure on"
                        + " 2024-02-01); expected it reopened before it closes again");
        timeline(CHILD, referral("2024-01-02"), caseClosed("2024-02-01"),
                PrivateFosteringNotification.builder().date(day("2024-03-01")).carerRelationship(CarerRelationship.FAMILY_FRIEND)
                        .livingWithCarerFrom(day("2024-02-20")).build(), caseClosed("2024-04-01"));
    }

    /** An application's own class of a built-in type, not Duly's generated one: the rules check it as Duly's own. */
    record HandWrittenClosure(LocalDate date, Optional<LocalTime> time) implements CaseClosed {
    }

    @Test
    void the_rules_check_a_class_of_a_built_in_type_that_duly_did_not_generate_as_they_check_duly_s_own() {
        assertThat(problems(CHILD, referral("2024-01-02"), caseClosed("2024-02-01"),
                new HandWrittenClosure(day("2024-02-05"), Optional.empty())))
                .containsExactly("event 3 (caseClosed), date: the case is already closed at event 2 (case closure on"
                        + " 2024-02-01); expected it reopened before it closes again");
        assertThat(problems(CHILD, referral("2024-01-02"), new HandWrittenClosure(day("2024-02-01"), Optional.empty()),
                caseClosed("2024-02-05")))
                .containsExactly("event 3 (caseClosed), date: the case is already closed at event 2 (case closure on"
                        + " 2024-02-01); expected it reopened before it closes again");
    }

    @Test
    void a_conference_needs_a_strategy_discussion_before_it_and_a_review_an_initial_conference() {
        assertThat(problems(CHILD, initialConference("2024-03-20"), reviewConference("2024-06-18"),
                CoreGroupMeeting.builder().date(day("2024-06-20")).build()))
                .containsExactly("event 1 (conferenceHeld), date: an initial child protection conference on 2024-03-20"
                        + " with no strategy discussion before it; expected a strategy discussion first");
        assertThat(problems(CHILD, strategyDiscussion("2024-03-05", true), reviewConference("2024-06-18"),
                CoreGroupMeeting.builder().date(day("2024-06-20")).build(), Section47EnquiryCompleted.builder().date(day("2024-06-21")).build()))
                .containsExactly(
                        "event 2 (conferenceHeld), kind: a review conference with no initial conference before it;"
                                + " expected an initial conference first",
                        "event 3 (coreGroupMeeting), date: a core group with no initial child protection conference"
                                + " before it; expected the conference first");
    }

    @Test
    void a_placement_that_ends_before_it_starts_or_ends_when_none_is_open_is_reported() {
        assertThat(problems(CHILD, becameLookedAfter("2024-01-10"),
                placementEnded("2024-01-10", "P-1"),
                placementStarted("2024-01-10", PlacementType.LOCAL_AUTHORITY_FOSTER_CARE, "P-1"),
                placementStarted("2024-02-01", PlacementType.PRIVATE_RESIDENTIAL, "P-2"),
                placementEnded("2024-03-01"),
                placementEnded("2024-03-02")))
                .containsExactly(
                        "event 2 (placementEnded), date: the placement ends before it starts at event 3 (start of a"
                                + " placement on 2024-01-10); expected its start first",
                        "event 6 (placementEnded), date: no placement is open to end; expected a placement to start"
                                + " before it ends");
    }

    @Test
    void a_planning_meeting_may_come_before_the_placement_it_names_but_must_name_one_in_the_case() {
        // DESIGN rule 9: regulation 9 prefers the placement plan before a planned move.
        timeline(CHILD, becameLookedAfter("2024-01-10"),
                placementStarted("2024-01-10", PlacementType.LOCAL_AUTHORITY_FOSTER_CARE, "P-1"),
                org.duly.domain.events.PlacementPlanningMeeting.builder().date(day("2024-01-29")).placementId("P-2").build(),
                placementEnded("2024-02-01", "P-1"),
                placementStarted("2024-02-01", PlacementType.PRIVATE_RESIDENTIAL, "P-2"));
        assertThat(problems(CHILD, becameLookedAfter("2024-01-10"),
                placementStarted("2024-01-10", PlacementType.LOCAL_AUTHORITY_FOSTER_CARE, "P-1"),
                org.duly.domain.events.PlacementPlanningMeeting.builder().date(day("2024-01-29")).placementId("P-9").build()))
                .containsExactly("event 3 (placementPlanningMeeting), placementId: no placement with this placementId in the case; expected the"
                        + " placementStarted it refers to");
    }

    @Test
    void a_new_placement_with_no_end_recorded_for_the_previous_one_ends_it_that_day() {
        // DESIGN rule 9, as consecutive episodes in the SSDA903 return: accepted, and the care history says so.
        CaseTimeline moved = timeline(CHILD, becameLookedAfter("2024-01-10"),
                placementStarted("2024-01-10", PlacementType.LOCAL_AUTHORITY_FOSTER_CARE, "P-1"),
                placementStarted("2024-02-01", PlacementType.PRIVATE_RESIDENTIAL, "P-2"));
        assertThat(org.duly.domain.care.CareHistory.of(moved).placements())
                .map(placement -> placement.start() + " " + placement.endInWords())
                .containsExactly("2024-01-10 ended on 2024-02-01, when the next placement started (no end was recorded)",
                        "2024-02-01 open");
    }

    @Test
    void a_move_ends_one_placement_and_starts_the_next_on_the_same_day() {
        timeline(CHILD, becameLookedAfter("2024-01-10"),
                placementStarted("2024-01-10", PlacementType.LOCAL_AUTHORITY_FOSTER_CARE, "P-1"),
                placementEnded("2024-02-01", "P-1"),
                placementStarted("2024-02-01", PlacementType.PRIVATE_RESIDENTIAL, "P-2"),
                ceasedLookedAfter("2024-05-01"),
                placementEnded("2024-05-01", "P-2"),
                becameLookedAfter("2024-06-01"),
                placementStarted("2024-06-01", PlacementType.INDEPENDENT_FOSTERING_AGENCY, "P-3"),
                ceasedLookedAfter("2024-07-01"),
                placementEnded("2024-07-01"));
        assertThat(problems(CHILD, becameLookedAfter("2024-01-10"), ceasedLookedAfter("2024-05-01"),
                placementEnded("2024-05-01")))
                .containsExactly("event 3 (placementEnded), date: no placement is open to end; expected a placement to"
                        + " start before it ends");
    }

    @Test
    void care_events_need_a_period_of_care() {
        assertThat(problems(CHILD, placementStarted("2024-01-10", PlacementType.LOCAL_AUTHORITY_FOSTER_CARE),
                legalStatusChanged("2024-01-11", LegalStatus.INTERIM_CARE_ORDER),
                LookedAfterReview.builder().date(day("2024-02-01")).build(),
                ceasedLookedAfter("2024-03-01"),
                becameLookedAfter("2024-04-01"), becameLookedAfter("2024-04-02")))
                .extracting(problem -> problem.substring(0, problem.indexOf(':')))
                .containsExactly("event 1 (placementStarted), date", "event 2 (legalStatusChanged), date",
                        "event 3 (lookedAfterReview), date", "event 4 (ceasedLookedAfter), date",
                        "event 6 (becameLookedAfter), date");
    }

    @Test
    void an_adult_cannot_become_looked_after() {
        assertThat(problems(CHILD, becameLookedAfter("2033-06-01")))
                .singleElement().asString().contains("18 or over on 2033-06-01");
        timeline(CHILD, becameLookedAfter("2033-05-31"));
    }

    @Test
    void a_review_of_a_plan_that_never_started_is_reported() {
        ChildsPlanCreated cin = ChildsPlanCreated.builder().date(day("2024-03-01")).kind(ChildsPlanKind.CHILD_IN_NEED).build();
        assertThat(problems(CHILD,
                AssessmentCompleted.builder().date(day("2024-02-20")).kind(AssessmentKind.SINGLE_ASSESSMENT).build(),
                ChildsPlanReviewed.builder().date(day("2024-02-25")).kind(ChildsPlanKind.CHILD_IN_NEED).build(),
                cin,
                ChildsPlanReviewed.builder().date(day("2024-04-10")).kind(ChildsPlanKind.CHILD_IN_NEED).build(),
                ChildsPlanReviewed.builder().date(day("2024-04-10")).kind(ChildsPlanKind.EARLY_HELP).build(),
                ChildsPlanReviewed.builder().date(day("2024-04-11")).kind(ChildsPlanKind.CHILD_IN_NEED).planId("CIN-9").build(),
                ChildsPlanEnded.builder().date(day("2024-05-01")).kind(ChildsPlanKind.CHILD_IN_NEED).build(),
                ChildsPlanReviewed.builder().date(day("2024-05-02")).kind(ChildsPlanKind.CHILD_IN_NEED).build(),
                PathwayPlanReview.builder().date(day("2024-05-03")).build()))
                .containsExactly(
                        "event 2 (childsPlanReviewed), kind: reviews a child in need plan that never started or has"
                                + " ended; expected the plan created first",
                        "event 5 (childsPlanReviewed), kind: reviews an early help plan that never started or has ended;"
                                + " expected the plan created first",
                        "event 6 (childsPlanReviewed), planId: reviews a child in need plan with this planId that never started or"
                                + " has ended; expected the plan created first",
                        "event 8 (childsPlanReviewed), kind: reviews a child in need plan that never started or has"
                                + " ended; expected the plan created first",
                        "event 9 (pathwayPlanReview), date: reviews a pathway plan that never started; expected the"
                                + " pathway plan first");
    }

    @Test
    void a_compliance_must_name_a_direction_made_before_it() {
        CourtDirectionMade direction = CourtDirectionMade.builder().date(day("2024-03-01")).directionId("D-1")
                .dueDate(day("2024-04-02")).build();
        timeline(CHILD, direction, CourtDirectionComplied.builder().date(day("2024-03-28")).directionId("D-1").build());
        assertThat(problems(CHILD, direction, CourtDirectionComplied.builder().date(day("2024-03-28")).directionId("D-2").build(),
                CourtDirectionMade.builder().date(day("2024-03-29")).directionId("D-1").dueDate(day("2024-04-02")).build()))
                .containsExactly(
                        "event 2 (courtDirectionComplied), directionId: no court direction with this directionId before it; expected the"
                                + " courtDirectionMade it refers to first");
        // DESIGN rule 9: the court varying a direction records it again under its own id.
        timeline(CHILD, direction, CourtDirectionMade.builder().date(day("2024-03-29")).directionId("D-1").dueDate(day("2024-04-19")).build());
    }

    @Test
    void every_problem_is_reported_at_once_in_position_order() {
        assertThat(problems(CHILD, initialConference("2024-03-20"), placementEnded("2024-03-21"), caseClosed("2024-03-22"),
                LookedAfterReview.builder().date(day("2024-03-23")).build()))
                .extracting(problem -> problem.substring(0, problem.indexOf(',')))
                .containsExactly("event 1 (conferenceHeld)", "event 2 (placementEnded)", "event 4 (lookedAfterReview)");
    }

    @Test
    void no_problem_contains_the_childs_name() {
        Child child = childBorn("2015-06-01");
        Checked<CaseTimeline, TimelineProblem> built = CaseTimeline.check(child, List.of(
                initialConference("2024-03-20"), becameLookedAfter("2014-01-01"), referral("2013-01-01"),
                CourtDirectionMade.builder().date(day("2024-03-21")).directionId("Zebedee").dueDate(day("2024-04-02")).build(),
                CourtDirectionComplied.builder().date(day("2024-03-22")).directionId("Quartermaine").build()));
        assertThat(built.problems()).isNotEmpty().allSatisfy(problem ->
                assertThat(problem.toString()).doesNotContainIgnoringCase("Zebedee").doesNotContainIgnoringCase("Quartermaine"));
    }

    @Test
    void a_timeline_cut_at_any_date_is_still_consistent() {
        CaseTimeline timeline = timeline(CHILD, referral("2024-01-02"), strategyDiscussion("2024-01-03", true),
                initialConference("2024-01-20"), reviewConference("2024-04-18"), becameLookedAfter("2024-05-01"),
                placementStarted("2024-05-01", PlacementType.CONNECTED_PERSON), placementEnded("2024-06-01"),
                ceasedLookedAfter("2024-07-01"), caseClosed("2024-08-01"));
        for (LocalDate date = day("2023-12-31"); date.isBefore(day("2024-08-03")); date = date.plusDays(1)) {
            CaseTimeline cut = timeline.upTo(date);
            assertThat(CaseTimeline.check(cut.child(), cut.events()).isValid()).as("cut at %s", date).isTrue();
        }
    }
}
