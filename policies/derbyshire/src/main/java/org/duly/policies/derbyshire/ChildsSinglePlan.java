package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Circumstances.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.util.List;
import org.duly.domain.events.ChildsPlanCreated;
import org.duly.domain.events.ChildsPlanEnded;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.ConferenceKind;
import org.duly.timescales.Event;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Rule;

/**
 * The booklet's section "Child's Single Plan": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code ChildsSinglePlanRulesTest}.
 */
final class ChildsSinglePlan {

    /** The section, as the booklet heads it. */
    static final String SECTION = "Child's Single Plan";

    /** A child in need plan starting: the children in need rules count from it too. */
    static final Event<ChildsPlanCreated> CHILD_IN_NEED_PLAN = PLAN_CREATED.filteredBy(planCreated(ChildsPlanKind.CHILD_IN_NEED))
            .called("the child in need plan starting");
    /** A child in need plan ending. */
    static final Event<ChildsPlanEnded> CHILD_IN_NEED_PLAN_ENDS = PLAN_ENDED.filteredBy(planEnded(ChildsPlanKind.CHILD_IN_NEED))
            .called("the child in need plan ending");
    /** An early help plan starting: the early help rules count from it too. */
    static final Event<ChildsPlanCreated> EARLY_HELP_PLAN = PLAN_CREATED.filteredBy(planCreated(ChildsPlanKind.EARLY_HELP))
            .called("the early help plan starting");
    /** An early help plan ending. */
    static final Event<ChildsPlanEnded> EARLY_HELP_PLAN_ENDS = PLAN_ENDED.filteredBy(planEnded(ChildsPlanKind.EARLY_HELP))
            .called("the early help plan ending");

    private ChildsSinglePlan() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("plan.developed", "Child's plan developed")
                        .implementing("PLAN-1", "CIN-5")
                        .citing(booklet("Should be developed, together with the family and involved professionals,"
                                + " within 10 working days of the assessment being completed or Initial Child Protection Conference"))
                        .localStandard()
                        .due(within(workingDays(10)).of(anyOf("the assessment being completed or the initial child protection"
                                + " conference", ASSESSMENT_COMPLETED, ChildProtection.INITIAL_CONFERENCE))
                                .until(anyOf("the case closing or stepping down", CASE_CLOSED, STEPPED_DOWN))
                                .dischargedBy(ASSESSMENT_COMPLETED.filteredBy(CONCLUDING_NO_PLAN_IS_NEEDED)
                                        .called("the assessment concluding that no plan is needed")))
                        .metBy(PLAN_CREATED)
                        .interpretedAs("The booklet says \"if needed\": a plan is expected after every completed assessment and"
                                + " initial conference, unless the assessment is recorded as concluding that no plan is needed"
                                + " (such as no further action: not required), or the case closes or steps down before it is due."),
                rule("plan.cin-reviewed", "Child in need plan reviewed")
                        .implementing("PLAN-2", "CIN-6")
                        .citing(booklet("Should be reviewed at least every 6 weeks at the appropriate multiagency meeting"
                                + " (TAF, CIN meeting or Core Group). The exception to these 6 weekly plan reviews is those stable"
                                + " cases within Children's Disabilities Services where there are no safeguarding risks and the plan"
                                + " acknowledges the need for longer term support."))
                        .localStandard()
                        .due(first(within(weeks(6)).of(CHILD_IN_NEED_PLAN))
                                .thenEvery(either(months(3)).when(LONG_TERM_DISABILITY_SUPPORT).otherwise(weeks(6)))
                                .until(CHILD_IN_NEED_PLAN_ENDS))
                        .metBy(PLAN_REVIEWED.filteredBy(planReviewed(ChildsPlanKind.CHILD_IN_NEED))
                                .called("the child in need plan review"))
                        .interpretedAs("The disability exception uses the Children in Need section's \"at least every 3 months\""
                                + " (CIN-6) for plans recorded as acknowledging longer term disability support.")
                        .interpretedAs("Child protection plans are reviewed at core groups: see cp.core-groups."),
                rule("plan.cin-independent-scrutiny", "Independent scrutiny of a child in need plan open 6 months")
                        .implementing("PLAN-3", "CIN-7")
                        .citing(booklet("For CIN cases, if a plan remains open for 6 months the Practice Supervisor will"
                                + " have a discussion with their Team Manger to consider if one of them should chair the multi-agency"
                                + " meeting to offer some independent scrutiny on the case"))
                        .localStandard()
                        .due(between(months(5)).and(months(6)).after(CHILD_IN_NEED_PLAN).until(CHILD_IN_NEED_PLAN_ENDS))
                        .metBy(INDEPENDENT_SCRUTINY_DISCUSSION)
                        .interpretedAs("Due on the day the plan has been open 6 months; not owed if the plan ends first.")
                        .interpretedAs("\"If a plan remains open for 6 months\": a discussion in the month before counts, when the"
                                + " plan is about to reach 6 months; one held earlier is not this discussion and does not meet it."),
                rule("plan.improvement-cycle-meeting", "Weekly improvement cycle meeting")
                        .implementing("PLAN-4")
                        .citing(booklet("For CIN cases, the Practice Supervisor will chair a weekly Improvement Cycle"
                                + " Meeting with practitioners and the Team Manager where plan progress is reviewed"))
                        .localStandard()
                        .due(everyWeek().from(CHILD_IN_NEED_PLAN).until(CHILD_IN_NEED_PLAN_ENDS))
                        .metBy(IMPROVEMENT_CYCLE_MEETING)
                        .interpretedAs("One meeting in each calendar week, Monday to Sunday, at which the child's plan progress is"
                                + " reviewed, while the child in need plan is open."),
                rule("plan.early-help-12-months", "Early help case open 12 months: consider updating the assessment")
                        .implementing("PLAN-5")
                        .citing(booklet("For EH cases it is good practice for Senior Family Support Practitioner/"
                                + " Children's Centre Coordinator to review cases open for 12+ months to consider updating the"
                                + " assessment"))
                        .localStandard()
                        .due(between(months(11)).and(months(12)).after(EARLY_HELP_PLAN).until(EARLY_HELP_PLAN_ENDS))
                        .metBy(EARLY_HELP_CASE_REVIEW)
                        .interpretedAs("\"Cases open for 12+ months\": due on the day the early help plan has been open 12"
                                + " months; a review in the month before counts, one held earlier is not this review."));
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
