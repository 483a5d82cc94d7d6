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
 * The booklet's section "Children in Need": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code ChildrenInNeedRulesTest}.
 */
final class ChildrenInNeed {

    /** The section, as the booklet heads it. */
    static final String SECTION = "Children in Need";

    private ChildrenInNeed() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("cin.referral-decision", "Decision on the response to a referral")
                        .implementing("CIN-1")
                        .citing(booklet("Within 1 working day of a referral being made, a decision will need to have been"
                                + " made about the type of response required (if an assessment is necessary and at what level)"))
                        .statutory(Instrument.WORKING_TOGETHER, "decision within one working day of a referral")
                        .due(within(workingDays(1)).of(REFERRAL))
                        .metBy(REFERRAL_DECISION),
                rule("cin.referral-acknowledged", "Referral acknowledged")
                        .implementing("CIN-1")
                        .citing(booklet("and receipt of the referral will need to be acknowledged"))
                        .statutory(Instrument.WORKING_TOGETHER, "acknowledgement within one working day of a referral")
                        .due(within(workingDays(1)).of(REFERRAL))
                        .metBy(REFERRAL_ACKNOWLEDGED),
                rule("cin.child-seen", "Child seen by a social worker")
                        .implementing("CIN-2")
                        .citing(booklet("The child must be seen within 7 working days of the referral being made by a"
                                + " social worker"))
                        .localStandard()
                        .due(within(workingDays(7)).of(REFERRAL)
                                .dischargedBy(REFERRAL_DECISION.where(WITHOUT_A_SOCIAL_CARE_RESPONSE)))
                        .metBy(VISIT.where(CHILD_SEEN_BY_A_SOCIAL_WORKER))
                        .interpretedAs("A social worker sees the child when social care responds: not required once the referral"
                                + " decision is early help, a partner agency, information and advice or no further action, even"
                                + " when that decision is recorded after the 7 working days (its lateness is the decision's,"
                                + " cin.referral-decision)."),
                rule("cin.visits", "Child in need visits")
                        .implementing("CIN-3")
                        .citing(booklet("and regularly whilst the case remains open. Frequency of visiting will be bespoke"
                                + " to the level of risk / complexity identified and should occur at least 6 weekly"))
                        .localStandard()
                        .due(first(within(weeks(6)).of(ChildsSinglePlan.CHILD_IN_NEED_PLAN))
                                .thenEvery(weeks(6))
                                .until(ChildsSinglePlan.CHILD_IN_NEED_PLAN_ENDS))
                        .metBy(VISIT.where(CHILD_SEEN_BY_A_SOCIAL_WORKER))
                        .interpretedAs("\"While the case remains open\" is read as while a child in need plan is open; visits"
                                + " before the plan are the assessment's (cin.child-seen)."));
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
