package org.duly.domain.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.duly.domain.workforce.WorkerRole;
import org.junit.jupiter.api.Test;

/** Runs the {@code Example:} of every event type's {@code builder()} Javadoc, word for word. */
class EventBuilderExamplesTest {

    @Test
    void referral() {
        Referral referral = Referral.builder()
            .date(LocalDate.parse("2024-03-05"))
            .service(ServiceArea.SOCIAL_CARE)
            .build();
        assertThat(referral.service()).contains(ServiceArea.SOCIAL_CARE);
    }

    @Test
    void referral_acknowledged() {
        ReferralAcknowledged referralAcknowledged = ReferralAcknowledged.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(referralAcknowledged.date()).isEqualTo("2024-03-05");
    }

    @Test
    void referral_decision() {
        ReferralDecision referralDecision = ReferralDecision.builder()
            .date(LocalDate.parse("2024-03-05"))
            .outcome(ReferralOutcome.SINGLE_ASSESSMENT)
            .build();
        assertThat(referralDecision.outcome()).isEqualTo(ReferralOutcome.SINGLE_ASSESSMENT);
    }

    @Test
    void assessment_plan_recorded() {
        AssessmentPlanRecorded assessmentPlanRecorded = AssessmentPlanRecorded.builder()
            .date(LocalDate.parse("2024-03-05"))
            .kind(AssessmentKind.SINGLE_ASSESSMENT)
            .build();
        assertThat(assessmentPlanRecorded.kind()).isEqualTo(AssessmentKind.SINGLE_ASSESSMENT);
    }

    @Test
    void assessment_started() {
        AssessmentStarted assessmentStarted = AssessmentStarted.builder()
            .date(LocalDate.parse("2024-03-05"))
            .kind(AssessmentKind.EARLY_HELP_ASSESSMENT)
            .build();
        assertThat(assessmentStarted.kind()).isEqualTo(AssessmentKind.EARLY_HELP_ASSESSMENT);
    }

    @Test
    void assessment_completed() {
        AssessmentCompleted assessmentCompleted = AssessmentCompleted.builder()
            .date(LocalDate.parse("2024-03-05"))
            .kind(AssessmentKind.SINGLE_ASSESSMENT)
            .build();
        assertThat(assessmentCompleted.kind()).isEqualTo(AssessmentKind.SINGLE_ASSESSMENT);
    }

    @Test
    void assessment_signed_off() {
        AssessmentSignedOff assessmentSignedOff = AssessmentSignedOff.builder()
            .date(LocalDate.parse("2024-03-05"))
            .kind(AssessmentKind.SINGLE_ASSESSMENT)
            .sharedWithFamily(true)
            .build();
        assertThat(assessmentSignedOff.kind()).isEqualTo(AssessmentKind.SINGLE_ASSESSMENT);
    }

    @Test
    void visit() {
        Visit visit = Visit.builder()
            .date(LocalDate.parse("2024-03-05"))
            .time(LocalTime.parse("14:30"))
            .purpose(VisitPurpose.SECTION_47_ENQUIRY)
            .childSeen(true)
            .seenAlone(true)
            .visitorRole(WorkerRole.SOCIAL_WORKER)
            .build();
        assertThat(visit.dateTime()).contains(LocalDateTime.parse("2024-03-05T14:30"));
        assertThat(visit.purpose()).isEqualTo(VisitPurpose.SECTION_47_ENQUIRY);
    }

    @Test
    void childs_plan_created() {
        ChildsPlanCreated childsPlanCreated = ChildsPlanCreated.builder()
            .date(LocalDate.parse("2024-03-05"))
            .kind(ChildsPlanKind.CHILD_IN_NEED)
            .build();
        assertThat(childsPlanCreated.kind()).isEqualTo(ChildsPlanKind.CHILD_IN_NEED);
    }

