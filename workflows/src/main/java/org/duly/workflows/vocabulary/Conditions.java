package org.duly.workflows.vocabulary;

import static org.duly.workflows.cases.ChildFacts.CARE_HISTORY;
import static org.duly.workflows.cases.ChildFacts.CARE_LEAVER_STATUS;
import static org.duly.workflows.cases.ChildFacts.CHILD;
import static org.duly.workflows.cases.ChildFacts.DATE_OF_BIRTH;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.duly.domain.Child;
import org.duly.domain.StaffTimeline;
import org.duly.domain.care.CareHistory;
import org.duly.domain.care.CareLeaverCategory;
import org.duly.domain.care.CareLeaverRules;
import org.duly.domain.care.CareLeaverStatus;
import org.duly.domain.care.PrivateFostering;
import org.duly.domain.care.PrivateFosteringArrangement;
import org.duly.domain.complaints.ComplaintExtended;
import org.duly.domain.complaints.ComplaintKind;
import org.duly.domain.complaints.ComplaintResponse;
import org.duly.domain.complaints.ComplaintStage;
import org.duly.domain.complaints.EscalationRequested;
import org.duly.domain.complaints.ExtensionReason;
import org.duly.domain.events.AssessmentKind;
import org.duly.domain.events.AssessmentSignedOff;
import org.duly.domain.events.AssessmentStarted;
import org.duly.domain.events.BecameLookedAfter;
import org.duly.domain.events.Birth;
import org.duly.domain.events.CareProceedingsIssued;
import org.duly.domain.events.CaseClosed;
import org.duly.domain.events.ChildsPlanCreated;
import org.duly.domain.events.ChildsPlanEnded;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.ChildsPlanReviewed;
import org.duly.domain.events.ConcernRaisedBy;
import org.duly.domain.events.ConferenceHeld;
import org.duly.domain.events.ConferenceKind;
import org.duly.domain.events.ConferenceScheduled;
import org.duly.domain.events.CourtDocument;
import org.duly.domain.events.ExploitationAssessmentSignedOff;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.OfstedGrade;
import org.duly.domain.events.OfstedJudgement;
import org.duly.domain.events.PlacementStarted;
import org.duly.domain.events.PlacementType;
import org.duly.domain.events.PrivateFosteringNotification;
import org.duly.domain.events.ProviderConcern;
import org.duly.domain.events.QualityAssuranceVisit;
import org.duly.domain.events.QualityAssuranceVisitReason;
import org.duly.domain.events.Referral;
import org.duly.domain.events.ReferralDecision;
import org.duly.domain.events.ReferralOutcome;
import org.duly.domain.events.ReportShared;
import org.duly.domain.events.RiskLevel;
import org.duly.domain.events.Section47EnquiryCompleted;
import org.duly.domain.events.StrategyDiscussion;
import org.duly.domain.events.Visit;
import org.duly.domain.events.VisitPurpose;
import org.duly.domain.workforce.WorkerRole;
import org.duly.timescales.Condition;
import org.duly.timescales.Facts;
import org.duly.timescales.period.Age;
import org.duly.timescales.period.LeapDayBirthdays;
import org.duly.workflows.cases.ChildFacts;
import org.duly.workflows.cases.ComplaintFacts;
import org.duly.workflows.cases.StaffFacts;

/**
 * The conditions the catalogue's rules use, each with the words it adds to the rule: which
 * occurrences count ("that initiated section 47 enquiries"), which interval applies on a date
 * ("under 5"), and whether a rule applies to a case at all ("to children aged 4 to 17").
 */
public final class Conditions {

    private Conditions() {
    }

    // ---- Which occurrences count ---------------------------------------------------------------------------

    /** A strategy discussion that initiated section 47 enquiries. */
    public static final Condition<StrategyDiscussion> INITIATED_SECTION_47 =
            Condition.of("that initiated section 47 enquiries", StrategyDiscussion::initiatedSection47);

