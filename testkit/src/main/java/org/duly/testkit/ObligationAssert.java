package org.duly.testkit;

import java.time.LocalDate;
import org.assertj.core.api.AbstractAssert;
import org.duly.timescales.MetBy;
import org.duly.timescales.Status;
import org.duly.workflows.engine.ScheduleEntry;

/**
 * Assertions on one obligation of a schedule: its dates, its status, what met it, its explanation.
 *
 * <pre>{@code
 * assertThat(schedule).obligation("cp.icpc").isDueOn("2024-04-08").isMet();
 * }</pre>
 */
public final class ObligationAssert extends AbstractAssert<ObligationAssert, ScheduleEntry> {

    ObligationAssert(ScheduleEntry actual) {
        super(actual, ObligationAssert.class);
    }

    private String describe() {
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
    public ObligationAssert isDueOn(String date) {
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
    public ObligationAssert isDueOn(LocalDate date) {
        isNotNull();
        if (!actual.due().map(date::equals).orElse(false)) {
            failWithMessage("Expected %s to be due on %s but %s", actual.rule().id(), date,
                    actual.due().map(due -> "it is due on " + due + ":\n  " + describe()).orElse("it has no due date: " + describe()));
        }
        return this;
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
    public ObligationAssert opensOn(String date) {
        isNotNull();
        LocalDate expected = LocalDate.parse(date);
        if (!actual.windowStart().map(expected::equals).orElse(false)) {
            failWithMessage("Expected %s to open on %s but its window starts %s:\n  %s", actual.rule().id(), expected,
                    actual.windowStart().map(LocalDate::toString).orElse("nowhere"), describe());
        }
        return this;
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
    public ObligationAssert hasTarget(String date) {
        isNotNull();
        LocalDate expected = LocalDate.parse(date);
        if (!actual.target().map(expected::equals).orElse(false)) {
            failWithMessage("Expected %s to have the ideal date %s but it has %s:\n  %s", actual.rule().id(), expected,
                    actual.target().map(LocalDate::toString).orElse("none"), describe());
        }
        return this;
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
    public ObligationAssert hasStatus(Status status) {
        isNotNull();
        if (actual.status() != status) {
            failWithMessage("Expected %s to be %s but it is %s:\n  %s", actual.rule().id(), status, actual.status(), describe());
        }
        return this;
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
    public ObligationAssert isMet() {
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
    public ObligationAssert isMetLate() {
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
    public ObligationAssert isOverdue() {
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
    public ObligationAssert isDueSoon() {
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
    public ObligationAssert isUpcoming() {
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
    public ObligationAssert isNotApplicable() {
        return hasStatus(Status.NOT_APPLICABLE);
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
    public ObligationAssert cannotBeComputedFor(String missing) {
        hasStatus(Status.CANNOT_COMPUTE);
        if (!actual.reason().map(reason -> reason.contains(missing)).orElse(false)) {
            failWithMessage("Expected %s to name %s as missing but it says %s", actual.rule().id(), missing,
                    actual.reason().orElse("nothing"));
        }
        return this;
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
    public ObligationAssert wasMetOn(String date) {
        isNotNull();
        LocalDate expected = LocalDate.parse(date);
        if (!actual.metBy().map(MetBy::date).map(expected::equals).orElse(false)) {
            failWithMessage("Expected %s to be met on %s but %s", actual.rule().id(), expected,
                    actual.metBy().map(met -> "it was met by " + met).orElse("nothing met it: " + describe()));
        }
        return this;
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
    public ObligationAssert isProvisional() {
        isNotNull();
        if (!actual.provisional()) {
            failWithMessage("Expected %s to be provisional:\n  %s", actual.rule().id(), describe());
        }
        return this;
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
    public ObligationAssert isNotProvisional() {
        isNotNull();
        if (actual.provisional()) {
            failWithMessage("Expected %s not to be provisional:\n  %s", actual.rule().id(), describe());
        }
        return this;
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
    public ObligationAssert explanationContains(String words) {
        isNotNull();
        if (!actual.explanationInEnglish().contains(words)) {
            failWithMessage("Expected the explanation of %s to contain \"%s\" but it is:\n  %s", actual.rule().id(), words,
                    actual.explanationInEnglish());
        }
        return this;
    }
}