    @Test
    void childs_plan_reviewed() {
        ChildsPlanReviewed childsPlanReviewed = ChildsPlanReviewed.builder()
            .date(LocalDate.parse("2024-03-05"))
            .kind(ChildsPlanKind.CHILD_IN_NEED)
            .build();
        assertThat(childsPlanReviewed.kind()).isEqualTo(ChildsPlanKind.CHILD_IN_NEED);
    }

    @Test
    void childs_plan_ended() {
        ChildsPlanEnded childsPlanEnded = ChildsPlanEnded.builder()
            .date(LocalDate.parse("2024-03-05"))
            .kind(ChildsPlanKind.CHILD_PROTECTION)
            .build();
        assertThat(childsPlanEnded.kind()).isEqualTo(ChildsPlanKind.CHILD_PROTECTION);
    }

    @Test
    void improvement_cycle_meeting() {
        ImprovementCycleMeeting improvementCycleMeeting = ImprovementCycleMeeting.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(improvementCycleMeeting.date()).isEqualTo("2024-03-05");
    }

    @Test
    void independent_scrutiny_discussion() {
        IndependentScrutinyDiscussion independentScrutinyDiscussion = IndependentScrutinyDiscussion.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(independentScrutinyDiscussion.date()).isEqualTo("2024-03-05");
    }

    @Test
    void early_help_case_review() {
        EarlyHelpCaseReview earlyHelpCaseReview = EarlyHelpCaseReview.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(earlyHelpCaseReview.date()).isEqualTo("2024-03-05");
    }

    @Test
    void chronology_started() {
        ChronologyStarted chronologyStarted = ChronologyStarted.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(chronologyStarted.date()).isEqualTo("2024-03-05");
    }

    @Test
    void chronology_updated() {
        ChronologyUpdated chronologyUpdated = ChronologyUpdated.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(chronologyUpdated.date()).isEqualTo("2024-03-05");
    }

    @Test
    void chronology_closed() {
        ChronologyClosed chronologyClosed = ChronologyClosed.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(chronologyClosed.date()).isEqualTo("2024-03-05");
    }

    @Test
    void need_or_risk_escalated() {
        NeedOrRiskEscalated needOrRiskEscalated = NeedOrRiskEscalated.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(needOrRiskEscalated.date()).isEqualTo("2024-03-05");
    }

    @Test
    void next_steps_agreed() {
        NextStepsAgreed nextStepsAgreed = NextStepsAgreed.builder()
            .date(LocalDate.parse("2024-03-05"))
            .nextStep(AgreedNextStep.JOINT_VISIT)
            .build();
        assertThat(nextStepsAgreed.nextStep()).isEqualTo(AgreedNextStep.JOINT_VISIT);
    }

    @Test
    void stepped_up() {
        SteppedUp steppedUp = SteppedUp.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(steppedUp.date()).isEqualTo("2024-03-05");
    }

    @Test
    void stepped_down() {
        SteppedDown steppedDown = SteppedDown.builder()
            .date(LocalDate.parse("2024-03-05"))
            .to(StepDownTarget.EARLY_HELP)
            .build();
        assertThat(steppedDown.to()).isEqualTo(StepDownTarget.EARLY_HELP);
    }

    @Test
    void significant_harm_concern() {
        SignificantHarmConcern significantHarmConcern = SignificantHarmConcern.builder()
            .date(LocalDate.parse("2024-03-05"))
            .time(LocalTime.parse("14:30"))
            .build();
        assertThat(significantHarmConcern.dateTime()).contains(LocalDateTime.parse("2024-03-05T14:30"));
        assertThat(significantHarmConcern.date()).isEqualTo("2024-03-05");
    }

    @Test
    void strategy_discussion() {
        StrategyDiscussion strategyDiscussion = StrategyDiscussion.builder()
            .date(LocalDate.parse("2024-03-05"))
            .time(LocalTime.parse("14:30"))
            .initiatedSection47(true)
            .build();
        assertThat(strategyDiscussion.dateTime()).contains(LocalDateTime.parse("2024-03-05T14:30"));
        assertThat(strategyDiscussion.initiatedSection47()).isTrue();
    }

