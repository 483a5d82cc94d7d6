package org.duly.examples.policyauthors;

import static org.duly.timescales.Timescales.within;
import static org.duly.timescales.period.Periods.workingDays;
import static org.duly.workflows.policy.Rules.rule;

import java.time.LocalDate;
import java.util.Optional;
import java.util.List;
import java.util.Objects;
import org.duly.timescales.Event;
import org.duly.timescales.Facts;
import org.duly.timescales.Fulfilment;
import org.duly.timescales.Link;
import org.duly.workflows.cases.CaseFacts;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.policy.Policy;
import org.duly.workflows.policy.Rule;

/**
 * Example 6, a local rule about records the catalogue does not know: Anytown's own standard for a
 * case that moves between teams.
 *
 * <p><b>What the booklet says</b> (Anytown Council Children's Social Care Practice Standards, Case
 * Transfers): "When a case transfers between teams, the manager of the receiving team will review
 * the case within 10 working days of the transfer".
 *
 * <p><b>How the rule reads</b>: {@code rule("anytown.transfer-review", "Manager's case review after
 * a transfer")}, citing those words, a local practice standard, {@code due(within(workingDays(10))
 * .of(CASE_TRANSFERRED))}, met by a manager's case review of the receiving team.
 *
 * <p><b>What it prints</b>: "Manager's case review after a transfer: within 10 working days of the
 * transfer between teams". The transfer's own day is day 0; weekends and bank holidays are not
 * counted, so a transfer on Thursday 21 March 2024 is due for review by Monday 8 April, after Good
 * Friday and Easter Monday.
 *
 * <p>Neither a case transfer nor a manager's case review is among the events the Derbyshire
 * catalogue knows, so Anytown describes its own two records here, as plain records with an
 * {@code Event} each (what it is called in words, and which field is its date), and evaluates them
 * on their own, as facts without a child's case. Records that belong in a child's case, its case
 * files and its tests are declared as event types of their own instead ({@link MissingFromCare}).
 */
public final class CaseTransferReview {

    /**
     * A case moving from one team to another, as Anytown's case management system records it.
     *
     * @param date the day the receiving team took the case
     * @param fromTeam the team that had it
     * @param toTeam the team that took it
     */
    public record CaseTransferred(LocalDate date, String fromTeam, String toTeam) {
        /** Checks every part is present. */
        public CaseTransferred {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(fromTeam, "fromTeam");
            Objects.requireNonNull(toTeam, "toTeam");
        }
    }

    /**
     * A team manager's review of a case.
     *
     * @param date the day of the review
     * @param team the manager's team
     */
    public record ManagerCaseReview(LocalDate date, String team) {
        /** Checks every part is present. */
        public ManagerCaseReview {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(team, "team");
        }
    }

    /** A case moving between teams: what the rule counts from. */
    public static final Event<CaseTransferred> CASE_TRANSFERRED =
            Event.of("the transfer between teams", CaseTransferred.class, CaseTransferred::date);

    /** A manager's case review: what meets the rule. */
    public static final Event<ManagerCaseReview> MANAGER_CASE_REVIEW =
            Event.of("the manager's case review", ManagerCaseReview.class, ManagerCaseReview::date);

    /** The rule, as Anytown's booklet words it. */
    public static final Rule TRANSFER_REVIEW = rule("anytown.transfer-review", "Manager's case review after a transfer")
            .implementing("CIN-ANYTOWN-1")
            .citing(AnytownCouncil.practiceStandards("Case Transfers", "When a case transfers between teams, the manager of"
                    + " the receiving team will review the case within 10 working days of the transfer"))
            .localStandard()
            .due(within(workingDays(10)).of(CASE_TRANSFERRED))
            .metBy(Fulfilment.by(MANAGER_CASE_REVIEW).linkedBy(Link.named("receiving team")
                    .reading(CaseTransferred.class, transfer -> Optional.of(transfer.toTeam()))
                    .reading(ManagerCaseReview.class, review -> Optional.of(review.team()))))
            .interpretedAs("Only a review by a manager of the team the case moved to counts.");

    private static final Policy POLICY = Policy.builder(AnytownCouncil.POLICY_NAME, "2024-01").rule(TRANSFER_REVIEW).build();

    private CaseTransferReview() {
    }

    /**
     * Anytown's policy with this one rule.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseTransferReview.policy().rules()).containsExactly(CaseTransferReview.TRANSFER_REVIEW);
     * }</pre>
     *
     * @return the policy
     */
    public static Policy policy() {
        return POLICY;
    }

    /**
     * What a child's case owes under the rule on a date, on the England and Wales calendar.
     *
     * <p>Example:
     * <pre>{@code
     * Schedule schedule = CaseTransferReview.schedule("EX-1", LocalDate.parse("2024-04-09"),
     *     new CaseTransferred(LocalDate.parse("2024-03-21"), "Assessment North", "Children in Need East"));
     * assertThat(schedule).obligation("anytown.transfer-review").isDueOn("2024-04-08").isOverdue();
     * }</pre>
     *
     * @param childId the child's id, never a name: "EX-1"
     * @param asOf the date to evaluate on
     * @param records the case's transfers and reviews, in date order
     * @return the schedule
     */
    public static Schedule schedule(String childId, LocalDate asOf, Object... records) {
        return Engine.create().evaluate(new CaseFacts(childId, Facts.of(records), List.of()), POLICY, asOf);
    }
}
