package org.duly.testkit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.duly.timescales.MetBy;
import org.duly.timescales.Status;
import org.duly.timescales.period.Hours;
import org.duly.workflows.engine.ScheduleEntry;

/**
 * Assertions on one obligation of a schedule, the base to extend with assertions of your own, as
 * AssertJ's {@code Abstract*Assert} classes are: its dates, its status, what met it, its explanation.
 * A failure names the entry and explains its dates ("because 15 working days after ..."), and carries
 * the expected and actual values, so that an IDE can show them side by side.
 *
 * <p>A consuming app adds an assertion by extending this class (and, to reach it from a schedule,
 * {@link AbstractScheduleAssert}):
 *
 * <pre>{@code
 * public class OurObligationAssert extends AbstractObligationAssert<OurObligationAssert> {
 *     public OurObligationAssert(ScheduleEntry actual) {
 *         super(actual, OurObligationAssert.class);
 *     }
 *
 *     public OurObligationAssert isDueOnAWeekday() {
 *         isNotNull();
 *         if (actual.due().map(due -> due.getDayOfWeek().getValue() > 5).orElse(true)) {
 *             failWithMessage("Expected %s to be due on a weekday:%n  %s", actual.rule().id(), entryExplained());
 *         }
 *         return myself;
 *     }
 * }
 * }</pre>
 *
 * <p>A subclass keeps a public constructor taking the {@link ScheduleEntry} alone, so that soft
 * assertions ({@link DulySoftAssertions}) can proxy it.
 *
 * @param <SELF> the assertion class itself, returned by every assertion for chaining
 */
public abstract class AbstractObligationAssert<SELF extends AbstractObligationAssert<SELF>> extends AbstractAssert<SELF, ScheduleEntry> {

