package org.duly.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.timescales.Booklet.*;
import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.duly.timescales.calendar.EnglandAndWales;
import org.duly.timescales.period.DayPeriod;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Randomized properties of evaluation, with shrinking. */
class TimescalePropertiesTest {

    private static final EvaluationContext CONTEXT = EvaluationContext.on(date("2031-01-01"), EnglandAndWales.calendar());

    private static Gen<LocalDate> dates() {
        return integers().between((int) date("2015-01-01").toEpochDay(), (int) date("2027-12-31").toEpochDay())
                .map(day -> LocalDate.ofEpochDay(day));
    }

    /** A period of one of the day units, from its unit number and count. */
    private static DayPeriod period(int unit, int count) {
        return switch (unit) {
            case 0 -> workingDays(count);
            case 1 -> days(count);
            case 2 -> weeks(count);
            case 3 -> months(count);
            default -> years(count);
        };
    }

    /** Any day period, shrinking towards 0 working days. */
    private static Gen<DayPeriod> periods() {
        return integers().between(0, 5 * 61 - 1).map(code -> period(code / 61, code % 61));
    }

    private static LocalDate due(Deadline deadline, Facts facts) {
        return deadline.evaluate(facts, CONTEXT).obligations().get(0).due();
    }

    @Test
    void the_sooner_of_two_is_never_later_than_either_and_the_later_never_sooner() {
        qt().withExamples(2_000)
                .forAll(dates(), dates(), periods(), periods())
                .checkAssert((a, b, periodA, periodB) -> {
                    Facts facts = Facts.of(new Referral(a), new Birth(b));
                    Deadline left = within(periodA).of(REFERRAL);
                    Deadline right = within(periodB).of(BIRTH);
                    LocalDate sooner = due(soonerOf(left, right), facts);
                    LocalDate later = due(laterOf(left, right), facts);
                    assertThat(sooner).isBeforeOrEqualTo(due(left, facts)).isBeforeOrEqualTo(due(right, facts));
                    assertThat(later).isAfterOrEqualTo(due(left, facts)).isAfterOrEqualTo(due(right, facts));
                    assertThat(List.of(due(left, facts), due(right, facts))).contains(sooner, later);
                });
    }

    @Test
    void a_window_never_starts_after_it_ends() {
        qt().withExamples(2_000)
                .forAll(dates(), integers().between(0, 4), integers().between(0, 40), integers().between(0, 40))
                .checkAssert((anchor, unit, opens, extra) -> {
                    Deadline window = between(period(unit, opens)).and(period(unit, opens + extra)).after(REFERRAL);
                    Obligation obligation = window.evaluate(Facts.of(new Referral(anchor)), CONTEXT).obligations().get(0);
                    assertThat(obligation.windowStart().orElseThrow()).isBeforeOrEqualTo(obligation.due());
                });
    }

    private static List<Obligation> chain(Recurrence recurrence, LocalDate start, List<Integer> gaps) {
        List<Object> facts = new ArrayList<>(List.of(new BecameLookedAfter(start)));
        LocalDate done = start;
        for (int gap : gaps) {
            done = done.plusDays(gap);
            facts.add(new LookedAfterReview(done));
        }
        return recurrence.evaluate(Facts.of(facts, java.util.Map.of()), Fulfilment.by(LOOKED_AFTER_REVIEW), CONTEXT)
                .obligations();
    }

    @Test
    void a_recurrence_s_occurrences_and_due_dates_strictly_increase() {
        Recurrence visits = first(within(weeks(1)).of(BECAME_LOOKED_AFTER)).thenEvery(weeks(6));
        Recurrence reviews = first(within(workingDays(20)).of(BECAME_LOOKED_AFTER))
                .then(within(months(3)).ofPrevious()).thenEvery(months(6));
        qt().withExamples(500)
                .forAll(dates(), lists().of(integers().between(1, 200)).ofSizeBetween(0, 12))
                .checkAssert((start, gaps) -> {
                    for (Recurrence recurrence : List.of(visits, reviews)) {
                        List<Obligation> obligations = chain(recurrence, start, gaps);
                        assertThat(obligations).hasSize(gaps.size() + 1);
                        for (int i = 1; i < obligations.size(); i++) {
                            assertThat(obligations.get(i).occurrence()).isEqualTo(obligations.get(i - 1).occurrence() + 1);
                            assertThat(obligations.get(i).due()).isAfter(obligations.get(i - 1).due().minusDays(
                                    recurrence == reviews ? 1 : 0));
                            if (i < gaps.size()) {
                                assertThat(obligations.get(i).metBy().orElseThrow().date())
                                        .isAfter(obligations.get(i - 1).metBy().orElseThrow().date());
                            }
                        }
                        if (recurrence == visits) {
                            for (int i = 1; i < obligations.size(); i++) {
                                assertThat(obligations.get(i).due()).isAfter(obligations.get(i - 1).due());
                            }
                        }
                    }
                });
    }

    @Test
    void a_late_occurrence_moves_the_next_due_date_by_the_same_amount() {
        Recurrence visits = first(within(weeks(1)).of(BECAME_LOOKED_AFTER)).thenEvery(weeks(6));
        qt().withExamples(1_000)
                .forAll(dates(), lists().of(integers().between(1, 60)).ofSizeBetween(1, 8), integers().between(0, 8),
                        integers().between(1, 90))
                .checkAssert((start, gaps, which, delay) -> {
                    int late = which % gaps.size();
                    List<Integer> delayed = new ArrayList<>(gaps);
                    delayed.set(late, gaps.get(late) + delay);
                    List<Obligation> onTime = chain(visits, start, gaps);
                    List<Obligation> afterDelay = chain(visits, start, delayed);
                    // Every obligation after the late occurrence moves by exactly the delay.
                    for (int i = late + 1; i < onTime.size(); i++) {
                        assertThat(afterDelay.get(i).due()).isEqualTo(onTime.get(i).due().plusDays(delay));
                    }
                });
    }

    @Test
    void working_day_deadlines_fall_on_working_days_and_count_back_to_their_anchor() {
        qt().withExamples(2_000)
                .forAll(dates(), integers().between(1, 70))
                .checkAssert((anchor, n) -> {
                    LocalDate due = due(within(workingDays(n)).of(REFERRAL), Facts.of(new Referral(anchor)));
                    assertThat(EnglandAndWales.calendar().isWorkingDay(due)).isTrue();
                    assertThat(EnglandAndWales.calendar().workingDaysBetween(anchor, due)).isEqualTo(n);
                    LocalDate before = due(atLeast(workingDays(n)).before(REFERRAL), Facts.of(new Referral(anchor)));
                    assertThat(EnglandAndWales.calendar().isWorkingDay(before)).isTrue();
                    assertThat(before).isBefore(anchor);
                });
    }
}
