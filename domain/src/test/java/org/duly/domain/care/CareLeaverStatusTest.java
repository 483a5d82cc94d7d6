package org.duly.domain.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.domain.Cases.becameLookedAfter;
import static org.duly.domain.Cases.ceasedLookedAfter;
import static org.duly.domain.Cases.day;
import static org.duly.domain.Cases.legalStatusChanged;
import static org.duly.domain.Cases.timeline;
import static org.duly.domain.care.CareLeaverCategory.ELIGIBLE;
import static org.duly.domain.care.CareLeaverCategory.FORMER_RELEVANT;
import static org.duly.domain.care.CareLeaverCategory.NONE;
import static org.duly.domain.care.CareLeaverCategory.QUALIFYING;
import static org.duly.domain.care.CareLeaverCategory.RELEVANT;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Child;
import org.duly.domain.Stories;
import org.duly.domain.events.CarerRelationship;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.CeasedLookedAfter;
import org.duly.domain.events.CeasedLookedAfterReason;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.PrivateFosteringEnded;
import org.duly.domain.events.PrivateFosteringNotification;
import org.duly.timescales.period.Age;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The care leaver categories at their boundaries, for a young person born on 10 March 2008: 14 on
 * 2022-03-10, 16 on 2024-03-10, 18 on 2026-03-10, 21 on 2029-03-10, 25 on 2033-03-10.
 */
class CareLeaverStatusTest {

    private static final Child YOUNG_PERSON = Child.builder().id("C-16").dateOfBirth(day("2008-03-10")).build();

    private static CareLeaverStatus status(CaseEvent... events) {
        return CareLeaverStatus.of(timeline(YOUNG_PERSON, events));
    }

    private static CareLeaverStatus lookedAfter(String from, String to) {
        return status(becameLookedAfter(from), ceasedLookedAfter(to));
    }

    @ParameterizedTest(name = "looked after from 2024-01-01, on {0}: {1} days, {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-03-09 | 69 | NONE
            2024-03-10 | 70 | NONE
            2024-03-30 | 90 | NONE
            2024-03-31 | 91 | ELIGIBLE
            2025-06-01 | 518 | ELIGIBLE
            2026-03-09 | 799 | ELIGIBLE
            2026-03-10 | 799 | FORMER_RELEVANT
            """)
    void thirteen_weeks_are_91_days_counted_by_the_end_of_the_day(LocalDate on, long days, CareLeaverCategory category) {
        CareLeaverStatus status = status(becameLookedAfter("2024-01-01"));
        assertThat(status.daysCountedThrough(on)).isEqualTo(days);
        assertThat(status.categoryOn(on)).isEqualTo(category);
        assertThat(status.dateBecameEligible()).contains(day("2024-03-31"));
    }

    @ParameterizedTest(name = "looked after 2024-01-01 to {0}: {1} on 2024-06-01")
    @CsvSource(delimiter = '|', textBlock = """
            2024-03-31 | QUALIFYING
            2024-04-01 | RELEVANT
            2024-03-09 | NONE
            2024-03-10 | QUALIFYING
            2024-03-11 | QUALIFYING
            """)
    void exactly_13_weeks_makes_a_relevant_child_and_90_days_a_qualifying_one(String ceased, CareLeaverCategory category) {
        assertThat(lookedAfter("2024-01-01", ceased).categoryOn(day("2024-06-01"))).isEqualTo(category);
    }

    /**
     * A period ending on the 16th birthday ended after 16 (audit B-7d, CAT-3): by the Family Law Reform Act 1969
     * section 9 the age is reached at the start of the birthday, so the child was looked after, aged 16, that
     * morning: eligible on the birthday with the 13 weeks, relevant from it, former relevant at 18; without them,
     * qualifying. Ending the day before the birthday, it is still not so.
     */
    @ParameterizedTest(name = "looked after {0} to {1}: {3} on {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2023-01-01 | 2024-03-10 | 2024-03-10 | RELEVANT
            2023-01-01 | 2024-03-10 | 2024-06-01 | RELEVANT
            2023-01-01 | 2024-03-10 | 2026-03-10 | FORMER_RELEVANT
            2023-01-01 | 2024-03-09 | 2024-06-01 | NONE
            2024-01-01 | 2024-03-10 | 2024-03-10 | QUALIFYING
            2024-01-01 | 2024-03-10 | 2024-06-01 | QUALIFYING
            2024-01-01 | 2024-03-09 | 2024-06-01 | NONE
            """)
    void a_period_ending_on_the_16th_birthday_ended_after_16(String from, String to, LocalDate on, CareLeaverCategory category) {
        assertThat(lookedAfter(from, to).categoryOn(on)).isEqualTo(category);
    }

