package org.duly.domain.events;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.duly.domain.value.Spelling;

/**
 * Every kind of child case event, in one place: its stable case-file name ({@code strategyDiscussion}),
 * its value type, its English description ("strategy discussion"). The case-file reader, validation messages and the handbook
 * all read it from here.
 *
 * <p>The constants are in the booklet's order of sections.
 */
public enum CaseEventType implements EventType {

    /** The {@linkplain Referral referral}. */
    REFERRAL(Referral.class, "referral", Set.of(Trait.OPENS_CASE)),

    /** The {@linkplain ReferralAcknowledged acknowledgement of a referral}. */
    REFERRAL_ACKNOWLEDGED(ReferralAcknowledged.class, "acknowledgement of a referral", Set.of()),

    /** The {@linkplain ReferralDecision referral decision}. */
    REFERRAL_DECISION(ReferralDecision.class, "referral decision", Set.of()),

    /** The {@linkplain AssessmentPlanRecorded assessment plan recorded}. */
    ASSESSMENT_PLAN_RECORDED(AssessmentPlanRecorded.class, "assessment plan recorded", Set.of()),

    /** The {@linkplain AssessmentStarted assessment started}. */
    ASSESSMENT_STARTED(AssessmentStarted.class, "assessment started", Set.of()),

    /** The {@linkplain AssessmentCompleted assessment completed}. */
    ASSESSMENT_COMPLETED(AssessmentCompleted.class, "assessment completed", Set.of()),

    /** The {@linkplain AssessmentSignedOff assessment signed off}. */
    ASSESSMENT_SIGNED_OFF(AssessmentSignedOff.class, "assessment signed off", Set.of()),

    /** The {@linkplain Visit visit}. */
    VISIT(Visit.class, "visit", Set.of()),

    /** The {@linkplain ChildsPlanCreated child's plan created}. */
    CHILDS_PLAN_CREATED(ChildsPlanCreated.class, "child's plan created", Set.of()),

    /** The {@linkplain ChildsPlanReviewed child's plan reviewed}. */
    CHILDS_PLAN_REVIEWED(ChildsPlanReviewed.class, "child's plan reviewed", Set.of()),

    /** The {@linkplain ChildsPlanEnded child's plan ended}. */
    CHILDS_PLAN_ENDED(ChildsPlanEnded.class, "child's plan ended", Set.of()),

    /** The {@linkplain ImprovementCycleMeeting improvement cycle meeting}. */
    IMPROVEMENT_CYCLE_MEETING(ImprovementCycleMeeting.class, "improvement cycle meeting", Set.of()),

    /** The {@linkplain IndependentScrutinyDiscussion independent scrutiny discussion}. */
    INDEPENDENT_SCRUTINY_DISCUSSION(IndependentScrutinyDiscussion.class, "independent scrutiny discussion", Set.of()),

    /** The {@linkplain EarlyHelpCaseReview early help case review}. */
    EARLY_HELP_CASE_REVIEW(EarlyHelpCaseReview.class, "early help case review", Set.of()),

    /** The {@linkplain ChronologyStarted chronology started}. */
    CHRONOLOGY_STARTED(ChronologyStarted.class, "chronology started", Set.of()),

    /** The {@linkplain ChronologyUpdated chronology updated}. */
    CHRONOLOGY_UPDATED(ChronologyUpdated.class, "chronology updated", Set.of()),

    /** The {@linkplain ChronologyClosed chronology closed}. */
    CHRONOLOGY_CLOSED(ChronologyClosed.class, "chronology closed", Set.of()),

    /** The {@linkplain NeedOrRiskEscalated escalation of need or risk}. */
    NEED_OR_RISK_ESCALATED(NeedOrRiskEscalated.class, "escalation of need or risk", Set.of()),

    /** The {@linkplain NextStepsAgreed next steps agreed after an escalation}. */
    NEXT_STEPS_AGREED(NextStepsAgreed.class, "next steps agreed after an escalation", Set.of()),

