/**
 * The timescale DSL: statutory timescales as Java that reads like the practice standards, evaluated
 * to exact dates with an explanation of each. This package knows nothing of social care: anchors
 * ({@link org.duly.timescales.Event}, {@link org.duly.timescales.Fact}) and conditions are defined
 * by the caller and bound to case events elsewhere.
 *
 * <h2>Grammar</h2>
 * Start from {@link org.duly.timescales.Timescales} (and the periods of
 * {@link org.duly.timescales.period.Periods}). Each arrow is a method; only the states in bold are
 * finished values, so an incomplete timescale does not compile.
 * <pre>
 * deadline   := within(P) .of(A)                                  -&gt; <b>Deadline.Within</b>
 *             | atLeast(P) .before(A)                             -&gt; <b>Deadline.AtLeastBefore</b>
 *             | atTheLatest(P) .after(A)                          -&gt; <b>Deadline.AtTheLatest</b>
 *             | between(P1) .and(P2) .after(A)                    -&gt; <b>Deadline.Between</b>
 *             | betweenDay(n) .andDay(m) .countingFrom(A)         -&gt; <b>Deadline.Between</b> (A is day 1)
 *             | ideallyWithin(P1) .atMostWithin(P2) .of(A)        -&gt; <b>Deadline.IdeallyWithin</b>
 *             | immediately() .on(A)                              -&gt; <b>Deadline.Immediately</b>
 *             | by(A)                                             -&gt; <b>Deadline.By</b>
 *             | asDirectedBy(E, dueDate)                          -&gt; <b>Deadline.AsDirected</b>
 *             | soonerOf(deadline, deadline) | laterOf(deadline, deadline)  -&gt; <b>Deadline.WhicheverIs</b>
 *             | ideally(deadline) .atTheLatest(deadline)          -&gt; <b>Deadline.TargetAndLimit</b>
 *             | deadline .until(A)                                -&gt; <b>Deadline.Until</b>
 * recurrence := first(deadline) { .then(interval) } .thenEvery(P | interval) [ .until(A) ]  -&gt; <b>Recurrence</b>
 * interval   := within(P) .ofPrevious()
 *             | ideallyWithin(P1) .atMostWithin(P2) .ofPrevious() | ideally(P1) .atMost(P2)
 *             | either(P | interval) .when(W) .otherwise(P | interval)
 *             | intervalSetBy(words[, R], period)
 * schedule   := inEach(month, ...) .from(A) [ .until(A) ] [ .when(W) ]
 *             | everyWeek() .from(A) [ .until(A) ] [ .when(W) ]          -&gt; <b>FixedSchedule</b>
 * A (anchor) := E | birthday(years, dateOfBirth) | reaching(age, dateOfBirth) | dateOf(fact) | anyOf(words, A, ...)
 *             | after(P, A)
 * E (event)  := <b>Event.of(words, type, date)</b> { .where(C) } [ .first() | .latest() | .nth(n) ]
 *             | E .filteredBy(C) .called(words)                     -&gt; <b>Event</b> (the words say it all)
 * C          := <b>Condition.of(words, test)</b> | <b>Condition.withFacts(words, R, test)</b>
 *             | C .as(words) | C .and(C) | C .or(C) | C .negate(words)
 *             | W .onTheDateOf(date, words)                         (of an occurrence; words follow the event's)
 * W          := <b>When.of(words[, R], test)</b> | W .as(words)     (of a date; words follow "when")
 * R (reads)  := Reads.of(type, ...) | Reads.of(fact, ...) | R .and(type, ...) | R .and(fact, ...)
 *                                                                 (what a test reads of the case besides its value)
 * P (period) := workingDays(n) | days(n) | weeks(n) | months(n[, rounding]) | years(n[, rounding]) | hours(n[, zone])
 * </pre>
 *
 * <h2>Words</h2>
 * Every event, condition and condition on a date has words, because the words are what a rule
 * prints and a policy author holds against the booklet: blank words are rejected when one is made.
 * A condition's words follow the event it narrows ("the strategy discussion <i>that initiated section
 * 47 enquiries</i>"); where the booklet names the narrowed event its own way, {@code filteredBy}
 * leads to {@code called}, and to nothing else, so the new words cannot be left out. A condition on a
 * date ({@link org.duly.timescales.When}) reads after "when" and has its own type, so it cannot be
 * given where a condition of another role is asked for. Every sentence and clause is
 * {@link org.duly.timescales.annotations.CheckReturnValue}: a sentence dropped half-written, such as
 * {@code within(workingDays(15));}, does not build.
 *
 * <h2>Semantics</h2>
 * As {@code docs/DESIGN.md} fixes them: the anchor's date is day 0; working days are counted on the
 * calendar supplied at evaluation; months and years round a day past the end of the target month
 * down unless the period says otherwise, and every rounding is reported; hours are elapsed time in
 * Europe/London; each interval of a recurrence counts from the actual date of the previous
 * occurrence. Evaluation is pure: facts, calendar and evaluation date in, obligations with statuses
 * and explanations out, and a {@link org.duly.timescales.CannotCompute} where a fact is missing. It
 * is the engine's work ({@code org.duly.workflows.engine.Engine}): {@link org.duly.timescales.Timescale#evaluate},
 * its context and its results are {@link org.duly.timescales.annotations.Internal}, and so are the
 * constructors of the finished states, which the DSL makes.
 */
package org.duly.timescales;