    @Test
    void a_child_whose_care_ends_on_the_16th_birthday_became_eligible_on_it_with_13_weeks_counted_by_the_day_before() {
        assertThat(lookedAfter("2023-01-01", "2024-03-10").dateBecameEligible()).contains(day("2024-03-10"));
        assertThat(lookedAfter("2023-12-10", "2024-03-10").dateBecameEligible()).contains(day("2024-03-10"));
        assertThat(lookedAfter("2023-12-10", "2024-03-10").daysCountedThrough(day("2024-03-10"))).isEqualTo(91);
        assertThat(lookedAfter("2023-12-11", "2024-03-10").dateBecameEligible()).isEmpty();
    }

    @Test
    void the_day_of_the_16th_birthday_counts_as_looked_after_since_16_when_the_child_is_in_care_that_morning() {
        assertThat(lookedAfter("2023-01-01", "2024-03-11").categoryOn(day("2024-06-01"))).isEqualTo(RELEVANT);
        assertThat(lookedAfter("2023-01-01", "2024-03-11").dateBecameEligible()).contains(day("2024-03-10"));
        assertThat(lookedAfter("2023-01-01", "2024-03-11").categoryOn(day("2024-03-10"))).isEqualTo(ELIGIBLE);
    }

    @ParameterizedTest(name = "first episode from {0} to 2022-05-09: {1} days from the 14th birthday, eligible on {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2022-02-08 | 60 | 2024-04-09
            2022-03-09 | 60 | 2024-04-09
            2022-03-10 | 60 | 2024-04-09
            2022-03-11 | 59 | 2024-04-10
            """)
    void days_count_from_the_14th_birthday_and_episodes_add_up(String from, long firstDays, LocalDate eligible) {
        CareLeaverStatus status = status(becameLookedAfter(from), ceasedLookedAfter("2022-05-09"),
                becameLookedAfter("2024-03-10"));
        assertThat(status.daysCountedThrough(day("2024-03-09"))).isEqualTo(firstDays);
        assertThat(status.dateBecameEligible()).contains(eligible);
        assertThat(status.categoryOn(eligible.minusDays(1))).isEqualTo(NONE);
        assertThat(status.categoryOn(eligible)).isEqualTo(ELIGIBLE);
    }

    @Test
    void several_separate_episodes_add_up_to_13_weeks() {
        CareLeaverStatus ninetyOne = status(becameLookedAfter("2022-06-01"), ceasedLookedAfter("2022-07-01"),
                becameLookedAfter("2023-01-01"), ceasedLookedAfter("2023-01-31"),
                becameLookedAfter("2024-05-01"), ceasedLookedAfter("2024-06-01"));
        assertThat(ninetyOne.daysCountedThrough(day("2024-12-31"))).isEqualTo(30 + 30 + 31);
        assertThat(ninetyOne.dateBecameEligible()).contains(day("2024-05-31"));
        assertThat(ninetyOne.categoryOn(day("2024-07-01"))).isEqualTo(RELEVANT);
        CareLeaverStatus ninety = status(becameLookedAfter("2022-06-01"), ceasedLookedAfter("2022-07-01"),
                becameLookedAfter("2023-01-01"), ceasedLookedAfter("2023-01-31"),
                becameLookedAfter("2024-05-01"), ceasedLookedAfter("2024-05-31"));
        assertThat(ninety.dateBecameEligible()).isEmpty();
        assertThat(ninety.categoryOn(day("2024-07-01"))).isEqualTo(QUALIFYING);
    }

    @Test
    void pre_planned_short_breaks_never_count() {
        CareLeaverStatus withBreaks = status(
                becameLookedAfter("2022-06-01"), ceasedLookedAfter("2022-07-21"),
                becameLookedAfter("2023-01-01", LegalStatus.SECTION_20_SHORT_BREAKS), ceasedLookedAfter("2023-01-15"),
                becameLookedAfter("2024-04-01", LegalStatus.SECTION_20_SHORT_BREAKS),
                legalStatusChanged("2024-04-15", LegalStatus.SECTION_20),
                ceasedLookedAfter("2024-06-01"));
        assertThat(withBreaks.daysCountedThrough(day("2024-12-31"))).isEqualTo(50 + 47);
        assertThat(withBreaks.dateBecameEligible()).contains(day("2024-05-25"));
        assertThat(withBreaks.categoryOn(day("2024-04-10"))).as("in short breaks, after 16").isEqualTo(NONE);
        assertThat(withBreaks.categoryOn(day("2024-06-01"))).isEqualTo(RELEVANT);
        CareLeaverStatus onlyBreaks = status(
                becameLookedAfter("2024-04-01", LegalStatus.SECTION_20_SHORT_BREAKS), ceasedLookedAfter("2024-04-06"),
                becameLookedAfter("2024-05-01", LegalStatus.SECTION_20_SHORT_BREAKS), ceasedLookedAfter("2024-05-06"),
                becameLookedAfter("2024-06-01", LegalStatus.SECTION_20_SHORT_BREAKS), ceasedLookedAfter("2024-06-06"));
        assertThat(onlyBreaks.daysCountedThrough(day("2025-01-01"))).isZero();
        assertThat(onlyBreaks.categoryOn(day("2025-02-01"))).isEqualTo(NONE);
    }

    /**
     * Regulation 48's limits (audit B-12d, CAT-2b): a day recorded as a short break beyond them (from the 18th day of a
     * stay, or beyond 75 days of short breaks in 12 months) is ordinary care and counts toward the 13 weeks. Each day is
     * judged on the days before it: what a day counts never depends on how long the stay went on after it.
     */
    @Test
    void a_stay_beyond_the_short_break_limits_counts() {
        // 40 days recorded as a short break (its 18th to 40th days count, 23), then 70 days of ordinary care: eligible when
        // the 91st day is reached, on the 68th day of the second period.
        CareLeaverStatus forty = status(
                becameLookedAfter("2024-04-01", LegalStatus.SECTION_20_SHORT_BREAKS), ceasedLookedAfter("2024-05-11"),
                becameLookedAfter("2024-06-01"), ceasedLookedAfter("2024-08-10"));
        assertThat(forty.daysCountedThrough(day("2024-12-31"))).isEqualTo(23 + 70);
        assertThat(forty.daysCountedThrough(day("2024-04-17"))).isZero();
        assertThat(forty.daysCountedThrough(day("2024-04-18"))).isEqualTo(1);
        assertThat(forty.dateBecameEligible()).contains(day("2024-08-07"));
        // 17 days is still a short break; the 18th day is not.
        assertThat(status(becameLookedAfter("2024-04-01", LegalStatus.SECTION_20_SHORT_BREAKS), ceasedLookedAfter("2024-04-18"))
                .daysCountedThrough(day("2024-12-31"))).isZero();
        assertThat(status(becameLookedAfter("2024-04-01", LegalStatus.SECTION_20_SHORT_BREAKS), ceasedLookedAfter("2024-04-19"))
                .daysCountedThrough(day("2024-12-31"))).isEqualTo(1);
        // Six stays of 15 days in a year: the first five make 75 days, within the limit; the sixth goes beyond it and counts.
        CareLeaverStatus six = status(
                becameLookedAfter("2024-04-01", LegalStatus.SECTION_20_SHORT_BREAKS), ceasedLookedAfter("2024-04-16"),
                becameLookedAfter("2024-05-01", LegalStatus.SECTION_20_SHORT_BREAKS), ceasedLookedAfter("2024-05-16"),
                becameLookedAfter("2024-06-01", LegalStatus.SECTION_20_SHORT_BREAKS), ceasedLookedAfter("2024-06-16"),
                becameLookedAfter("2024-07-01", LegalStatus.SECTION_20_SHORT_BREAKS), ceasedLookedAfter("2024-07-16"),
                becameLookedAfter("2024-08-01", LegalStatus.SECTION_20_SHORT_BREAKS), ceasedLookedAfter("2024-08-16"),
                becameLookedAfter("2024-09-01", LegalStatus.SECTION_20_SHORT_BREAKS), ceasedLookedAfter("2024-09-16"));
        assertThat(six.daysCountedThrough(day("2024-12-31"))).isEqualTo(15);
        // A stay still open is judged day by day as it goes: from its 18th day (18 April) it counts.
        CareLeaverStatus open = status(becameLookedAfter("2024-04-01", LegalStatus.SECTION_20_SHORT_BREAKS));
        assertThat(open.daysCountedThrough(day("2024-04-17"))).isZero();
        assertThat(open.daysCountedThrough(day("2024-04-20"))).isEqualTo(3);
    }

    @ParameterizedTest(name = "on {0}: {1} to 21, {2} with the extension to 25")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-09 | RELEVANT        | RELEVANT
            2026-03-10 | FORMER_RELEVANT | FORMER_RELEVANT
            2029-03-09 | FORMER_RELEVANT | FORMER_RELEVANT
            2029-03-10 | NONE            | FORMER_RELEVANT
            2033-03-09 | NONE            | FORMER_RELEVANT
            2033-03-10 | NONE            | NONE
            """)
    void a_former_relevant_child_stays_one_to_21_or_to_25_where_the_extension_applies(
            LocalDate on, CareLeaverCategory statute, CareLeaverCategory extended) {
        CaseTimeline timeline = timeline(YOUNG_PERSON, becameLookedAfter("2024-01-01"), ceasedLookedAfter("2025-01-01"));
        assertThat(CareLeaverStatus.of(timeline).categoryOn(on)).isEqualTo(statute);
        assertThat(CareLeaverStatus.of(timeline, CareLeaverRules.STATUTE.withFormerRelevantUntil(Age.of(25))).categoryOn(on))
                .isEqualTo(extended);
    }

