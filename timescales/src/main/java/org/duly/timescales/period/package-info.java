/**
 * Periods as a policy states them, and the date arithmetic they need: working days, days, weeks,
 * months and years counted from a date ({@link org.duly.timescales.period.DayPeriod}), and hours of
 * elapsed time in Europe/London ({@link org.duly.timescales.period.Hours}). Each unit keeps its own
 * meaning: 1 week is not 7 days to the type system, and 24 hours is not 1 day across a clock change.
 * Write them with {@link org.duly.timescales.period.Periods} ({@code workingDays(15)},
 * {@code months(3)}), imported statically beside {@code org.duly.timescales.Timescales}.
 *
 * <p>Adding months or years can reach a day the target month lacks (31 January + 1 month): the
 * period's {@link org.duly.timescales.period.MonthEndRounding} says what to do, every rounding is
 * reported ({@link org.duly.timescales.period.MonthEndAdjustment}), and a policy author can list a
 * rule's ambiguous days before evaluating it ({@link org.duly.timescales.period.MonthEndAmbiguity}).
 * Ages and birthdays ({@link org.duly.timescales.period.Age}) follow the
 * {@link org.duly.timescales.period.LeapDayBirthdays} rule for someone born on 29 February.
 */
package org.duly.timescales.period;