    @Test
    void section_47_enquiry_started() {
        Section47EnquiryStarted section47EnquiryStarted = Section47EnquiryStarted.builder()
            .date(LocalDate.parse("2024-03-05"))
            .time(LocalTime.parse("14:30"))
            .build();
        assertThat(section47EnquiryStarted.dateTime()).contains(LocalDateTime.parse("2024-03-05T14:30"));
        assertThat(section47EnquiryStarted.date()).isEqualTo("2024-03-05");
    }

    @Test
    void section_47_enquiry_completed() {
        Section47EnquiryCompleted section47EnquiryCompleted = Section47EnquiryCompleted.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(section47EnquiryCompleted.date()).isEqualTo("2024-03-05");
    }

    @Test
    void section_47_management_oversight() {
        Section47ManagementOversight section47ManagementOversight = Section47ManagementOversight.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(section47ManagementOversight.date()).isEqualTo("2024-03-05");
    }

    @Test
    void looked_after_review_scheduled() {
        LookedAfterReviewScheduled scheduled = LookedAfterReviewScheduled.builder()
            .date(LocalDate.parse("2024-03-05"))
            .reviewDate(LocalDate.parse("2024-04-02"))
            .build();
        assertThat(scheduled.reviewDate()).isEqualTo("2024-04-02");
    }

    @Test
    void conference_scheduled() {
        ConferenceScheduled conferenceScheduled = ConferenceScheduled.builder()
            .date(LocalDate.parse("2024-03-05"))
            .kind(ConferenceKind.INITIAL)
            .conferenceDate(LocalDate.parse("2024-03-20"))
            .build();
        assertThat(conferenceScheduled.kind()).isEqualTo(ConferenceKind.INITIAL);
    }

    @Test
    void conference_held() {
        ConferenceHeld conferenceHeld = ConferenceHeld.builder()
            .date(LocalDate.parse("2024-03-05"))
            .kind(ConferenceKind.INITIAL)
            .build();
        assertThat(conferenceHeld.kind()).isEqualTo(ConferenceKind.INITIAL);
    }

    @Test
    void report_shared() {
        ReportShared reportShared = ReportShared.builder()
            .date(LocalDate.parse("2024-03-05"))
            .conferenceKind(ConferenceKind.INITIAL)
            .conferenceDate(LocalDate.parse("2024-03-20"))
            .build();
        assertThat(reportShared.conferenceKind()).isEqualTo(ConferenceKind.INITIAL);
    }

    @Test
    void core_group_meeting() {
        CoreGroupMeeting coreGroupMeeting = CoreGroupMeeting.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(coreGroupMeeting.date()).isEqualTo("2024-03-05");
    }

    @Test
    void birth() {
        Birth birth = Birth.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(birth.date()).isEqualTo("2024-03-05");
    }

    @Test
    void pre_proceedings_started() {
        PreProceedingsStarted preProceedingsStarted = PreProceedingsStarted.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(preProceedingsStarted.date()).isEqualTo("2024-03-05");
    }

    @Test
    void pre_proceedings_ended() {
        PreProceedingsEnded preProceedingsEnded = PreProceedingsEnded.builder()
            .date(LocalDate.parse("2024-03-05"))
            .outcome(PreProceedingsOutcome.CARE_PROCEEDINGS_ISSUED)
            .build();
        assertThat(preProceedingsEnded.outcome()).contains(PreProceedingsOutcome.CARE_PROCEEDINGS_ISSUED);
    }

    @Test
    void care_proceedings_issued() {
        CareProceedingsIssued careProceedingsIssued = CareProceedingsIssued.builder()
            .date(LocalDate.parse("2024-03-05"))
            .addDocumentsFiled(CourtDocument.CHRONOLOGY)
            .build();
        assertThat(careProceedingsIssued.documentsFiled()).containsExactly(CourtDocument.CHRONOLOGY);
    }

    @Test
    void care_proceedings_served() {
        CareProceedingsServed careProceedingsServed = CareProceedingsServed.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(careProceedingsServed.date()).isEqualTo("2024-03-05");
    }