    /** The {@linkplain SteppedUp step up to social care}. */
    STEPPED_UP(SteppedUp.class, "step up to social care", Set.of()),

    /** The {@linkplain SteppedDown step down}. */
    STEPPED_DOWN(SteppedDown.class, "step down", Set.of()),

    /** The {@linkplain SignificantHarmConcern concern of significant harm}. */
    SIGNIFICANT_HARM_CONCERN(SignificantHarmConcern.class, "concern of significant harm", Set.of()),

    /** The {@linkplain StrategyDiscussion strategy discussion}. */
    STRATEGY_DISCUSSION(StrategyDiscussion.class, "strategy discussion", Set.of()),

    /** The {@linkplain Section47EnquiryStarted start of a section 47 enquiry}. */
    SECTION_47_ENQUIRY_STARTED(Section47EnquiryStarted.class, "start of a section 47 enquiry", Set.of()),

    /** The {@linkplain Section47EnquiryCompleted completion of a section 47 enquiry}. */
    SECTION_47_ENQUIRY_COMPLETED(Section47EnquiryCompleted.class, "completion of a section 47 enquiry", Set.of()),

    /** The {@linkplain Section47ManagementOversight management oversight of a section 47 enquiry}. */
    SECTION_47_MANAGEMENT_OVERSIGHT(Section47ManagementOversight.class, "management oversight of a section 47 enquiry", Set.of()),

    /** The {@linkplain ConferenceScheduled child protection conference scheduled}. */
    CONFERENCE_SCHEDULED(ConferenceScheduled.class, "child protection conference scheduled", Set.of()),

    /** The {@linkplain ConferenceHeld child protection conference}. */
    CONFERENCE_HELD(ConferenceHeld.class, "child protection conference", Set.of()),

    /** The {@linkplain ReportShared social worker's report shared}. */
    REPORT_SHARED(ReportShared.class, "social worker's report shared", Set.of()),

    /** The {@linkplain CoreGroupMeeting core group meeting}. */
    CORE_GROUP_MEETING(CoreGroupMeeting.class, "core group meeting", Set.of()),

    /** The {@linkplain Birth birth}. */
    BIRTH(Birth.class, "birth", Set.of()),

    /** The {@linkplain PreProceedingsStarted start of pre-proceedings}. */
    PRE_PROCEEDINGS_STARTED(PreProceedingsStarted.class, "start of pre-proceedings", Set.of()),

    /** The {@linkplain PreProceedingsEnded end of pre-proceedings}. */
    PRE_PROCEEDINGS_ENDED(PreProceedingsEnded.class, "end of pre-proceedings", Set.of()),

    /** The {@linkplain CareProceedingsIssued care proceedings issued}. */
    CARE_PROCEEDINGS_ISSUED(CareProceedingsIssued.class, "care proceedings issued", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain CareProceedingsServed care proceedings served}. */
    CARE_PROCEEDINGS_SERVED(CareProceedingsServed.class, "care proceedings served", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain CaseManagementHearing case management hearing}. */
    CASE_MANAGEMENT_HEARING(CaseManagementHearing.class, "case management hearing", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain CareProceedingsConcluded conclusion of care proceedings}. */
    CARE_PROCEEDINGS_CONCLUDED(CareProceedingsConcluded.class, "conclusion of care proceedings", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain CareProceedingsExtended extension of care proceedings} under section 32(5). */
    CARE_PROCEEDINGS_EXTENDED(CareProceedingsExtended.class, "extension of care proceedings", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain CourtDocumentsFiled documents filed with the court} after the issue. */
    COURT_DOCUMENTS_FILED(CourtDocumentsFiled.class, "documents filed with the court", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain CourtDirectionMade court direction}. */
    COURT_DIRECTION_MADE(CourtDirectionMade.class, "court direction", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain CourtDirectionComplied compliance with a court direction}. */
    COURT_DIRECTION_COMPLIED(CourtDirectionComplied.class, "compliance with a court direction", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain ParentingAssessmentAllocated parenting assessment allocated}. */
    PARENTING_ASSESSMENT_ALLOCATED(ParentingAssessmentAllocated.class, "parenting assessment allocated", Set.of()),

