package org.duly.workflows.catalogue;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.catalogue.CaseEvents.*;
import static org.duly.workflows.catalogue.Conditions.*;
import static org.duly.workflows.cases.ChildFacts.DATE_BECAME_ELIGIBLE;
import static org.duly.workflows.cases.ChildFacts.DATE_OF_BIRTH;
import static org.duly.workflows.cases.ChildFacts.EXPECTED_DATE_OF_DELIVERY;
import static org.duly.workflows.policy.Rules.rule;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.duly.domain.care.CareLeaverCategory;
import org.duly.domain.care.CareLeaverRules;
import org.duly.domain.complaints.ComplaintKind;
import org.duly.domain.complaints.ComplaintStage;
import org.duly.domain.complaints.ExtensionReason;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.ConferenceKind;
import org.duly.domain.events.CourtDirectionComplied;
import org.duly.domain.events.CourtDirectionMade;
import org.duly.domain.events.FamilyTimeDirected;
import org.duly.domain.events.PlacementType;
import org.duly.domain.events.QualityAssuranceVisitReason;
import org.duly.domain.events.RiskLevel;
import org.duly.domain.events.VisitPurpose;
import org.duly.domain.staff.ReflectiveCaseReviewAllocated;
import org.duly.domain.staff.ReflectiveCaseReviewCompleted;
import org.duly.domain.value.CaseFileSpelling;
import org.duly.timescales.Anchor;
import org.duly.timescales.Deadline;
import org.duly.timescales.Event;
import org.duly.timescales.Fulfilment;
import org.duly.timescales.period.Age;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Instrument;
import org.duly.workflows.policy.Policy;
import org.duly.workflows.policy.Rule;
import org.duly.workflows.policy.Rules;

/**
 * The Derbyshire Children's Services Practice Standards booklet as a policy: one or more rules for
 * every row of {@code key-timescales.tsv}, area by area, each citing the booklet's own words, saying
 * whether it is statutory, and writing down how Duly reads what the booklet leaves open.
 *
 * <p>Where the booklet and the law differ (the booklet's 4-weekly visits to children in IFA and private
 * residential placements are stricter than regulation 28), the rule follows the booklet and says so.
 */
public final class DerbyshirePracticeStandards {

    /** The policy's name. */
    public static final String NAME = "Derbyshire practice standards";

    /** The booklet's version: its contents are dated February 2023. */
    public static final String VERSION = "2023-02";

    /** When the Children and Social Work Act 2017 extended personal adviser support to 25. */
    public static final LocalDate PERSONAL_ADVISERS_TO_25 = LocalDate.of(2018, 4, 1);

    private static final Policy POLICY = build();

    private DerbyshirePracticeStandards() {
    }

    /**
     * The policy, built once.
     *
     * <p>Example:
     * <pre>{@code
     * Schedule schedule = Engine.englandAndWales().evaluate(facts, DerbyshirePracticeStandards.policy(), asOf);
     * }</pre>
     *
     * @return the policy
     */
    public static Policy policy() {
        return POLICY;
    }

    private static Rules.Implementing rule(String id, String title, String... specIds) {
        return Rules.rule(id, title).implementing(specIds);
    }

    private static Citation booklet(String section, String words) {
        return new Citation(Citation.PRACTICE_STANDARDS, section, words);
    }

