package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.util.List;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Rule;

/**
 * The booklet's section "Early Help": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code EarlyHelpRulesTest}.
 */
final class EarlyHelp {

    /** The section, as the booklet heads it. */
    static final String SECTION = "Early Help";

    private EarlyHelp() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("assessment.early-help-started", "Early help assessment started")
                        .implementing("EH-1", "EHSA-3")
                        .citing(Booklet.cite("Early Help and Single Assessments", "Early help assessment should be started within 10 working days of the"
                                + " referral decision"))
                        .localStandard()
                        .due(within(workingDays(10)).of(REFERRAL_DECISION.where(FOR_AN_EARLY_HELP_ASSESSMENT)))
                        .metBy(ASSESSMENT_STARTED.filteredBy(EARLY_HELP_STARTED).called("the start of the early help assessment")),
                rule("assessment.early-help-completed", "Early help assessment completed, signed off and shared")
                        .implementing("EH-2", "EHSA-4")
                        .citing(booklet("Early Help Assessments to be completed within 45 working days from the date"
                                + " of the referral decision including full management sign-off and sharing with the family"))
                        .localStandard()
                        .due(within(workingDays(45)).of(REFERRAL_DECISION.where(FOR_AN_EARLY_HELP_ASSESSMENT)))
                        .metBy(ASSESSMENT_SIGNED_OFF.where(EARLY_HELP_ASSESSMENT_SHARED)),
                rule("plan.early-help-reviewed", "Early help plan reviewed")
                        .implementing("EH-3", "PLAN-2")
                        .citing(booklet("Workers and managers should ensure that Child's Plans are reviewed and"
                                + " updated every 6 weeks"))
                        .localStandard()
                        .due(first(within(weeks(6)).of(ChildsSinglePlan.EARLY_HELP_PLAN)).thenEvery(weeks(6)).until(ChildsSinglePlan.EARLY_HELP_PLAN_ENDS))
                        .metBy(PLAN_REVIEWED.filteredBy(planReviewed(ChildsPlanKind.EARLY_HELP)).called("the early help plan review")),
                rule("early-help.escalation-discussed", "Concerns about escalating risk discussed with an early help manager")
                        .implementing("EH-4")
                        .citing(booklet("Where there are concerns about escalation of risk to the child, these should be"
                                + " discussed with the Senior Early Help Practitioner or Early Help Team Manager immediately for a"
                                + " decision on whether step-up to Social Care is needed."))
                        .localStandard()
                        .due(immediately().on(NEED_OR_RISK_ESCALATED.where(IN_A_CASE_NOT_OPEN_TO_SOCIAL_CARE)).orTheNextWorkingDay())
                        .metBy(ESCALATION_DISCUSSED)
                        .interpretedAs("The concerns are the escalation of need or risk recorded in an early help case, the same"
                                + " record step-up.implemented counts from; the discussion with the Senior Early Help"
                                + " Practitioner or Early Help Team Manager is due that day, and a decision to step up does not"
                                + " replace it.")
                        .interpretedAs(Chronologies.IMMEDIATELY));
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