    /** A referral that opened the case: the first since the case last closed. */
    public static final Condition<Referral> OPENED_THE_CASE = Condition.withFacts("that opened the case", (referral, facts) -> {
        LocalDate lastClosed = facts.occurrences(CaseClosed.class).stream().map(CaseClosed::date)
                .filter(date -> !date.isAfter(referral.date())).reduce((a, b) -> b).orElse(LocalDate.MIN);
        return facts.occurrences(Referral.class).stream()
                .filter(other -> other.date().isAfter(lastClosed) || (other.date().equals(lastClosed) && !lastClosed.equals(LocalDate.MIN)))
                .findFirst().map(first -> first == referral).orElse(false);
    });

    /** A referral decision for a single assessment. */
    public static final Condition<ReferralDecision> FOR_A_SINGLE_ASSESSMENT =
            Condition.of("for a single assessment", decision -> decision.outcome() == ReferralOutcome.SINGLE_ASSESSMENT);

    /** A referral decision for an early help assessment. */
    public static final Condition<ReferralDecision> FOR_AN_EARLY_HELP_ASSESSMENT =
            Condition.of("for an early help assessment", decision -> decision.outcome() == ReferralOutcome.EARLY_HELP_ASSESSMENT);

    /** A referral decision that social care will not respond to the referral. */
    public static final Condition<ReferralDecision> WITHOUT_A_SOCIAL_CARE_RESPONSE = Condition.of(
            "that closed it without a social care response", decision -> decision.outcome() != ReferralOutcome.SINGLE_ASSESSMENT
                    && decision.outcome() != ReferralOutcome.STRATEGY_DISCUSSION);

    /** An early help assessment started. */
    public static final Condition<AssessmentStarted> EARLY_HELP_STARTED =
            Condition.of("", started -> started.kind() == AssessmentKind.EARLY_HELP_ASSESSMENT);

    /** A single assessment signed off and shared with the family. */
    public static final Condition<AssessmentSignedOff> SINGLE_ASSESSMENT_SHARED = Condition.of(
            "(a single assessment, shared with the family)",
            signedOff -> signedOff.kind() == AssessmentKind.SINGLE_ASSESSMENT && signedOff.sharedWithFamily());

    /** An early help assessment signed off and shared with the family. */
    public static final Condition<AssessmentSignedOff> EARLY_HELP_ASSESSMENT_SHARED = Condition.of(
            "(an early help assessment, shared with the family)",
            signedOff -> signedOff.kind() == AssessmentKind.EARLY_HELP_ASSESSMENT && signedOff.sharedWithFamily());

    /** A home visit for a single assessment. */
    public static final Condition<Visit> ASSESSMENT_HOME_VISIT =
            Condition.of("(the initial home visit)", visit -> visit.purpose() == VisitPurpose.ASSESSMENT);

    /** A visit at which a social worker saw the child. */
    public static final Condition<Visit> CHILD_SEEN_BY_A_SOCIAL_WORKER = Condition.of("at which a social worker saw the child",
            visit -> visit.childSeen() && visit.visitorRole().map(WorkerRole::isSocialWorker).orElse(true));

    /** A visit at which the child was seen and spoken to alone. */
    public static final Condition<Visit> CHILD_SEEN_ALONE = Condition.of("at which the child was seen alone", Visit::seenAlone);

    /** A visit at which the child was seen, for a purpose. */
    public static Condition<Visit> childSeenFor(VisitPurpose purpose) {
        return Condition.of("", visit -> visit.childSeen() && visit.purpose() == purpose);
    }

    /** A child's plan of a kind being created. */
    public static Condition<ChildsPlanCreated> planCreated(ChildsPlanKind kind) {
        return Condition.of("", plan -> plan.kind() == kind);
    }

    /** A child's plan of a kind being reviewed. */
    public static Condition<ChildsPlanReviewed> planReviewed(ChildsPlanKind kind) {
        return Condition.of("", plan -> plan.kind() == kind);
    }

