package org.duly.domain.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.domain.Cases.becameLookedAfter;
import static org.duly.domain.Cases.ceasedLookedAfter;
import static org.duly.domain.Cases.childBorn;
import static org.duly.domain.Cases.day;
import static org.duly.domain.Cases.legalStatusChanged;
import static org.duly.domain.Cases.placementEnded;
import static org.duly.domain.Cases.placementStarted;
import static org.duly.domain.Cases.timeline;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.Optional;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Child;
import org.duly.domain.Stories;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.PlacementType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CareHistoryTest {

    private static final Child CHILD = childBorn("2012-05-01");

    private static final CareHistory HISTORY = CareHistory.of(timeline(CHILD,
            becameLookedAfter("2024-01-10", LegalStatus.SECTION_20),
            placementStarted("2024-01-10", PlacementType.LOCAL_AUTHORITY_FOSTER_CARE, "P-1"),
            legalStatusChanged("2024-02-14", LegalStatus.INTERIM_CARE_ORDER),
            placementEnded("2024-03-01", "P-1"),
            placementStarted("2024-03-01", PlacementType.PRIVATE_RESIDENTIAL, "P-2"),
            ceasedLookedAfter("2024-05-01"),
            becameLookedAfter("2024-07-01", LegalStatus.FULL_CARE_ORDER),
            placementStarted("2024-07-02", PlacementType.CONNECTED_PERSON, "P-3")));

    @Test
    void periods_of_care_run_from_becoming_to_ceasing_to_be_looked_after_and_the_last_is_open() {
        assertThat(HISTORY.periodsOfCare()).containsExactly(
                PeriodOfCare.of(day("2024-01-10"), day("2024-05-01")),
                PeriodOfCare.from(day("2024-07-01")));
        assertThat(HISTORY.periodsOfCare().get(0).days()).isEqualTo(112);
    }

    @ParameterizedTest(name = "on {0}: looked after {1}, placement {2}, legal status {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2024-01-09 | false | -                          | -
            2024-01-10 | true  | LOCAL_AUTHORITY_FOSTER_CARE | SECTION_20
            2024-02-13 | true  | LOCAL_AUTHORITY_FOSTER_CARE | SECTION_20
            2024-02-14 | true  | LOCAL_AUTHORITY_FOSTER_CARE | INTERIM_CARE_ORDER
            2024-02-29 | true  | LOCAL_AUTHORITY_FOSTER_CARE | INTERIM_CARE_ORDER
            2024-03-01 | true  | PRIVATE_RESIDENTIAL         | INTERIM_CARE_ORDER
            2024-04-30 | true  | PRIVATE_RESIDENTIAL         | INTERIM_CARE_ORDER
            2024-05-01 | false | -                          | -
            2024-07-01 | true  | -                          | FULL_CARE_ORDER
            2024-07-02 | true  | CONNECTED_PERSON            | FULL_CARE_ORDER
            2030-01-01 | true  | CONNECTED_PERSON            | FULL_CARE_ORDER
            """)
    void looked_after_placement_and_legal_status_on_a_day_are_those_after_the_days_events(
            LocalDate date, boolean lookedAfter, PlacementType placement, LegalStatus status) {
        assertThat(HISTORY.lookedAfterOn(date)).isEqualTo(lookedAfter);
        assertThat(HISTORY.placementOn(date).map(Placement::type)).isEqualTo(Optional.ofNullable(placement));
        assertThat(HISTORY.legalStatusOn(date)).isEqualTo(Optional.ofNullable(status));
    }

    @Test
    void ceasing_to_be_looked_after_ends_a_placement_whose_end_was_not_recorded() {
        assertThat(HISTORY.placements()).extracting(Placement::end).containsExactly(
                Optional.of(day("2024-03-01")), Optional.of(day("2024-05-01")), Optional.empty());
    }

    @Test
    void on_any_day_the_child_is_looked_after_exactly_when_a_period_covers_it_and_then_has_a_legal_status() {
        Child child = childBorn("2012-02-29");
        LocalDate start = LocalDate.of(2024, 1, 1);
        qt().withExamples(500).forAll(Stories.from(start, 25)).checkAssert(story -> {
            CaseTimeline timeline = timeline(child, story.toArray(CaseEvent[]::new));
            CareHistory history = CareHistory.of(timeline);
            boolean lookedAfter = false;
            int event = 0;
            for (LocalDate date = start; date.isBefore(start.plusDays(1_100)); date = date.plusDays(1)) {
                while (event < story.size() && !story.get(event).date().isAfter(date)) {
                    CaseEvent happened = story.get(event++);
                    lookedAfter = happened.eventType().caseFileName().equals("becameLookedAfter")
                            || (lookedAfter && !happened.eventType().caseFileName().equals("ceasedLookedAfter"));
                }
                assertThat(history.lookedAfterOn(date)).as("%s", date).isEqualTo(lookedAfter);
                assertThat(history.legalStatusOn(date).isPresent()).isEqualTo(lookedAfter);
                assertThat(history.placementOn(date).isEmpty() || lookedAfter).isTrue();
            }
        });
    }
}