    @Test
    void a_young_person_looked_after_on_the_18th_birthday_is_former_relevant_if_eligible_the_day_before() {
        CareLeaverStatus status = status(becameLookedAfter("2025-12-09"), ceasedLookedAfter("2026-03-10"));
        assertThat(status.daysCountedThrough(day("2026-03-09"))).isEqualTo(91);
        assertThat(status.categoryOn(day("2026-03-09"))).isEqualTo(ELIGIBLE);
        assertThat(status.categoryOn(day("2026-03-10"))).isEqualTo(FORMER_RELEVANT);
        assertThat(status(becameLookedAfter("2025-12-10"), ceasedLookedAfter("2026-03-10")).categoryOn(day("2026-03-10")))
                .isEqualTo(QUALIFYING);
    }

    /** The day a young person became qualifying, which the yearly qualifying contact counts from (audit B-7f). */
    @Test
    void the_day_a_young_person_became_qualifying_is_the_first_day_found_qualifying() {
        // 90 days from 1 January, ceased on 31 March at 16: qualifying that day.
        assertThat(lookedAfter("2024-01-01", "2024-03-31").dateBecameQualifying()).contains(day("2024-03-31"));
        // 91 days: relevant, never qualifying.
        assertThat(lookedAfter("2024-01-01", "2024-04-01").dateBecameQualifying()).isEmpty();
        // Care ended on the 16th birthday, 69 days: qualifying on the birthday (audit B-7d).
        assertThat(lookedAfter("2024-01-01", "2024-03-10").dateBecameQualifying()).contains(day("2024-03-10"));
        // A special guardianship order at 13: qualifying from the 16th birthday.
        assertThat(status(becameLookedAfter("2020-01-01"), CeasedLookedAfter.builder().date(day("2021-06-01"))
                .reason(CeasedLookedAfterReason.SPECIAL_GUARDIANSHIP_ORDER).build()).dateBecameQualifying()).contains(day("2024-03-10"));
        // In care from 17 to 18 without the 13 weeks: qualifying from the 18th birthday.
        assertThat(status(becameLookedAfter("2026-01-01")).dateBecameQualifying()).contains(day("2026-03-10"));
        assertThat(status().dateBecameQualifying()).isEmpty();
    }