    /** A child's plan of a kind ending. */
    public static Condition<ChildsPlanEnded> planEnded(ChildsPlanKind kind) {
        return Condition.of("", plan -> plan.kind() == kind);
    }

    /** A child protection conference of a kind, held. */
    public static Condition<ConferenceHeld> conferenceHeld(ConferenceKind kind) {
        return Condition.of("", conference -> conference.kind() == kind);
    }

    /** A section 47 enquiry that concluded no conference is needed. */
    public static final Condition<Section47EnquiryCompleted> NO_CONFERENCE_NEEDED =
            Condition.of("concluding that no conference is needed", completed -> !completed.conferenceRequired());

    /** An initial conference at which a child protection plan was made (one created the same day). */
    public static final Condition<ConferenceHeld> WITH_A_PLAN = Condition.withFacts("", (conference, facts) ->
            facts.occurrences(ChildsPlanCreated.class).stream()
                    .anyMatch(plan -> plan.kind() == ChildsPlanKind.CHILD_PROTECTION && plan.date().equals(conference.date())));

    /** A pre-birth conference. */
    public static final Condition<ConferenceHeld> PRE_BIRTH = Condition.of("", ConferenceHeld::preBirth);

    /** A birth after a pre-birth initial conference that made a child protection plan. */
    public static final Condition<Birth> AFTER_A_PRE_BIRTH_PLAN = Condition.withFacts("", (birth, facts) ->
            facts.occurrences(ConferenceHeld.class).stream().anyMatch(held -> held.kind() == ConferenceKind.INITIAL
                    && held.preBirth() && !held.date().isAfter(birth.date()) && WITH_A_PLAN.test(held, facts)));

    /**
     * A scheduled conference of a kind not yet held: nothing of that kind held after it was arranged (on the day it was
     * arranged only if it was arranged for that day: the next review is often arranged at a review), and not
     * rescheduled by a later arrangement of that kind.
     */
    public static Condition<ConferenceScheduled> scheduledNotYetHeld(ConferenceKind kind) {
        return Condition.withFacts("", (scheduled, facts) -> {
            List<ConferenceScheduled> arranged = facts.occurrences(ConferenceScheduled.class);
            return scheduled.kind() == kind
                    && facts.occurrences(ConferenceHeld.class).stream().noneMatch(held -> held.kind() == kind
                            && (held.date().isAfter(scheduled.date()) || held.date().equals(scheduled.conferenceDate())))
                    && arranged.subList(arranged.lastIndexOf(scheduled) + 1, arranged.size()).stream()
                            .noneMatch(later -> later.kind() == kind);
        });
    }

    /** A report shared for a conference of a kind. */
    public static Condition<ReportShared> reportFor(ConferenceKind kind) {
        return Condition.of("", report -> report.conferenceKind() == kind);
    }

    /** Care proceedings issued with every document the Public Law Outline asks for on day 1. */
    public static final Condition<CareProceedingsIssued> WITH_EVERY_DAY_1_DOCUMENT = Condition.of(
            "with every day 1 document filed",
            issued -> issued.documentsFiled().containsAll(EnumSet.allOf(CourtDocument.class)));

    /** Becoming looked after other than for a pre-planned series of short breaks. */
    public static final Condition<BecameLookedAfter> NOT_FOR_SHORT_BREAKS =
            Condition.of("", became -> became.legalStatus() != LegalStatus.SECTION_20_SHORT_BREAKS);

    /** A placement of a type. */
    public static Condition<PlacementStarted> placementOfType(PlacementType type) {
        return Condition.of("", placement -> placement.placementType() == type);
    }

    /** An exploitation assessment at a risk level. */
    public static Condition<ExploitationAssessmentSignedOff> risk(RiskLevel level) {
        return Condition.of("", assessment -> assessment.riskLevel() == level);
    }

    /** A high-risk exploitation assessment combined with a strategy discussion. */
    public static final Condition<ExploitationAssessmentSignedOff> COMBINED_WITH_A_STRATEGY_DISCUSSION =
            Condition.of("(combined with a section 47 strategy discussion)", ExploitationAssessmentSignedOff::combinedWithStrategyDiscussion);

