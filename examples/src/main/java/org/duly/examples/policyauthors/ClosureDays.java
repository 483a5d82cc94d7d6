package org.duly.examples.policyauthors;

import java.time.LocalDate;
import java.util.List;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.timescales.calendar.DateRange;
import org.duly.workflows.policy.Policy;

/**
 * Example 7, our closure days: Anytown adopts the Derbyshire practice standards whole, and its
 * offices close between Christmas and New Year and for two staff training days.
 *
 * <p><b>What the booklet says</b> (Anytown Council Children's Social Care Practice Standards,
 * Introduction): "Working days are Monday to Friday, excluding bank holidays and the days the
 * Council's offices are closed: 24, 27, 30 and 31 December 2024, and the staff training days of
 * 10 January and 4 July 2025".
 *
 * <p><b>How the policy reads</b>: the closure days belong to the policy, so they travel with it to
 * every schedule worked out under it and cannot be paired with another council's rules:
 * {@code derive(...).closedOn(CHRISTMAS_2024, "Christmas closure").closedOn(TRAINING_DAYS, "Staff
 * training day")}. A range closes its working days (Christmas Day, Boxing Day and the weekend keep
 * their own names); a list closes the days it names. No rule changes: every timescale counted in
 * working days steps over the closures, and those counted in days, weeks or months do not.
 *
 * <p><b>What it prints</b>: a strategy discussion on Monday 16 December 2024 is due its initial
 * child protection conference on 16 January 2025, not 9 January, and the explanation names every day
 * it skipped: "... on the England and Wales with local closures calendar, skipping Christmas closure
 * 2024-12-24, Christmas Day 2024-12-25, Boxing Day 2024-12-26, Christmas closure 2024-12-27, ...,
 * Staff training day 2025-01-10 and 8 weekend days". The policy records the closures among its
 * changes: "closed from 2024-12-24 to 2024-12-31: Christmas closure".
 */
public final class ClosureDays {

    /** The days between Christmas Eve and New Year's Eve 2024; only the working days among them close. */
    public static final DateRange CHRISTMAS_2024 = DateRange.of(LocalDate.of(2024, 12, 24), LocalDate.of(2024, 12, 31));

    /** Anytown's staff training days, as its configuration lists them. */
    public static final List<LocalDate> TRAINING_DAYS = List.of(LocalDate.of(2025, 1, 10), LocalDate.of(2025, 7, 4));

    private static final Policy POLICY = DerbyshirePracticeStandards.policy()
            .derive(AnytownCouncil.POLICY_NAME, "2025-01")
            .closedOn(CHRISTMAS_2024, "Christmas closure")
            .closedOn(TRAINING_DAYS, "Staff training day")
            .build();

    private ClosureDays() {
    }

    /**
     * The Derbyshire practice standards on Anytown's working days: England and Wales with Anytown's
     * closure days.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(ClosureDays.policy().calendar().isWorkingDay(LocalDate.parse("2024-12-27"))).isFalse();
     * }</pre>
     *
     * @return the policy
     */
    public static Policy policy() {
        return POLICY;
    }
}
