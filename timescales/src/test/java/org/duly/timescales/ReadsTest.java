package org.duly.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.timescales.Booklet.*;
import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;

import java.time.Month;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a condition reads of a case besides its occurrence is declared where it is made, carried through every
 * combination and re-wording, and gathered by the event it narrows and the clock of a timescale; it never changes the
 * words.
 */
class ReadsTest {

    private static final Condition<Conference> WITH_A_PLAN = Condition.withFacts("that made a plan",
            Reads.of(PlanStarted.class, Conference.class), (conference, facts) -> facts.occurrences(PlanStarted.class).stream()
                    .anyMatch(plan -> !plan.date().isBefore(conference.date())));
    private static final Condition<Conference> BEFORE_THE_BIRTH = Condition.withFacts("before the birth",
            Reads.of(DATE_OF_BIRTH), (conference, facts) -> facts.value(DATE_OF_BIRTH).map(conference.date()::isBefore).orElse(true));

    @Test
    void a_condition_declares_what_it_reads_without_changing_its_words() {
        assertThat(WITH_A_PLAN.description()).isEqualTo("that made a plan");
        assertThat(WITH_A_PLAN.reads().occurrences()).containsExactly(PlanStarted.class, Conference.class);
        assertThat(WITH_A_PLAN.reads().facts()).isEmpty();
        assertThat(INITIATED_SECTION_47.reads()).isEqualTo(Reads.none());
        assertThat(Condition.withFacts("seen", (Visit visit, Facts facts) -> true).reads().isEmpty()).isTrue();
        assertThat(CONFERENCE.where(WITH_A_PLAN).inWords()).isEqualTo("the conference that made a plan");
    }

    @Test
    void combinations_and_new_words_read_what_their_parts_read() {
        Reads both = Reads.of(PlanStarted.class, Conference.class).and(DATE_OF_BIRTH);
        assertThat(WITH_A_PLAN.and(BEFORE_THE_BIRTH).reads()).isEqualTo(both);
        assertThat(WITH_A_PLAN.or(BEFORE_THE_BIRTH).reads()).isEqualTo(both);
        assertThat(WITH_A_PLAN.negate("that made no plan").reads()).isEqualTo(WITH_A_PLAN.reads());
        assertThat(WITH_A_PLAN.as("with a plan").reads()).isEqualTo(WITH_A_PLAN.reads());
        assertThat(WITH_A_PLAN.and(INITIAL).reads()).isEqualTo(WITH_A_PLAN.reads());
        When underFive = When.of("under 5", Reads.of(DATE_OF_BIRTH), (date, facts) -> true);
        assertThat(underFive.as("a young child").reads()).isEqualTo(Reads.of(DATE_OF_BIRTH));
        assertThat(underFive.onTheDateOf(Conference::date, "about a child under 5").reads()).isEqualTo(Reads.of(DATE_OF_BIRTH));
    }

    @Test
    void an_event_reads_what_every_condition_narrowing_it_reads_said_or_not() {
        assertThat(CONFERENCE.reads()).isEqualTo(Reads.none());
        assertThat(CONFERENCE.narrowedBy()).isEmpty();
        assertThat(CONFERENCE.where(WITH_A_PLAN).where(BEFORE_THE_BIRTH).reads().occurrences())
                .containsExactly(PlanStarted.class, Conference.class);
        assertThat(CONFERENCE.filteredBy(WITH_A_PLAN).called("the conference with a plan").where(BEFORE_THE_BIRTH).reads())
                .isEqualTo(Reads.of(PlanStarted.class, Conference.class).and(DATE_OF_BIRTH));
    }

    @Test
    void the_clock_says_what_its_intervals_and_windows_read() {
        When underFive = When.of("under 5", Reads.of(DATE_OF_BIRTH), (date, facts) -> true);
        Interval setByTheCase = intervalSetBy("as often as the direction sets", Reads.of(CourtDirection.class),
                (date, facts) -> Optional.of(days(7)));
        Clock recurrence = Clock.of(first(within(months(1)).of(BECAME_LOOKED_AFTER))
                .then(either(months(6)).when(underFive).otherwise(months(12))).thenEvery(setByTheCase));
        assertThat(recurrence.alsoReads()).isEqualTo(Reads.of(DATE_OF_BIRTH).and(CourtDirection.class));
        Clock schedule = Clock.of(inEach(Month.MAY).from(BECAME_LOOKED_AFTER).when(underFive));
        assertThat(schedule.alsoReads()).isEqualTo(Reads.of(DATE_OF_BIRTH));
        assertThat(Clock.of(within(workingDays(15)).of(REFERRAL)).alsoReads()).isEqualTo(Reads.none());
    }

    @Test
    void a_type_is_covered_by_itself_or_a_supertype_and_repeats_are_dropped() {
        assertThat(Reads.of(Object.class).covers(Conference.class)).isTrue();
        assertThat(Reads.of(Conference.class).covers(PlanStarted.class)).isFalse();
        assertThat(Reads.of(Conference.class, Conference.class).and(Conference.class).occurrences()).containsExactly(Conference.class);
        assertThat(Reads.of(DATE_OF_BIRTH).covers(DATE_OF_BIRTH)).isTrue();
        assertThat(Reads.of(DATE_OF_BIRTH).covers(EXPECTED_DATE_OF_DELIVERY)).isFalse();
    }
}
