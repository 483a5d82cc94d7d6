package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.cases.ChildFacts.PRIVATE_FOSTERING_AGE_LIMIT;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.Applicabilities.*;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Circumstances.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.util.List;
import org.duly.domain.events.VisitPurpose;
import org.duly.timescales.Anchor;
import org.duly.workflows.policy.Applicability;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Instrument;
import org.duly.workflows.policy.Rule;

/**
 * The booklet's section "Private Fostering": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code PrivateFosteringRulesTest}.
 */
final class PrivateFostering {

    /** The section, as the booklet heads it. */
    static final String SECTION = "Private Fostering";

    /**
     * The arrangement ends, or the child becomes too old to be privately fostered: what was due before then and not done is
     * missed, no longer overdue for ever.
     */
    private static final Anchor ARRANGEMENT_ENDS = anyOf("the end of the arrangement or the 16th birthday (the 18th if disabled)",
            PRIVATE_FOSTERING_ENDED, dateOf(PRIVATE_FOSTERING_AGE_LIMIT));
    /** Schedule 8 as the law words it, not the booklet's shorthand. */
    private static final String SCHEDULE_8 = "The booklet's \"or an approved foster carer\" is read as the law words it: Schedule 8"
            + " of the Children Act 1989 takes a child out of private fostering while looked after by a local authority; a carer's"
            + " approval as a foster carer does not by itself (an approved foster carer can privately foster a child the authority"
            + " does not look after).";
    /**
     * Owed while the arrangement is private fostering: judged on each due date, so turning 16 or a later
     * arrangement with a relative ends what is owed from then on and never erases an earlier miss.
     */
    private static final Applicability PRIVATELY_FOSTERED_ON_EACH_DUE_DATE = PRIVATELY_FOSTERED.judgedOnEachDueDate();