    /** A high-risk exploitation assessment not combined with a strategy discussion. */
    public static final Condition<ExploitationAssessmentSignedOff> NOT_COMBINED_WITH_A_STRATEGY_DISCUSSION =
            Condition.of("(not combined with a strategy discussion)", assessment -> !assessment.combinedWithStrategyDiscussion());

    /** A provider concern raised by a social worker or an IRO. */
    public static final Condition<ProviderConcern> RAISED_BY_A_SOCIAL_WORKER_OR_IRO = Condition.of(
            "shared by a social worker or IRO", concern -> concern.raisedBy() == ConcernRaisedBy.SOCIAL_WORKER
                    || concern.raisedBy() == ConcernRaisedBy.INDEPENDENT_REVIEWING_OFFICER);

    /** An Ofsted judgement of inadequate. */
    public static final Condition<OfstedJudgement> INADEQUATE =
            Condition.of("of inadequate", judgement -> judgement.grade() == OfstedGrade.INADEQUATE);

    /** A quality assurance visit for a reason. */
    public static Condition<QualityAssuranceVisit> visitFor(QualityAssuranceVisitReason reason) {
        return Condition.of("", visit -> visit.reason() == reason);
    }

    /** A response at a stage of a complaint. */
    public static Condition<ComplaintResponse> responseAt(ComplaintStage stage) {
        return Condition.of("", response -> response.stage() == stage);
    }

    /** A request to escalate a complaint to a stage. */
    public static Condition<EscalationRequested> escalationTo(ComplaintStage stage) {
        return Condition.of("", request -> request.toStage() == stage);
    }

    /** An extension at a stage, for a reason, with a date agreed. */
    public static Condition<ComplaintExtended> extensionAt(ComplaintStage stage, Set<ExtensionReason> reasons) {
        return Condition.of("", extension -> extension.stage() == stage && reasons.contains(extension.reason()));
    }

    /** An extension at a stage with a response date agreed with the complainant. */
    public static final Condition<ComplaintExtended> WITH_AN_AGREED_DATE =
            Condition.of("", extension -> extension.agreedResponseDate().isPresent());

    // ---- Intervals chosen on a date -------------------------------------------------------------------------

    private static Child child(Facts facts, String neededFor) {
        return facts.require(CHILD, neededFor);
    }

    private static int ageOn(Facts facts, LocalDate date, String neededFor) {
        LocalDate born = facts.require(DATE_OF_BIRTH, neededFor);
        return date.isBefore(born) ? -1 : Age.yearsOn(born, date, LeapDayBirthdays.MARCH_1);
    }

    /** The child is under 5 on the date. */
    public static final Condition<LocalDate> UNDER_FIVE = Condition.withFacts("under 5",
            (date, facts) -> ageOn(facts, date, "to tell whether the child is under 5") < 5);

    /** The child's placement on the date is with an independent fostering agency or a private residential home. */
    public static final Condition<LocalDate> IN_AN_IFA_OR_PRIVATE_RESIDENTIAL_PLACEMENT = Condition.withFacts(
            "in an IFA or private residential placement", (date, facts) -> facts.require(CARE_HISTORY, "to find the placement")
                    .placementOn(date)
                    .map(placement -> placement.type() == PlacementType.INDEPENDENT_FOSTERING_AGENCY
                            || placement.type() == PlacementType.PRIVATE_RESIDENTIAL)
                    .orElse(false));

    /** The child in need plan in force on the date acknowledges the need for longer term disability support. */
    public static final Condition<LocalDate> LONG_TERM_DISABILITY_SUPPORT = Condition.withFacts(
            "the plan acknowledges longer term disability support", (date, facts) -> facts.occurrences(ChildsPlanCreated.class).stream()
                    .filter(plan -> plan.kind() == ChildsPlanKind.CHILD_IN_NEED && !plan.date().isAfter(date))
                    .reduce((a, b) -> b)
                    .map(ChildsPlanCreated::longTermDisabilitySupport).orElse(false));