    @Test
    void case_management_hearing() {
        CaseManagementHearing caseManagementHearing = CaseManagementHearing.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(caseManagementHearing.date()).isEqualTo("2024-03-05");
    }

    @Test
    void care_proceedings_concluded() {
        CareProceedingsConcluded careProceedingsConcluded = CareProceedingsConcluded.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(careProceedingsConcluded.date()).isEqualTo("2024-03-05");
    }

    @Test
    void court_direction_made() {
        CourtDirectionMade courtDirectionMade = CourtDirectionMade.builder()
            .date(LocalDate.parse("2024-03-05"))
            .directionId("D-1")
            .dueDate(LocalDate.parse("2024-04-02"))
            .build();
        assertThat(courtDirectionMade.directionId()).isEqualTo("D-1");
    }

    @Test
    void court_direction_complied() {
        CourtDirectionComplied courtDirectionComplied = CourtDirectionComplied.builder()
            .date(LocalDate.parse("2024-03-05"))
            .directionId("D-1")
            .build();
        assertThat(courtDirectionComplied.directionId()).isEqualTo("D-1");
    }

    @Test
    void parenting_assessment_allocated() {
        ParentingAssessmentAllocated parentingAssessmentAllocated = ParentingAssessmentAllocated.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(parentingAssessmentAllocated.date()).isEqualTo("2024-03-05");
    }

    @Test
    void parenting_assessment_planning_meeting() {
        ParentingAssessmentPlanningMeeting parentingAssessmentPlanningMeeting = ParentingAssessmentPlanningMeeting.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(parentingAssessmentPlanningMeeting.date()).isEqualTo("2024-03-05");
    }

    @Test
    void parenting_assessment_started() {
        ParentingAssessmentStarted parentingAssessmentStarted = ParentingAssessmentStarted.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(parentingAssessmentStarted.date()).isEqualTo("2024-03-05");
    }

    @Test
    void parenting_assessment_midway_review() {
        ParentingAssessmentMidwayReview parentingAssessmentMidwayReview = ParentingAssessmentMidwayReview.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(parentingAssessmentMidwayReview.date()).isEqualTo("2024-03-05");
    }

    @Test
    void parenting_assessment_sessions_completed() {
        ParentingAssessmentSessionsCompleted parentingAssessmentSessionsCompleted = ParentingAssessmentSessionsCompleted.builder()
            .date(LocalDate.parse("2024-03-05"))
            .directWorkSessions(12)
            .observationSessions(12)
            .build();
        assertThat(parentingAssessmentSessionsCompleted.directWorkSessions()).isEqualTo(12);
    }

    @Test
    void parenting_assessment_final_review() {
        ParentingAssessmentFinalReview parentingAssessmentFinalReview = ParentingAssessmentFinalReview.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(parentingAssessmentFinalReview.date()).isEqualTo("2024-03-05");
    }

    @Test
    void parenting_assessment_report() {
        ParentingAssessmentReport parentingAssessmentReport = ParentingAssessmentReport.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(parentingAssessmentReport.date()).isEqualTo("2024-03-05");
    }

    @Test
    void family_time_directed() {
        FamilyTimeDirected familyTimeDirected = FamilyTimeDirected.builder()
            .date(LocalDate.parse("2024-03-05"))
            .directedBy(FamilyTimeDirectedBy.COURT)
            .firstSessionDue(LocalDate.parse("2024-03-12"))
            .intervalDays(7)
            .build();
        assertThat(familyTimeDirected.directedBy()).isEqualTo(FamilyTimeDirectedBy.COURT);
    }

    @Test
    void family_time_session() {
        FamilyTimeSession familyTimeSession = FamilyTimeSession.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(familyTimeSession.date()).isEqualTo("2024-03-05");
    }

