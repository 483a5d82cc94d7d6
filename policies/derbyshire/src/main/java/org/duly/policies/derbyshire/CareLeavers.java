package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.cases.ChildFacts.CARE_LEAVER_STATUS;
import static org.duly.workflows.cases.ChildFacts.DATE_BECAME_ELIGIBLE;
import static org.duly.workflows.cases.ChildFacts.DATE_BECAME_QUALIFYING;
import static org.duly.workflows.cases.ChildFacts.DATE_OF_BIRTH;
import static org.duly.workflows.cases.ChildFacts.TWENTY_FIRST_BIRTHDAY_OR_TWENTY_FIFTH_IN_EDUCATION;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.Applicabilities.*;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.util.List;
import org.duly.domain.care.CareLeaverCategory;
import org.duly.domain.care.CareLeaverRules;
import org.duly.domain.events.PathwayPlanReview;
import org.duly.domain.events.VisitPurpose;
import org.duly.timescales.Condition;
import org.duly.timescales.Fulfilment;
import org.duly.timescales.period.Age;
import org.duly.timescales.period.LeapDayBirthdays;
import org.duly.timescales.Reads;
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
    /** The Children Act 1989, whose sections and schedules impose the leaving care duties. */
    private static final Instrument CHILDREN_ACT_1989 = Instrument.of("Children Act 1989");
    /**
     * Former relevant, judged on each due date: to 25 for a contact due on or after 1 April 2018 (section 23CZB),
     * to 21 for one due before.
     */
    private static final Applicability FORMER_RELEVANT_TO_21_OR_25 = Applicability.of(
            "to former relevant care leavers (to 21, or to 25 from 1 April 2018)", Reads.of(CARE_LEAVER_STATUS), (date, facts) -> facts
                    .require(CARE_LEAVER_STATUS, "to find the care leaver category")
                    .under(date.isBefore(DerbyshirePracticeStandards.PERSONAL_ADVISERS_TO_25) ? CareLeaverRules.STATUTE
                            : CareLeaverRules.STATUTE.withFormerRelevantUntil(Age.of(25)))
                    .categoryOn(date) == CareLeaverCategory.FORMER_RELEVANT)
            .judgedOnEachDueDate();
    /** Judged on each due date, so the contacts' history before 21 stays after it. */
    private static final String JUDGED_ON_EACH_DUE_DATE = "Whether the young person is in the category is judged on each"
            + " contact's due date: a contact missed before the duty ended stays missed afterwards, and none is owed after it.";

    /** A pathway plan review after the 21st birthday finding the young person no longer in education or training. */
    private static final Condition<PathwayPlanReview> AFTER_21_NO_LONGER_IN_EDUCATION_OR_TRAINING = Condition.withFacts(
            "after the 21st birthday finding the young person no longer in education or training", Reads.of(DATE_OF_BIRTH),
            (review, facts) ->
                    !review.inEducationOrTraining() && !review.date().isBefore(Age.of(21)
                            .attainedOn(facts.require(DATE_OF_BIRTH, "to know the 21st birthday"), LeapDayBirthdays.MARCH_1).date()));

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
                        .appliesWhen(LOOKED_AFTER_A_MONTH_BEFORE_16)
                        .interpretedAs("\"Any eligible young person\": who will be eligible is known only at 16, so Duly expects the"
                                + " referral for a young person looked after on the day it is due, a month before their 16th"
                                + " birthday, other than for pre-planned short breaks: they can still become eligible. A young"
                                + " person who left care before then (a short stay at 14, say) is not referred; one who comes into"
                                + " care later cannot be referred in time, and the booklet sets no time for them. Either way the"
                                + " leaving care worker is still expected once they become eligible (care-leavers.allocation)."),
                rule("care-leavers.allocation", "Leaving care worker or personal adviser allocated")
                        .implementing("CL-1", "CL-9")
                        .citing(booklet("Referral to this team at least one month before any eligible young person's 16th"
                                + " Birthday to ensure allocation by the time they are 16"))
                        .statutory(CHILDREN_ACT_1989, "Schedule 2, paragraph 19C")
                        .due(by(dateOf(DATE_BECAME_ELIGIBLE)))
                        .metBy(LEAVING_CARE_WORKER_ALLOCATED)
                        .appliesWhen(EVER_ELIGIBLE)
                        .interpretedAs("The referral's purpose, \"allocation by the time they are 16\", and the Act's duty to arrange a"
                                + " personal adviser for each eligible child (Schedule 2, paragraph 19C): due on the day the young"
                                + " person becomes eligible, which is the 16th birthday for one with the 13 weeks by then and later"
                                + " for one who completes them after 16. An allocation before that day counts.")
                        .interpretedAs("No forecast is shown before the 14th birthday: a younger child in care is not yet"
                                + " expected to become eligible."),
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
                        .metBy(CARE_LEAVER_CONTACT.where(IN_PERSON))
                        .appliesWhen(FORMER_RELEVANT)
                        .interpretedAs("\"At least 6 times a year\" is read as no more than 2 months between contacts, from the"
                                + " 18th birthday while the young person is a former relevant care leaver. This is stricter than the"
                                + " booklet: six contacts in a year meet the booklet however they are spaced, and here a gap of more"
                                + " than 2 months shows late even in a year that ends with six. Duly chooses it so that the next"
                                + " contact is always seen coming, with a date to work to; a count checked only at the year's end"
                                + " would show a shortfall when it is too late to make it up. Contacts every 2 months are six a year,"
                                + " so meeting this always meets the booklet.")
                        .interpretedAs("\"Try and see you\": only a contact in person counts; a telephone call or message does not.")
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
                                + " 14th birthday, some of it after the 16th; pre-planned short breaks do not count. A period of care"
                                + " ending on the 16th birthday ended after 16 (an age is reached at the start of the birthday,"
                                + " Family Law Reform Act 1969 section 9).")
                        .interpretedAs("No forecast is shown before the 14th birthday: a baby in care would otherwise be shown"
                                + " as \"eligible\" in 16 years, if care went on."),
                rule("care-leavers.pathway-plan-reviewed", "Pathway plan reviewed")
                        .implementing("CL-5")
                        .citing(booklet("The plan will continue to be implemented and reviewed after they leave care at least"
                                + " until they are 21; and up to 24 if in education. The Pathway Plan must be reviewed at least every"
                                + " 6 months."))
                        .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "Part 7, reviews of pathway plans, for eligible"
                                + " children; the Care Leavers (England) Regulations 2010 for relevant and former relevant children")
                        .due(first(within(months(6)).of(PATHWAY_PLAN.first())).thenEvery(months(6))
                                .until(anyOf("the 21st birthday (the 25th for a young person then in education or training), or a"
                                                + " later review finding them no longer in it",
                                        dateOf(TWENTY_FIRST_BIRTHDAY_OR_TWENTY_FIFTH_IN_EDUCATION),
                                        PATHWAY_PLAN_REVIEW.where(AFTER_21_NO_LONGER_IN_EDUCATION_OR_TRAINING))))
                        .metBy(PATHWAY_PLAN_REVIEW)
                        .interpretedAs("Until the 21st birthday; \"and up to 24 if in education\": when the latest pathway plan"
                                + " review by the 21st birthday found the young person in education or training, until the 25th"
                                + " birthday (\"up to 24\" read as to the end of the year of age 24, as section 23CA of the"
                                + " Children Act 1989 carries such a plan to 25), or until a later review finds them no longer in"
                                + " it. A pathway plan review records whether the young person is in education or training."
                                + " A review due before the end and not held stays missed."),
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
                        .appliesWhen(LIKELY_TO_NEED_ADULT_SERVICES)
                        .interpretedAs("An age is reached only when the whole of it has passed, as the law counts ages (the start"
                                + " of the day, Family Law Reform Act 1969 section 9): 16 years and 6 months from a 31 August birthday"
                                + " is reached on 1 March, there being no 31 February, just as a 29 February birthday falls on 1 March."
                                + " A deadline \"within 6 months\" from 31 August instead ends on the last day of February, never"
                                + " running into the next month. The two differ on purpose: an age is never reached early, a period"
                                + " never ends late."),
                rule("care-leavers.qualifying-contact", "Yearly contact with qualifying care leavers")
                        .implementing("CL-10")
                        .citing(booklet("Qualifying care leavers (less than 13 weeks in care) or those who have moved back"
                                + " home before they are 18 are able to access some support depending on their circumstances but will be"
                                + " contacted at least once a year"))
                        .localStandard()
                        .due(first(within(months(12)).of(dateOf(DATE_BECAME_QUALIFYING))).thenEvery(months(12))
                                .until(birthday(21, DATE_OF_BIRTH)))
                        .metBy(CARE_LEAVER_CONTACT)
                        .appliesWhen(careLeaver("to qualifying care leavers", CareLeaverCategory.QUALIFYING).judgedOnEachDueDate())
                        .interpretedAs("Counted from the day the young person became a qualifying care leaver (section 24 of the"
                                + " Children Act 1989), however they came to qualify: leaving care after 16 without the 13 weeks,"
                                + " a special guardianship order out of care (from 16), or private fostering after 16 ending.")
                        .interpretedAs(JUDGED_ON_EACH_DUE_DATE),
                personalAdviserContact());
    }


    /**
     * CL-10: yearly contact with former relevant care leavers, to 21 or to 25 chosen by the date of each contact.
     * Section 23CZB of the Children Act 1989 (inserted by the Children and Social Work Act 2017, in force from
     * 1 April 2018) applies to every former relevant child aged 21 to 24 on or after that date, whenever they
     * turned 18.
     */
    static Rule personalAdviserContact() {
        return rule("care-leavers.yearly-contact", "Yearly contact with former relevant care leavers")
                .implementing("CL-10")
                .citing(booklet("As a Local Authority we have a duty to support eligible care leavers up to the"
                        + " age of 21, and maintain contact with them, at least yearly, until they are 25"))
                .statutory(CHILDREN_ACT_1989, "sections 23C and 23CZB")
                .due(first(within(months(12)).of(birthday(18, DATE_OF_BIRTH))).thenEvery(months(12))
                        .until(birthday(25, DATE_OF_BIRTH)))
                .metBy(CARE_LEAVER_CONTACT)
                .appliesWhen(FORMER_RELEVANT_TO_21_OR_25)
                .interpretedAs(JUDGED_ON_EACH_DUE_DATE)
                .interpretedAs("The duty to keep in touch is section 23C of the Children Act 1989, to 21. From 1 April 2018"
                        + " section 23CZB (Children and Social Work Act 2017) carries it to 25 for every former relevant care"
                        + " leaver aged 21 to 24 on or after that date, whenever they turned 18: a contact due from that day is"
                        + " owed to 25, one due before it only to 21.")
                .interpretedAs("Section 23CZB also gives a former relevant care leaver aged 21 to 24 a personal adviser, an"
                        + " assessment of needs and a pathway plan, but only once they tell the authority they want advice and"
                        + " support, and neither the Act nor the booklet sets a time for them after the request. The case file"
                        + " records no such request, so none of them is owed after 21 under section 23CZB; a young person in"
                        + " education or training keeps the pathway plan and its reviews to 25 (section 23CA, and the booklet's"
                        + " \"up to 24 if in education\": care-leavers.pathway-plan-reviewed). The yearly contact to 25 does not"
                        + " wait for a request.");
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