    /** The latest exploitation assessment signed off on or before the date is high risk. */
    public static final Condition<LocalDate> HIGH_RISK_OF_EXPLOITATION = Condition.withFacts(
            "the risk is high", (date, facts) -> facts.occurrences(ExploitationAssessmentSignedOff.class).stream()
                    .filter(assessment -> !assessment.date().isAfter(date))
                    .reduce((a, b) -> b)
                    .map(assessment -> assessment.riskLevel() == RiskLevel.HIGH).orElse(false));

    private static WorkerRole roleOn(Facts facts, LocalDate date) {
        StaffTimeline staff = facts.require(StaffFacts.STAFF, "to know the worker's role");
        return staff.roleOn(date);
    }

    /** The worker is a newly qualified social worker on the date. */
    public static final Condition<LocalDate> NEWLY_QUALIFIED = Condition.withFacts("a newly qualified social worker",
            (date, facts) -> roleOn(facts, date) == WorkerRole.NEWLY_QUALIFIED_SOCIAL_WORKER);

    /** The worker is a social worker on the date. */
    public static final Condition<LocalDate> SOCIAL_WORKER = Condition.withFacts("a social worker",
            (date, facts) -> roleOn(facts, date) == WorkerRole.SOCIAL_WORKER);

    // ---- Whether a rule applies at all, tested on the evaluation date --------------------------------------

    /** The child is aged 4 to 17 on the date. */
    public static final Condition<LocalDate> AGED_4_TO_17 = Condition.withFacts("to children aged 4 to 17",
            (date, facts) -> {
                int age = ageOn(facts, date, "to tell whether the child is aged 4 to 17");
                return age >= 4 && age <= 17;
            });

    /** The latest private fostering arrangement notified is private fostering in law. */
    public static final Condition<LocalDate> PRIVATELY_FOSTERED = Condition.withFacts(
            "to arrangements that are private fostering (under 16, or 18 if disabled; not a close relative; 28 days or more)",
            (date, facts) -> latestArrangement(facts, date)
                    .map(arrangement -> PrivateFostering.judge(child(facts, "to judge the arrangement"), arrangement, date).isPrivateFostering())
                    .orElse(false));

    /**
     * In the first year of the private fostering arrangement the day belongs to: the 12 months from
     * the latest notification on or before it (regulation 8(6): the arrangement is deemed to begin
     * when the local authority become aware of it).
     */
    public static final Condition<LocalDate> IN_THE_FIRST_YEAR_OF_THE_ARRANGEMENT = Condition.withFacts(
            "in the first year of the arrangement",
            (date, facts) -> facts.occurrences(PrivateFosteringNotification.class).stream()
                    .filter(notification -> !notification.date().isAfter(date))
                    .reduce((earlier, later) -> later)
                    .map(notification -> date.isBefore(notification.date().plusMonths(12)))
                    .orElse(true));

    private static Optional<PrivateFosteringArrangement> latestArrangement(Facts facts, LocalDate date) {
        List<PrivateFosteringArrangement> arrangements =
                PrivateFosteringArrangement.allIn(facts.require(ChildFacts.TIMELINE, "to find the arrangements"));
        return arrangements.isEmpty() ? Optional.empty() : Optional.of(arrangements.get(arrangements.size() - 1));
    }

    /** The young person has been looked after on some day from their 14th birthday to a month before their 16th. */
    public static final Condition<LocalDate> LOOKED_AFTER_SINCE_14 = Condition.withFacts(
            "to young people looked after between their 14th birthday and a month before their 16th", (date, facts) -> {
                LocalDate born = facts.require(DATE_OF_BIRTH, "to find the 14th birthday");
                LocalDate fourteen = Age.of(14).attainedOn(born, LeapDayBirthdays.MARCH_1).date();
                // A young person who comes into care later cannot be referred a month before 16: the booklet sets no
                // time for them, so the rule does not claim one.
                LocalDate monthBeforeSixteen = Age.of(16).attainedOn(born, LeapDayBirthdays.MARCH_1).date().minusMonths(1);
                CareHistory history = facts.require(CARE_HISTORY, "to find the periods of care");
                return !date.isBefore(fourteen) && history.periodsOfCare().stream()
                        .anyMatch(period -> period.end().map(end -> end.isAfter(fourteen)).orElse(true)
                                && !period.start().isAfter(monthBeforeSixteen));
            });