    @Test
    void private_fostering_notification() {
        PrivateFosteringNotification privateFosteringNotification = PrivateFosteringNotification.builder()
            .date(LocalDate.parse("2024-03-05"))
            .carerRelationship(CarerRelationship.FAMILY_FRIEND)
            .livingWithCarerFrom(LocalDate.parse("2024-02-20"))
            .build();
        assertThat(privateFosteringNotification.carerRelationship()).isEqualTo(CarerRelationship.FAMILY_FRIEND);
    }

    @Test
    void private_fostering_network_meeting() {
        PrivateFosteringNetworkMeeting privateFosteringNetworkMeeting = PrivateFosteringNetworkMeeting.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(privateFosteringNetworkMeeting.date()).isEqualTo("2024-03-05");
    }

    @Test
    void private_fostering_review() {
        PrivateFosteringReview privateFosteringReview = PrivateFosteringReview.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(privateFosteringReview.date()).isEqualTo("2024-03-05");
    }

    @Test
    void private_fostering_ended() {
        PrivateFosteringEnded privateFosteringEnded = PrivateFosteringEnded.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(privateFosteringEnded.date()).isEqualTo("2024-03-05");
    }

    @Test
    void became_looked_after() {
        BecameLookedAfter becameLookedAfter = BecameLookedAfter.builder()
            .date(LocalDate.parse("2024-03-05"))
            .legalStatus(LegalStatus.SECTION_20)
            .build();
        assertThat(becameLookedAfter.legalStatus()).isEqualTo(LegalStatus.SECTION_20);
    }

    @Test
    void ceased_looked_after() {
        CeasedLookedAfter ceasedLookedAfter = CeasedLookedAfter.builder()
            .date(LocalDate.parse("2024-03-05"))
            .reason(CeasedLookedAfterReason.RETURNED_HOME)
            .build();
        assertThat(ceasedLookedAfter.reason()).contains(CeasedLookedAfterReason.RETURNED_HOME);
    }

    @Test
    void legal_status_changed() {
        LegalStatusChanged legalStatusChanged = LegalStatusChanged.builder()
            .date(LocalDate.parse("2024-03-05"))
            .legalStatus(LegalStatus.INTERIM_CARE_ORDER)
            .build();
        assertThat(legalStatusChanged.legalStatus()).isEqualTo(LegalStatus.INTERIM_CARE_ORDER);
    }

    @Test
    void placement_started() {
        PlacementStarted placementStarted = PlacementStarted.builder()
            .date(LocalDate.parse("2024-03-05"))
            .placementType(PlacementType.INDEPENDENT_FOSTERING_AGENCY)
            .build();
        assertThat(placementStarted.placementType()).isEqualTo(PlacementType.INDEPENDENT_FOSTERING_AGENCY);
    }

    @Test
    void placement_ended() {
        PlacementEnded placementEnded = PlacementEnded.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(placementEnded.date()).isEqualTo("2024-03-05");
    }

    @Test
    void placement_planning_meeting() {
        PlacementPlanningMeeting placementPlanningMeeting = PlacementPlanningMeeting.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(placementPlanningMeeting.date()).isEqualTo("2024-03-05");
    }

    @Test
    void care_plan_completed() {
        CarePlanCompleted carePlanCompleted = CarePlanCompleted.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(carePlanCompleted.date()).isEqualTo("2024-03-05");
    }

    @Test
    void care_plan_available_to_iro() {
        CarePlanAvailableToIro carePlanAvailableToIro = CarePlanAvailableToIro.builder()
            .date(LocalDate.parse("2024-03-05"))
            .reviewDate(LocalDate.parse("2024-03-20"))
            .build();
        assertThat(carePlanAvailableToIro.reviewDate()).isEqualTo(LocalDate.parse("2024-03-20"));
    }

    @Test
    void looked_after_review() {
        LookedAfterReview lookedAfterReview = LookedAfterReview.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(lookedAfterReview.date()).isEqualTo("2024-03-05");
    }

