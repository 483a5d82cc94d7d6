package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.time.LocalDate;
import java.util.List;
import org.duly.domain.events.AssessmentKind;
import org.duly.domain.events.AssessmentPlanRecorded;
import org.duly.domain.events.ReferralDecision;
import org.duly.domain.events.ReferralOutcome;
import org.duly.domain.events.Section47EnquiryCompleted;
import org.duly.domain.events.Visit;
import org.duly.domain.workforce.WorkerRole;
import org.duly.timescales.Condition;
import org.duly.timescales.Event;
import org.duly.timescales.Facts;
import org.duly.timescales.Reads;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Rule;

/**
 * The booklet's section "Early Help and Single Assessments": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code EarlyHelpAndSingleAssessmentsRulesTest}.
 */
final class EarlyHelpAndSingleAssessments {

    /** The section, as the booklet heads it. */
    static final String SECTION = "Early Help and Single Assessments";

    /** The single assessment's plan and timescales: an early help assessment's plan is not it. */
    private static final Event<AssessmentPlanRecorded> SINGLE_ASSESSMENT_PLAN = ASSESSMENT_PLAN_RECORDED.where(Condition.of(
            "(a single assessment)", recorded -> recorded.kind() == AssessmentKind.SINGLE_ASSESSMENT));
    /** The single assessment's home visit, by a social worker (or by a visitor whose role is not recorded). */
    private static final Condition<Visit> BY_A_SOCIAL_WORKER = Condition.of("by a social worker",
            visit -> visit.visitorRole().map(WorkerRole::isSocialWorker).orElse(true));
    /**
     * A decision that starts a single assessment: for a single assessment, or for a strategy discussion whose section 47
     * enquiry concluded that no conference is needed, so that the assessment continues as a single assessment.
     */
    private static final Event<ReferralDecision> DECISION_STARTING_AN_ASSESSMENT = REFERRAL_DECISION.filteredBy(Condition.withFacts(
            "for a single assessment, or a strategy discussion whose enquiry needed no conference",
            Reads.of(ReferralDecision.class, Section47EnquiryCompleted.class), EarlyHelpAndSingleAssessments::startsASingleAssessment))
            .called("the referral decision for a single assessment or for a strategy discussion whose section 47 enquiry"
                    + " concluded that no conference is needed");

    private EarlyHelpAndSingleAssessments() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("assessment.initial-home-visit", "Initial home visit (single assessment)")
                        .implementing("EHSA-1")
                        .citing(booklet("Initial home visit (Single Assessment) should take place within 5 working"
                                + " days of the referral decision"))
                        .localStandard()
                        .due(within(workingDays(5)).of(REFERRAL_DECISION.where(FOR_A_SINGLE_ASSESSMENT)))
                        .metBy(VISIT.filteredBy(ASSESSMENT_HOME_VISIT).called("the initial home visit").where(BY_A_SOCIAL_WORKER))
                        .interpretedAs("The single assessment is a social worker's: a home visit by an early help practitioner"
                                + " or other staff is not this visit. A visit whose visitor's role is not recorded counts."),
                rule("assessment.plan-recorded", "Assessment plan and timescales recorded")
                        .implementing("EHSA-2")
                        .citing(booklet("Assessment plan and timescales for the overall assessment should be recorded"
                                + " within 7 working days of the referral decision"))
                        .localStandard()
                        .due(within(workingDays(7)).of(REFERRAL_DECISION.where(FOR_A_SINGLE_ASSESSMENT)))
                        .metBy(SINGLE_ASSESSMENT_PLAN)
                        .interpretedAs("Read with the bullet before it (\"Initial home visit (Single Assessment)\"): owed after a"
                                + " decision for a single assessment, and met by the single assessment's plan, not an early help"
                                + " assessment's. The early help assessment's own timescales are EH-1 and EH-2."),
                rule("assessment.single-completed", "Single assessment completed, signed off and shared")
                        .implementing("EHSA-4", "CIN-4")
                        .citing(booklet("Should be completed within a maximum of 45 working days from referral decision"
                                + " to full sign-off and sharing with the family"))
                        .localStandard()
                        .due(within(workingDays(45)).of(DECISION_STARTING_AN_ASSESSMENT))
                        .metBy(ASSESSMENT_SIGNED_OFF.where(SINGLE_ASSESSMENT_SHARED))
                        .interpretedAs("Met by the assessment signed off and recorded as shared with the family: the booklet"
                                + " counts to \"full sign-off and sharing with the family\".")
                        .interpretedAs("The booklet's own clock: Working Together to Safeguard Children 2023 sets a maximum of 45 working"
                                + " days from the point of referral; the booklet counts from the referral decision, usually a"
                                + " working day later, so this rule is the local standard, not the statutory guidance's.")
                        .interpretedAs("After a decision for a strategy discussion, the section 47 enquiry is the assessment"
                                + " (cp.section-47-completed). When it concludes that no conference is needed and the assessment"
                                + " continues as a single assessment, the single assessment is due within the same 45 working"
                                + " days of the referral decision."));
    }

    private static boolean startsASingleAssessment(ReferralDecision decision, Facts facts) {
        if (decision.outcome() == ReferralOutcome.SINGLE_ASSESSMENT) {
            return true;
        }
        if (decision.outcome() != ReferralOutcome.STRATEGY_DISCUSSION) {
            return false;
        }
        // Loops, not streams: asked of every referral decision of every case.
        LocalDate next = LocalDate.MAX;
        for (ReferralDecision other : facts.occurrences(ReferralDecision.class)) {
            if (other.date().isAfter(decision.date()) && other.date().isBefore(next)) {
                next = other.date();
            }
        }
        for (Section47EnquiryCompleted completed : facts.occurrences(Section47EnquiryCompleted.class)) {
            if (!completed.conferenceRequired() && !completed.date().isBefore(decision.date()) && completed.date().isBefore(next)) {
                return true;
            }
        }
        return false;
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
