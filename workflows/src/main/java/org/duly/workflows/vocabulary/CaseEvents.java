package org.duly.workflows.vocabulary;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.duly.domain.complaints.ComplaintAcknowledged;
import org.duly.domain.complaints.ComplaintEvent;
import org.duly.domain.complaints.ComplaintExtended;
import org.duly.domain.complaints.ComplaintReceived;
import org.duly.domain.complaints.ComplaintResolved;
import org.duly.domain.complaints.ComplaintResponse;
import org.duly.domain.complaints.EscalationRequested;
import org.duly.domain.complaints.ReviewPanelHeld;
import org.duly.domain.events.AdoptionOrder;
import org.duly.domain.events.AssessmentCompleted;
import org.duly.domain.events.AssessmentPlanRecorded;
import org.duly.domain.events.AssessmentSignedOff;
import org.duly.domain.events.AssessmentStarted;
import org.duly.domain.events.BecameLookedAfter;
import org.duly.domain.events.Birth;
import org.duly.domain.events.CareLeaverContact;
import org.duly.domain.events.CarePlanAvailableToIro;
import org.duly.domain.events.CarePlanCompleted;
import org.duly.domain.events.CareProceedingsConcluded;
import org.duly.domain.events.CareProceedingsExtended;
import org.duly.domain.events.CareProceedingsIssued;
import org.duly.domain.events.CareProceedingsServed;
import org.duly.domain.events.CaseClosed;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.CaseManagementHearing;
import org.duly.domain.events.CeasedLookedAfter;
import org.duly.domain.events.ChangeOfCircumstances;
import org.duly.domain.events.ChildsPlanCreated;
import org.duly.domain.events.ChildsPlanEnded;
import org.duly.domain.events.ChildsPlanReviewed;
import org.duly.domain.events.ChronologyClosed;
import org.duly.domain.events.ChronologyStarted;
import org.duly.domain.events.ChronologyUpdated;
import org.duly.domain.events.ConferenceHeld;
import org.duly.domain.events.ConferenceScheduled;
import org.duly.domain.events.CoreGroupMeeting;
import org.duly.domain.events.CourtDirectionComplied;
import org.duly.domain.events.CourtDirectionMade;
import org.duly.domain.events.CourtDocumentsFiled;
import org.duly.domain.events.DisruptionMeeting;
import org.duly.domain.events.EarlyHelpCaseReview;
import org.duly.domain.events.EscalationDiscussed;
import org.duly.domain.events.ExploitationAssessmentSignedOff;
import org.duly.domain.events.ExploitationMeeting;
import org.duly.domain.events.FamilyTimeDirected;
import org.duly.domain.events.FamilyTimeSession;
import org.duly.domain.events.HealthAssessment;
import org.duly.domain.events.ImprovementCycleMeeting;
import org.duly.domain.events.IndependentScrutinyDiscussion;
import org.duly.domain.events.InterimSafetyPlan;
import org.duly.domain.events.IroSpokeWithChild;
import org.duly.domain.events.LaterLifeLetterGiven;
import org.duly.domain.events.LeavingCareReferral;
import org.duly.domain.events.LeavingCareWorkerAllocated;
import org.duly.domain.events.LegalStatusChanged;
import org.duly.domain.events.LifeStoryBookGiven;
import org.duly.domain.events.LookedAfterReview;
import org.duly.domain.events.LookedAfterReviewScheduled;
import org.duly.domain.events.NeedOrRiskEscalated;
import org.duly.domain.events.NextStepsAgreed;
import org.duly.domain.events.OfstedJudgement;
import org.duly.domain.events.OfstedNotificationActedUpon;
import org.duly.domain.events.OfstedNotificationRequiringAction;
import org.duly.domain.events.ParentingAssessmentAllocated;
import org.duly.domain.events.ParentingAssessmentFinalReview;
import org.duly.domain.events.ParentingAssessmentMidwayReview;
import org.duly.domain.events.ParentingAssessmentPlanningMeeting;
import org.duly.domain.events.ParentingAssessmentReport;
import org.duly.domain.events.ParentingAssessmentSessionsCompleted;
import org.duly.domain.events.ParentingAssessmentStarted;
import org.duly.domain.events.PathwayPlan;
import org.duly.domain.events.PathwayPlanReview;
import org.duly.domain.events.PersonalEducationPlan;
import org.duly.domain.events.PlacementPlanningMeeting;
import org.duly.domain.events.PlacementStarted;
import org.duly.domain.events.PreProceedingsEnded;
import org.duly.domain.events.PreProceedingsStarted;
import org.duly.domain.events.PreparationForAdulthoodRecord;
import org.duly.domain.events.PreparationForAdulthoodReferral;
import org.duly.domain.events.PrivateFosteringCaseSupervision;
import org.duly.domain.events.PrivateFosteringEnded;
import org.duly.domain.events.PrivateFosteringNetworkMeeting;
import org.duly.domain.events.PrivateFosteringNotification;
import org.duly.domain.events.PrivateFosteringReview;
import org.duly.domain.events.ProviderConcern;
import org.duly.domain.events.QualityAssuranceVisit;
import org.duly.domain.events.Referral;
import org.duly.domain.events.ReferralAcknowledged;
import org.duly.domain.events.ReferralDecision;
import org.duly.domain.events.ReportShared;
import org.duly.domain.events.SchoolMove;
import org.duly.domain.events.Section47EnquiryCompleted;
import org.duly.domain.events.Section47EnquiryStarted;
import org.duly.domain.events.Section47ManagementOversight;
import org.duly.domain.events.SignificantChange;
import org.duly.domain.events.SignificantHarmConcern;
import org.duly.domain.events.SteppedDown;
import org.duly.domain.events.SteppedUp;
import org.duly.domain.events.StrategyDiscussion;
import org.duly.domain.events.StrengthsAndDifficultiesQuestionnaire;
import org.duly.domain.events.TransitionLocalityMeeting;
import org.duly.domain.events.TransitionPlanReview;
import org.duly.domain.events.Visit;
import org.duly.domain.staff.LeftPost;
import org.duly.domain.staff.ReflectiveCaseReviewAllocated;
import org.duly.domain.staff.ReflectiveCaseReviewCompleted;
import org.duly.domain.staff.StaffEvent;
import org.duly.domain.staff.StartedInPost;
import org.duly.domain.staff.SupervisionSession;
import org.duly.timescales.Event;
import org.duly.timescales.OnFirstUse;

