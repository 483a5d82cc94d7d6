package org.duly.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.duly.timescales.Booklet.*;
import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;

import java.time.Month;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Conditions and narrowed events always carry words, because the words are what a rule prints and a
 * policy author checks against the booklet: no blank words, two different conditions never print
 * alike, and re-wording is explicit.
 */
class ConditionWordsTest {

    private static final Conference INITIAL_HELD = new Conference(date("2024-03-20"), Kind.INITIAL, false);
    private static final Conference REVIEW_HELD = new Conference(date("2024-06-20"), Kind.REVIEW, false);

    @Test
    void a_condition_without_words_is_rejected_when_it_is_made() {
        assertThatThrownBy(() -> Condition.of("", (Conference conference) -> true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a condition needs words, as a rule prints it: not ''");
        assertThatThrownBy(() -> Condition.withFacts(" ", (Conference conference, Facts facts) -> true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Condition<Conference>("", (conference, facts) -> true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> INITIAL.as("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> INITIAL.negate(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> When.of("", (date, facts) -> true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a condition on a date needs words, as a rule prints it: not ''");
        assertThatThrownBy(() -> UNDER_FIVE.as("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UNDER_FIVE.onTheDateOf(Conference::date, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CONFERENCE.filteredBy(INITIAL).called(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an event needs words, as a rule prints it: not ''");
        assertThatThrownBy(() -> Event.of("", Conference.class, Conference::date)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> anyOf(" ", REFERRAL, BIRTH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void two_different_conditions_never_print_alike() {
        assertThat(CONFERENCE.where(INITIAL).inWords()).isEqualTo("the conference (initial)");
        assertThat(CONFERENCE.where(REVIEW).inWords()).isEqualTo("the conference (review)");
        assertThat(within(workingDays(10)).of(CONFERENCE.where(INITIAL)).inWords())
                .isNotEqualTo(within(workingDays(10)).of(CONFERENCE.where(REVIEW)).inWords());
    }

    @Test
    void a_second_condition_follows_the_first_after_and() {
        Condition<Conference> heldBeforeTheBirth = Condition.of("held before the birth", Conference::preBirth);
        assertThat(CONFERENCE.where(INITIAL).where(heldBeforeTheBirth).inWords())
                .isEqualTo("the conference (initial) and held before the birth");
        assertThat(INITIAL.and(heldBeforeTheBirth).description()).isEqualTo("(initial) and held before the birth");
        assertThat(INITIAL.or(REVIEW).description()).isEqualTo("(initial) or (review)");
    }

    @Test
    void a_filtered_event_is_said_afresh_and_tests_every_condition() {
        Event<Conference> initial = CONFERENCE.filteredBy(INITIAL).called("the initial conference");
        assertThat(initial.inWords()).isEqualTo("the initial conference");
        assertThat(initial.first().inWords()).isEqualTo("the first initial conference");
        assertThat(matching(initial)).containsExactly(INITIAL_HELD);

        // Words after the new name follow it directly; a filter over a narrowed event keeps the narrowing.
        Condition<Conference> heldBeforeTheBirth = Condition.of("held before the birth", Conference::preBirth);
        assertThat(initial.where(heldBeforeTheBirth).inWords()).isEqualTo("the initial conference held before the birth");
        Event<Conference> either = CONFERENCE.where(INITIAL.or(REVIEW));
        assertThat(matching(either.filteredBy(REVIEW).called("the review conference"))).containsExactly(REVIEW_HELD);
        assertThat(matching(either.filteredBy(REVIEW).called("the review conference").where(INITIAL))).isEmpty();
    }

    @Test
    void as_rewords_a_condition_and_keeps_its_test() {
        Condition<Conference> firstOne = INITIAL.as("that was the first");
        assertThat(CONFERENCE.where(firstOne).inWords()).isEqualTo("the conference that was the first");
        assertThat(matching(CONFERENCE.where(firstOne))).containsExactly(INITIAL_HELD);
        assertThat(UNDER_FIVE.as("a young child").description()).isEqualTo("a young child");
    }

    @Test
    void a_condition_on_a_date_asked_of_an_occurrence_needs_words_of_its_own() {
        Condition<Conference> underFiveThen = UNDER_FIVE.onTheDateOf(Conference::date, "about a child under 5");
        assertThat(CONFERENCE.where(underFiveThen).inWords()).isEqualTo("the conference about a child under 5");
        Facts bornIn2020 = Facts.of(List.of(INITIAL_HELD, new Conference(date("2025-06-20"), Kind.REVIEW, false)),
                Map.of(DATE_OF_BIRTH, date("2020-06-10")));
        assertThat(CONFERENCE.where(underFiveThen).matching(bornIn2020)).containsExactly(INITIAL_HELD);
    }

    @Test
    void a_condition_on_a_date_reads_after_when() {
        assertThat(inEach(Month.MAY, Month.NOVEMBER).from(BECAME_LOOKED_AFTER).when(UNDER_FIVE).inWords())
                .isEqualTo("each May and November from becoming looked after, when under 5");
        assertThat(either(weeks(4)).when(IN_A_FOUR_WEEKLY_PLACEMENT).otherwise(weeks(6)).everyWords())
                .isEqualTo("at least every 4 weeks when in a 4-weekly placement, otherwise at least every 6 weeks");
    }

    private static List<Conference> matching(Event<Conference> event) {
        return event.matching(Facts.of(INITIAL_HELD, REVIEW_HELD));
    }
}
