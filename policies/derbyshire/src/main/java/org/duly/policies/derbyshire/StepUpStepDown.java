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
                        .due(immediately().on(NEED_OR_RISK_ESCALATED).orTheNextWorkingDay()
                                .dischargedBy(NEXT_STEPS_AGREED.where(WITHOUT_A_STEP_UP)))
                        .metBy(STEPPED_UP)
                        .interpretedAs("The Senior Early Help Practitioner and the social care Team Manager agree the next steps:"
                                + " no further action, a joint visit, or step up. Agreed other than step up, the step up is not"
                                + " required (a joint visit that leads to a step up is a new escalation).")
                        .interpretedAs(Chronologies.IMMEDIATELY));
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
