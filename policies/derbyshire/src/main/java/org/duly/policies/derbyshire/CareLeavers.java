package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.cases.ChildFacts.DATE_BECAME_ELIGIBLE;
import static org.duly.workflows.cases.ChildFacts.DATE_OF_BIRTH;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.Applicabilities.*;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.util.List;
import org.duly.domain.care.CareLeaverCategory;
import org.duly.domain.care.CareLeaverRules;
import org.duly.domain.events.VisitPurpose;
import org.duly.timescales.Fulfilment;
import org.duly.timescales.period.Age;
import org.duly.workflows.policy.Applicability;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Instrument;
import org.duly.workflows.policy.Rule;

/**
 * The booklet's section "Care Leavers": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code CareLeaversRulesTest}.
 */
final class CareLeavers {

    /** The section, as the booklet heads it. */
    static final String SECTION = "Care Leavers";

    /**
     * Owed while the young person is a former relevant care leaver, judged on each due date: a contact missed
     * before 21 stays missed after, and none is owed after.
     */
    private static final Applicability FORMER_RELEVANT = careLeaver("to former relevant care leavers", CareLeaverCategory.FORMER_RELEVANT)
            .judgedOnEachDueDate();
    /** Judged on each due date, so the contacts' history before 21 stays after it. */
    private static final String JUDGED_ON_EACH_DUE_DATE = "Whether the young person is in the category is judged on each"
            + " contact's due date: a contact missed before the duty ended stays missed afterwards, and none is owed after it.";