    @Test
    void a_special_guardianship_order_out_of_care_makes_a_qualifying_care_leaver_from_16_to_21() {
        CareLeaverStatus status = status(becameLookedAfter("2020-01-01"),
                CeasedLookedAfter.builder().date(day("2021-06-01")).reason(CeasedLookedAfterReason.SPECIAL_GUARDIANSHIP_ORDER).build());
        assertThat(status.categoryOn(day("2024-03-09"))).isEqualTo(NONE);
        assertThat(status.categoryOn(day("2024-03-10"))).isEqualTo(QUALIFYING);
        assertThat(status.categoryOn(day("2029-03-09"))).isEqualTo(QUALIFYING);
        assertThat(status.categoryOn(day("2029-03-10"))).isEqualTo(NONE);
        assertThat(status(becameLookedAfter("2020-01-01"), ceasedLookedAfter("2021-06-01")).categoryOn(day("2025-01-01")))
                .isEqualTo(NONE);
    }

    @Test
    void a_disabled_young_person_privately_fostered_after_16_qualifies_once_it_ends() {
        CaseEvent[] events = {
            PrivateFosteringNotification.builder().date(day("2024-01-05")).carerRelationship(CarerRelationship.FAMILY_FRIEND)
                    .livingWithCarerFrom(day("2024-01-01")).build(),
            PrivateFosteringEnded.builder().date(day("2024-06-01")).build()};
        Child disabled = Child.builder().from(YOUNG_PERSON).disabled(true).build();
        assertThat(CareLeaverStatus.of(timeline(disabled, events)).categoryOn(day("2024-05-31"))).isEqualTo(NONE);
        assertThat(CareLeaverStatus.of(timeline(disabled, events)).categoryOn(day("2024-06-01"))).isEqualTo(QUALIFYING);
        assertThat(CareLeaverStatus.of(timeline(YOUNG_PERSON, events)).categoryOn(day("2024-06-01"))).isEqualTo(NONE);
    }

