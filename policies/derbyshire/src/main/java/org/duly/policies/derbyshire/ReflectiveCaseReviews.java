package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.Applicabilities.*;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.util.List;
import org.duly.timescales.Fulfilment;
import org.duly.workflows.vocabulary.Links;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Rule;

/**
 * The booklet's section "Reflective Case Reviews": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code ReflectiveCaseReviewsRulesTest}.
 */
final class ReflectiveCaseReviews {

    /** The section, as the booklet heads it. */
    static final String SECTION = "Reflective Case Reviews";

    private ReflectiveCaseReviews() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("reflective-review.completed", "Reflective case review completed")
                        .implementing("RCR-1")
                        .citing(booklet("From the point of allocation team managers will have on average 5 weeks to complete"
                                + " the reflective case review"))
                        .localStandard()
                        .due(within(weeks(5)).of(REFLECTIVE_CASE_REVIEW_ALLOCATED))
                        .metBy(Fulfilment.by(REFLECTIVE_CASE_REVIEW_COMPLETED).linkedBy(Links.SAME_REFLECTIVE_REVIEW))
                        .interpretedAs("\"On average 5 weeks\": each review is due 5 weeks after allocation, and a single review"
                                + " past 5 weeks is shown late. That is not the booklet's test: its standard is the average across"
                                + " a team manager's reviews, which the timeliness report gives (reviews met on time, and by how"
                                + " many days the late ones were late), so one late review is not by itself a breach."),
                rule("reflective-review.allocated", "Reflective case review allocated")
                        .implementing("RCR-2")
                        .citing(booklet("Team managers will receive a PIN to complete a reflective case review on a bi-monthly"
                                + " basis."))
                        .localStandard()
                        .due(first(within(months(2)).of(STARTED_IN_POST.first())).thenEvery(months(2)).until(LEFT_POST))
                        .metBy(REFLECTIVE_CASE_REVIEW_ALLOCATED)
                        .appliesWhen(TEAM_MANAGER)
                        .interpretedAs("\"Bi-monthly\" is read as every two months, not twice a month."));
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
