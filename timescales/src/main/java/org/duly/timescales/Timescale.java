package org.duly.timescales;

import java.util.List;
import java.util.Optional;
import org.duly.timescales.annotations.Internal;
import org.duly.timescales.period.MonthEndAmbiguity;

/**
 * A finished timescale: a {@link Deadline}, a {@link Recurrence} or a {@link FixedSchedule}. Only
 * finished timescales are values; the DSL in {@link Timescales} does not let a half-written one
 * compile.
 *
 * <p>Its words and month-end ambiguities are for everyone; evaluating it ({@code started},
 * {@code startedBy}, {@code evaluate}) is {@link Internal}, the engine's work: an application
 * evaluates a policy's rules with the engine, which also applies each rule's conditions and versions.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Timescale permits Deadline, Recurrence, FixedSchedule {

    /**
     * The timescale in plain English, without evaluating it: "within 15 working days of the
     * strategy discussion that initiated section 47 enquiries".
     *
     * @return the timescale in words
     */
    String inWords();

    /**
     * The anchor days on which a period of months or years in this timescale needs a month-end
     * rounding, with what the rounding gives, so a policy author sees where the rule is ambiguous.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(within(months(3)).of(INITIAL_CONFERENCE).monthEndAmbiguities()).map(MonthEndAmbiguity::toString)
     *     .contains("31 January + 3 months = 30 April, rounded down to the last day of the month");
     * }</pre>
     *
     * @return the ambiguities, period by period
     */
    List<MonthEndAmbiguity> monthEndAmbiguities();

    /**
     * When this timescale's clock first starts in these facts: on a known day (a birthday still to come is one), on a
     * day only a missing fact could tell, or not at all. {@link #started}, {@link #startedBy} and {@link #startsAfter}
     * each ask it; the engine asks it once for a rule with a condition. Cheaper than an evaluation: nothing is counted.
     *
     * <p>Example:
     * <pre>{@code
     * Facts fifteen = Facts.of(List.of(), Map.of(DATE_OF_BIRTH, LocalDate.parse("2008-06-15")));
     * assertThat(by(birthday(16, DATE_OF_BIRTH)).clockStart(fifteen, context)).isEqualTo(ClockStart.on(LocalDate.parse("2024-06-15")));
     * assertThat(by(birthday(16, DATE_OF_BIRTH)).clockStart(Facts.of(), context)).isEqualTo(ClockStart.onAnUnknownDay());
     * }</pre>
     *
     * @param facts what is known about the case on the evaluation date
     * @param context the calendar and the evaluation date
     * @return when the clock first starts
     */
    @Internal
    default ClockStart clockStart(Facts facts, EvaluationContext context) {
        return Evaluator.clockStart(this, facts, context);
    }

    /**
     * Whether anything in these facts starts this timescale's clock: an occurrence of the event it
     * counts from, or a date it counts from (a birthday is a date as soon as the date of birth is
     * known, even when it is still to come). Where a date it counts from is missing, the clock is
     * taken as started, so that {@link #evaluate(Facts, EvaluationContext)} can say what is missing.
     * Cheaper than an evaluation: nothing is counted.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(within(workingDays(15)).of(STRATEGY_DISCUSSION).started(Facts.empty(), context)).isFalse();
     * }</pre>
     *
     * @param facts what is known about the case on the evaluation date
     * @param context the calendar and the evaluation date
     * @return whether an evaluation could owe anything
     */
    @Internal
    default boolean started(Facts facts, EvaluationContext context) {
        return clockStart(facts, context).started();
    }

    /**
     * Whether something in these facts started this timescale's clock on or before the evaluation
     * date: a birthday still to come has not, and neither has a date that cannot be known because a
     * fact is missing.
     *
     * <p>Example:
     * <pre>{@code
     * Facts facts = Facts.of(List.of(), Map.of(DATE_OF_BIRTH, LocalDate.parse("2015-06-01")));
     * assertThat(by(birthday(16, DATE_OF_BIRTH)).started(facts, context)).isTrue();
     * assertThat(by(birthday(16, DATE_OF_BIRTH)).startedBy(facts, context)).isFalse();
     * }</pre>
     *
     * @param facts what is known about the case on the evaluation date
     * @param context the calendar and the evaluation date
     * @return whether a clock is running or has run
     */
    @Internal
    default boolean startedBy(Facts facts, EvaluationContext context) {
        return clockStart(facts, context).startedBy(context.asOf());
    }

    /**
     * Whether every clock these facts start starts after the evaluation date, on a known day: a
     * birthday still to come. Every obligation an evaluation gives then has its clock started after
     * the evaluation date. False when nothing starts a clock, when one has started by the evaluation
     * date, and when a date it counts from is missing.
     *
     * <p>Example:
     * <pre>{@code
     * Facts fifteen = Facts.of(List.of(), Map.of(DATE_OF_BIRTH, LocalDate.parse("2008-06-15")));
     * assertThat(by(birthday(16, DATE_OF_BIRTH)).startsAfter(fifteen, context)).isTrue();
     * assertThat(by(birthday(16, DATE_OF_BIRTH)).startsAfter(Facts.of(), context)).isFalse();
     * }</pre>
     *
     * @param facts what is known about the case on the evaluation date
     * @param context the calendar and the evaluation date
     * @return whether every clock is still to start
     */
    @Internal
    default boolean startsAfter(Facts facts, EvaluationContext context) {
        return clockStart(facts, context).startsAfter(context.asOf());
    }

    /**
     * Whether every occurrence falls due on or after the first day a clock starts, whatever the facts: each due date
     * is counted forwards from a day a clock starts, and a recurrence counts each next occurrence from a record that
     * could meet the one before only on or after that day (nothing before its clock starts meets its first occurrence,
     * and the fulfilment does not look back). Then, when every clock starts after the evaluation date
     * ({@link #startsAfter}), every occurrence falls due after it too. False for what can fall due before its clock
     * starts: a deadline before a date ("at least 12 weeks before"), a date a direction or an extension sets, and
     * "first by the 16th birthday, then every 6 months", whose first occurrence can be met at 14 and the next fall due
     * at 14 and a half.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(first(within(months(12)).of(birthday(18, DATE_OF_BIRTH))).thenEvery(months(12))
     *     .fallsDueOnceStarted(Optional.of(Fulfilment.by(CONTACT)))).isTrue();
     * assertThat(first(by(birthday(16, DATE_OF_BIRTH))).thenEvery(months(6))
     *     .fallsDueOnceStarted(Optional.of(Fulfilment.by(VISIT)))).isFalse();
     * }</pre>
     *
     * @param fulfilment what meets the obligations, if anything
     * @return whether no occurrence can fall due before the first day a clock starts
     */
    @Internal
    default boolean fallsDueOnceStarted(Optional<Fulfilment<?>> fulfilment) {
        return Evaluator.fallsDueOnceStarted(this, fulfilment);
    }

    /**
     * The obligations this timescale gives in these facts, with nothing counted as met: the windows
     * and due dates alone (for a recurrence, the first obligation of each chain).
     *
     * <p>Example:
     * <pre>{@code
     * Evaluation evaluation = within(workingDays(15)).of(STRATEGY_DISCUSSION)
     *     .evaluate(facts, EvaluationContext.on(LocalDate.parse("2024-04-01"), EnglandAndWales.calendar()));
     * }</pre>
     *
     * @param facts what is known about the case on the evaluation date
     * @param context the calendar and the evaluation date
     * @return the obligations, and what is missing where no date could be given
     */
    @Internal
    default Evaluation evaluate(Facts facts, EvaluationContext context) {
        return Evaluator.evaluate(this, facts, Optional.empty(), context);
    }

    /**
     * The obligations this timescale gives in these facts, each met by an occurrence of the
     * fulfilment's event where there is one, with its status on the evaluation date.
     *
     * <p>Example:
     * <pre>{@code
     * Evaluation evaluation = within(workingDays(15)).of(STRATEGY_DISCUSSION)
     *     .evaluate(facts, Fulfilment.by(INITIAL_CONFERENCE), EvaluationContext.on(asOf, EnglandAndWales.calendar()));
     * assertThat(evaluation.obligations().get(0).status()).isEqualTo(Status.MET);
     * }</pre>
     *
     * @param facts what is known about the case on the evaluation date
     * @param fulfilment what meets the obligations
     * @param context the calendar and the evaluation date
     * @return the obligations, and what is missing where no date could be given
     */
    @Internal
    default Evaluation evaluate(Facts facts, Fulfilment<?> fulfilment, EvaluationContext context) {
        return Evaluator.evaluate(this, facts, Optional.of(fulfilment), context);
    }
}