    @Test
    void health_assessment() {
        HealthAssessment healthAssessment = HealthAssessment.builder()
            .date(LocalDate.parse("2024-03-05"))
            .kind(HealthAssessmentKind.INITIAL)
            .build();
        assertThat(healthAssessment.kind()).isEqualTo(HealthAssessmentKind.INITIAL);
    }

    @Test
    void personal_education_plan() {
        PersonalEducationPlan personalEducationPlan = PersonalEducationPlan.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(personalEducationPlan.date()).isEqualTo("2024-03-05");
    }

    @Test
    void school_move() {
        SchoolMove schoolMove = SchoolMove.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(schoolMove.date()).isEqualTo("2024-03-05");
    }

    @Test
    void strengths_and_difficulties_questionnaire() {
        StrengthsAndDifficultiesQuestionnaire strengthsAndDifficultiesQuestionnaire = StrengthsAndDifficultiesQuestionnaire.builder()
            .date(LocalDate.parse("2024-03-05"))
            .respondent(SdqRespondent.CARER)
            .build();
        assertThat(strengthsAndDifficultiesQuestionnaire.respondent()).isEqualTo(SdqRespondent.CARER);
    }

    @Test
    void change_of_circumstances() {
        ChangeOfCircumstances changeOfCircumstances = ChangeOfCircumstances.builder()
            .date(LocalDate.parse("2024-03-05"))
            .reason(ChangeOfCircumstancesReason.ENTERED_CARE)
            .build();
        assertThat(changeOfCircumstances.reason()).isEqualTo(ChangeOfCircumstancesReason.ENTERED_CARE);
    }