/**
 * The case events of the domain as the timescales count from them and are met by them, named as the
 * booklet names them: {@code within(workingDays(15)).of(STRATEGY_DISCUSSION.where(INITIATED_SECTION_47))}.
 * Their words follow "within 15 working days of".
 */
public final class CaseEvents {

    private CaseEvents() {
    }

    private static <E extends CaseEvent> Event<E> event(String words, Class<E> type) {
        return Event.of(words, type, new Accessor<E, LocalDate>(type, "date", LocalDate.class))
                .withDateTime(new Accessor<>(type, "dateTime", Optional.class));
    }

    /**
     * An event's accessor as a function that casts to the event's own type ({@code Visit::date}), not to CaseEvent
     * ({@code CaseEvent::date}). Java 17 remembers, for each class, the one interface it was last found to implement; a
     * visit's date asked through CaseEvent between the policy's questions of it as a Visit makes every such check search
     * the class's interfaces again, and the engine asks every occurrence its date and time. Made on first use: a run
     * asks for events of a few of the hundred types, and making a function for every one of them would add tens of
     * milliseconds to every start of {@code duly}.
     */
    private static final class Accessor<E, R> implements Function<E, R> {
        private final Class<E> type;
        private final String name;
        private final Class<?> result;
        /**
         * The function cast to the type, made on first use as {@link OnFirstUse} makes a value, but held here directly:
         * every occurrence's date is asked through it, and a holder would add a read to each.
         */
        private final AtomicReference<Function<Object, R>> made = new AtomicReference<>();