    private static Policy build() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(assessments());
        rules.addAll(childsPlans());
        rules.addAll(chronologiesAndStepUp());
        rules.addAll(parentingAssessmentsAndFamilyTime());
        rules.addAll(privateFostering());
        rules.addAll(childrenInNeed());
        rules.addAll(childProtection());
        rules.addAll(courtWork());
        rules.addAll(childrenInCare());
        rules.addAll(childExploitationAndLifeStory());
        rules.addAll(careLeaversAndTransition());
        rules.addAll(externalPlacements());
        rules.addAll(staff());
        rules.addAll(complaints());
        Policy.Builder builder = Policy.builder(NAME, VERSION);
        rules.forEach(builder::rule);
        builder.rule(personalAdviserContact(Age.of(21)));
        builder.rule(personalAdviserContact(Age.of(25)), PERSONAL_ADVISERS_TO_25);
        return builder.build();
    }

    // ---- Early help and single assessments -------------------------------------------------------------------

    private static List<Rule> assessments() {
        String section = "Early Help and Single Assessments";
        return List.of(
                rule("assessment.initial-home-visit", "Initial home visit (single assessment)", "EHSA-1")
                        .citing(booklet(section, "Initial home visit (Single Assessment) should take place within 5 working"
                                + " days of the referral decision"))
                        .localStandard()
                        .due(within(workingDays(5)).of(REFERRAL_DECISION.where(FOR_A_SINGLE_ASSESSMENT)))
                        .metBy(VISIT.where(ASSESSMENT_HOME_VISIT)),
                rule("assessment.plan-recorded", "Assessment plan and timescales recorded", "EHSA-2")
                        .citing(booklet(section, "Assessment plan and timescales for the overall assessment should be recorded"
                                + " within 7 working days of the referral decision"))
                        .localStandard()
                        .due(within(workingDays(7)).of(REFERRAL_DECISION.where(FOR_A_SINGLE_ASSESSMENT)))
                        .metBy(ASSESSMENT_PLAN_RECORDED),
                rule("assessment.early-help-started", "Early help assessment started", "EH-1", "EHSA-3")
                        .citing(booklet(section, "Early help assessment should be started within 10 working days of the"
                                + " referral decision"))
                        .localStandard()
                        .due(within(workingDays(10)).of(REFERRAL_DECISION.where(FOR_AN_EARLY_HELP_ASSESSMENT)))
                        .metBy(ASSESSMENT_STARTED.where(EARLY_HELP_STARTED)),
                rule("assessment.single-completed", "Single assessment completed, signed off and shared", "EHSA-4", "CIN-4")
                        .citing(booklet(section, "Should be completed within a maximum of 45 working days from referral decision"
                                + " to full sign-off and sharing with the family"))
                        .statutory(Instrument.WORKING_TOGETHER, "assessments: a maximum of 45 working days")
                        .due(within(workingDays(45)).of(REFERRAL_DECISION.where(FOR_A_SINGLE_ASSESSMENT)))
                        .metBy(ASSESSMENT_SIGNED_OFF.where(SINGLE_ASSESSMENT_SHARED))
                        .interpretedAs("Met by the assessment signed off and recorded as shared with the family: the booklet"
                                + " counts to \"full sign-off and sharing with the family\"."),
                rule("assessment.early-help-completed", "Early help assessment completed, signed off and shared", "EH-2", "EHSA-4")
                        .citing(booklet("Early Help", "Early Help Assessments to be completed within 45 working days from the date"
                                + " of the referral decision including full management sign-off and sharing with the family"))
                        .localStandard()
                        .due(within(workingDays(45)).of(REFERRAL_DECISION.where(FOR_AN_EARLY_HELP_ASSESSMENT)))
                        .metBy(ASSESSMENT_SIGNED_OFF.where(EARLY_HELP_ASSESSMENT_SHARED)));
    }

    // ---- Child's single plan --------------------------------------------------------------------------------

    private static List<Rule> childsPlans() {
        String section = "Child's Single Plan";
        Event<org.duly.domain.events.ChildsPlanCreated> cinPlan = PLAN_CREATED.where(planCreated(ChildsPlanKind.CHILD_IN_NEED));
        Event<org.duly.domain.events.ChildsPlanEnded> cinPlanEnds = PLAN_ENDED.where(planEnded(ChildsPlanKind.CHILD_IN_NEED));
        Event<org.duly.domain.events.ChildsPlanCreated> ehPlan = PLAN_CREATED.where(planCreated(ChildsPlanKind.EARLY_HELP));
        Event<org.duly.domain.events.ChildsPlanEnded> ehPlanEnds = PLAN_ENDED.where(planEnded(ChildsPlanKind.EARLY_HELP));
        return List.of(
                rule("plan.developed", "Child's plan developed", "PLAN-1", "CIN-5")
                        .citing(booklet(section, "Should be developed, together with the family and involved professionals,"
                                + " within 10 working days of the assessment being completed or Initial Child Protection Conference"))
                        .localStandard()
                        .due(within(workingDays(10)).of(anyOf("the assessment being completed or the initial child protection"
                                + " conference", ASSESSMENT_COMPLETED, CONFERENCE_HELD.where(conferenceHeld(ConferenceKind.INITIAL))))
                                .until(anyOf("the case closing or stepping down", CASE_CLOSED, STEPPED_DOWN)))
                        .metBy(PLAN_CREATED)
                        .interpretedAs("The booklet says \"if needed\": Duly expects a plan after every completed assessment and"
                                + " initial conference unless the case closes or steps down before it is due."),
                rule("plan.cin-reviewed", "Child in need plan reviewed", "PLAN-2", "CIN-6")
                        .citing(booklet(section, "Should be reviewed at least every 6 weeks at the appropriate multiagency meeting"
                                + " (TAF, CIN meeting or Core Group). The exception to these 6 weekly plan reviews is those stable"
                                + " cases within Children's Disabilities Services where there are no safeguarding risks and the plan"
                                + " acknowledges the need for longer term support."))
                        .localStandard()
                        .due(first(within(weeks(6)).of(cinPlan))
                                .thenEvery(either(months(3)).when(LONG_TERM_DISABILITY_SUPPORT).otherwise(weeks(6)))
                                .until(cinPlanEnds))
                        .metBy(PLAN_REVIEWED.where(planReviewed(ChildsPlanKind.CHILD_IN_NEED)))
                        .interpretedAs("The disability exception uses the Children in Need section's \"at least every 3 months\""
                                + " (CIN-6) for plans recorded as acknowledging longer term disability support.")
                        .interpretedAs("Child protection plans are reviewed at core groups: see cp.core-groups."),
                rule("plan.early-help-reviewed", "Early help plan reviewed", "EH-3", "PLAN-2")
                        .citing(booklet("Early Help", "Workers and managers should ensure that Child's Plans are reviewed and"
                                + " updated every 6 weeks"))
                        .localStandard()
                        .due(first(within(weeks(6)).of(ehPlan)).thenEvery(weeks(6)).until(ehPlanEnds))
                        .metBy(PLAN_REVIEWED.where(planReviewed(ChildsPlanKind.EARLY_HELP))),
                rule("plan.cin-independent-scrutiny", "Independent scrutiny of a child in need plan open 6 months", "PLAN-3", "CIN-7")
                        .citing(booklet(section, "For CIN cases, if a plan remains open for 6 months the Practice Supervisor will"
                                + " have a discussion with their Team Manger to consider if one of them should chair the multi-agency"
                                + " meeting to offer some independent scrutiny on the case"))
                        .localStandard()
                        .due(within(months(6)).of(cinPlan).until(cinPlanEnds))
                        .metBy(INDEPENDENT_SCRUTINY_DISCUSSION)
                        .interpretedAs("Due on the day the plan has been open 6 months; not owed if the plan ends first."),
                rule("plan.improvement-cycle-meeting", "Weekly improvement cycle meeting", "PLAN-4")
                        .citing(booklet(section, "For CIN cases, the Practice Supervisor will chair a weekly Improvement Cycle"
                                + " Meeting with practitioners and the Team Manager where plan progress is reviewed"))
                        .localStandard()
                        .due(everyWeek().from(cinPlan).until(cinPlanEnds))
                        .metBy(IMPROVEMENT_CYCLE_MEETING)
                        .interpretedAs("One meeting in each calendar week, Monday to Sunday, at which the child's plan progress is"
                                + " reviewed, while the child in need plan is open."),
                rule("plan.early-help-12-months", "Early help case open 12 months: consider updating the assessment", "PLAN-5")
                        .citing(booklet(section, "For EH cases it is good practice for Senior Family Support Practitioner/"
                                + " Children's Centre Coordinator to review cases open for 12+ months to consider updating the"
                                + " assessment"))
                        .localStandard()
                        .due(within(months(12)).of(ehPlan).until(ehPlanEnds))
                        .metBy(EARLY_HELP_CASE_REVIEW));
    }

    // ---- Chronologies; step up and step down ----------------------------------------------------------------

    private static List<Rule> chronologiesAndStepUp() {
        String section = "Chronologies";
        return List.of(
                rule("chronology.started", "Chronology started", "CHRON-1")
                        .citing(booklet(section, "Start: A chronology should be started for a child's file every time there is"
                                + " an open referral to social care or early help"))
                        .localStandard()
                        .due(immediately().on(REFERRAL.where(OPENED_THE_CASE)))
                        .metBy(CHRONOLOGY_STARTED)
                        .interpretedAs("Due on the day of the referral that opens the case; a referral while the case is"
                                + " already open does not start a second chronology."),
                rule("chronology.updated", "Chronology updated", "CHRON-2")
                        .citing(booklet(section, "Updates: The chronology should be updated to reflect case progress. Ideally this"
                                + " should be every 6 weeks but at a minimum of every 3 months"))
                        .localStandard()
                        .due(first(ideallyWithin(weeks(6)).atMostWithin(months(3)).of(CHRONOLOGY_STARTED))
                                .thenEvery(ideally(weeks(6)).atMost(months(3)))
                                .until(anyOf("the chronology or the case closing", CHRONOLOGY_CLOSED, CASE_CLOSED)))
                        .metBy(CHRONOLOGY_UPDATED),
                rule("chronology.closed", "Chronology updated and closed at case closure", "CHRON-3")
                        .citing(booklet(section, "Closures: When the case closes to Children's Services, the Chronology should be"
                                + " updated and closed as part of that process."))
                        .localStandard()
                        .due(by(CASE_CLOSED))
                        .metBy(CHRONOLOGY_CLOSED)
                        .interpretedAs("\"As part of that process\": met by the chronology closed on or before the day the case"
                                + " closes (since any earlier closure); nothing can be recorded once the case has closed."),
                rule("step-up.implemented", "Step up to social care", "STEP-1")
                        .citing(booklet("Step Up / Step Down", "Step up to social care (including Disabled Children's Team) should be"
                                + " implemented immediately that the worker is made aware of escalating need or risk"))
                        .localStandard()
                        .due(immediately().on(NEED_OR_RISK_ESCALATED))
                        .metBy(STEPPED_UP));
    }

    // ---- Parenting assessments; family time -----------------------------------------------------------------

    private static List<Rule> parentingAssessmentsAndFamilyTime() {
        String section = "Parenting Assessments";
        return List.of(
                rule("parenting.planning-meeting", "Parenting assessment planning meeting", "PA-1")
                        .citing(booklet(section, "Planning meeting held prior to the assessment start date including the Social"
                                + " Worker, parents and assessor and their line manager or supervisor"))
                        .localStandard()
                        .due(atLeast(days(1)).before(PARENTING_ASSESSMENT_STARTED))
                        .metBy(PARENTING_ASSESSMENT_PLANNING_MEETING)
                        .interpretedAs("\"Prior to the start date\": at the latest the day before the assessment starts."),
                rule("parenting.midway-review", "Parenting assessment midway review", "PA-2")
                        .citing(booklet(section, "Midway review at 6 weeks"))
                        .localStandard()
                        .due(within(weeks(6)).of(PARENTING_ASSESSMENT_STARTED))
                        .metBy(PARENTING_ASSESSMENT_MIDWAY_REVIEW)
                        .interpretedAs("\"At 6 weeks\": by the end of the sixth week from the start date."),
                rule("parenting.sessions", "Parenting assessment sessions completed", "PA-3")
                        .citing(booklet(section, "Direct work sessions completed within 12 weeks (12 direct work sessions and 12"
                                + " observation sessions)"))
                        .localStandard()
                        .due(within(weeks(12)).of(PARENTING_ASSESSMENT_STARTED))
                        .metBy(PARENTING_ASSESSMENT_SESSIONS_COMPLETED),
                rule("parenting.report", "Parenting assessment report", "PA-4")
                        .citing(booklet(section, "Parenting Assessment Report – 2 further weeks at the end of the assessment are"
                                + " required to complete the report (this includes full sign-off, sharing with the family and"
                                + " submission to Courts where appropriate)"))
                        .localStandard()
                        .due(within(weeks(2)).of(PARENTING_ASSESSMENT_SESSIONS_COMPLETED))
                        .metBy(PARENTING_ASSESSMENT_REPORT),
                rule("parenting.whole-process", "Parenting assessment: the whole process", "PA-5")
                        .citing(booklet(section, "The full Parenting Assessment process takes 14 weeks from the point of allocation"))
                        .localStandard()
                        .due(within(weeks(14)).of(PARENTING_ASSESSMENT_ALLOCATED))
                        .metBy(PARENTING_ASSESSMENT_REPORT),
                rule("family-time.as-directed", "Family time as directed", "FT-1")
                        .citing(booklet("Family Time", "As directed by Court of by Social Worker."))
                        .localStandard()
                        .due(asDirectedBy(FAMILY_TIME_DIRECTED.where(org.duly.timescales.Condition.of("",
                                (FamilyTimeDirected direction) -> direction.firstSessionDue().isPresent())),
                                direction -> direction.firstSessionDue().orElseThrow()))
                        .metBy(FAMILY_TIME_SESSION)
                        .interpretedAs("The due date is the first session's date as directed; a direction without one sets no"
                                + " due date Duly can check."));
    }

    // ---- Private fostering ----------------------------------------------------------------------------------

    private static List<Rule> privateFostering() {
        String section = "Private Fostering";
        Anchor ends = anyOf("the end of the arrangement", PRIVATE_FOSTERING_ENDED);
        return List.of(
                rule("private-fostering.visits", "Private fostering visits", "PF-1", "PF-2", "PF-6")
                        .citing(booklet(section, "First visit to the child – within 7 days of notification of the situation."
                                + " Statutory visits – initial visit within 7 days and minimal interval of 6 weeks between visits for"
                                + " first 12 months"))
                        .statutory(Instrument.PRIVATE_FOSTERING_REGULATIONS_2005, "regulations 7 and 8")
                        .due(first(within(days(7)).of(PRIVATE_FOSTERING_NOTIFICATION))
                                .thenEvery(either(weeks(6)).when(IN_THE_FIRST_YEAR_OF_THE_ARRANGEMENT).otherwise(weeks(12)))
                                .until(PRIVATE_FOSTERING_ENDED))
                        .metBy(VISIT.where(childSeenFor(VisitPurpose.PRIVATE_FOSTERING)))
                        .appliesWhen(PRIVATELY_FOSTERED)
                        .interpretedAs("\"Minimal interval of 6 weeks\" is read, as regulation 8(1)(a) says, as visits at"
                                + " intervals of not more than 6 weeks in the first year. The booklet stops there; regulation 8(1)(b)"
                                + " goes on: in any second or subsequent year, at intervals of not more than 12 weeks. The interval"
                                + " is chosen by the year the previous visit fell in, counted from the notification (regulation 8(6))."),
                rule("private-fostering.assessment", "Private fostering single assessment", "PF-3", "PF-6")
                        .citing(booklet(section, "Assessment – Single Assessment within 45 working days of notification"))
                        .localStandard()
                        .due(within(workingDays(45)).of(PRIVATE_FOSTERING_NOTIFICATION))
                        .metBy(ASSESSMENT_SIGNED_OFF.where(SINGLE_ASSESSMENT_SHARED))
                        .appliesWhen(PRIVATELY_FOSTERED),
                rule("private-fostering.network-meetings", "Private fostering network meetings", "PF-4", "PF-6")
                        .citing(booklet(section, "Meetings – network meetings held regularly at similar intervals to CIN meetings"))
                        .localStandard()
                        .due(first(within(weeks(6)).of(PRIVATE_FOSTERING_NOTIFICATION)).thenEvery(weeks(6)).until(ends))
                        .metBy(PRIVATE_FOSTERING_NETWORK_MEETING)
                        .appliesWhen(PRIVATELY_FOSTERED)
                        .interpretedAs("\"Similar intervals to CIN meetings\" is read as at least every 6 weeks (CIN-6)."),
                rule("private-fostering.reviews", "Private fostering reviews", "PF-5", "PF-6")
                        .citing(booklet(section, "Reviews – at intervals of at least every 12 months"))
                        .localStandard()
                        .due(first(within(months(12)).of(PRIVATE_FOSTERING_NOTIFICATION)).thenEvery(months(12)).until(ends))
                        .metBy(PRIVATE_FOSTERING_REVIEW)
                        .appliesWhen(PRIVATELY_FOSTERED)
                        .interpretedAs("When the child also meets the criteria for a child in need, the child in need reviews"
                                + " apply as well (plan.cin-reviewed)."));
    }

    // ---- Children in need ------------------------------------------------------------------------------------

    private static List<Rule> childrenInNeed() {
        String section = "Children in Need";
        return List.of(
                rule("cin.referral-decision", "Decision on the response to a referral", "CIN-1")
                        .citing(booklet(section, "Within 1 working day of a referral being made, a decision will need to have been"
                                + " made about the type of response required (if an assessment is necessary and at what level)"))
                        .statutory(Instrument.WORKING_TOGETHER, "decision within one working day of a referral")
                        .due(within(workingDays(1)).of(REFERRAL))
                        .metBy(REFERRAL_DECISION),
                rule("cin.referral-acknowledged", "Referral acknowledged", "CIN-1")
                        .citing(booklet(section, "and receipt of the referral will need to be acknowledged"))
                        .statutory(Instrument.WORKING_TOGETHER, "acknowledgement within one working day of a referral")
                        .due(within(workingDays(1)).of(REFERRAL))
                        .metBy(REFERRAL_ACKNOWLEDGED),
                rule("cin.child-seen", "Child seen by a social worker", "CIN-2")
                        .citing(booklet(section, "The child must be seen within 7 working days of the referral being made by a"
                                + " social worker"))
                        .localStandard()
                        .due(within(workingDays(7)).of(REFERRAL)
                                .until(REFERRAL_DECISION.where(WITHOUT_A_SOCIAL_CARE_RESPONSE)))
                        .metBy(VISIT.where(CHILD_SEEN_BY_A_SOCIAL_WORKER))
                        .interpretedAs("A social worker sees the child when social care responds: owed unless the referral"
                                + " decision is early help, a partner agency, information and advice or no further action."),
                rule("cin.visits", "Child in need visits", "CIN-3")
                        .citing(booklet(section, "and regularly whilst the case remains open. Frequency of visiting will be bespoke"
                                + " to the level of risk / complexity identified and should occur at least 6 weekly"))
                        .localStandard()
                        .due(first(within(weeks(6)).of(PLAN_CREATED.where(planCreated(ChildsPlanKind.CHILD_IN_NEED))))
                                .thenEvery(weeks(6))
                                .until(PLAN_ENDED.where(planEnded(ChildsPlanKind.CHILD_IN_NEED))))
                        .metBy(VISIT.where(CHILD_SEEN_BY_A_SOCIAL_WORKER))
                        .interpretedAs("\"While the case remains open\" is read as while a child in need plan is open; visits"
                                + " before the plan are the assessment's (cin.child-seen)."));
    }

    // ---- Child protection -----------------------------------------------------------------------------------

    private static List<Rule> childProtection() {
        String section = "Child Protection";
        Event<org.duly.domain.events.ConferenceHeld> initial = CONFERENCE_HELD.where(conferenceHeld(ConferenceKind.INITIAL));
        Event<org.duly.domain.events.ConferenceHeld> review = CONFERENCE_HELD.where(conferenceHeld(ConferenceKind.REVIEW));
        Event<org.duly.domain.events.ConferenceHeld> initialWithPlan = Event.of("the initial child protection conference",
                        org.duly.domain.events.ConferenceHeld.class, org.duly.domain.events.ConferenceHeld::date)
                .where(conferenceHeld(ConferenceKind.INITIAL)).where(WITH_A_PLAN);
        Anchor planEnds = PLAN_ENDED.where(planEnded(ChildsPlanKind.CHILD_PROTECTION));
        return List.of(
                rule("cp.strategy-discussion", "Strategy discussion", "CP-1")
                        .citing(booklet(section, "Where it is considered that a child may be suffering or be at risk of suffering"
                                + " significant harm a strategy discussion meeting should take place as soon as possible, but within"
                                + " 24 hours"))
                        .localStandard()
                        .due(within(hours(24)).of(SIGNIFICANT_HARM_CONCERN))
                        .metBy(STRATEGY_DISCUSSION)
                        .interpretedAs("24 elapsed hours from the time the concern was recorded, in Europe/London: across a clock"
                                + " change that is not the same time the next day."),
                rule("cp.icpc", "Initial child protection conference", "CP-2")
                        .citing(booklet(section, "If an Initial Child Protection Conference (ICPC) is required, this should take"
                                + " place within 15 working days of the strategy discussion where S47 enquiries were initiated"))
                        .statutory(Instrument.WORKING_TOGETHER, "initial child protection conferences")
                        .due(within(workingDays(15)).of(STRATEGY_DISCUSSION.where(INITIATED_SECTION_47))
                                .until(SECTION_47_COMPLETED.where(NO_CONFERENCE_NEEDED)))
                        .metBy(initial)
                        .interpretedAs("\"If required\": owed unless the section 47 enquiry is recorded as concluding that no"
                                + " conference is needed before it is due."),
                rule("cp.pre-birth-icpc", "Pre-birth initial child protection conference", "CP-3")
                        .citing(booklet(section, "If concerns relate to an unborn, conference should be held prior to birth and"
                                + " before 28 weeks"))
                        .localStandard()
                        .due(atLeast(weeks(12)).before(dateOf(EXPECTED_DATE_OF_DELIVERY)))
                        .metBy(initial.where(PRE_BIRTH))
                        .appliesWhen(org.duly.timescales.Condition.withFacts("to unborn children with section 47 enquiries"
                                        + " that may need a conference",
                                (date, facts) -> facts.value(EXPECTED_DATE_OF_DELIVERY).isPresent()
                                        && facts.occurrences(org.duly.domain.events.StrategyDiscussion.class).stream()
                                                .anyMatch(discussion -> discussion.initiatedSection47()
                                                        && facts.value(DATE_OF_BIRTH).map(born -> discussion.date().isBefore(born))
                                                                .orElse(true)
                                                        && facts.occurrences(org.duly.domain.events.Section47EnquiryCompleted.class)
                                                                .stream().noneMatch(completed -> !completed.date().isBefore(discussion.date())
                                                                        && NO_CONFERENCE_NEEDED.test(completed, facts)))))
                        .interpretedAs("\"Before 28 weeks\" is read as 28 weeks of gestation: 12 weeks before the expected date"
                                + " of delivery (a 40-week term), which is also before the birth.")
                        .interpretedAs("As for cp.icpc, \"if required\": not owed once the section 47 enquiry is recorded as"
                                + " concluding that no conference is needed."),
                rule("cp.section-47-completed", "Section 47 enquiry completed", "CP-4")
                        .citing(booklet(section, "All S47 Enquiries should be completed within a maximum of 15 working days"))
                        .localStandard()
                        .due(within(workingDays(15)).of(SECTION_47_STARTED))
                        .metBy(SECTION_47_COMPLETED),
                rule("cp.report-initial", "Report shared before an initial conference", "CP-5")
                        .citing(booklet(section, "the Social Worker's report for ICPC which needs to be shared in advance with"
                                + " parents prior to the conference - minimum of 2 working days for an initial conference"))
                        .localStandard()
                        .due(atLeast(workingDays(2)).before(conference(ConferenceKind.INITIAL, "the initial conference")))
                        .metBy(REPORT_SHARED.where(reportFor(ConferenceKind.INITIAL)))
                        .interpretedAs("Counted back from the conference: the date it is held, or, before then, the date it is"
                                + " scheduled for (the latest arrangement, when it is rescheduled)."),
                rule("cp.report-review", "Report shared before a review conference", "CP-6")
                        .citing(booklet(section, "3 working days for any subsequent review"))
                        .localStandard()
                        .due(atLeast(workingDays(3)).before(conference(ConferenceKind.REVIEW, "the review conference")))
                        .metBy(REPORT_SHARED.where(reportFor(ConferenceKind.REVIEW))),
                rule("cp.management-oversight", "Management oversight of a section 47 enquiry", "CP-7")
                        .citing(booklet(section, "Management oversight (within the S47 Workflow) must be completed within 7 working"
                                + " days from the start of the S47 enquiry"))
                        .localStandard()
                        .due(within(workingDays(7)).of(SECTION_47_STARTED))
                        .metBy(SECTION_47_MANAGEMENT_OVERSIGHT),
                rule("cp.seen-alone", "Child seen and spoken to alone in a section 47 enquiry", "CP-8")
                        .citing(booklet(section, "Visits – within a S47 the child needs to be seen and spoken to (alone) as soon as"
                                + " possible, within 24 hours"))
                        .localStandard()
                        .due(within(hours(24)).of(STRATEGY_DISCUSSION.where(INITIATED_SECTION_47)))
                        .metBy(VISIT.where(CHILD_SEEN_ALONE))
                        .interpretedAs("The 24 hours count from the strategy discussion that initiated the enquiry, so its time"
                                + " must be recorded."),
                rule("cp.core-groups", "Core groups", "CP-9", "CP-10")
                        .citing(booklet(section, "Core Groups – Initial Core Group must take place within 10 working days of the"
                                + " initial child protection conference; then at least every 6 weeks to review the plan and its"
                                + " effectiveness"))
                        .statutory(Instrument.WORKING_TOGETHER, "core groups")
                        .due(first(within(workingDays(10)).of(initialWithPlan)).thenEvery(weeks(6)).until(planEnds))
                        .metBy(CORE_GROUP_MEETING)
                        .interpretedAs("Core groups follow an initial conference that made a child protection plan, and stop"
                                + " when the plan ends."),
                rule("cp.review-conferences", "Review child protection conferences", "CP-11", "CP-13")
                        .citing(booklet(section, "Review Child Protection Conferences – within 3 months of the initial child"
                                + " protection conference ... Further reviews should be held at intervals of not more than 6 months"
                                + " for as long as the child remains the subject of a Child Protection Plan."))
                        .statutory(Instrument.WORKING_TOGETHER, "review child protection conferences")
                        .due(first(within(months(3)).of(initialWithPlan.where(org.duly.timescales.Condition.of("",
                                        (org.duly.domain.events.ConferenceHeld held) -> !held.preBirth()))))
                                .thenEvery(months(6)).until(planEnds))
                        .metBy(review),
                rule("cp.pre-birth-review-conferences", "Review conferences after a pre-birth conference", "CP-12", "CP-13")
                        .citing(booklet(section, "if the initial conference was a pre-birth conference within 1 month of the child's"
                                + " birth, or within 3 months of the initial one (whichever is sooner)"))
                        .statutory(Instrument.WORKING_TOGETHER, "review child protection conferences")
                        .due(first(soonerOf(within(months(1)).of(BIRTH.where(AFTER_A_PRE_BIRTH_PLAN)),
                                        within(months(3)).of(initialWithPlan.where(PRE_BIRTH))))
                                .thenEvery(months(6)).until(planEnds))
                        .metBy(review)
                        .interpretedAs("Until the birth, the first review is due 3 months after the pre-birth conference; the"
                                + " birth can bring it forward. A birth counts only after a pre-birth conference that made a plan."));
    }

    /** A conference of a kind: when it was held, or, until then, when it is scheduled for. */
    private static Anchor conference(ConferenceKind kind, String words) {
        return anyOf(words, CONFERENCE_HELD.where(conferenceHeld(kind)), CONFERENCE_SCHEDULED.where(scheduledNotYetHeld(kind)));
    }

    // ---- Court work ------------------------------------------------------------------------------------------

    private static List<Rule> courtWork() {
        String section = "Court Work";
        return List.of(
                rule("court.proceedings-26-weeks", "Care proceedings completed within 26 weeks", "CT-1")
                        .citing(booklet(section, "Care Proceedings should be completed within 26 weeks (including PLO)"))
                        .statutory(Instrument.CHILDREN_ACT_1989_S32, "")
                        .due(within(weeks(26)).of(CARE_PROCEEDINGS_ISSUED))
                        .metBy(CARE_PROCEEDINGS_CONCLUDED)
                        .interpretedAs("The 26 weeks run from the issue of the application, as section 32(1)(a) counts them."),
                rule("court.pre-proceedings", "Pre-proceedings (PLO) completed", "CT-2")
                        .citing(booklet(section, "The ideal aim is that PLO should be completed within 16 weeks"))
                        .localStandard()
                        .due(ideallyWithin(weeks(16)).atMostWithin(weeks(26)).of(PRE_PROCEEDINGS_STARTED))
                        .metBy(PRE_PROCEEDINGS_ENDED)
                        .interpretedAs("16 weeks is the ideal aim; the booklet's \"26 weeks (including PLO)\" is read as the"
                                + " limit beside it."),
                rule("court.day-1-filing", "Application filed with its documents on day 1", "CT-3")
                        .citing(booklet(section, "On Day 1 – the following must be attached to the application filed with the"
                                + " court: Chronology, Statement (SWET) and Genogram, any current assessment ... the Care Plan, an"
                                + " index of checklist documents"))
                        .statutory(Instrument.PUBLIC_LAW_OUTLINE, "stage 1, day 1")
                        .due(immediately().on(CARE_PROCEEDINGS_ISSUED))
                        .metBy(CARE_PROCEEDINGS_ISSUED.where(WITH_EVERY_DAY_1_DOCUMENT))
                        .interpretedAs("Met by the issue itself when it records every day 1 document as filed."),
                rule("court.day-2-service", "Application served on day 2", "CT-4")
                        .citing(booklet(section, "On Day 2 the local authority must serve on the other parties the application form"
                                + " and annex documents, together with the 'evidential checklist documents'"))
                        .statutory(Instrument.PUBLIC_LAW_OUTLINE, "stage 1, day 2")
                        .due(within(days(1)).of(CARE_PROCEEDINGS_ISSUED))
                        .metBy(CARE_PROCEEDINGS_SERVED)
                        .interpretedAs("The issue is day 1, so day 2 is the next calendar day; the booklet numbers days, not"
                                + " working days."),
                rule("court.case-management-hearing", "First case management hearing", "CT-5")
                        .citing(booklet(section, "Between Day 12 and 18 – the first Case Management Hearing should take place."))
                        .statutory(Instrument.PUBLIC_LAW_OUTLINE, "stage 2")
                        .due(betweenDay(12).andDay(18).countingFrom(CARE_PROCEEDINGS_ISSUED))
                        .metBy(CASE_MANAGEMENT_HEARING)
                        .interpretedAs("Days are numbered in calendar days with the issue as day 1, as the booklet numbers them."),
                rule("court.directions", "Court directions complied with", "CT-6")
                        .citing(booklet(section, "This additional material should be delivered within the timeframes set by the court"))
                        .localStandard()
                        .due(asDirectedBy(COURT_DIRECTION, CourtDirectionMade::dueDate))
                        .metBy(Fulfilment.by(COURT_DIRECTION_COMPLIED).linkedBy((direction, complied) ->
                                ((CourtDirectionMade) direction).directionId().equals(((CourtDirectionComplied) complied).directionId()))));
    }

    // ---- Children in care ------------------------------------------------------------------------------------

    private static List<Rule> childrenInCare() {
        String section = "Children in Care";
        Event<org.duly.domain.events.BecameLookedAfter> becameLookedAfter = BECAME_LOOKED_AFTER.where(NOT_FOR_SHORT_BREAKS);
        Anchor leavesCare = anyOf("ceasing to be looked after or the 18th birthday", CEASED_LOOKED_AFTER, birthday(18, DATE_OF_BIRTH));
        String shortBreaks = "Children looked after for a pre-planned series of short breaks (regulation 48) are outside this rule.";
        return List.of(
                rule("lac.visits", "Visits to a child in care", "LAC-1", "LAC-2")
                        .citing(booklet(section, "Visits: within 1 week of the start on any placement, then at intervals of no more"
                                + " than 6 weeks / 4 weekly for IFAs and private residentials"))
                        .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "regulation 28")
                        .due(first(within(weeks(1)).of(PLACEMENT_STARTED))
                                .thenEvery(either(weeks(4)).when(IN_AN_IFA_OR_PRIVATE_RESIDENTIAL_PLACEMENT).otherwise(weeks(6)))
                                .until(leavesCare))
                        .metBy(VISIT.where(childSeenFor(VisitPurpose.LOOKED_AFTER)))
                        .interpretedAs("Each placement restarts the clock. The 4-weekly visits to IFA and private residential"
                                + " placements are Derbyshire's, stricter than regulation 28's 6 weeks; the interval is chosen by the"
                                + " placement on the day of the previous visit."),
                rule("lac.placement-planning-meeting", "Placement planning meeting", "LAC-3")
                        .citing(booklet(section, "Placement Planning Meeting: within 5 working days of the start of the placement"))
                        .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "regulation 9")
                        .due(within(workingDays(5)).of(PLACEMENT_STARTED))
                        .metBy(PLACEMENT_PLANNING_MEETING),
                rule("lac.care-plan", "Care plan", "LAC-4")
                        .citing(booklet(section, "Care Plan: ... completed within 10 working days of the child coming into care"))
                        .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "regulation 4")
                        .due(within(workingDays(10)).of(becameLookedAfter))
                        .metBy(CARE_PLAN_COMPLETED)
                        .interpretedAs(shortBreaks),
                rule("lac.care-plan-to-iro", "Care plan paperwork available to the IRO", "LAC-5")
                        .citing(booklet(section, "This paperwork should be available for the IRO at least 3 working days before the"
                                + " Looked After Review."))
                        .localStandard()
                        .due(atLeast(workingDays(3)).before(LOOKED_AFTER_REVIEW))
                        .metBy(CARE_PLAN_AVAILABLE_TO_IRO)
                        .interpretedAs("Counted back from each looked after review held; a review is recorded once it is held,"
                                + " so this is checked after the review."),
                rule("lac.reviews", "Looked after reviews", "LAC-6", "LAC-7", "LAC-8")
                        .citing(booklet(section, "Looked After Reviews: initially within 20 working days of the child becoming looked"
                                + " after, second review within 3 months (after initial), then at least 6 monthly"))
                        .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "regulation 33")
                        .due(first(within(workingDays(20)).of(becameLookedAfter))
                                .then(within(months(3)).ofPrevious())
                                .thenEvery(months(6))
                                .until(leavesCare))
                        .metBy(LOOKED_AFTER_REVIEW)
                        .interpretedAs("Each period of care starts a new chain; a placement move or a change of legal status does"
                                + " not. Each review counts from the date the previous one was actually held.")
                        .interpretedAs(shortBreaks),
                rule("lac.health-assessments", "Health assessments", "LAC-9", "LAC-10")
                        .citing(booklet(section, "Health Care Assessments: First assessment should be completed within 20 working"
                                + " days – ideally prior to first Looked after review, then at least annually (for children 5yrs +),"
                                + " at least 6 monthly (for children under 5yrs)"))
                        .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "regulation 7")
                        .due(first(within(workingDays(20)).of(becameLookedAfter))
                                .thenEvery(either(months(6)).when(UNDER_FIVE).otherwise(months(12)))
                                .until(leavesCare))
                        .metBy(HEALTH_ASSESSMENT)
                        .interpretedAs("The interval is chosen by the child's age on the day of the previous assessment: turning"
                                + " 5 changes it from the next assessment on.")
                        .interpretedAs(shortBreaks),
                rule("lac.pep", "First personal education plan", "LAC-11")
                        .citing(booklet(section, "Personal Education Plan (PEP): First PEP should be initiated within 10 working days"
                                + " of a child becoming looked after"))
                        .localStandard()
                        .due(within(workingDays(10)).of(becameLookedAfter))
                        .metBy(PERSONAL_EDUCATION_PLAN)
                        .interpretedAs(shortBreaks),
                rule("lac.pep-reviewed", "Personal education plan reviewed with each looked after review", "LAC-12")
                        .citing(booklet(section, "and reviewed in line with Looked After Reviews (if school remains the same)"))
                        .localStandard()
                        .due(by(LOOKED_AFTER_REVIEW))
                        .metBy(PERSONAL_EDUCATION_PLAN)
                        .interpretedAs("\"In line with\" is read as a PEP reviewed since the previous looked after review and by the"
                                + " day of the next."),
                rule("lac.pep-school-move", "Personal education plan after a school move", "LAC-13")
                        .citing(booklet(section, "If there is a school move there should be a PEP within 10 working days of that move"))
                        .localStandard()
                        .due(within(workingDays(10)).of(SCHOOL_MOVE))
                        .metBy(PERSONAL_EDUCATION_PLAN),
                rule("lac.sdq-on-entry", "Strengths and difficulties questionnaire on entering care", "LAC-14")
                        .citing(booklet(section, "Strength and Difficulties Questionnaires (SDQ) (for all children 4-17) are sent out"
                                + " by business services to carers / education provision and the young person (if 11 or above) when a"
                                + " child enters care"))
                        .localStandard()
                        .due(immediately().on(becameLookedAfter.where(org.duly.timescales.Condition.withFacts("aged 4 to 17",
                                (became, facts) -> AGED_4_TO_17.test(became.date(), facts)))))
                        .metBy(SDQ)
                        .interpretedAs("The booklet sets no time for the return: Duly counts the questionnaire as due the day the"
                                + " child enters care, so a later record shows as met late.")
                        .interpretedAs("Owed for a child aged 4 to 17 on the day they enter care."),
                rule("lac.sdq-twice-yearly", "Strengths and difficulties questionnaires each May and November", "LAC-14")
                        .citing(booklet(section, "then twice yearly (May and November)"))
                        .localStandard()
                        .due(inEach(Month.MAY, Month.NOVEMBER).from(becameLookedAfter).until(leavesCare)
                                .when(org.duly.timescales.Condition.withFacts("aged 4 to 17",
                                        (date, facts) -> AGED_4_TO_17.test(date, facts))))
                        .metBy(SDQ)
                        .interpretedAs("A May or November counts when the child is aged 4 to 17 on its last day."),
                rule("lac.change-of-circumstances", "Change of circumstances record", "LAC-15")
                        .citing(booklet(section, "A Child's Change of Circumstances Workflow needs to be completed when a child first"
                                + " comes into care, if they move placement and / or is there is any change to their legal status"))
                        .localStandard()
                        .due(immediately().on(anyOf("coming into care, a placement move or a change of legal status",
                                BECAME_LOOKED_AFTER, PLACEMENT_STARTED, LEGAL_STATUS_CHANGED)))
                        .metBy(CHANGE_OF_CIRCUMSTANCES)
                        .interpretedAs("No time is given: due on the day of the change. Changes on one day need one record."));
    }

    // ---- Child exploitation; life story work ----------------------------------------------------------------

    private static List<Rule> childExploitationAndLifeStory() {
        String section = "Child Exploitation";
        String lifeStory = "Life Story Work";
        Event<org.duly.domain.events.ExploitationAssessmentSignedOff> high = EXPLOITATION_ASSESSMENT_SIGNED_OFF.where(risk(RiskLevel.HIGH));
        return List.of(
                rule("exploitation.high-risk-meeting-combined", "High-risk exploitation meeting with a strategy discussion", "CE-1")
                        .citing(booklet(section, "Initial high risk Child Exploitation Meeting to be convened within 1 working day of"
                                + " Child Exploitation assessment sign off. This meeting is to be a combined s47 Strategy Discussion /"
                                + " Child Exploitation meeting (where possible)."))
                        .localStandard()
                        .due(within(workingDays(1)).of(high.where(COMBINED_WITH_A_STRATEGY_DISCUSSION)))
                        .metBy(EXPLOITATION_MEETING),
                rule("exploitation.high-risk-meeting", "High-risk exploitation meeting", "CE-1")
                        .citing(booklet(section, "If not combined with a s47 strategy Discussion, the initial Child Exploitation high"
                                + " risk meeting to take place within 3 working days of assessment sign off"))
                        .localStandard()
                        .due(within(workingDays(3)).of(high.where(NOT_COMBINED_WITH_A_STRATEGY_DISCUSSION)))
                        .metBy(EXPLOITATION_MEETING),
                rule("exploitation.medium-risk-meeting", "Medium-risk exploitation meeting", "CE-2")
                        .citing(booklet(section, "Initial medium risk Child Exploitation meeting to be convened within 15 working days"
                                + " of Child Exploitation assessment sign off."))
                        .localStandard()
                        .due(within(workingDays(15)).of(EXPLOITATION_ASSESSMENT_SIGNED_OFF.where(risk(RiskLevel.MEDIUM))))
                        .metBy(EXPLOITATION_MEETING),
                rule("exploitation.assessment-updated", "Exploitation assessment updated", "CE-3")
                        .citing(booklet(section, "Child Exploitation assessment to be updated 4 weekly (high risk), 6 weekly (medium"
                                + " and low risk)."))
                        .localStandard()
                        .due(first(immediately().on(EXPLOITATION_ASSESSMENT_SIGNED_OFF.first()))
                                .thenEvery(either(weeks(4)).when(HIGH_RISK_OF_EXPLOITATION).otherwise(weeks(6))))
                        .metBy(EXPLOITATION_ASSESSMENT_SIGNED_OFF)
                        .interpretedAs("Each update is a new sign-off; the first assessment meets its own first occurrence. The"
                                + " interval follows the risk level of the latest assessment."),
                rule("life-story.book", "Life story book", "LS-1")
                        .citing(booklet(lifeStory, "The completed Life Story Book should be given to the adoptive parents at the time"
                                + " the child is placed with them or, if that is not possible, within 10 days working days of the"
                                + " adoption order being made (at the latest)"))
                        .statutory(Instrument.ADOPTION_AGENCIES_REGULATIONS_2005, "and the adoption statutory guidance")
                        .due(ideally(by(PLACEMENT_STARTED.where(placementOfType(PlacementType.PLACED_FOR_ADOPTION))))
                                .atTheLatest(atTheLatest(workingDays(10)).after(ADOPTION_ORDER)))
                        .metBy(LIFE_STORY_BOOK_GIVEN)
                        .interpretedAs("Ideally at the placement for adoption; owed, at the latest, 10 working days after the"
                                + " adoption order. A book given at placement meets it."),
                rule("life-story.later-life-letter", "Later life letter", "LS-2")
                        .citing(booklet(lifeStory, "The Later Life Letter should be given to adoptive parents within 10 days working days"
                                + " of the adoption order being made (at the latest)."))
                        .statutory(Instrument.ADOPTION_AGENCIES_REGULATIONS_2005, "and the adoption statutory guidance")
                        .due(atTheLatest(workingDays(10)).after(ADOPTION_ORDER))
                        .metBy(LATER_LIFE_LETTER_GIVEN));
    }

    // ---- Care leavers; transition to adulthood --------------------------------------------------------------

    private static List<Rule> careLeaversAndTransition() {
        String section = "Care Leavers";
        String transition = "Transition to Adulthood";
        org.duly.timescales.Condition<LocalDate> formerRelevant = careLeaver("to former relevant care leavers",
                CareLeaverCategory.FORMER_RELEVANT);
        return List.of(
                rule("care-leavers.referral", "Referral to the leaving care team", "CL-1", "CL-9")
                        .citing(booklet(section, "Referral to this team at least one month before any eligible young person's 16th"
                                + " Birthday to ensure allocation by the time they are 16"))
                        .localStandard()
                        .due(atLeast(months(1)).before(birthday(16, DATE_OF_BIRTH)))
                        .metBy(LEAVING_CARE_REFERRAL)
                        .appliesWhen(LOOKED_AFTER_SINCE_14)
                        .interpretedAs("Who will be eligible is known only at 16: Duly expects the referral for every young person"
                                + " looked after since their 14th birthday (the start of the 13-weeks test). A young person who"
                                + " comes into care later than a month before their 16th birthday cannot be referred in time;"
                                + " the booklet sets no time for them, so this rule does not apply to them."),
                rule("care-leavers.initial-visit", "Initial visit by the leaving care worker", "CL-2")
                        .citing(booklet(section, "An initial visit should be facilitated together with the Social Work team within 4"
                                + " weeks of allocation."))
                        .localStandard()
                        .due(within(weeks(4)).of(LEAVING_CARE_WORKER_ALLOCATED))
                        .metBy(VISIT.where(childSeenFor(VisitPurpose.LEAVING_CARE))),
                rule("care-leavers.contacts-after-18", "Contacts after 18", "CL-3")
                        .citing(booklet(section, "Post 18 how much contact you have depends on how much you need. But as a minimum,"
                                + " your leaving care worker will try and see you at least 6 times a year."))
                        .localStandard()
                        .due(first(within(months(2)).of(birthday(18, DATE_OF_BIRTH))).thenEvery(months(2))
                                .until(birthday(21, DATE_OF_BIRTH)))
                        .metBy(CARE_LEAVER_CONTACT)
                        .appliesWhen(formerRelevant)
                        .interpretedAs("\"At least 6 times a year\" is read as no more than 2 months between contacts, from the"
                                + " 18th birthday while the young person is a former relevant care leaver."),
                rule("care-leavers.pathway-plan", "Pathway plan", "CL-4", "CL-9")
                        .citing(booklet(section, "All young people will have a Pathway Plan in place within 3 months of becoming"
                                + " eligible, wherever possible, by their 16th birthday."))
                        .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "regulation 42")
                        .due(ideally(by(birthday(16, DATE_OF_BIRTH))).atTheLatest(within(months(3)).of(dateOf(DATE_BECAME_ELIGIBLE))))
                        .metBy(PATHWAY_PLAN)
                        .appliesWhen(EVER_ELIGIBLE)
                        .interpretedAs("Eligible and relevant as the Children Act 1989 defines them: 13 weeks looked after since the"
                                + " 14th birthday, some of it after the 16th; pre-planned short breaks do not count."),
                rule("care-leavers.pathway-plan-reviewed", "Pathway plan reviewed", "CL-5")
                        .citing(booklet(section, "The Pathway Plan must be reviewed at least every 6 months."))
                        .statutory(Instrument.CARE_LEAVERS_REGULATIONS_2010, "reviews of pathway plans")
                        .due(first(within(months(6)).of(PATHWAY_PLAN.first())).thenEvery(months(6)).until(birthday(21, DATE_OF_BIRTH)))
                        .metBy(PATHWAY_PLAN_REVIEW)
                        .interpretedAs("Until the 21st birthday; the booklet's \"up to 24 if in education\" is not recorded in the"
                                + " case file, so later reviews are not expected."),
                rule("care-leavers.review-after-change", "Pathway plan review after a change", "CL-6")
                        .citing(booklet(section, "It is good practice for a review to be held within 28 days of any change in the care"
                                + " leaver's accommodation or when there is a significant change in a young person's life"))
                        .localStandard()
                        .due(within(days(28)).of(SIGNIFICANT_CHANGE))
                        .metBy(PATHWAY_PLAN_REVIEW),
                rule("care-leavers.pfa-record", "Preparation for adulthood data record", "CL-7")
                        .citing(booklet(section, "a Preparation for Adulthood Data Record should be completed by the time they are 16"
                                + " years old at the latest (14 if they have complex needs) and updated every 6 months"))
                        .localStandard()
                        .due(first(by(birthday(16, DATE_OF_BIRTH))).thenEvery(months(6)).until(birthday(18, DATE_OF_BIRTH)))
                        .metBy(PREPARATION_FOR_ADULTHOOD_RECORD)
                        .appliesWhen(ADULT_SERVICES_WITHOUT_COMPLEX_NEEDS),
                rule("care-leavers.pfa-record-complex-needs", "Preparation for adulthood data record (complex needs)", "CL-7")
                        .citing(booklet(section, "(14 if they have complex needs) and updated every 6 months"))
                        .localStandard()
                        .due(first(by(birthday(14, DATE_OF_BIRTH))).thenEvery(months(6)).until(birthday(18, DATE_OF_BIRTH)))
                        .metBy(PREPARATION_FOR_ADULTHOOD_RECORD)
                        .appliesWhen(ADULT_SERVICES_WITH_COMPLEX_NEEDS),
                rule("care-leavers.pfa-referral", "Preparation for adulthood referral to adult care", "CL-8", "TA-3")
                        .citing(booklet(section, "By the time a young person is 16.5 years a Preparation for Adulthood Referral to"
                                + " Adult Care should be completed by their children's worker"))
                        .localStandard()
                        .due(by(reaching(Age.of(16, 6), DATE_OF_BIRTH)))
                        .metBy(PREPARATION_FOR_ADULTHOOD_REFERRAL)
                        .appliesWhen(LIKELY_TO_NEED_ADULT_SERVICES),
                rule("care-leavers.qualifying-contact", "Yearly contact with qualifying care leavers", "CL-10")
                        .citing(booklet(section, "Qualifying care leavers (less than 13 weeks in care) or those who have moved back"
                                + " home before they are 18 are able to access some support depending on their circumstances but will be"
                                + " contacted at least once a year"))
                        .localStandard()
                        .due(first(within(months(12)).of(CEASED_LOOKED_AFTER.latest())).thenEvery(months(12))
                                .until(birthday(21, DATE_OF_BIRTH)))
                        .metBy(CARE_LEAVER_CONTACT)
                        .appliesWhen(careLeaver("to qualifying care leavers", CareLeaverCategory.QUALIFYING)),
                rule("transition.plan-reviews-complex-needs", "Transition plan reviews (complex needs)", "TA-1", "TA-2")
                        .citing(booklet(transition, "If the child has complex needs this should be initiated at 14 years ... Once"
                                + " completed this transition plan should be reviewed (and updated) at least every 6 months."))
                        .localStandard()
                        .due(first(by(birthday(14, DATE_OF_BIRTH))).thenEvery(months(6)).until(birthday(18, DATE_OF_BIRTH)))
                        .metBy(TRANSITION_PLAN_REVIEW)
                        .appliesWhen(ADULT_SERVICES_WITH_COMPLEX_NEEDS),
                rule("transition.plan-reviews", "Transition plan reviews", "TA-1", "TA-2")
                        .citing(booklet(transition, "if less complex by 16 years at the latest. Once completed this transition plan"
                                + " should be reviewed (and updated) at least every 6 months."))
                        .localStandard()
                        .due(first(by(birthday(16, DATE_OF_BIRTH))).thenEvery(months(6)).until(birthday(18, DATE_OF_BIRTH)))
                        .metBy(TRANSITION_PLAN_REVIEW)
                        .appliesWhen(ADULT_SERVICES_WITHOUT_COMPLEX_NEEDS),
                rule("transition.locality-meetings", "Locality transition meetings", "TA-4")
                        .citing(booklet(transition, "Transition locality meetings take place every 2 months within each of the 6"
                                + " localities ... This is currently specific to the Disabled Children's Service"))
                        .localStandard()
                        .due(first(within(months(2)).of(TRANSITION_PLAN_REVIEW.first())).thenEvery(months(2))
                                .until(birthday(18, DATE_OF_BIRTH)))
                        .metBy(TRANSITION_LOCALITY_MEETING)
                        .appliesWhen(DISABLED_AND_LIKELY_TO_NEED_ADULT_SERVICES)
                        .interpretedAs("Each young person's case is reviewed at a locality meeting at least every 2 months from"
                                + " their first transition plan review."));
    }

    /** CL-10, in two versions: the Children and Social Work Act 2017 extended it from 21 to 25 from 1 April 2018. */
    private static Rule personalAdviserContact(Age until) {
        return rule("care-leavers.yearly-contact", "Yearly contact with former relevant care leavers", "CL-10")
                .citing(booklet("Care Leavers", "As a Local Authority we have a duty to support eligible care leavers up to the"
                        + " age of 21, and maintain contact with them, at least yearly, until they are 25"))
                .statutory(until.years() == 25 ? Instrument.CHILDREN_AND_SOCIAL_WORK_ACT_2017 : Instrument.CARE_LEAVERS_REGULATIONS_2010, "")
                .due(first(within(months(12)).of(birthday(18, DATE_OF_BIRTH))).thenEvery(months(12))
                        .until(reaching(until, DATE_OF_BIRTH)))
                .metBy(CARE_LEAVER_CONTACT)
                .appliesWhen(careLeaver("to former relevant care leavers", CareLeaverRules.STATUTE.withFormerRelevantUntil(until),
                        CareLeaverCategory.FORMER_RELEVANT))
                .interpretedAs(until.years() == 25
                        ? "From 1 April 2018 (Children and Social Work Act 2017) to 25, for care leavers whose contacts began on"
                                + " or after that date (their 18th birthday): the version in force when the clock started applies."
                        : "Before 1 April 2018 the duty ran to 21 (or beyond only while in education or training, not recorded).");
    }

    // ---- External placements --------------------------------------------------------------------------------

    private static List<Rule> externalPlacements() {
        String section = "External Placements";
        return List.of(
                rule("external.disruption-meeting", "Provider challenge or disruption meeting", "EP-1")
                        .citing(booklet(section, "If there are concerns with a placement, the commissioning team will link in with"
                                + " the relevant locality/service and hold a provider challenge/placement disruption meeting, ideally as"
                                + " soon as possible but certainly within 2 weeks"))
                        .localStandard()
                        .due(within(weeks(2)).of(PROVIDER_CONCERN))
                        .metBy(DISRUPTION_MEETING),
                rule("external.qa-semi-independent", "Quality assurance visit after a move to semi-independent accommodation", "EP-2")
                        .citing(booklet(section, "When a young person moves into a semi-independent home, a visit by the quality"
                                + " assurance team will be undertaken within 6 weeks"))
                        .localStandard()
                        .due(within(weeks(6)).of(PLACEMENT_STARTED.where(placementOfType(PlacementType.SEMI_INDEPENDENT))))
                        .metBy(QUALITY_ASSURANCE_VISIT.where(visitFor(QualityAssuranceVisitReason.MOVE_INTO_SEMI_INDEPENDENT))),
                rule("external.qa-concerns", "Quality assurance visit after concerns", "EP-3")
                        .citing(booklet(section, "If concerns have been shared by a social worker or independent reviewing officer, a"
                                + " quality assurance visit will be undertaken within 4 weeks"))
                        .localStandard()
                        .due(within(weeks(4)).of(PROVIDER_CONCERN.where(RAISED_BY_A_SOCIAL_WORKER_OR_IRO)))
                        .metBy(QUALITY_ASSURANCE_VISIT.where(visitFor(QualityAssuranceVisitReason.CONCERNS_RAISED))),
                rule("external.qa-inadequate", "Quality assurance visit after an inadequate Ofsted judgement", "EP-4")
                        .citing(booklet(section, "Ofsted will notify Derbyshire County Council when a home has been judged as"
                                + " Inadequate; in these circumstances a quality assurance visit will be undertaken within 4 weeks"))
                        .localStandard()
                        .due(within(weeks(4)).of(OFSTED_JUDGEMENT.where(INADEQUATE)))
                        .metBy(QUALITY_ASSURANCE_VISIT.where(visitFor(QualityAssuranceVisitReason.OFSTED_INADEQUATE))));
    }

    // ---- Supervision; reflective case reviews (staff) -------------------------------------------------------

    private static List<Rule> staff() {
        String supervision = "Supervision";
        String reviews = "Reflective Case Reviews";
        return List.of(
                rule("supervision.sessions", "Supervision", "SUP-1", "SUP-2", "SUP-3")
                        .citing(booklet(supervision, "Social Workers should receive supervision monthly (and newly qualified social"
                                + " workers should have supervision fortnightly in accordance with the requirements of the ASYE"
                                + " provisions). Other staff should have supervision at least every 4-6 weeks."))
                        .localStandard()
                        .due(first(within(months(1)).of(STARTED_IN_POST.first()))
                                .thenEvery(either(weeks(2)).when(NEWLY_QUALIFIED)
                                        .otherwise(either(months(1)).when(SOCIAL_WORKER)
                                                .otherwise(ideally(weeks(4)).atMost(weeks(6)))))
                                .until(LEFT_POST))
                        .metBy(SUPERVISION_SESSION)
                        .interpretedAs("The interval is chosen by the worker's role on the day of the previous session: fortnightly"
                                + " for newly qualified social workers, monthly for social workers, ideally 4 and at most 6 weeks for"
                                + " other staff. The first session is due within a month of starting in post whatever the role"
                                + " (the DSL has no first deadline chosen by a condition); the role \"social worker\" is the"
                                + " social worker's own, so practice supervisors and managers are other staff."),
                rule("reflective-review.completed", "Reflective case review completed", "RCR-1")
                        .citing(booklet(reviews, "From the point of allocation team managers will have on average 5 weeks to complete"
                                + " the reflective case review"))
                        .localStandard()
                        .due(within(weeks(5)).of(REFLECTIVE_CASE_REVIEW_ALLOCATED))
                        .metBy(Fulfilment.by(REFLECTIVE_CASE_REVIEW_COMPLETED).linkedBy((allocated, completed) ->
                                ((ReflectiveCaseReviewAllocated) allocated).reviewId()
                                        .equals(((ReflectiveCaseReviewCompleted) completed).reviewId())))
                        .interpretedAs("\"On average 5 weeks\": each review is due 5 weeks after allocation; the average is the"
                                + " timeliness reported across reviews."),
                rule("reflective-review.allocated", "Reflective case review allocated", "RCR-2")
                        .citing(booklet(reviews, "Team managers will receive a PIN to complete a reflective case review on a bi-monthly"
                                + " basis."))
                        .localStandard()
                        .due(first(within(months(2)).of(STARTED_IN_POST.first())).thenEvery(months(2)).until(LEFT_POST))
                        .metBy(REFLECTIVE_CASE_REVIEW_ALLOCATED)
                        .appliesWhen(TEAM_MANAGER)
                        .interpretedAs("\"Bi-monthly\" is read as every two months, not twice a month."));
    }

    // ---- Complaints ---------------------------------------------------------------------------------------------

    private static List<Rule> complaints() {
        String corporate = "Corporate Complaints";
        String statutory = "Statutory Complaints";
        org.duly.timescales.Condition<LocalDate> isCorporate = complaintOfKind(ComplaintKind.CORPORATE);
        org.duly.timescales.Condition<LocalDate> isStatutory = complaintOfKind(ComplaintKind.STATUTORY);
        Event<org.duly.domain.complaints.EscalationRequested> toStage2 = ESCALATION_REQUESTED.where(escalationTo(ComplaintStage.STAGE_2));
        return List.of(
                rule("complaints.corporate.acknowledged", "Corporate complaint acknowledged", "CC-1")
                        .citing(booklet(corporate, "Where the complaint is not resolved at the time, or within 3 working days of"
                                + " receipt, an acknowledgment will be sent including the expected date for the response"))
                        .localStandard()
                        .due(within(workingDays(3)).of(COMPLAINT_RECEIVED).until(COMPLAINT_RESOLVED))
                        .metBy(COMPLAINT_ACKNOWLEDGED)
                        .appliesWhen(isCorporate),
                rule("complaints.corporate.response", "Corporate complaint: full response", "CC-2")
                        .citing(booklet(corporate, "A full response should be made at the earliest possible time and in general this"
                                + " should not exceed the standard target of 28 calendar days"))
                        .localStandard()
                        .due(within(days(28)).of(COMPLAINT_RECEIVED).until(COMPLAINT_RESOLVED))
                        .metBy(COMPLAINT_RESPONSE)
                        .appliesWhen(isCorporate),
                rule("complaints.corporate.agreed-timescale", "Corporate complaint: exceptional agreed timescale", "CC-3")
                        .citing(booklet(corporate, "In exceptional circumstances ... it may be identified that a final response is"
                                + " not possible within 90 calendar days; in these circumstances the complainant should be informed at"
                                + " the earliest possible point, and a timescale for the remaining actions agreed."))
                        .localStandard()
                        .due(laterOf(within(days(90)).of(COMPLAINT_RECEIVED),
                                asDirectedBy(COMPLAINT_EXTENDED.where(WITH_AN_AGREED_DATE).latest(),
                                        extension -> extension.agreedResponseDate().orElseThrow())))
                        .metBy(COMPLAINT_RESPONSE)
                        .appliesWhen(isCorporate)
                        .interpretedAs("The final response is due within 90 days, or by the date agreed with the complainant when"
                                + " that is later; a date agreed again replaces the one before."),
                rule("complaints.statutory.stage-1", "Statutory complaint: stage 1 response", "SC-1")
                        .citing(booklet(statutory, "Stage 1 - 10 working day response time (regulation 14(1)) (with a further 10 days"
                                + " for more complex complaints ...) or additional time if an advocate is required (regulation 14(5))"))
                        .statutory(Instrument.REPRESENTATIONS_PROCEDURE_2006, "regulation 14")
                        .due(laterOf(laterOf(within(workingDays(10)).of(COMPLAINT_RECEIVED),
                                        within(workingDays(20)).of(COMPLAINT_RECEIVED.where(extendedAtStage1(ExtensionReason.COMPLEX_COMPLAINT)))),
                                asDirectedBy(COMPLAINT_EXTENDED.where(extensionAt(ComplaintStage.STAGE_1,
                                                EnumSet.of(ExtensionReason.ADVOCATE_NEEDED))).where(WITH_AN_AGREED_DATE).latest(),
                                        extension -> extension.agreedResponseDate().orElseThrow())))
                        .metBy(COMPLAINT_RESPONSE.where(responseAt(ComplaintStage.STAGE_1)))
                        .appliesWhen(isStatutory)
                        .interpretedAs("10 working days, 20 with an extension for complexity, or the date agreed when an advocate"
                                + " is needed: whichever is latest; a date agreed again replaces the one before."),
                rule("complaints.statutory.stage-2", "Statutory complaint: stage 2 response", "SC-2")
                        .citing(booklet(statutory, "Stage 2 - Where it is not possible to complete the investigation within 25 working"
                                + " days (regulation 17 (3)), stage 2 may be extended to a maximum of 65 working days (regulation"
                                + " 17(6))"))
                        .statutory(Instrument.REPRESENTATIONS_PROCEDURE_2006, "regulation 17")
                        .due(laterOf(within(workingDays(25)).of(toStage2),
                                within(workingDays(65)).of(toStage2.where(extendedAtStage2()))))
                        .metBy(COMPLAINT_RESPONSE.where(responseAt(ComplaintStage.STAGE_2)))
                        .appliesWhen(isStatutory)
                        .interpretedAs("Counted from the request to escalate to stage 2; 65 working days once stage 2 is"
                                + " recorded as extended."),
                rule("complaints.statutory.escalation-window", "Statutory complaint: the complainant's window to escalate", "SC-3")
                        .citing(booklet(statutory, "If the complainant is dissatisfied, they have 20 working days to make a request to"
                                + " the local authority to escalate to stage 3 (regulation 17(8)"))
                        .statutory(Instrument.REPRESENTATIONS_PROCEDURE_2006, "regulation 17(8)")
                        .due(within(workingDays(20)).of(COMPLAINT_RESPONSE.where(responseAt(ComplaintStage.STAGE_2))))
                        .metBy(ESCALATION_REQUESTED.where(escalationTo(ComplaintStage.REVIEW_PANEL)))
                        .appliesWhen(isStatutory)
                        .interpretedAs("This is the complainant's window, not the authority's duty: OVERDUE here means the window"
                                + " closed without a request to escalate."),
                rule("complaints.statutory.review-panel", "Statutory complaint: review panel", "SC-4")
                        .citing(booklet(statutory, "The panel must be held within 30 working days of the receipt of a request for a"
                                + " review (regulation 19(4))."))
                        .statutory(Instrument.REPRESENTATIONS_PROCEDURE_2006, "regulation 19")
                        .due(within(workingDays(30)).of(ESCALATION_REQUESTED.where(escalationTo(ComplaintStage.REVIEW_PANEL))))
                        .metBy(REVIEW_PANEL_HELD)
                        .appliesWhen(isStatutory));
    }

    private static org.duly.timescales.Condition<org.duly.domain.complaints.ComplaintReceived> extendedAtStage1(ExtensionReason reason) {
        return org.duly.timescales.Condition.withFacts("once stage 1 is extended (" + CaseFileSpelling.words(reason) + ")",
                (received, facts) -> facts
                .occurrences(org.duly.domain.complaints.ComplaintExtended.class).stream()
                .anyMatch(extension -> extension.stage() == ComplaintStage.STAGE_1 && extension.reason() == reason));
    }

    private static org.duly.timescales.Condition<org.duly.domain.complaints.EscalationRequested> extendedAtStage2() {
        return org.duly.timescales.Condition.withFacts("once stage 2 is extended", (request, facts) -> facts
                .occurrences(org.duly.domain.complaints.ComplaintExtended.class).stream()
                .anyMatch(extension -> extension.stage() == ComplaintStage.STAGE_2));
    }
}