    /** The young person has been an eligible child. */
    public static final Condition<LocalDate> EVER_ELIGIBLE = Condition.withFacts("to eligible young people",
            (date, facts) -> facts.require(CARE_LEAVER_STATUS, "to tell whether the young person is eligible")
                    .dateBecameEligible().isPresent());

    /** The young person is in a care leaver category on the date. */
    public static Condition<LocalDate> careLeaver(String words, CareLeaverCategory... categories) {
        Set<CareLeaverCategory> set = EnumSet.of(categories[0], categories);
        return Condition.withFacts(words, (date, facts) -> set.contains(
                facts.require(CARE_LEAVER_STATUS, "to find the care leaver category").categoryOn(date)));
    }

    /**
     * The young person is in a care leaver category on the date under given rules: the CL-10
     * extension keeps a former relevant care leaver in the category to 25, where the statute ends it
     * at 21.
     */
    public static Condition<LocalDate> careLeaver(String words, CareLeaverRules rules, CareLeaverCategory... categories) {
        Set<CareLeaverCategory> set = EnumSet.of(categories[0], categories);
        return Condition.withFacts(words, (date, facts) -> set.contains(
                facts.require(CARE_LEAVER_STATUS, "to find the care leaver category").under(rules).categoryOn(date)));
    }

    /** The young person is likely to need adult services, with complex needs. */
    public static final Condition<LocalDate> ADULT_SERVICES_WITH_COMPLEX_NEEDS = Condition.withFacts(
            "to young people likely to need adult services who have complex needs", (date, facts) -> {
                Child child = child(facts, "to know the young person's needs");
                return child.likelyToNeedAdultServices() && child.complexNeeds();
            });

    /** The young person is likely to need adult services, without complex needs. */
    public static final Condition<LocalDate> ADULT_SERVICES_WITHOUT_COMPLEX_NEEDS = Condition.withFacts(
            "to young people likely to need adult services without complex needs", (date, facts) -> {
                Child child = child(facts, "to know the young person's needs");
                return child.likelyToNeedAdultServices() && !child.complexNeeds();
            });

    /** The young person is likely to need adult services. */
    public static final Condition<LocalDate> LIKELY_TO_NEED_ADULT_SERVICES = Condition.withFacts(
            "to young people likely to need adult services",
            (date, facts) -> child(facts, "to know the young person's needs").likelyToNeedAdultServices());

    /** The child is disabled: the Disabled Children's Service's transition cases. */
    public static final Condition<LocalDate> DISABLED_AND_LIKELY_TO_NEED_ADULT_SERVICES = Condition.withFacts(
            "to disabled young people likely to need adult services (the Disabled Children's Service)", (date, facts) -> {
                Child child = child(facts, "to know the young person's needs");
                return child.disabled() && child.likelyToNeedAdultServices();
            });

    /** The complaint is of a kind. */
    public static Condition<LocalDate> complaintOfKind(ComplaintKind kind) {
        String words = kind == ComplaintKind.CORPORATE ? "to corporate complaints" : "to statutory complaints (Children Act 1989)";
        return Condition.withFacts(words,
                (date, facts) -> facts.require(ComplaintFacts.COMPLAINT, "to know the kind of complaint").kind() == kind);
    }

    /** The worker is a team manager on the date. */
    public static final Condition<LocalDate> TEAM_MANAGER = Condition.withFacts("to team managers",
            (date, facts) -> roleOn(facts, date) == WorkerRole.TEAM_MANAGER);
}
