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
 * The booklet's section "Parenting Assessments": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code ParentingAssessmentsRulesTest}.
 */
final class ParentingAssessments {

    /** The section, as the booklet heads it. */
    static final String SECTION = "Parenting Assessments";

    private ParentingAssessments() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("parenting.planning-meeting", "Parenting assessment planning meeting")
                        .implementing("PA-1")
                        .citing(booklet("Planning meeting held prior to the assessment start date including the Social"
                                + " Worker, parents and assessor and their line manager or supervisor"))
                        .localStandard()
                        .due(atLeast(days(1)).before(PARENTING_ASSESSMENT_STARTED))
                        .metBy(PARENTING_ASSESSMENT_PLANNING_MEETING)
                        .interpretedAs("\"Prior to the start date\": at the latest the day before the assessment starts."),
                rule("parenting.midway-review", "Parenting assessment midway review")
                        .implementing("PA-2")
                        .citing(booklet("Midway review at 6 weeks"))
                        .localStandard()
                        .due(within(weeks(6)).of(PARENTING_ASSESSMENT_STARTED))
                        .metBy(PARENTING_ASSESSMENT_MIDWAY_REVIEW)
                        .interpretedAs("\"At 6 weeks\": by the end of the sixth week from the start date."),
                rule("parenting.sessions", "Parenting assessment sessions completed")
                        .implementing("PA-3")
                        .citing(booklet("Direct work sessions completed within 12 weeks (12 direct work sessions and 12"
                                + " observation sessions)"))
                        .localStandard()
                        .due(within(weeks(12)).of(PARENTING_ASSESSMENT_STARTED))
                        .metBy(PARENTING_ASSESSMENT_SESSIONS_COMPLETED),
                rule("parenting.report", "Parenting assessment report")
                        .implementing("PA-4")
                        .citing(booklet("Parenting Assessment Report – 2 further weeks at the end of the assessment are"
                                + " required to complete the report (this includes full sign-off, sharing with the family and"
                                + " submission to Courts where appropriate)"))
                        .localStandard()
                        .due(within(weeks(2)).of(PARENTING_ASSESSMENT_SESSIONS_COMPLETED))
                        .metBy(PARENTING_ASSESSMENT_REPORT),
                rule("parenting.whole-process", "Parenting assessment: the whole process")
                        .implementing("PA-5")
                        .citing(booklet("The full Parenting Assessment process takes 14 weeks from the point of allocation"))
                        .localStandard()
                        .due(within(weeks(14)).of(PARENTING_ASSESSMENT_ALLOCATED))
                        .metBy(PARENTING_ASSESSMENT_REPORT));
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