    @Test
    void nobody_is_a_care_leaver_before_16_or_without_care_or_a_date_of_birth() {
        assertThat(status(becameLookedAfter("2023-01-01")).categoryOn(day("2024-03-09"))).isEqualTo(NONE);
        assertThat(status().categoryOn(day("2025-01-01"))).isEqualTo(NONE);
        Child unborn = Child.builder().id("C-0").expectedDateOfDelivery(day("2025-01-01")).build();
        assertThat(CareLeaverStatus.of(timeline(unborn)).categoryOn(day("2024-06-01"))).isEqualTo(NONE);
        assertThat(CareLeaverStatus.of(timeline(unborn)).daysCountedThrough(day("2024-06-01"))).isZero();
    }

    /** Splits the period [start, end) at the given days into adjacent episodes of the same legal status. */
    private static List<CaseEvent> episodes(LocalDate start, LocalDate end, TreeSet<LocalDate> splits) {
        List<CaseEvent> events = new ArrayList<>();
        events.add(becameLookedAfter(start.toString()));
        for (LocalDate split : splits) {
            events.add(ceasedLookedAfter(split.toString()));
            events.add(becameLookedAfter(split.toString()));
        }
        events.add(ceasedLookedAfter(end.toString()));
        return events;
    }

    @Test
    void the_category_is_stable_under_splitting_a_period_of_care_into_adjacent_episodes() {
        LocalDate base = day("2021-01-01");
        qt().withExamples(300)
                .forAll(integers().between(0, 1_850), integers().between(1, 900), lists().of(integers().between(1, 899)).ofSizeBetween(1, 4))
                .checkAssert((offset, length, cuts) -> {
                    LocalDate start = base.plusDays(offset);
                    LocalDate end = start.plusDays(length);
                    TreeSet<LocalDate> splits = new TreeSet<>();
                    // A split is a new episode: it cannot begin at 18 or over.
                    cuts.stream().filter(cut -> cut < length && start.plusDays(cut).isBefore(day("2026-03-10")))
                            .forEach(cut -> splits.add(start.plusDays(cut)));
                    CareLeaverStatus whole = CareLeaverStatus.of(timeline(YOUNG_PERSON, episodes(start, end, new TreeSet<>()).toArray(CaseEvent[]::new)));
                    CareLeaverStatus split = CareLeaverStatus.of(timeline(YOUNG_PERSON, episodes(start, end, splits).toArray(CaseEvent[]::new)));
                    assertThat(split.dateBecameEligible()).isEqualTo(whole.dateBecameEligible());
                    for (LocalDate on = base; on.isBefore(day("2030-01-01")); on = on.plusDays(17)) {
                        assertThat(split.categoryOn(on)).as("on %s", on).isEqualTo(whole.categoryOn(on));
                        assertThat(split.daysCountedThrough(on)).isEqualTo(whole.daysCountedThrough(on));
                    }
                });
    }