    @Test
    void exploitation_assessment_signed_off() {
        ExploitationAssessmentSignedOff exploitationAssessmentSignedOff = ExploitationAssessmentSignedOff.builder()
            .date(LocalDate.parse("2024-03-05"))
            .riskLevel(RiskLevel.HIGH)
            .combinedWithStrategyDiscussion(true)
            .build();
        assertThat(exploitationAssessmentSignedOff.riskLevel()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void exploitation_meeting() {
        ExploitationMeeting exploitationMeeting = ExploitationMeeting.builder()
            .date(LocalDate.parse("2024-03-05"))
            .riskLevel(RiskLevel.HIGH)
            .build();
        assertThat(exploitationMeeting.riskLevel()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void adoption_order() {
        AdoptionOrder adoptionOrder = AdoptionOrder.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(adoptionOrder.date()).isEqualTo("2024-03-05");
    }

    @Test
    void life_story_book_given() {
        LifeStoryBookGiven lifeStoryBookGiven = LifeStoryBookGiven.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(lifeStoryBookGiven.date()).isEqualTo("2024-03-05");
    }

    @Test
    void later_life_letter_given() {
        LaterLifeLetterGiven laterLifeLetterGiven = LaterLifeLetterGiven.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(laterLifeLetterGiven.date()).isEqualTo("2024-03-05");
    }

    @Test
    void leaving_care_referral() {
        LeavingCareReferral leavingCareReferral = LeavingCareReferral.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(leavingCareReferral.date()).isEqualTo("2024-03-05");
    }

    @Test
    void leaving_care_worker_allocated() {
        LeavingCareWorkerAllocated leavingCareWorkerAllocated = LeavingCareWorkerAllocated.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(leavingCareWorkerAllocated.date()).isEqualTo("2024-03-05");
    }

    @Test
    void care_leaver_contact() {
        CareLeaverContact careLeaverContact = CareLeaverContact.builder()
            .date(LocalDate.parse("2024-03-05"))
            .inPerson(true)
            .build();
        assertThat(careLeaverContact.inPerson()).isTrue();
    }

    @Test
    void pathway_plan() {
        PathwayPlan pathwayPlan = PathwayPlan.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(pathwayPlan.date()).isEqualTo("2024-03-05");
    }

    @Test
    void pathway_plan_review() {
        PathwayPlanReview pathwayPlanReview = PathwayPlanReview.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(pathwayPlanReview.date()).isEqualTo("2024-03-05");
    }

    @Test
    void significant_change() {
        SignificantChange significantChange = SignificantChange.builder()
            .date(LocalDate.parse("2024-03-05"))
            .kind(SignificantChangeKind.CHANGE_OF_ACCOMMODATION)
            .build();
        assertThat(significantChange.kind()).isEqualTo(SignificantChangeKind.CHANGE_OF_ACCOMMODATION);
    }

    @Test
    void preparation_for_adulthood_record() {
        PreparationForAdulthoodRecord preparationForAdulthoodRecord = PreparationForAdulthoodRecord.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(preparationForAdulthoodRecord.date()).isEqualTo("2024-03-05");
    }

    @Test
    void preparation_for_adulthood_referral() {
        PreparationForAdulthoodReferral preparationForAdulthoodReferral = PreparationForAdulthoodReferral.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(preparationForAdulthoodReferral.date()).isEqualTo("2024-03-05");
    }

    @Test
    void transition_plan_review() {
        TransitionPlanReview transitionPlanReview = TransitionPlanReview.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(transitionPlanReview.date()).isEqualTo("2024-03-05");
    }

    @Test
    void transition_locality_meeting() {
        TransitionLocalityMeeting transitionLocalityMeeting = TransitionLocalityMeeting.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(transitionLocalityMeeting.date()).isEqualTo("2024-03-05");
    }

    @Test
    void provider_concern() {
        ProviderConcern providerConcern = ProviderConcern.builder()
            .date(LocalDate.parse("2024-03-05"))
            .raisedBy(ConcernRaisedBy.SOCIAL_WORKER)
            .build();
        assertThat(providerConcern.raisedBy()).isEqualTo(ConcernRaisedBy.SOCIAL_WORKER);
    }

    @Test
    void disruption_meeting() {
        DisruptionMeeting disruptionMeeting = DisruptionMeeting.builder()
            .date(LocalDate.parse("2024-03-05"))
            .kind(DisruptionMeetingKind.PROVIDER_CHALLENGE)
            .build();
        assertThat(disruptionMeeting.kind()).isEqualTo(DisruptionMeetingKind.PROVIDER_CHALLENGE);
    }

    @Test
    void quality_assurance_visit() {
        QualityAssuranceVisit qualityAssuranceVisit = QualityAssuranceVisit.builder()
            .date(LocalDate.parse("2024-03-05"))
            .reason(QualityAssuranceVisitReason.OFSTED_INADEQUATE)
            .build();
        assertThat(qualityAssuranceVisit.reason()).isEqualTo(QualityAssuranceVisitReason.OFSTED_INADEQUATE);
    }

    @Test
    void ofsted_judgement() {
        OfstedJudgement ofstedJudgement = OfstedJudgement.builder()
            .date(LocalDate.parse("2024-03-05"))
            .grade(OfstedGrade.INADEQUATE)
            .build();
        assertThat(ofstedJudgement.grade()).isEqualTo(OfstedGrade.INADEQUATE);
    }

    @Test
    void case_closed() {
        CaseClosed caseClosed = CaseClosed.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(caseClosed.date()).isEqualTo("2024-03-05");
    }

    @Test
    void escalation_discussed() {
        EscalationDiscussed escalationDiscussed = EscalationDiscussed.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(escalationDiscussed.date()).isEqualTo("2024-03-05");
    }

    @Test
    void interim_safety_plan() {
        InterimSafetyPlan interimSafetyPlan = InterimSafetyPlan.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(interimSafetyPlan.date()).isEqualTo("2024-03-05");
    }

    @Test
    void ofsted_notification_requiring_action() {
        OfstedNotificationRequiringAction ofstedNotificationRequiringAction = OfstedNotificationRequiringAction.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(ofstedNotificationRequiringAction.date()).isEqualTo("2024-03-05");
    }

    @Test
    void ofsted_notification_acted_upon() {
        OfstedNotificationActedUpon ofstedNotificationActedUpon = OfstedNotificationActedUpon.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(ofstedNotificationActedUpon.date()).isEqualTo("2024-03-05");
    }
}