    private CareLeavers() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("care-leavers.referral", "Referral to the leaving care team")
                        .implementing("CL-1", "CL-9")
                        .citing(booklet("Referral to this team at least one month before any eligible young person's 16th"
                                + " Birthday to ensure allocation by the time they are 16"))
                        .localStandard()
                        .due(atLeast(months(1)).before(birthday(16, DATE_OF_BIRTH)))
                        .metBy(LEAVING_CARE_REFERRAL)
                        .appliesWhen(LOOKED_AFTER_SINCE_14)
                        .interpretedAs("Who will be eligible is known only at 16: Duly expects the referral for every young person"
                                + " looked after since their 14th birthday (the start of the 13-weeks test). A young person who"
                                + " comes into care later than a month before their 16th birthday cannot be referred in time;"
                                + " the booklet sets no time for them, so this rule does not apply to them."),
                rule("care-leavers.initial-visit", "Initial visit by the leaving care worker")
                        .implementing("CL-2")
                        .citing(booklet("An initial visit should be facilitated together with the Social Work team within 4"
                                + " weeks of allocation."))
                        .localStandard()
                        .due(within(weeks(4)).of(LEAVING_CARE_WORKER_ALLOCATED))
                        .metBy(VISIT.where(childSeenFor(VisitPurpose.LEAVING_CARE))),
                rule("care-leavers.contacts-after-18", "Contacts after 18")
                        .implementing("CL-3")
                        .citing(booklet("Post 18 how much contact you have depends on how much you need. But as a minimum,"
                                + " your leaving care worker will try and see you at least 6 times a year."))
                        .localStandard()
                        .due(first(within(months(2)).of(birthday(18, DATE_OF_BIRTH))).thenEvery(months(2))
                                .until(birthday(21, DATE_OF_BIRTH)))
                        .metBy(CARE_LEAVER_CONTACT)
                        .appliesWhen(FORMER_RELEVANT)
                        .interpretedAs("\"At least 6 times a year\" is read as no more than 2 months between contacts, from the"
                                + " 18th birthday while the young person is a former relevant care leaver.")
                        .interpretedAs(JUDGED_ON_EACH_DUE_DATE),
                rule("care-leavers.pathway-plan", "Pathway plan")
                        .implementing("CL-4", "CL-9")
                        .citing(booklet("All young people will have a Pathway Plan in place within 3 months of becoming"
                                + " eligible, wherever possible, by their 16th birthday."))
                        .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "regulation 42")
                        .due(ideally(by(birthday(16, DATE_OF_BIRTH))).atTheLatest(within(months(3)).of(dateOf(DATE_BECAME_ELIGIBLE))))
                        .metBy(PATHWAY_PLAN)
                        .appliesWhen(EVER_ELIGIBLE)
                        .interpretedAs("Eligible and relevant as the Children Act 1989 defines them: 13 weeks looked after since the"
                                + " 14th birthday, some of it after the 16th; pre-planned short breaks do not count."),
                rule("care-leavers.pathway-plan-reviewed", "Pathway plan reviewed")
                        .implementing("CL-5")
                        .citing(booklet("The Pathway Plan must be reviewed at least every 6 months."))
                        .statutory(Instrument.CARE_LEAVERS_REGULATIONS_2010, "reviews of pathway plans")
                        .due(first(within(months(6)).of(PATHWAY_PLAN.first())).thenEvery(months(6)).until(birthday(21, DATE_OF_BIRTH)))
                        .metBy(PATHWAY_PLAN_REVIEW)
                        .interpretedAs("Until the 21st birthday; the booklet's \"up to 24 if in education\" is not recorded in the"
                                + " case file, so later reviews are not expected."),
                rule("care-leavers.review-after-change", "Pathway plan review after a change")
                        .implementing("CL-6")
                        .citing(booklet("It is good practice for a review to be held within 28 days of any change in the care"
                                + " leaver's accommodation or when there is a significant change in a young person's life"))
                        .localStandard()
                        .due(within(days(28)).of(SIGNIFICANT_CHANGE))
                        .metBy(Fulfilment.by(PATHWAY_PLAN_REVIEW).coveringEveryOpenOccurrence())
                        .interpretedAs("One review meets every change before it still waiting for one: a review after two"
                                + " changes counts for both, late for the first when more than 28 days after it."),
                rule("care-leavers.pfa-record", "Preparation for adulthood data record")
                        .implementing("CL-7")
                        .citing(booklet("a Preparation for Adulthood Data Record should be completed by the time they are 16"
                                + " years old at the latest (14 if they have complex needs) and updated every 6 months"))
                        .localStandard()
                        .due(first(by(birthday(16, DATE_OF_BIRTH))).thenEvery(months(6)).until(birthday(18, DATE_OF_BIRTH)))
                        .metBy(PREPARATION_FOR_ADULTHOOD_RECORD)
                        .appliesWhen(ADULT_SERVICES_WITHOUT_COMPLEX_NEEDS),
                rule("care-leavers.pfa-record-complex-needs", "Preparation for adulthood data record (complex needs)")
                        .implementing("CL-7")
                        .citing(booklet("(14 if they have complex needs) and updated every 6 months"))
                        .localStandard()
                        .due(first(by(birthday(14, DATE_OF_BIRTH))).thenEvery(months(6)).until(birthday(18, DATE_OF_BIRTH)))
                        .metBy(PREPARATION_FOR_ADULTHOOD_RECORD)
                        .appliesWhen(ADULT_SERVICES_WITH_COMPLEX_NEEDS),
                rule("care-leavers.pfa-referral", "Preparation for adulthood referral to adult care")
                        .implementing("CL-8", "TA-3")
                        .citing(booklet("By the time a young person is 16.5 years a Preparation for Adulthood Referral to"
                                + " Adult Care should be completed by their children's worker"))
                        .localStandard()
                        .due(by(reaching(Age.of(16, 6), DATE_OF_BIRTH)))
                        .metBy(PREPARATION_FOR_ADULTHOOD_REFERRAL)
                        .appliesWhen(LIKELY_TO_NEED_ADULT_SERVICES),
                rule("care-leavers.qualifying-contact", "Yearly contact with qualifying care leavers")
                        .implementing("CL-10")
                        .citing(booklet("Qualifying care leavers (less than 13 weeks in care) or those who have moved back"
                                + " home before they are 18 are able to access some support depending on their circumstances but will be"
                                + " contacted at least once a year"))
                        .localStandard()
                        .due(first(within(months(12)).of(CEASED_LOOKED_AFTER.latest())).thenEvery(months(12))
                                .until(birthday(21, DATE_OF_BIRTH)))
                        .metBy(CARE_LEAVER_CONTACT)
                        .appliesWhen(careLeaver("to qualifying care leavers", CareLeaverCategory.QUALIFYING).judgedOnEachDueDate())
                        .interpretedAs(JUDGED_ON_EACH_DUE_DATE));
    }


    /** CL-10, in two versions: the Children and Social Work Act 2017 extended it from 21 to 25 from 1 April 2018. */
    static Rule personalAdviserContact(Age until) {
        return rule("care-leavers.yearly-contact", "Yearly contact with former relevant care leavers")
                .implementing("CL-10")
                .citing(booklet("As a Local Authority we have a duty to support eligible care leavers up to the"
                        + " age of 21, and maintain contact with them, at least yearly, until they are 25"))
                .statutory(until.years() == 25 ? Instrument.CHILDREN_AND_SOCIAL_WORK_ACT_2017 : Instrument.CARE_LEAVERS_REGULATIONS_2010, "")
                .due(first(within(months(12)).of(birthday(18, DATE_OF_BIRTH))).thenEvery(months(12))
                        .until(reaching(until, DATE_OF_BIRTH)))
                .metBy(CARE_LEAVER_CONTACT)
                .appliesWhen(careLeaver("to former relevant care leavers", CareLeaverRules.STATUTE.withFormerRelevantUntil(until),
                        CareLeaverCategory.FORMER_RELEVANT).judgedOnEachDueDate())
                .interpretedAs(JUDGED_ON_EACH_DUE_DATE)
                .interpretedAs(until.years() == 25
                        ? "From 1 April 2018 (Children and Social Work Act 2017) to 25, for care leavers whose contacts began on"
                                + " or after that date (their 18th birthday): the version in force when the clock started applies."
                        : "Before 1 April 2018 the duty ran to 21 (or beyond only while in education or training, not recorded).");
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