    @Test
    void a_young_person_still_in_care_on_the_18th_birthday_without_13_weeks_is_qualifying() {
        // Looked after from 17 and 3 months with no recorded end: care ends at 18, 90 days short of eligible.
        Child leapDay = Child.builder().id("C-9").dateOfBirth(day("2008-02-29")).build();
        CareLeaverStatus status = CareLeaverStatus.of(timeline(leapDay, becameLookedAfter("2025-12-01")));
        assertThat(status.dateBecameEligible()).isEmpty();
        assertThat(status.categoryOn(day("2026-03-01"))).isEqualTo(QUALIFYING);
    }

    private static final CareLeaverRules TO_25 = CareLeaverRules.STATUTE.withFormerRelevantUntil(Age.of(25));
    private static final CareLeaverRules FEBRUARY_28 =
            new CareLeaverRules(Age.of(21), Age.of(21), org.duly.timescales.period.LeapDayBirthdays.FEBRUARY_28);

    @Test
    void the_category_on_a_day_depends_only_on_events_up_to_that_day_and_agrees_with_the_definitions() {
        Child child = Child.builder().id("C-9").dateOfBirth(day("2008-02-29")).build();
        LocalDate start = day("2022-01-01");
        qt().withExamples(200).forAll(Stories.from(start, 40, day("2026-03-01")), integers().between(0, 29)).checkAssert((story, phase) -> {
            CaseTimeline timeline = timeline(child, story.toArray(CaseEvent[]::new));
            CareLeaverStatus status = CareLeaverStatus.of(timeline);
            CareHistory history = CareHistory.of(timeline);
            for (LocalDate on = start.plusDays(phase); on.isBefore(day("2029-06-01")); on = on.plusDays(30)) {
                CareLeaverCategory category = status.categoryOn(on);
                assertThat(CareLeaverStatus.of(timeline.upTo(on)).categoryOn(on)).as("on %s", on).isEqualTo(category);
                assertThat(CareLeaverStatus.of(history).categoryOn(on)).as("from the history on %s", on).isEqualTo(category);
                assertThat(status.under(TO_25).categoryOn(on)).as("to 25 on %s", on)
                        .isEqualTo(CareLeaverStatus.of(timeline, TO_25).categoryOn(on));
                assertThat(status.under(FEBRUARY_28).categoryOn(on)).as("29 February on the 28th, on %s", on)
                        .isEqualTo(CareLeaverStatus.of(timeline, FEBRUARY_28).categoryOn(on));
                int age = child.ageOn(on).orElseThrow();
                // Nobody is looked after from 18, whether or not the case records the end of care.
                // A short break day counts only beyond regulation 48's limits (a_stay_beyond_the_short_break_limits_counts):
                // then the count through it is one more than through the day before.
                boolean countingToday = age < 18 && history.lookedAfterOn(on)
                        && (!history.legalStatusOn(on).map(LegalStatus::isShortBreaks).orElse(false)
                                || status.daysCountedThrough(on) > status.daysCountedThrough(on.minusDays(1)));
                boolean thirteenWeeks = status.daysCountedThrough(on) >= 91;
                switch (category) {
                    case ELIGIBLE -> assertThat(age >= 16 && age < 18 && countingToday && thirteenWeeks).isTrue();
                    case RELEVANT -> assertThat(age >= 16 && age < 18 && !countingToday && thirteenWeeks).isTrue();
                    case FORMER_RELEVANT -> assertThat(age >= 18 && age < 21 && thirteenWeeks).isTrue();
                    case QUALIFYING -> assertThat(age >= 16 && age < 21 && !countingToday).isTrue();
                    case NONE -> assertThat(age >= 18 && age < 21 && status.dateBecameEligible().isPresent()).isFalse();
                }
                if (age >= 16 && age < 18 && countingToday && thirteenWeeks) {
                    assertThat(category).isEqualTo(ELIGIBLE);
                }
            }
        });
    }
}
