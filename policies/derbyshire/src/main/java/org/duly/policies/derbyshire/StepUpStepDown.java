package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.util.List;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Rule;

/**
 * The booklet's section "Step Up / Step Down": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code StepUpStepDownRulesTest}.
 */
final class StepUpStepDown {

    /** The section, as the booklet heads it. */
    static final String SECTION = "Step Up / Step Down";

    private StepUpStepDown() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("step-up.implemented", "Step up to social care")
                        .implementing("STEP-1")
                        .citing(booklet("Step up to social care (including Disabled Children's Team) should be"
                                + " implemented immediately that the worker is made aware of escalating need or risk"))
                        .localStandard()
                        .due(immediately().on(NEED_OR_RISK_ESCALATED.where(IN_A_CASE_NOT_OPEN_TO_SOCIAL_CARE)).orTheNextWorkingDay()
                                .dischargedBy(NEXT_STEPS_AGREED.where(WITHOUT_A_STEP_UP)))
                        .metBy(STEPPED_UP)
                        .interpretedAs("The Senior Early Help Practitioner and the social care Team Manager agree the next steps:"
                                + " no further action, a joint visit, or step up. Agreed other than step up, the step up is not"
                                + " required (a joint visit that leads to a step up is a new escalation).")
                        .interpretedAs("Step up is \"transitioning a case from a locality targeted early help team to social"
                                + " care\", so it is owed only for escalating need or risk in a case not already open to social"
                                + " care: not after a step up, a referral decision for a single assessment or a strategy"
                                + " discussion, a single assessment started, a child in need or child protection plan, or"
                                + " becoming looked after, unless the case has since been stepped down or closed.")
                        .interpretedAs(Chronologies.IMMEDIATELY)
                        .interpretedAs("Step down carries no rule: the booklet says it \"should be planned as part of the child"
                                + " in need review, or following the completion of a single assessment\", which places the"
                                + " planning in work that has its own timescales (plan.cin-reviewed, assessment.single-completed)"
                                + " but gives no time by which a step down is owed, and not every review or assessment leads to"
                                + " one."));
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