    private PrivateFostering() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("private-fostering.visits", "Private fostering visits")
                        .implementing("PF-1", "PF-2", "PF-6")
                        .citing(booklet("First visit to the child – within 7 days of notification of the situation."
                                + " Statutory visits – initial visit within 7 days and minimal interval of 6 weeks between visits for"
                                + " first 12 months"))
                        .statutory(Instrument.PRIVATE_FOSTERING_REGULATIONS_2005, "regulations 4, 7 and 8")
                        .due(first(within(days(7)).of(PRIVATE_FOSTERING_NOTIFICATION))
                                .thenEvery(either(weeks(6)).when(IN_THE_FIRST_YEAR_OF_THE_ARRANGEMENT).otherwise(weeks(12)))
                                .until(ARRANGEMENT_ENDS))
                        .metBy(VISIT.where(PRIVATE_FOSTERING_VISIT_SEEING_THE_CHILD_ONCE_THERE))
                        .appliesWhen(PRIVATELY_FOSTERED_ON_EACH_DUE_DATE)
                        .interpretedAs("The first visit counts 7 calendar days, the booklet's own standard: regulations 4 and 7 say 7"
                                + " working days, so the booklet is the stricter, and a bank holiday in the week does not move the due"
                                + " date.")
                        .interpretedAs("After the notification of a proposal (the child not yet living with the carer, regulation 3),"
                                + " the visit to the premises and the prospective carer (regulation 4) counts though the child cannot"
                                + " be seen there yet; once the child has moved in, a visit counts only if the child is seen.")
                        .interpretedAs("The end of the arrangement, or the 16th birthday (18th if disabled), when the child can no"
                                + " longer be privately fostered, ends the visits: one due before then and not made is missed.")
                        .interpretedAs(SCHEDULE_8)
                        .interpretedAs("\"Minimal interval of 6 weeks\" is read, as regulation 8(1)(a) says, as visits at"
                                + " intervals of not more than 6 weeks in the first year. The booklet stops there; regulation 8(1)(b)"
                                + " goes on: in any second or subsequent year, at intervals of not more than 12 weeks. The interval"
                                + " is chosen by the year the previous visit fell in, counted from the notification (regulation 8(6))."),
                rule("private-fostering.assessment", "Private fostering single assessment")
                        .implementing("PF-3", "PF-6")
                        .citing(booklet("Assessment – Single Assessment within 45 working days of notification"))
                        .localStandard()
                        .due(within(workingDays(45)).of(PRIVATE_FOSTERING_NOTIFICATION))
                        .metBy(ASSESSMENT_SIGNED_OFF.where(SINGLE_ASSESSMENT_SHARED))
                        .appliesWhen(PRIVATELY_FOSTERED_ON_EACH_DUE_DATE),
                rule("private-fostering.network-meetings", "Private fostering network meetings")
                        .implementing("PF-4", "PF-6")
                        .citing(booklet("Meetings – network meetings held regularly at similar intervals to CIN meetings"))
                        .localStandard()
                        .due(first(within(weeks(6)).of(PRIVATE_FOSTERING_NOTIFICATION)).thenEvery(weeks(6)).until(ARRANGEMENT_ENDS))
                        .metBy(PRIVATE_FOSTERING_NETWORK_MEETING)
                        .appliesWhen(PRIVATELY_FOSTERED_ON_EACH_DUE_DATE)
                        .interpretedAs("\"Similar intervals to CIN meetings\" is read as at least every 6 weeks (CIN-6)."),
                rule("private-fostering.reviews", "Private fostering reviews")
                        .implementing("PF-5", "PF-6")
                        .citing(booklet("Reviews – at intervals of at least every 12 months"))
                        .localStandard()
                        .due(first(within(months(12)).of(PRIVATE_FOSTERING_NOTIFICATION)).thenEvery(months(12)).until(ARRANGEMENT_ENDS))
                        .metBy(PRIVATE_FOSTERING_REVIEW)
                        .appliesWhen(PRIVATELY_FOSTERED_ON_EACH_DUE_DATE)
                        .interpretedAs("When the child also meets the criteria for a child in need, the child in need reviews"
                                + " apply as well (plan.cin-reviewed)."),
                rule("private-fostering.case-supervision", "Monthly supervision of a private fostering case")
                        .implementing("PF-7")
                        .citing(booklet("Practice Supervisor – monthly supervision of PF case"))
                        .localStandard()
                        .due(first(within(months(1)).of(PRIVATE_FOSTERING_NOTIFICATION)).thenEvery(months(1)).until(ARRANGEMENT_ENDS))
                        .metBy(PRIVATE_FOSTERING_CASE_SUPERVISION)
                        .appliesWhen(PRIVATELY_FOSTERED_ON_EACH_DUE_DATE)
                        .interpretedAs("\"Monthly\" is read as at least every month: the first within a month of the"
                                + " notification, each later one within a month of the one before, as it was held, until the"
                                + " arrangement ends. The practice supervisor's supervision of the case, recorded on the child's"
                                + " file, meets it; the worker's own supervision (supervision.sessions) does not."),
                rule("private-fostering.annual-review-shared", "Annual review shared with the Designated Manager and the Panel")
                        .implementing("PF-5")
                        .citing(booklet("Annual Review – to be shared with the Designated Manager for Private Fostering and at the"
                                + " Private Fostering Panel."))
                        .localStandard()
                        .due(first(within(months(12)).of(PRIVATE_FOSTERING_NOTIFICATION)).thenEvery(months(12)).until(ARRANGEMENT_ENDS))
                        .metBy(PRIVATE_FOSTERING_REVIEW.where(SHARED_WITH_THE_DESIGNATED_MANAGER_AND_PANEL))
                        .appliesWhen(PRIVATELY_FOSTERED_ON_EACH_DUE_DATE)
                        .interpretedAs("Each yearly review, due as the reviews are, is met only by a review recorded as shared with"
                                + " the Designated Manager for Private Fostering and at the Private Fostering Panel."));
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
