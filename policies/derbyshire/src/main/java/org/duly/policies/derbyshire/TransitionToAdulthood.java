package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.cases.ChildFacts.DATE_OF_BIRTH;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.Applicabilities.*;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.util.List;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Rule;

/**
 * The booklet's section "Transition to Adulthood": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code TransitionToAdulthoodRulesTest}.
 */
final class TransitionToAdulthood {

    /** The section, as the booklet heads it. */
    static final String SECTION = "Transition to Adulthood";

    private TransitionToAdulthood() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("transition.plan-reviews-complex-needs", "Transition plan reviews (complex needs)")
                        .implementing("TA-1", "TA-2")
                        .citing(booklet("If the child has complex needs this should be initiated at 14 years ... Once"
                                + " completed this transition plan should be reviewed (and updated) at least every 6 months."))
                        .localStandard()
                        .due(first(within(years(1)).of(birthday(14, DATE_OF_BIRTH))).thenEvery(months(6))
                                .until(birthday(18, DATE_OF_BIRTH)))
                        .metBy(TRANSITION_PLAN_REVIEW)
                        .appliesWhen(ADULT_SERVICES_WITH_COMPLEX_NEEDS)
                        .interpretedAs("\"Initiated at 14 years\", for young people \"14 years old and above\", is read as a"
                                + " transition plan review in the year from the 14th birthday: one on the birthday or at any time"
                                + " until the 15th birthday is on time; one before the 14th birthday does not count, as the"
                                + " booklet's group starts at 14. This is Duly's reading: the booklet says when the review starts,"
                                + " not by when, and a year of age is the plainest meaning of \"at 14\". Each review then counts 6"
                                + " months from the one before, as it was actually held."),
                rule("transition.plan-reviews", "Transition plan reviews")
                        .implementing("TA-1", "TA-2")
                        .citing(booklet("if less complex by 16 years at the latest. Once completed this transition plan"
                                + " should be reviewed (and updated) at least every 6 months."))
                        .localStandard()
                        .due(first(by(birthday(16, DATE_OF_BIRTH))).thenEvery(months(6)).until(birthday(18, DATE_OF_BIRTH)))
                        .metBy(TRANSITION_PLAN_REVIEW)
                        .appliesWhen(ADULT_SERVICES_WITHOUT_COMPLEX_NEEDS)
                        .interpretedAs("\"By 16 years at the latest\": a transition plan review at any earlier age counts, and one"
                                + " after the 16th birthday is late. Each review then counts 6 months from the one before. The"
                                + " booklet's words differ from the complex needs rule's on purpose: \"initiated at 14\" says when"
                                + " that review starts, so one before 14 is not it; \"by 16 at the latest\" sets only a last"
                                + " day, so a review held earlier is early, not missing."),
                rule("transition.locality-meetings", "Locality transition meetings")
                        .implementing("TA-4")
                        .citing(booklet("Transition locality meetings take place every 2 months within each of the 6"
                                + " localities ... This is currently specific to the Disabled Children's Service"))
                        .localStandard()
                        .due(first(within(months(2)).of(TRANSITION_PLAN_REVIEW.first())).thenEvery(months(2))
                                .until(birthday(18, DATE_OF_BIRTH)))
                        .metBy(TRANSITION_LOCALITY_MEETING)
                        .appliesWhen(DISABLED_AND_LIKELY_TO_NEED_ADULT_SERVICES)
                        .interpretedAs("The booklet describes a meeting held every 2 months in each locality \"to review the"
                                + " transition cases\"; it does not say that every case is reviewed at every meeting. Duly reads it as"
                                + " each young person's case reviewed at a locality meeting at least every 2 months, from their first"
                                + " transition plan review: a choice, made because the meetings exist to review the cases, and a"
                                + " duty per young person shows a case no meeting has reviewed, which a calendar of meetings per"
                                + " locality would not. A meeting recorded on the young person's file meets it."));
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
