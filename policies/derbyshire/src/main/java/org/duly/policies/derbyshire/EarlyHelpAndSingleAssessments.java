package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.util.List;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Instrument;
import org.duly.workflows.policy.Rule;

/**
 * The booklet's section "Early Help and Single Assessments": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code EarlyHelpAndSingleAssessmentsRulesTest}.
 */
final class EarlyHelpAndSingleAssessments {

    /** The section, as the booklet heads it. */
    static final String SECTION = "Early Help and Single Assessments";

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
                        .metBy(VISIT.where(ASSESSMENT_HOME_VISIT)),
                rule("assessment.plan-recorded", "Assessment plan and timescales recorded")
                        .implementing("EHSA-2")
                        .citing(booklet("Assessment plan and timescales for the overall assessment should be recorded"
                                + " within 7 working days of the referral decision"))
                        .localStandard()
                        .due(within(workingDays(7)).of(REFERRAL_DECISION.where(FOR_A_SINGLE_ASSESSMENT)))
                        .metBy(ASSESSMENT_PLAN_RECORDED),
                rule("assessment.single-completed", "Single assessment completed, signed off and shared")
                        .implementing("EHSA-4", "CIN-4")
                        .citing(booklet("Should be completed within a maximum of 45 working days from referral decision"
                                + " to full sign-off and sharing with the family"))
                        .statutory(Instrument.WORKING_TOGETHER, "assessments: a maximum of 45 working days")
                        .due(within(workingDays(45)).of(REFERRAL_DECISION.where(FOR_A_SINGLE_ASSESSMENT)))
                        .metBy(ASSESSMENT_SIGNED_OFF.where(SINGLE_ASSESSMENT_SHARED))
                        .interpretedAs("Met by the assessment signed off and recorded as shared with the family: the booklet"
                                + " counts to \"full sign-off and sharing with the family\"."));
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
