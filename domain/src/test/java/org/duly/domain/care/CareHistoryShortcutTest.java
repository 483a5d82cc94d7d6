package org.duly.domain.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.domain.Cases.childBorn;
import static org.duly.domain.Cases.day;
import static org.duly.domain.Cases.timeline;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Cases;
import org.duly.domain.Child;
import org.duly.domain.Stories;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.PlacementType;
import org.junit.jupiter.api.Test;

/**
 * A child with no event of care gets their care history without a pass over their events: the same history, and the
 * same care leaver status, as the pass gives.
 */
class CareHistoryShortcutTest {

    private static final Child CHILD = childBorn("2007-05-01");

    private static void assertSameHistory(CareHistory shortcut, CareHistory read) {
        assertThat(shortcut.periodsOfCare()).isEqualTo(read.periodsOfCare());
        assertThat(shortcut.placements()).isEqualTo(read.placements());
        assertThat(shortcut.legalStatusChanges()).isEqualTo(read.legalStatusChanges());
        assertThat(shortcut.timeline()).isSameAs(read.timeline());
        assertThat(shortcut.child()).isEqualTo(read.child());
    }

    @Test
    void a_child_never_in_care_has_the_history_and_status_the_pass_gives() {
        CaseTimeline neverInCare = timeline(CHILD, Cases.referral("2023-09-01"), Cases.strategyDiscussion("2023-09-02", true),
                Cases.initialConference("2023-09-20"), Cases.caseClosed("2024-02-01"));
        CareHistory history = CareHistory.of(neverInCare);
        assertSameHistory(history, CareHistory.read(neverInCare));
        assertThat(history.periodsOfCare()).isEmpty();
        assertThat(history.lookedAfterOn(day("2023-10-01"))).isFalse();
        assertThat(history.legalStatusOn(day("2023-10-01"))).isEmpty();
        CareLeaverStatus status = CareLeaverStatus.of(history);
        assertThat(status.dateBecameQualifying()).isEmpty();
        assertThat(status.dateBecameEligible()).isEmpty();
        assertThat(status.categoryOn(day("2024-06-01"))).isEqualTo(CareLeaverCategory.NONE);
    }

    @Test
    void a_child_in_care_has_the_history_and_status_the_pass_gives() {
        CaseTimeline inCare = timeline(CHILD, Cases.referral("2022-09-01"), Cases.becameLookedAfter("2022-10-01", LegalStatus.SECTION_20),
                Cases.placementStarted("2022-10-01", PlacementType.LOCAL_AUTHORITY_FOSTER_CARE),
                Cases.legalStatusChanged("2023-01-05", LegalStatus.FULL_CARE_ORDER), Cases.ceasedLookedAfter("2023-09-01"));
        CareHistory history = CareHistory.of(inCare);
        assertSameHistory(history, CareHistory.read(inCare));
        assertThat(history.periodsOfCare()).containsExactly(PeriodOfCare.of(day("2022-10-01"), day("2023-09-01")));
        assertThat(history.placements()).hasSize(1);
        assertThat(history.legalStatusOn(day("2023-02-01"))).contains(LegalStatus.FULL_CARE_ORDER);
        // Looked after from 15 for 11 months: eligible, then relevant at 16, a category the shortcut would never give.
        assertThat(CareLeaverStatus.of(history).dateBecameEligible()).contains(day("2023-05-01"));
        assertThat(CareLeaverStatus.of(history).categoryOn(day("2024-01-01"))).isEqualTo(CareLeaverCategory.RELEVANT);
    }

    @Test
    void any_story_with_or_without_care_has_the_history_the_pass_gives_on_any_day() {
        LocalDate start = LocalDate.of(2024, 1, 1);
        qt().withExamples(1_000).forAll(Stories.from(start, 25)).checkAssert(story -> {
            CaseTimeline timeline = timeline(childBorn("2012-02-29"), story.toArray(CaseEvent[]::new));
            assertSameHistory(CareHistory.of(timeline), CareHistory.read(timeline));
            for (int days = 0; days < 700; days += 35) {
                CaseTimeline upTo = timeline.upTo(start.plusDays(days));
                assertSameHistory(CareHistory.of(upTo), CareHistory.read(upTo));
            }
        });
    }
}