    /** The {@linkplain ParentingAssessmentPlanningMeeting parenting assessment planning meeting}. */
    PARENTING_ASSESSMENT_PLANNING_MEETING(ParentingAssessmentPlanningMeeting.class, "parenting assessment planning meeting", Set.of()),

    /** The {@linkplain ParentingAssessmentStarted parenting assessment started}. */
    PARENTING_ASSESSMENT_STARTED(ParentingAssessmentStarted.class, "parenting assessment started", Set.of()),

    /** The {@linkplain ParentingAssessmentMidwayReview parenting assessment midway review}. */
    PARENTING_ASSESSMENT_MIDWAY_REVIEW(ParentingAssessmentMidwayReview.class, "parenting assessment midway review", Set.of()),

    /** The {@linkplain ParentingAssessmentSessionsCompleted parenting assessment sessions completed}. */
    PARENTING_ASSESSMENT_SESSIONS_COMPLETED(ParentingAssessmentSessionsCompleted.class, "parenting assessment sessions completed", Set.of()),

    /** The {@linkplain ParentingAssessmentFinalReview parenting assessment final review}. */
    PARENTING_ASSESSMENT_FINAL_REVIEW(ParentingAssessmentFinalReview.class, "parenting assessment final review", Set.of()),

    /** The {@linkplain ParentingAssessmentReport parenting assessment report}. */
    PARENTING_ASSESSMENT_REPORT(ParentingAssessmentReport.class, "parenting assessment report", Set.of()),

    /** The {@linkplain FamilyTimeDirected family time directed}. */
    FAMILY_TIME_DIRECTED(FamilyTimeDirected.class, "family time directed", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain FamilyTimeSession family time session}. */
    FAMILY_TIME_SESSION(FamilyTimeSession.class, "family time session", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain PrivateFosteringNotification private fostering notification}. */
    PRIVATE_FOSTERING_NOTIFICATION(PrivateFosteringNotification.class, "private fostering notification", Set.of(Trait.ONLY_AFTER_BIRTH, Trait.OPENS_CASE)),