    /**
     * Assertions on the entry.
     *
     * <p>Example:
     * <pre>{@code
     * super(actual, OurObligationAssert.class);
     * }</pre>
     *
     * @param actual the entry
     * @param selfType the class of the subclass
     */
    protected AbstractObligationAssert(ScheduleEntry actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * The entry in one line and, when it has one, the line explaining its dates, for failure messages:
     * "cp.icpc #1 due 2024-04-08: OVERDUE" then "because 15 working days after ...".
     *
     * <p>Example:
     * <pre>{@code
     * failWithMessage("Expected %s to be due on a weekday:%n  %s", actual.rule().id(), entryExplained());
     * }</pre>
     *
     * @return the entry and its explanation
     */
    protected String entryExplained() {
        return actual + (actual.explanation().isPresent() ? "\n  because " + actual.explanationInEnglish() : "");
    }

    /**
     * The obligation is due on the date.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("cp.icpc").isDueOn("2024-04-08");
     * }</pre>
     *
     * @param date the date, YYYY-MM-DD
     * @return this
     */
    public SELF isDueOn(String date) {
        return isDueOn(LocalDate.parse(date));
    }

    /**
     * The obligation is due on the date.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("cp.icpc").isDueOn(LocalDate.parse("2024-04-08"));
     * }</pre>
     *
     * @param date the date
     * @return this
     */
    public SELF isDueOn(LocalDate date) {
        isNotNull();
        if (!actual.due().map(date::equals).orElse(false)) {
            throw failureWithActualExpected(actual.due().orElse(null), date, "Expected %s to be due on %s but %s", actual.rule().id(),
                    date, actual.due().map(due -> "it is due on " + due + ":\n  " + entryExplained())
                            .orElse("it has no due date: " + entryExplained()));
        }
        return myself;
    }

    /**
     * The obligation, counted in hours, is due at the moment: a local date and time in Europe/London
     * ("2024-03-31T13:00"), or a moment with its offset where the clocks go back and the same local
     * time happens twice ("2024-10-27T01:30+01:00" is the first 01:30, "2024-10-27T01:30Z" the second).
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("cp.strategy-discussion").isDueAt("2024-03-31T13:00");
     * }</pre>
     *
     * @param dateTime the moment, ISO 8601: YYYY-MM-DDTHH:MM with an optional offset or zone
     * @return this
     */
    public SELF isDueAt(String dateTime) {
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(dateTime, ZonedDateTime::from, LocalDateTime::from);
        return parsed instanceof ZonedDateTime moment ? isDueAt(moment) : isDueAt((LocalDateTime) parsed);
    }

    /**
     * The obligation, counted in hours, is due at the local date and time in Europe/London.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("cp.strategy-discussion").isDueAt(LocalDateTime.parse("2024-03-31T13:00"));
     * }</pre>
     *
     * @param dateTime the date and time on the clocks in England
     * @return this
     */
    public SELF isDueAt(LocalDateTime dateTime) {
        isNotNull();
        Optional<LocalDateTime> due = actual.dueAt().map(moment -> moment.withZoneSameInstant(Hours.LONDON).toLocalDateTime());
        if (!due.map(dateTime::equals).orElse(false)) {
            throw failureWithActualExpected(due.orElse(null), dateTime, "Expected %s to be due at %s (Europe/London) but %s",
                    actual.rule().id(), dateTime, dueAtInWords());
        }
        return myself;
    }

    /**
     * The obligation, counted in hours, is due at the moment, in any zone.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("cp.strategy-discussion").isDueAt(ZonedDateTime.parse("2024-10-27T01:30Z"));
     * }</pre>
     *
     * @param moment the moment
     * @return this
     */
    public SELF isDueAt(ZonedDateTime moment) {
        isNotNull();
        if (!actual.dueAt().map(moment::isEqual).orElse(false)) {
            throw failureWithActualExpected(actual.dueAt().orElse(null), moment, "Expected %s to be due at %s but %s", actual.rule().id(),
                    moment, dueAtInWords());
        }
        return myself;
    }

    private String dueAtInWords() {
        return actual.dueAt().map(dueAt -> "it is due at " + dueAt.withZoneSameInstant(Hours.LONDON) + ":\n  " + entryExplained())
                .orElse(actual.due().map(due -> "it is counted in days, due on " + due + ":\n  " + entryExplained())
                        .orElse("it has no due date: " + entryExplained()));
    }

    /**
     * The obligation's window opens on the date.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("court.case-management-hearing").opensOn("2024-03-15");
     * }</pre>
     *
     * @param date the date, YYYY-MM-DD
     * @return this
     */
    public SELF opensOn(String date) {
        isNotNull();
        LocalDate expected = LocalDate.parse(date);
        if (!actual.windowStart().map(expected::equals).orElse(false)) {
            throw failureWithActualExpected(actual.windowStart().orElse(null), expected, "Expected %s to open on %s but its window starts %s:\n  %s",
                    actual.rule().id(), expected, actual.windowStart().map(LocalDate::toString).orElse("nowhere"), entryExplained());
        }
        return myself;
    }

    /**
     * The obligation has the ideal date.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("court.pre-proceedings").hasTarget("2024-04-29");
     * }</pre>
     *
     * @param date the date, YYYY-MM-DD
     * @return this
     */
    public SELF hasTarget(String date) {
        isNotNull();
        LocalDate expected = LocalDate.parse(date);
        if (!actual.target().map(expected::equals).orElse(false)) {
            throw failureWithActualExpected(actual.target().orElse(null), expected, "Expected %s to have the ideal date %s but it has %s:\n  %s",
                    actual.rule().id(), expected, actual.target().map(LocalDate::toString).orElse("none"), entryExplained());
        }
        return myself;
    }

    /**
     * The obligation has the status.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("cp.icpc").hasStatus(Status.MET);
     * }</pre>
     *
     * @param status the status
     * @return this
     */
    public SELF hasStatus(Status status) {
        isNotNull();
        if (actual.status() != status) {
            throw failureWithActualExpected(actual.status(), status, "Expected %s to be %s but it is %s:\n  %s", actual.rule().id(), status,
                    actual.status(), entryExplained());
        }
        return myself;
    }

    /**
     * Met on or before its due date.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("cp.icpc").isMet();
     * }</pre>
     *
     * @return this
     */
    public SELF isMet() {
        return hasStatus(Status.MET);
    }

    /**
     * Met after its due date.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("cp.icpc").isMetLate();
     * }</pre>
     *
     * @return this
     */
    public SELF isMetLate() {
        return hasStatus(Status.MET_LATE);
    }

    /**
     * Not met and past its due date.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("cp.icpc").isOverdue();
     * }</pre>
     *
     * @return this
     */
    public SELF isOverdue() {
        return hasStatus(Status.OVERDUE);
    }

    /**
     * Not met, due within the due-soon horizon.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("cp.icpc").isDueSoon();
     * }</pre>
     *
     * @return this
     */
    public SELF isDueSoon() {
        return hasStatus(Status.DUE_SOON);
    }

    /**
     * Not met, due beyond the due-soon horizon.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("cp.icpc").isUpcoming();
     * }</pre>
     *
     * @return this
     */
    public SELF isUpcoming() {
        return hasStatus(Status.UPCOMING);
    }

    /**
     * The rule does not apply to the case.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("care-leavers.pfa-record").isNotApplicable();
     * }</pre>
     *
     * @return this
     */
    public SELF isNotApplicable() {
        return hasStatus(Status.NOT_APPLICABLE);
    }

    /**
     * Not met, and closed after it fell due: it can no longer be met, and counts against timeliness.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("cp.core-groups").isMissed().wasClosedBy("the case closed");
     * }</pre>
     *
     * @return this
     */
    public SELF isMissed() {
        return hasStatus(Status.MISSED);
    }

    /**
     * Closed before anyone owed it: discharged by an outcome, or ended before it fell due.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("cp.icpc").isNotRequired().wasClosedBy("no conference");
     * }</pre>
     *
     * @return this
     */
    public SELF isNotRequired() {
        return hasStatus(Status.NOT_REQUIRED);
    }

    /**
     * Closed (missed or not required) by what the words describe: the entry's reason names it.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("cp.icpc").isNotRequired().wasClosedBy("the section 47 enquiry concluded");
     * }</pre>
     *
     * @param words words the reason must contain, such as the closing event
     * @return this
     */
    public SELF wasClosedBy(String words) {
        isNotNull();
        if (!(actual instanceof ScheduleEntry.Missed || actual instanceof ScheduleEntry.NotRequired)) {
            failWithMessage("Expected %s to be closed by %s but it is %s:%n  %s", actual.rule().id(), words, actual.status(),
                    entryExplained());
        }
        if (!actual.reason().map(reason -> reason.contains(words)).orElse(false)) {
            failWithMessage("Expected %s to be closed by %s but %s", actual.rule().id(), words, actual.reason().orElse("nothing closed it"));
        }
        return myself;
    }

    /**
     * Met late, or missed, by this many days after its due date.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("cp.icpc").isMetLate().isLateBy(3);
     * }</pre>
     *
     * @param days the days after the due date
     * @return this
     */
    public SELF isLateBy(long days) {
        isNotNull();
        long late = actual instanceof ScheduleEntry.Met met ? met.daysLate()
                : actual instanceof ScheduleEntry.Missed missed ? missed.daysLate() : -1;
        if (late < 0) {
            failWithMessage("Expected %s to be late by %d days but it is %s:%n  %s", actual.rule().id(), days, actual.status(),
                    entryExplained());
        }
        if (late != days) {
            throw failureWithActualExpected(late, days, "Expected %s to be late by %d days but it is late by %d:%n  %s",
                    actual.rule().id(), days, late, entryExplained());
        }
        return myself;
    }

    /**
     * For a recurrence, the further intervals that passed in full while it was not done.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("lac.visits", 2).isMetLate().hasIntervalsMissed(2);
     * }</pre>
     *
     * @param intervals the intervals missed
     * @return this
     */
    public SELF hasIntervalsMissed(int intervals) {
        isNotNull();
        if (actual.intervalsMissed() != intervals) {
            throw failureWithActualExpected(actual.intervalsMissed(), intervals, "Expected %s to have missed %d intervals but it missed %d:%n  %s",
                    actual.rule().id(), intervals, actual.intervalsMissed(), entryExplained());
        }
        return myself;
    }

    /**
     * A fact is missing; the entry says which.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("care-leavers.referral").cannotBeComputedFor("the date of birth");
     * }</pre>
     *
     * @param missing words the reason must contain, such as the missing fact
     * @return this
     */
    public SELF cannotBeComputedFor(String missing) {
        hasStatus(Status.CANNOT_COMPUTE);
        if (!actual.reason().map(reason -> reason.contains(missing)).orElse(false)) {
            failWithMessage("Expected %s to name %s as missing but it says %s", actual.rule().id(), missing,
                    actual.reason().orElse("nothing"));
        }
        return myself;
    }

    /**
     * Met by something that happened on the date.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("cp.icpc").wasMetOn("2024-04-04");
     * }</pre>
     *
     * @param date the date, YYYY-MM-DD
     * @return this
     */
    public SELF wasMetOn(String date) {
        isNotNull();
        LocalDate expected = LocalDate.parse(date);
        if (!actual.metBy().map(MetBy::date).map(expected::equals).orElse(false)) {
            throw failureWithActualExpected(actual.metBy().map(MetBy::date).orElse(null), expected, "Expected %s to be met on %s but %s",
                    actual.rule().id(), expected, actual.metBy().map(met -> "it was met by " + met).orElse("nothing met it: " + entryExplained()));
        }
        return myself;
    }

    /**
     * Its due date depends on bank holidays not yet published.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("cin.referral-decision").isProvisional();
     * }</pre>
     *
     * @return this
     */
    public SELF isProvisional() {
        isNotNull();
        if (!actual.provisional()) {
            throw failureWithActualExpected(false, true, "Expected %s to be provisional:\n  %s", actual.rule().id(), entryExplained());
        }
        return myself;
    }

    /**
     * Its due date depends only on published bank holidays.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("cp.icpc").isNotProvisional();
     * }</pre>
     *
     * @return this
     */
    public SELF isNotProvisional() {
        isNotNull();
        if (actual.provisional()) {
            throw failureWithActualExpected(true, false, "Expected %s not to be provisional:\n  %s", actual.rule().id(), entryExplained());
        }
        return myself;
    }

    /**
     * Its explanation, in English, contains the words.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("cp.icpc").explanationContains("skipping Good Friday 2024-03-29");
     * }</pre>
     *
     * @param words the words
     * @return this
     */
    public SELF explanationContains(String words) {
        isNotNull();
        if (!actual.explanationInEnglish().contains(words)) {
            failWithMessage("Expected the explanation of %s to contain \"%s\" but it is:\n  %s", actual.rule().id(), words,
                    actual.explanationInEnglish());
        }
        return myself;
    }
}
