package org.duly.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.ChildsPlanCreated;
import org.duly.domain.events.ChildsPlanEnded;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.ChildsPlanReviewed;
import org.duly.domain.events.CoreGroupMeeting;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.LookedAfterReview;
import org.duly.domain.events.PlacementType;
import org.duly.domain.events.Visit;
import org.duly.domain.events.VisitPurpose;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of timeline validation over random mixes of events, valid and not. */
class TimelinePropertiesTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final Child CHILD = Cases.childBorn("2012-02-29");

    private static final List<Function<LocalDate, CaseEvent>> KINDS = List.of(
            date -> Cases.referral(date.toString()),
            date -> Cases.caseClosed(date.toString()),
            date -> Cases.strategyDiscussion(date.toString(), true),
            date -> Cases.initialConference(date.toString()),
            date -> Cases.reviewConference(date.toString()),
            date -> CoreGroupMeeting.builder().date(date).build(),
            date -> Cases.becameLookedAfter(date.toString()),
            date -> Cases.becameLookedAfter(date.toString(), LegalStatus.SECTION_20_SHORT_BREAKS),
            date -> Cases.ceasedLookedAfter(date.toString()),
            date -> Cases.legalStatusChanged(date.toString(), LegalStatus.FULL_CARE_ORDER),
            date -> Cases.placementStarted(date.toString(), PlacementType.LOCAL_AUTHORITY_FOSTER_CARE),
            date -> Cases.placementStarted(date.toString(), PlacementType.PRIVATE_RESIDENTIAL, "P-1"),
            date -> Cases.placementEnded(date.toString()),
            date -> Cases.placementEnded(date.toString(), "P-1"),
            date -> LookedAfterReview.builder().date(date).build(),
            date -> ChildsPlanCreated.builder().date(date).kind(ChildsPlanKind.CHILD_IN_NEED).build(),
            date -> ChildsPlanReviewed.builder().date(date).kind(ChildsPlanKind.CHILD_IN_NEED).build(),
            date -> ChildsPlanEnded.builder().date(date).kind(ChildsPlanKind.CHILD_IN_NEED).build(),
            date -> Visit.builder().date(date).purpose(VisitPurpose.LOOKED_AFTER).childSeen(true).seenAlone(true)
                    .placementId("P-1").build());

    /** Random events, each a kind and a day offset from 1 January 2024. */
    private static Gen<List<CaseEvent>> events() {
        Gen<CaseEvent> event = integers().between(0, KINDS.size() - 1)
                .zip(integers().between(0, 120), (kind, offset) -> KINDS.get(kind).apply(START.plusDays(offset)));
        return lists().of(event).ofSizeBetween(0, 14);
    }

    private static List<CaseEvent> inDateOrder(List<CaseEvent> events) {
        List<CaseEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(CaseEvent::date));
        return sorted;
    }

    @Test
    void events_are_rejected_for_order_exactly_where_a_date_precedes_an_earlier_listed_one() {
        qt().withExamples(1_000).forAll(events()).checkAssert(events -> {
            List<Integer> expected = new ArrayList<>();
            LocalDate latest = LocalDate.MIN;
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i).date().isBefore(latest)) {
                    expected.add(i + 1);
                } else {
                    latest = events.get(i).date();
                }
            }
            Checked<CaseTimeline, TimelineProblem> built = CaseTimeline.check(CHILD, events);
            List<Integer> reported = built.problems().stream()
                    .filter(problem -> problem.message().contains("expected events in date order"))
                    .map(TimelineProblem::position).toList();
            assertThat(reported).isEqualTo(expected);
        });
    }

    @Test
    void every_problem_points_into_the_input_in_order_and_never_names_the_child() {
        qt().withExamples(2_000).forAll(events()).checkAssert(events -> {
            Checked<CaseTimeline, TimelineProblem> built = CaseTimeline.check(CHILD, inDateOrder(events));
            if (!built.isValid()) {
                List<Integer> positions = built.problems().stream().map(TimelineProblem::position).toList();
                assertThat(positions).isSorted().allSatisfy(position -> assertThat(position).isBetween(1, events.size()));
                assertThat(built.problems()).allSatisfy(problem ->
                        assertThat(problem.toString()).doesNotContain("Zebedee").doesNotContain("Quartermaine"));
            }
        });
    }

    @Test
    void every_consistent_story_is_accepted() {
        qt().withExamples(2_000).forAll(Stories.from(START, 25)).checkAssert(story ->
                assertThat(CaseTimeline.check(CHILD, story).isValid()).as("%s", story).isTrue());
    }

    @Test
    void a_valid_timeline_cut_at_any_day_is_valid() {
        qt().withExamples(1_000).forAll(Stories.from(START, 25), integers().between(-1, 600)).checkAssert((story, cut) -> {
            CaseTimeline upTo = Cases.timeline(CHILD, story.toArray(CaseEvent[]::new)).upTo(START.plusDays(cut));
            assertThat(CaseTimeline.check(upTo.child(), upTo.events()).isValid()).isTrue();
            assertThat(upTo.events()).allSatisfy(event -> assertThat(event.date()).isBeforeOrEqualTo(START.plusDays(cut)));
        });
    }
}
