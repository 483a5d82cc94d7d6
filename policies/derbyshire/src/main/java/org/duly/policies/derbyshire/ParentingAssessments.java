package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.util.List;
import java.util.Optional;
import org.duly.domain.events.ParentingAssessmentAllocated;
import org.duly.domain.events.ParentingAssessmentSessionsCompleted;
import org.duly.timescales.Condition;
import org.duly.timescales.Event;
import org.duly.timescales.Fulfilment;
import org.duly.workflows.vocabulary.Links;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Rule;

/**
 * The booklet's section "Parenting Assessments": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code ParentingAssessmentsRulesTest}.
 */
final class ParentingAssessments {

    /** The section, as the booklet heads it. */
    static final String SECTION = "Parenting Assessments";

    private static final Condition<ParentingAssessmentSessionsCompleted> TWELVE_AND_TWELVE = Condition.of(
            "with 12 direct work and 12 observation sessions", ParentingAssessments::twelveAndTwelve);

    private static final Event<ParentingAssessmentAllocated> ALLOCATED_WITH_A_PLANNED_START = PARENTING_ASSESSMENT_ALLOCATED
            .filteredBy(Condition.of("with a planned start", allocated -> allocated.plannedStart().isPresent()))
            .called("the allocation");

    /** What the report record means: done as the booklet defines done, not a draft. */
    private static final String REPORT_COMPLETED = "The report meets it when it is complete as the booklet defines it: fully"
            + " signed off, shared with the family and, where the assessment is for proceedings, submitted to the court. The"
            + " case file's parenting assessment report is recorded on the day the last of these is done; a draft, or a report"
            + " signed off but not yet shared, is not recorded and does not meet it.";

    private ParentingAssessments() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("parenting.planning-meeting", "Parenting assessment planning meeting")
                        .implementing("PA-1")
                        .citing(booklet("Planning meeting held prior to the assessment start date including the Social"
                                + " Worker, parents and assessor and their line manager or supervisor"))
                        .localStandard()
                        .due(soonerOf(atLeast(days(1)).before(PARENTING_ASSESSMENT_STARTED),
                                asDirectedBy(ALLOCATED_WITH_A_PLANNED_START, "the day before the planned start",
                                        allocated -> allocated.plannedStart().map(start -> start.minusDays(1)))))
                        .metBy(sameAssessment(PARENTING_ASSESSMENT_PLANNING_MEETING))
                        .interpretedAs("\"Prior to the start date\": at the latest the day before the assessment starts. Where the"
                                + " allocation records the planned start, the meeting is owed from the allocation, due the day"
                                + " before the planned start, so it is flagged before the assessment starts; an earlier actual"
                                + " start brings it forward. Each allocation's planned start is paired with the assessments'"
                                + " starts in order."),
                rule("parenting.final-review", "Parenting assessment final review")
                        .implementing("PA-6")
                        .citing(booklet("Final review prior to the assessment write-up"))
                        .localStandard()
                        .due(soonerOf(within(weeks(12)).of(PARENTING_ASSESSMENT_STARTED), by(PARENTING_ASSESSMENT_SESSIONS_COMPLETED)))
                        .metBy(sameAssessment(PARENTING_ASSESSMENT_FINAL_REVIEW))
                        .interpretedAs("\"Prior to the assessment write-up\": the write-up starts when the sessions end, so the"
                                + " final review is due by the day the sessions are completed, or 12 weeks after the start, when"
                                + " they are due to end, if that is sooner. The booklet gives it no timescale of its own; this"
                                + " is the one its order of work implies.")
                        .interpretedAs("When the sessions overrun their 12 weeks, the final review is still due at 12 weeks,"
                                + " before the sessions have ended: the 12 weeks are when the booklet expects the write-up to"
                                + " begin (its 14 weeks from allocation leave 2 for the report), so a review held later is"
                                + " late with them, and the overrun itself shows as the sessions' lateness (parenting.sessions)."),
                rule("parenting.midway-review", "Parenting assessment midway review")
                        .implementing("PA-2")
                        .citing(booklet("Midway review at 6 weeks"))
                        .localStandard()
                        .due(between(weeks(5)).and(weeks(6)).after(PARENTING_ASSESSMENT_STARTED))
                        .metBy(sameAssessment(PARENTING_ASSESSMENT_MIDWAY_REVIEW))
                        .interpretedAs("\"At 6 weeks\": in the sixth week from the start date, the middle of the 12 weeks of"
                                + " sessions; a review in the first five weeks is too early to be the midway review."),
                rule("parenting.sessions", "Parenting assessment sessions completed")
                        .implementing("PA-3")
                        .citing(booklet("Direct work sessions completed within 12 weeks (12 direct work sessions and 12"
                                + " observation sessions)"))
                        .localStandard()
                        .due(within(weeks(12)).of(PARENTING_ASSESSMENT_STARTED))
                        .metBy(sameAssessment(PARENTING_ASSESSMENT_SESSIONS_COMPLETED.where(TWELVE_AND_TWELVE))
                                .sayingHowFarShort(ParentingAssessments::shortOfTwelveAndTwelve))
                        .interpretedAs("Met when the sessions are recorded as completed with at least 12 direct work and 12"
                                + " observation sessions; fewer do not meet it, though the report is still counted from them,"
                                + " and the schedule says how many of each were recorded."),
                rule("parenting.report", "Parenting assessment report")
                        .implementing("PA-4")
                        .citing(booklet("Parenting Assessment Report – 2 further weeks at the end of the assessment are"
                                + " required to complete the report (this includes full sign-off, sharing with the family and"
                                + " submission to Courts where appropriate)"))
                        .localStandard()
                        .due(within(weeks(2)).of(PARENTING_ASSESSMENT_SESSIONS_COMPLETED))
                        .metBy(sameAssessment(PARENTING_ASSESSMENT_REPORT))
                        .interpretedAs(REPORT_COMPLETED),
                rule("parenting.whole-process", "Parenting assessment: the whole process")
                        .implementing("PA-5")
                        .citing(booklet("The full Parenting Assessment process takes 14 weeks from the point of allocation"))
                        .localStandard()
                        .due(within(weeks(14)).of(PARENTING_ASSESSMENT_ALLOCATED))
                        .metBy(sameAssessment(PARENTING_ASSESSMENT_REPORT))
                        .interpretedAs(REPORT_COMPLETED));
    }

    private static boolean twelveAndTwelve(ParentingAssessmentSessionsCompleted sessions) {
        return sessions.directWorkSessions() >= 12 && sessions.observationSessions() >= 12;
    }

    /** Sessions recorded as completed but fewer than the 12 and 12: how many of each there were. */
    private static Optional<String> shortOfTwelveAndTwelve(ParentingAssessmentSessionsCompleted sessions) {
        if (twelveAndTwelve(sessions)) {
            return Optional.empty();
        }
        return Optional.of(sessions.directWorkSessions() + " direct-work and " + sessions.observationSessions()
                + " observation sessions of the 12 and 12");
    }

        /** Where records name their assessment, only a record for the same assessment meets its timescales. */
    private static <F> Fulfilment<F> sameAssessment(Event<F> event) {
        return Fulfilment.by(event).linkedBy(Links.SAME_PARENTING_ASSESSMENT);
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