        Accessor(Class<E> type, String name, Class<?> result) {
            this.type = type;
            this.name = name;
            this.result = result;
        }

        @Override
        public R apply(E event) {
            Function<Object, R> function = made.get();
            if (function == null) {
                function = make();
                made.set(function);
            }
            return function.apply(event);
        }

        @SuppressWarnings("unchecked")
        private Function<Object, R> make() {
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                MethodHandle accessor = lookup.findVirtual(type, name, MethodType.methodType(result));
                CallSite function = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                        MethodType.methodType(Object.class, Object.class), accessor, MethodType.methodType(result, type));
                return (Function<Object, R>) function.getTarget().invoke();
            } catch (Throwable cannot) {
                // Every case event has both: CaseEvent declares them.
                throw new IllegalStateException("no " + name + " on " + type.getName(), cannot);
            }
        }
    }

    private static <E extends ComplaintEvent> Event<E> complaintEvent(String words, Class<E> type) {
        return Event.of(words, type, ComplaintEvent::date);
    }

    private static <E extends StaffEvent> Event<E> staffEvent(String words, Class<E> type) {
        return Event.of(words, type, StaffEvent::date);
    }

    // Referrals, assessments, plans
    /** A referral. */
    public static final Event<Referral> REFERRAL = event("the referral", Referral.class);
    /** The acknowledgement of a referral to the referrer. */
    public static final Event<ReferralAcknowledged> REFERRAL_ACKNOWLEDGED =
            event("the acknowledgement of the referral", ReferralAcknowledged.class);
    /** The decision on the response to a referral. */
    public static final Event<ReferralDecision> REFERRAL_DECISION = event("the referral decision", ReferralDecision.class);
    /** The assessment plan and its timescales recorded. */
    public static final Event<AssessmentPlanRecorded> ASSESSMENT_PLAN_RECORDED =
            event("the assessment plan", AssessmentPlanRecorded.class);
    /** An assessment started. */
    public static final Event<AssessmentStarted> ASSESSMENT_STARTED = event("the start of the assessment", AssessmentStarted.class);
    /** An assessment completed, before sign-off. */
    public static final Event<AssessmentCompleted> ASSESSMENT_COMPLETED =
            event("the completion of the assessment", AssessmentCompleted.class).asClause("the assessment is completed");
    /** An assessment signed off (and, where recorded, shared with the family). */
    public static final Event<AssessmentSignedOff> ASSESSMENT_SIGNED_OFF =
            event("the assessment signed off", AssessmentSignedOff.class);
    /** A visit. */
    public static final Event<Visit> VISIT = event("the visit", Visit.class);
    /** A child's plan created. */
    public static final Event<ChildsPlanCreated> PLAN_CREATED = event("the start of the plan", ChildsPlanCreated.class).asClause("the plan starts");
    /** A child's plan reviewed. */
    public static final Event<ChildsPlanReviewed> PLAN_REVIEWED = event("the plan review", ChildsPlanReviewed.class);
    /** A child's plan ended. */
    public static final Event<ChildsPlanEnded> PLAN_ENDED = event("the end of the plan", ChildsPlanEnded.class).asClause("the plan ends");
    /** A weekly improvement cycle meeting. */
    public static final Event<ImprovementCycleMeeting> IMPROVEMENT_CYCLE_MEETING =
            event("the improvement cycle meeting", ImprovementCycleMeeting.class);
    /** The practice supervisor's discussion of independent scrutiny with the team manager. */
    public static final Event<IndependentScrutinyDiscussion> INDEPENDENT_SCRUTINY_DISCUSSION =
            event("the independent scrutiny discussion", IndependentScrutinyDiscussion.class);
    /** The review of an early help case open 12 months or more. */
    public static final Event<EarlyHelpCaseReview> EARLY_HELP_CASE_REVIEW =
            event("the early help case review", EarlyHelpCaseReview.class);
    /** A chronology started. */
    public static final Event<ChronologyStarted> CHRONOLOGY_STARTED = event("the start of the chronology", ChronologyStarted.class);
    /** A chronology updated. */
    public static final Event<ChronologyUpdated> CHRONOLOGY_UPDATED = event("the chronology update", ChronologyUpdated.class);
    /** A chronology updated and closed. */
    public static final Event<ChronologyClosed> CHRONOLOGY_CLOSED = event("the closure of the chronology", ChronologyClosed.class)
            .asClause("the chronology is closed");
    /** The case closed to children's services. */
    public static final Event<CaseClosed> CASE_CLOSED = event("the closure of the case", CaseClosed.class).asClause("the case closes");
    /** The worker made aware of escalating need or risk. */
    public static final Event<NeedOrRiskEscalated> NEED_OR_RISK_ESCALATED =
            event("the worker learning of escalating need or risk", NeedOrRiskEscalated.class);
    /** The next steps agreed with social care after escalating need or risk: step up, a joint visit or no further action. */
    public static final Event<NextStepsAgreed> NEXT_STEPS_AGREED = event("the next steps agreed", NextStepsAgreed.class);
    /** A step up to social care. */
    public static final Event<SteppedUp> STEPPED_UP = event("the step up to social care", SteppedUp.class);
    /** A step down to early help or a partner agency. */
    public static final Event<SteppedDown> STEPPED_DOWN = event("the step down", SteppedDown.class);

    // Child protection
    /** A concern that a child may be suffering significant harm. */
    public static final Event<SignificantHarmConcern> SIGNIFICANT_HARM_CONCERN =
            event("the concern of significant harm", SignificantHarmConcern.class);
    /** A strategy discussion. */
    public static final Event<StrategyDiscussion> STRATEGY_DISCUSSION = event("the strategy discussion", StrategyDiscussion.class);
    /** A section 47 enquiry started. */
    public static final Event<Section47EnquiryStarted> SECTION_47_STARTED =
            event("the start of the section 47 enquiry", Section47EnquiryStarted.class);
    /** A section 47 enquiry completed. */
    public static final Event<Section47EnquiryCompleted> SECTION_47_COMPLETED =
            event("the completion of the section 47 enquiry", Section47EnquiryCompleted.class)
                    .asClause("the section 47 enquiry is completed");
    /** Management oversight in a section 47 enquiry. */
    public static final Event<Section47ManagementOversight> SECTION_47_MANAGEMENT_OVERSIGHT =
            event("management oversight of the section 47 enquiry", Section47ManagementOversight.class);
    /** A child protection conference held. */
    public static final Event<ConferenceHeld> CONFERENCE_HELD = event("the child protection conference", ConferenceHeld.class);
    /** A child protection conference scheduled, counted at the date it is scheduled for. */
    public static final Event<ConferenceScheduled> CONFERENCE_SCHEDULED =
            Event.of("the child protection conference scheduled", ConferenceScheduled.class, ConferenceScheduled::conferenceDate);
    /** The social worker's report shared with the parents before a conference. */
    public static final Event<ReportShared> REPORT_SHARED = event("the report shared with the parents", ReportShared.class);
    /** A core group meeting. */
    public static final Event<CoreGroupMeeting> CORE_GROUP_MEETING = event("the core group meeting", CoreGroupMeeting.class);
    /** The birth of a child who was unborn when the case began. */
    public static final Event<Birth> BIRTH = event("the birth", Birth.class);

    // Court
    /** Pre-proceedings (PLO) started. */
    public static final Event<PreProceedingsStarted> PRE_PROCEEDINGS_STARTED =
            event("the start of pre-proceedings", PreProceedingsStarted.class);
    /** Pre-proceedings ended, diverted or by issuing proceedings. */
    public static final Event<PreProceedingsEnded> PRE_PROCEEDINGS_ENDED =
            event("the end of pre-proceedings", PreProceedingsEnded.class);
    /** Care proceedings issued: day 1. */
    public static final Event<CareProceedingsIssued> CARE_PROCEEDINGS_ISSUED =
            event("the issue of care proceedings", CareProceedingsIssued.class);
    /** The application served on the other parties. */
    public static final Event<CareProceedingsServed> CARE_PROCEEDINGS_SERVED =
            event("service of the application", CareProceedingsServed.class);
    /** The first case management hearing. */
    public static final Event<CaseManagementHearing> CASE_MANAGEMENT_HEARING =
            event("the case management hearing", CaseManagementHearing.class);
    /** Care proceedings concluded. */
    public static final Event<CareProceedingsConcluded> CARE_PROCEEDINGS_CONCLUDED =
            event("the conclusion of the proceedings", CareProceedingsConcluded.class);
    /** A court direction with its due date. */
    public static final Event<CourtDirectionMade> COURT_DIRECTION = event("the court direction", CourtDirectionMade.class);
    /** Compliance with a court direction. */
    public static final Event<CourtDirectionComplied> COURT_DIRECTION_COMPLIED =
            event("compliance with the court direction", CourtDirectionComplied.class);
    /** The court extending the time for completing care proceedings (Children Act 1989 s32(5)), to the date it set. */
    public static final Event<CareProceedingsExtended> CARE_PROCEEDINGS_EXTENDED =
            event("the court's extension of the proceedings", CareProceedingsExtended.class);
    /** Documents filed with the court after the issue, such as a day 1 document filed late. */
    public static final Event<CourtDocumentsFiled> COURT_DOCUMENTS_FILED =
            event("documents filed with the court", CourtDocumentsFiled.class);

    // Parenting assessments and family time
    /** A parenting assessment allocated. */
    public static final Event<ParentingAssessmentAllocated> PARENTING_ASSESSMENT_ALLOCATED =
            event("the allocation of the parenting assessment", ParentingAssessmentAllocated.class);
    /** The parenting assessment planning meeting. */
    public static final Event<ParentingAssessmentPlanningMeeting> PARENTING_ASSESSMENT_PLANNING_MEETING =
            event("the planning meeting", ParentingAssessmentPlanningMeeting.class);
    /** A parenting assessment started. */
    public static final Event<ParentingAssessmentStarted> PARENTING_ASSESSMENT_STARTED =
            event("the assessment start date", ParentingAssessmentStarted.class);
    /** The midway review of a parenting assessment. */
    public static final Event<ParentingAssessmentMidwayReview> PARENTING_ASSESSMENT_MIDWAY_REVIEW =
            event("the midway review", ParentingAssessmentMidwayReview.class);
    /** The direct work and observation sessions completed. */
    public static final Event<ParentingAssessmentSessionsCompleted> PARENTING_ASSESSMENT_SESSIONS_COMPLETED =
            event("the end of the sessions", ParentingAssessmentSessionsCompleted.class);
    /** The parenting assessment report, signed off and shared. */
    public static final Event<ParentingAssessmentReport> PARENTING_ASSESSMENT_REPORT =
            event("the parenting assessment report", ParentingAssessmentReport.class);
    /** The final review of a parenting assessment, before the write-up. */
    public static final Event<ParentingAssessmentFinalReview> PARENTING_ASSESSMENT_FINAL_REVIEW =
            event("the final review", ParentingAssessmentFinalReview.class);
    /** Family time directed by the court or the social worker. */
    public static final Event<FamilyTimeDirected> FAMILY_TIME_DIRECTED = event("the family time direction", FamilyTimeDirected.class);
    /** A family time session. */
    public static final Event<FamilyTimeSession> FAMILY_TIME_SESSION = event("the family time session", FamilyTimeSession.class);

    // Private fostering
    /** The notification of a private fostering arrangement. */
    public static final Event<PrivateFosteringNotification> PRIVATE_FOSTERING_NOTIFICATION =
            event("the notification", PrivateFosteringNotification.class);
    /** A private fostering network meeting. */
    public static final Event<PrivateFosteringNetworkMeeting> PRIVATE_FOSTERING_NETWORK_MEETING =
            event("the network meeting", PrivateFosteringNetworkMeeting.class);
    /** A private fostering review. */
    public static final Event<PrivateFosteringReview> PRIVATE_FOSTERING_REVIEW =
            event("the private fostering review", PrivateFosteringReview.class);
    /** The end of a private fostering arrangement. */
    public static final Event<PrivateFosteringEnded> PRIVATE_FOSTERING_ENDED =
            event("the end of the arrangement", PrivateFosteringEnded.class);

    // Children in care
    /** Becoming looked after: the start of a period of care. */
    public static final Event<BecameLookedAfter> BECAME_LOOKED_AFTER = event("becoming looked after", BecameLookedAfter.class);
    /** Ceasing to be looked after. */
    public static final Event<CeasedLookedAfter> CEASED_LOOKED_AFTER = event("ceasing to be looked after", CeasedLookedAfter.class)
            .asClause("the child ceases to be looked after");
    /** A change of legal status. */
    public static final Event<LegalStatusChanged> LEGAL_STATUS_CHANGED = event("a change of legal status", LegalStatusChanged.class);
    /** The start of a placement. */
    public static final Event<PlacementStarted> PLACEMENT_STARTED = event("the start of the placement", PlacementStarted.class);
    /** A placement planning meeting. */
    public static final Event<PlacementPlanningMeeting> PLACEMENT_PLANNING_MEETING =
            event("the placement planning meeting", PlacementPlanningMeeting.class);
    /** The care plan completed. */
    public static final Event<CarePlanCompleted> CARE_PLAN_COMPLETED = event("the care plan", CarePlanCompleted.class);
    /** The care plan paperwork made available to the IRO. */
    public static final Event<CarePlanAvailableToIro> CARE_PLAN_AVAILABLE_TO_IRO =
            event("the care plan paperwork sent to the IRO", CarePlanAvailableToIro.class);
    /** A looked after review held. */
    public static final Event<LookedAfterReview> LOOKED_AFTER_REVIEW = event("the looked after review", LookedAfterReview.class);
    /** A health assessment. */
    public static final Event<HealthAssessment> HEALTH_ASSESSMENT = event("the health assessment", HealthAssessment.class);
    /** A personal education plan, initiated or reviewed. */
    public static final Event<PersonalEducationPlan> PERSONAL_EDUCATION_PLAN =
            event("the personal education plan", PersonalEducationPlan.class);
    /** A school move. */
    public static final Event<SchoolMove> SCHOOL_MOVE = event("the school move", SchoolMove.class);
    /** A strengths and difficulties questionnaire. */
    public static final Event<StrengthsAndDifficultiesQuestionnaire> SDQ =
            event("the strengths and difficulties questionnaire", StrengthsAndDifficultiesQuestionnaire.class);
    /** A change of circumstances record. */
    public static final Event<ChangeOfCircumstances> CHANGE_OF_CIRCUMSTANCES =
            event("the change of circumstances record", ChangeOfCircumstances.class);

    // Child exploitation
    /** A child exploitation assessment signed off, with its risk level. */
    public static final Event<ExploitationAssessmentSignedOff> EXPLOITATION_ASSESSMENT_SIGNED_OFF =
            event("the child exploitation assessment sign-off", ExploitationAssessmentSignedOff.class);
    /** A child exploitation meeting. */
    public static final Event<ExploitationMeeting> EXPLOITATION_MEETING = event("the child exploitation meeting", ExploitationMeeting.class);

    // Life story work
    /** An adoption order. */
    public static final Event<AdoptionOrder> ADOPTION_ORDER = event("the adoption order", AdoptionOrder.class);
    /** The life story book given to the adoptive parents. */
    public static final Event<LifeStoryBookGiven> LIFE_STORY_BOOK_GIVEN = event("the life story book", LifeStoryBookGiven.class);
    /** The later life letter given to the adoptive parents. */
    public static final Event<LaterLifeLetterGiven> LATER_LIFE_LETTER_GIVEN = event("the later life letter", LaterLifeLetterGiven.class);

    // Care leavers and transition to adulthood
    /** A referral to the leaving care team. */
    public static final Event<LeavingCareReferral> LEAVING_CARE_REFERRAL =
            event("the referral to the leaving care team", LeavingCareReferral.class);
    /** A leaving care worker allocated. */
    public static final Event<LeavingCareWorkerAllocated> LEAVING_CARE_WORKER_ALLOCATED =
            event("allocation to a leaving care worker", LeavingCareWorkerAllocated.class);
    /** A contact with a care leaver. */
    public static final Event<CareLeaverContact> CARE_LEAVER_CONTACT = event("the contact", CareLeaverContact.class);
    /** A pathway plan in place. */
    public static final Event<PathwayPlan> PATHWAY_PLAN = event("the pathway plan", PathwayPlan.class);
    /** A pathway plan review. */
    public static final Event<PathwayPlanReview> PATHWAY_PLAN_REVIEW = event("the pathway plan review", PathwayPlanReview.class);
    /** A change of accommodation or other significant change in a care leaver's life. */
    public static final Event<SignificantChange> SIGNIFICANT_CHANGE =
            event("a change of accommodation or other significant change", SignificantChange.class);
    /** A preparation for adulthood data record, completed or updated. */
    public static final Event<PreparationForAdulthoodRecord> PREPARATION_FOR_ADULTHOOD_RECORD =
            event("the preparation for adulthood data record", PreparationForAdulthoodRecord.class);
    /** A preparation for adulthood referral to adult care. */
    public static final Event<PreparationForAdulthoodReferral> PREPARATION_FOR_ADULTHOOD_REFERRAL =
            event("the preparation for adulthood referral to adult care", PreparationForAdulthoodReferral.class);
    /** A transition plan review. */
    public static final Event<TransitionPlanReview> TRANSITION_PLAN_REVIEW = event("the transition plan review", TransitionPlanReview.class);
    /** A locality transition meeting at which the young person's case was reviewed. */
    public static final Event<TransitionLocalityMeeting> TRANSITION_LOCALITY_MEETING =
            event("the locality transition meeting", TransitionLocalityMeeting.class);

    // External placements
    /** A concern about an externally commissioned provider. */
    public static final Event<ProviderConcern> PROVIDER_CONCERN = event("the concern about the placement", ProviderConcern.class);
    /** A provider challenge or placement disruption meeting. */
    public static final Event<DisruptionMeeting> DISRUPTION_MEETING =
            event("the provider challenge or disruption meeting", DisruptionMeeting.class);
    /** A quality assurance visit to a provider. */
    public static final Event<QualityAssuranceVisit> QUALITY_ASSURANCE_VISIT =
            event("the quality assurance visit", QualityAssuranceVisit.class);
    /** An Ofsted judgement of a provider. */
    public static final Event<OfstedJudgement> OFSTED_JUDGEMENT = event("the Ofsted judgement", OfstedJudgement.class);

    // Complaints
    /** A complaint received. */
    public static final Event<ComplaintReceived> COMPLAINT_RECEIVED = complaintEvent("receipt of the complaint", ComplaintReceived.class);
    /** A complaint acknowledged. */
    public static final Event<ComplaintAcknowledged> COMPLAINT_ACKNOWLEDGED =
            complaintEvent("the acknowledgement", ComplaintAcknowledged.class);
    /** A complaint resolved. */
    public static final Event<ComplaintResolved> COMPLAINT_RESOLVED = complaintEvent("the resolution of the complaint", ComplaintResolved.class)
            .asClause("the complaint is resolved");
    /** A response to a complaint, at a stage. */
    public static final Event<ComplaintResponse> COMPLAINT_RESPONSE = complaintEvent("the response", ComplaintResponse.class);
    /** An extension of a complaint's timescale, with its reason. */
    public static final Event<ComplaintExtended> COMPLAINT_EXTENDED = complaintEvent("the extension", ComplaintExtended.class);
    /** The complainant asking to escalate to the next stage. */
    public static final Event<EscalationRequested> ESCALATION_REQUESTED =
            complaintEvent("the request to escalate", EscalationRequested.class);
    /** A review panel held. */
    public static final Event<ReviewPanelHeld> REVIEW_PANEL_HELD = complaintEvent("the review panel", ReviewPanelHeld.class);

    // Staff
    /** A worker starting in post. */
    public static final Event<StartedInPost> STARTED_IN_POST = staffEvent("starting in post", StartedInPost.class);
    /** A worker leaving their post. */
    public static final Event<LeftPost> LEFT_POST = staffEvent("leaving the post", LeftPost.class).asClause("the worker leaves the post");
    /** A supervision session. */
    public static final Event<SupervisionSession> SUPERVISION_SESSION = staffEvent("the supervision session", SupervisionSession.class);
    /** A reflective case review allocated to a team manager. */
    public static final Event<ReflectiveCaseReviewAllocated> REFLECTIVE_CASE_REVIEW_ALLOCATED =
            staffEvent("the allocation of the reflective case review", ReflectiveCaseReviewAllocated.class);
    /** A reflective case review completed. */
    public static final Event<ReflectiveCaseReviewCompleted> REFLECTIVE_CASE_REVIEW_COMPLETED =
            staffEvent("the reflective case review", ReflectiveCaseReviewCompleted.class);

    // Children in care (issue 13): a looked after review arranged for a date, for forward warnings.

    /** A looked after review scheduled: it occurs on the date the review is scheduled for. */
    public static final Event<LookedAfterReviewScheduled> LOOKED_AFTER_REVIEW_SCHEDULED =
            Event.of("the looked after review scheduled", LookedAfterReviewScheduled.class, LookedAfterReviewScheduled::reviewDate);

    // Early help and child protection (issue 13, the handbook review): the escalation discussed, the interim safety plan,
    // Ofsted notifications requiring immediate action.

    /** Concerns about an escalation of risk discussed with the Senior Early Help Practitioner or Early Help Team Manager. */
    public static final Event<EscalationDiscussed> ESCALATION_DISCUSSED =
            event("the discussion with the Senior Early Help Practitioner or Early Help Team Manager", EscalationDiscussed.class);
    /** An interim safety plan put in place during section 47 enquiries. */
    public static final Event<InterimSafetyPlan> INTERIM_SAFETY_PLAN = event("the interim safety plan", InterimSafetyPlan.class);
    /** An Ofsted notification about the child's home requiring immediate action. */
    public static final Event<OfstedNotificationRequiringAction> OFSTED_NOTIFICATION_REQUIRING_ACTION =
            event("the Ofsted notification requiring immediate action", OfstedNotificationRequiringAction.class);
    /** The action an Ofsted notification required, taken. */
    public static final Event<OfstedNotificationActedUpon> OFSTED_NOTIFICATION_ACTED_UPON =
            event("the action taken on the notification", OfstedNotificationActedUpon.class);

    // Children in care and private fostering (issue 13, handbook review): booklet L799 and L396.

    /** The IRO spoke directly with the child, before a looked after review. */
    public static final Event<IroSpokeWithChild> IRO_SPOKE_WITH_CHILD = event("the IRO speaking with the child", IroSpokeWithChild.class);
    /** The practice supervisor's supervision of a private fostering case. */
    public static final Event<PrivateFosteringCaseSupervision> PRIVATE_FOSTERING_CASE_SUPERVISION =
            event("the practice supervisor's supervision of the case", PrivateFosteringCaseSupervision.class);
}