    /** The {@linkplain PrivateFosteringNetworkMeeting private fostering network meeting}. */
    PRIVATE_FOSTERING_NETWORK_MEETING(PrivateFosteringNetworkMeeting.class, "private fostering network meeting", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain PrivateFosteringReview private fostering review}. */
    PRIVATE_FOSTERING_REVIEW(PrivateFosteringReview.class, "private fostering review", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain PrivateFosteringEnded end of a private fostering arrangement}. */
    PRIVATE_FOSTERING_ENDED(PrivateFosteringEnded.class, "end of a private fostering arrangement", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain BecameLookedAfter becoming looked after}. */
    BECAME_LOOKED_AFTER(BecameLookedAfter.class, "becoming looked after", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain CeasedLookedAfter ceasing to be looked after}. */
    CEASED_LOOKED_AFTER(CeasedLookedAfter.class, "ceasing to be looked after", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain LegalStatusChanged change of legal status}. */
    LEGAL_STATUS_CHANGED(LegalStatusChanged.class, "change of legal status", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain PlacementStarted start of a placement}. */
    PLACEMENT_STARTED(PlacementStarted.class, "start of a placement", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain PlacementEnded end of a placement}. */
    PLACEMENT_ENDED(PlacementEnded.class, "end of a placement", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain PlacementPlanningMeeting placement planning meeting}. */
    PLACEMENT_PLANNING_MEETING(PlacementPlanningMeeting.class, "placement planning meeting", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain CarePlanCompleted care plan}. */
    CARE_PLAN_COMPLETED(CarePlanCompleted.class, "care plan", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain CarePlanAvailableToIro care plan available to the IRO}. */
    CARE_PLAN_AVAILABLE_TO_IRO(CarePlanAvailableToIro.class, "care plan available to the IRO", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain LookedAfterReview looked after review}. */
    LOOKED_AFTER_REVIEW(LookedAfterReview.class, "looked after review", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain LookedAfterReviewScheduled looked after review scheduled}. */
    LOOKED_AFTER_REVIEW_SCHEDULED(LookedAfterReviewScheduled.class, "looked after review scheduled", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain HealthAssessment health assessment}. */
    HEALTH_ASSESSMENT(HealthAssessment.class, "health assessment", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain PersonalEducationPlan personal education plan}. */
    PERSONAL_EDUCATION_PLAN(PersonalEducationPlan.class, "personal education plan", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain SchoolMove school move}. */
    SCHOOL_MOVE(SchoolMove.class, "school move", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain StrengthsAndDifficultiesQuestionnaire strengths and difficulties questionnaire}. */
    STRENGTHS_AND_DIFFICULTIES_QUESTIONNAIRE(StrengthsAndDifficultiesQuestionnaire.class, "strengths and difficulties questionnaire", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain ChangeOfCircumstances change of circumstances record}. */
    CHANGE_OF_CIRCUMSTANCES(ChangeOfCircumstances.class, "change of circumstances record", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain ExploitationAssessmentSignedOff child exploitation assessment signed off}. */
    EXPLOITATION_ASSESSMENT_SIGNED_OFF(ExploitationAssessmentSignedOff.class, "child exploitation assessment signed off", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain ExploitationMeeting child exploitation meeting}. */
    EXPLOITATION_MEETING(ExploitationMeeting.class, "child exploitation meeting", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain AdoptionOrder adoption order}. */
    ADOPTION_ORDER(AdoptionOrder.class, "adoption order", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain LifeStoryBookGiven life story book given}. */
    LIFE_STORY_BOOK_GIVEN(LifeStoryBookGiven.class, "life story book given", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain LaterLifeLetterGiven later life letter given}. */
    LATER_LIFE_LETTER_GIVEN(LaterLifeLetterGiven.class, "later life letter given", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain LeavingCareReferral referral to the leaving care team}. */
    LEAVING_CARE_REFERRAL(LeavingCareReferral.class, "referral to the leaving care team", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain LeavingCareWorkerAllocated leaving care worker allocated}. */
    LEAVING_CARE_WORKER_ALLOCATED(LeavingCareWorkerAllocated.class, "leaving care worker allocated", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain CareLeaverContact contact with a care leaver}. */
    CARE_LEAVER_CONTACT(CareLeaverContact.class, "contact with a care leaver", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain PathwayPlan pathway plan}. */
    PATHWAY_PLAN(PathwayPlan.class, "pathway plan", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain PathwayPlanReview pathway plan review}. */
    PATHWAY_PLAN_REVIEW(PathwayPlanReview.class, "pathway plan review", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain SignificantChange significant change in a care leaver's life}. */
    SIGNIFICANT_CHANGE(SignificantChange.class, "significant change in a care leaver's life", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain PreparationForAdulthoodRecord preparation for adulthood data record}. */
    PREPARATION_FOR_ADULTHOOD_RECORD(PreparationForAdulthoodRecord.class, "preparation for adulthood data record", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain PreparationForAdulthoodReferral preparation for adulthood referral to adult care}. */
    PREPARATION_FOR_ADULTHOOD_REFERRAL(PreparationForAdulthoodReferral.class, "preparation for adulthood referral to adult care", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain TransitionPlanReview transition plan review}. */
    TRANSITION_PLAN_REVIEW(TransitionPlanReview.class, "transition plan review", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain TransitionLocalityMeeting locality transition meeting}. */
    TRANSITION_LOCALITY_MEETING(TransitionLocalityMeeting.class, "locality transition meeting", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain ProviderConcern concern about a provider}. */
    PROVIDER_CONCERN(ProviderConcern.class, "concern about a provider", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain DisruptionMeeting provider challenge or disruption meeting}. */
    DISRUPTION_MEETING(DisruptionMeeting.class, "provider challenge or disruption meeting", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain QualityAssuranceVisit quality assurance visit}. */
    QUALITY_ASSURANCE_VISIT(QualityAssuranceVisit.class, "quality assurance visit", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain OfstedJudgement Ofsted judgement}. */
    OFSTED_JUDGEMENT(OfstedJudgement.class, "Ofsted judgement", Set.of(Trait.ONLY_AFTER_BIRTH)),

    // Added for the handbook review (issue 13): early help, child protection, external placements.

    /** The {@linkplain EscalationDiscussed discussion of concerns about an escalation of risk}. */
    ESCALATION_DISCUSSED(EscalationDiscussed.class, "discussion of concerns about an escalation of risk", Set.of()),

    /** The {@linkplain InterimSafetyPlan interim safety plan}. */
    INTERIM_SAFETY_PLAN(InterimSafetyPlan.class, "interim safety plan", Set.of()),

    /** The {@linkplain OfstedNotificationRequiringAction Ofsted notification requiring immediate action}. */
    OFSTED_NOTIFICATION_REQUIRING_ACTION(OfstedNotificationRequiringAction.class, "Ofsted notification requiring immediate action",
            Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain OfstedNotificationActedUpon action taken on an Ofsted notification}. */
    OFSTED_NOTIFICATION_ACTED_UPON(OfstedNotificationActedUpon.class, "action taken on an Ofsted notification",
            Set.of(Trait.ONLY_AFTER_BIRTH)),

    // Children in care and private fostering (issue 13, handbook review): the IRO's conversation before a looked after
    // review (booklet L799) and the practice supervisor's monthly supervision of a private fostering case (L396).

    /** The {@linkplain IroSpokeWithChild IRO speaking with the child} before a looked after review. */
    IRO_SPOKE_WITH_CHILD(IroSpokeWithChild.class, "IRO spoke with the child", Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain PrivateFosteringCaseSupervision practice supervisor's supervision of a private fostering case}. */
    PRIVATE_FOSTERING_CASE_SUPERVISION(PrivateFosteringCaseSupervision.class, "supervision of a private fostering case",
            Set.of(Trait.ONLY_AFTER_BIRTH)),

    /** The {@linkplain CaseClosed case closure}. */
    CASE_CLOSED(CaseClosed.class, "case closure", Set.of());

    private enum Trait { ONLY_AFTER_BIRTH, OPENS_CASE }

    private static final ClassValue<CaseEventType> BY_CLASS = new ClassValue<>() {
        @Override
        protected CaseEventType computeValue(Class<?> type) {
            return Arrays.stream(values()).filter(value -> value.type.isAssignableFrom(type)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(type.getName() + " is not one of Duly's case event types; an event"
                            + " class of an application's own returns its type, declared with EventType.of, from eventType()"));
        }
    };

    /**
     * The types by case-file name, for reading: one look-up per event however many types there are. A
     * hash map, which compares a name only with a key of the same hash (Map.of's compares it with every
     * key it probes): every event read and checked looks its name up.
     */
    private static final Map<String, CaseEventType> BY_CASE_FILE_NAME = Collections.unmodifiableMap(Arrays.stream(values())
            .collect(Collectors.toMap(CaseEventType::caseFileName, Function.identity(), (one, other) -> {
                throw new IllegalStateException("two event types named " + one.caseFileName());
            }, HashMap::new)));

    private final Class<? extends CaseEvent> type;
    private final String description;
    /** Worked out once: every event read and checked asks for it. */
    private final String caseFileName;
    /** The traits as fields, worked out once: every event checked asks for both. */
    private final boolean onlyAfterBirth;
    private final boolean opensCase;

    CaseEventType(Class<? extends CaseEvent> type, String description, Set<Trait> traits) {
        this.type = type;
        this.description = description;
        this.caseFileName = Spelling.camelCase(name());
        this.onlyAfterBirth = traits.contains(Trait.ONLY_AFTER_BIRTH);
        this.opensCase = traits.contains(Trait.OPENS_CASE);
    }


    /**
     * The value type of the event.
     *
     * @return the interface its values implement
     */
    @Override
    public Class<? extends CaseEvent> type() {
        return type;
    }


    /**
     * The event's name in a case file: the constant's name in lower camel case.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseEventType.SECTION_47_ENQUIRY_STARTED.caseFileName()).isEqualTo("section47EnquiryStarted");
     * }</pre>
     *
     * @return the case-file name
     */
    @Override
    public String caseFileName() {
        return caseFileName;
    }
    /**
     * The event in English, as a message or explanation names it.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseEventType.BECAME_LOOKED_AFTER.description()).isEqualTo("becoming looked after");
     * }</pre>
     *
     * @return the description, in lower case
     */
    @Override
    public String description() {
        return description;
    }


    /**
     * Whether the event can only happen once the child is born: a placement, yes; a referral or a
     * pre-birth conference, no.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseEventType.PLACEMENT_STARTED.onlyAfterBirth()).isTrue();
     * assertThat(CaseEventType.CONFERENCE_HELD.onlyAfterBirth()).isFalse();
     * }</pre>
     *
     * @return true if a date before the birth is impossible
     */
    public boolean onlyAfterBirth() {
        return onlyAfterBirth;
    }

    /**
     * Whether the event opens (or reopens) a case, so it may follow the case's closure.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseEventType.REFERRAL.opensCase()).isTrue();
     * assertThat(CaseEventType.VISIT.opensCase()).isFalse();
     * }</pre>
     *
     * @return true for a referral and a private fostering notification
     */
    public boolean opensCase() {
        return opensCase;
    }

    /**
     * Finds an event type by its case-file name.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseEventType.byCaseFileName("lookedAfterReview")).contains(CaseEventType.LOOKED_AFTER_REVIEW);
     * assertThat(CaseEventType.byCaseFileName("tea")).isEmpty();
     * }</pre>
     *
     * @param caseFileName the name, in lower camel case
     * @return the event type, or empty if none has that name
     */
    public static Optional<CaseEventType> byCaseFileName(String caseFileName) {
        return Optional.ofNullable(BY_CASE_FILE_NAME.get(caseFileName));
    }

    /**
     * The event type of an event.
     *
     * @param event the event
     * @return its type
     * @throws IllegalArgumentException if the event's class implements no registered type
     */
    public static CaseEventType of(CaseEvent event) {
        return BY_CLASS.get(event.getClass());
    }

    /**
     * The event type of an event class: the interface or the class of one of its events.
     *
     * <p>Example:
     * <pre>{@code
     * Birth birth = Birth.builder().date(LocalDate.parse("2024-03-05")).build();
     * assertThat(CaseEventType.of(Birth.class)).isEqualTo(CaseEventType.BIRTH);
     * assertThat(CaseEventType.of(birth.getClass())).isEqualTo(CaseEventType.BIRTH);
     * }</pre>
     *
     * @param type the class
     * @return its type
     * @throws IllegalArgumentException if the class implements no registered type
     */
    public static CaseEventType of(Class<? extends CaseEvent> type) {
        return BY_CLASS.get(type);
    }

    /**
     * The case-file name, as a case file spells the type.
     *
     * @return {@link #caseFileName()}
     */
    @Override
    public String toString() {
        return caseFileName();
    }
}
