package org.duly.workflows.vocabulary;


import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.duly.domain.complaints.ComplaintExtended;
import org.duly.domain.complaints.ComplaintKind;
import org.duly.domain.complaints.ComplaintReceived;
import org.duly.domain.complaints.ComplaintResponse;
import org.duly.domain.complaints.ComplaintStage;
import org.duly.domain.complaints.EscalationRequested;
import org.duly.domain.complaints.ExtensionReason;
import org.duly.domain.events.AgreedNextStep;
import org.duly.domain.events.AssessmentCompleted;
import org.duly.domain.events.AssessmentKind;
import org.duly.domain.events.AssessmentSignedOff;
import org.duly.domain.events.AssessmentStarted;
import org.duly.domain.events.BecameLookedAfter;
import org.duly.domain.events.Birth;
import org.duly.domain.events.CareLeaverContact;
import org.duly.domain.events.CareProceedingsIssued;
import org.duly.domain.events.CaseClosed;
import org.duly.domain.events.CaseEvent;
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
import org.duly.domain.events.FamilyTimeDirected;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.LookedAfterReview;
import org.duly.domain.events.LookedAfterReviewScheduled;
import org.duly.domain.events.NeedOrRiskEscalated;
import org.duly.domain.events.NextStepsAgreed;
import org.duly.domain.events.OfstedGrade;
import org.duly.domain.events.OfstedJudgement;
import org.duly.domain.events.PlacementStarted;
import org.duly.domain.events.PlacementType;
import org.duly.domain.events.PrivateFosteringNotification;
import org.duly.domain.events.PrivateFosteringReview;
import org.duly.domain.events.ProviderConcern;
import org.duly.domain.events.QualityAssuranceVisit;
import org.duly.domain.events.QualityAssuranceVisitReason;
import org.duly.domain.events.Referral;
import org.duly.domain.events.ReferralDecision;
import org.duly.domain.events.ReferralOutcome;
import org.duly.domain.events.ReportShared;
import org.duly.domain.events.RiskLevel;
import org.duly.domain.events.SdqRespondent;
import org.duly.domain.events.Section47EnquiryCompleted;
import org.duly.domain.events.SteppedDown;
import org.duly.domain.events.SteppedUp;
import org.duly.domain.events.StrategyDiscussion;
import org.duly.domain.events.StrengthsAndDifficultiesQuestionnaire;
import org.duly.domain.events.Visit;
import org.duly.domain.events.VisitPurpose;
import org.duly.domain.workforce.WorkerRole;
import org.duly.timescales.Condition;
import org.duly.timescales.Reads;
import org.duly.domain.value.Spelling;
import org.duly.timescales.When;

/**
 * The conditions on occurrences the catalogue's rules use: which occurrences of an event count, each
 * with the words it adds after the event's ("the strategy discussion <i>that initiated section 47
 * enquiries</i>"). Conditions on a date are in {@link Circumstances} (they follow "when": "under 5"),
 * and whether a rule applies at all in {@link Applicabilities} (they follow "applies": "to team
 * managers"). A rule that would rather name a narrowed event its own way uses
 * {@code EVENT.filteredBy(condition).called("...")}.
 */
public final class Conditions {

    private Conditions() {
    }

    // ---- Which occurrences count ---------------------------------------------------------------------------

    /** A strategy discussion that initiated section 47 enquiries. */
    public static final Condition<StrategyDiscussion> INITIATED_SECTION_47 =
            Condition.of("that initiated section 47 enquiries", StrategyDiscussion::initiatedSection47);

    /** A referral that opened the case: the first since the case last closed. */
    public static final Condition<Referral> OPENED_THE_CASE = Condition.withFacts("that opened the case",
            Reads.of(Referral.class, CaseClosed.class), (referral, facts) -> {
        // Loops, not streams, in the conditions asked of every occurrence of every case.
        LocalDate lastClosed = LocalDate.MIN;
        for (CaseClosed closed : facts.occurrences(CaseClosed.class)) {
            if (!closed.date().isAfter(referral.date())) {
                lastClosed = closed.date();
            }
        }
        for (Referral other : facts.occurrences(Referral.class)) {
            if (other.date().isAfter(lastClosed) || (other.date().equals(lastClosed) && !lastClosed.equals(LocalDate.MIN))) {
                return other == referral;
            }
        }
        return false;
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

    /** An early help assessment started: "the start of the assessment (an early help assessment)". */
    public static final Condition<AssessmentStarted> EARLY_HELP_STARTED =
            Condition.of("(an early help assessment)", started -> started.kind() == AssessmentKind.EARLY_HELP_ASSESSMENT);

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

    /**
     * A visit for a purpose at which the child was seen: "the visit to a child in care at which the
     * child was seen".
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(VISIT.where(childSeenFor(VisitPurpose.LOOKED_AFTER)).inWords())
     *     .isEqualTo("the visit to a child in care at which the child was seen");
     * }</pre>
     *
     * @param purpose why the visit was made
     * @return the condition
     */
    public static Condition<Visit> childSeenFor(VisitPurpose purpose) {
        String words = switch (purpose) {
            case ASSESSMENT -> "for an assessment";
            case CHILD_IN_NEED -> "to a child in need";
            case SECTION_47_ENQUIRY -> "in a section 47 enquiry";
            case CHILD_PROTECTION -> "to a child on a child protection plan";
            case LOOKED_AFTER -> "to a child in care";
            case PRIVATE_FOSTERING -> "to a privately fostered child";
            case EARLY_HELP -> "by an early help practitioner";
            case LEAVING_CARE -> "by the leaving care worker";
            case OTHER -> "for another purpose";
        };
        return Condition.of(words + " at which the child was seen", visit -> visit.childSeen() && visit.purpose() == purpose);
    }

    /**
     * A child's plan of a kind being created: "the start of the plan (a child in need plan)".
     *
     * <p>Example:
     * <pre>{@code
     * Event<ChildsPlanCreated> cinPlan = PLAN_CREATED.filteredBy(planCreated(ChildsPlanKind.CHILD_IN_NEED))
     *     .called("the start of the child in need plan");
     * }</pre>
     *
     * @param kind the kind of plan
     * @return the condition
     */
    public static Condition<ChildsPlanCreated> planCreated(ChildsPlanKind kind) {
        return Condition.of(ofKind(kind), plan -> plan.kind() == kind);
    }

    /**
     * A child's plan of a kind being reviewed: "the plan review (an early help plan)".
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(PLAN_REVIEWED.where(planReviewed(ChildsPlanKind.EARLY_HELP)).inWords())
     *     .isEqualTo("the plan review (an early help plan)");
     * }</pre>
     *
     * @param kind the kind of plan
     * @return the condition
     */
    public static Condition<ChildsPlanReviewed> planReviewed(ChildsPlanKind kind) {
        return Condition.of(ofKind(kind), plan -> plan.kind() == kind);
    }

    /**
     * A child's plan of a kind ending: "the end of the plan (a child protection plan)".
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(PLAN_ENDED.where(planEnded(ChildsPlanKind.CHILD_PROTECTION)).inWords())
     *     .isEqualTo("the end of the plan (a child protection plan)");
     * }</pre>
     *
     * @param kind the kind of plan
     * @return the condition
     */
    public static Condition<ChildsPlanEnded> planEnded(ChildsPlanKind kind) {
        return Condition.of(ofKind(kind), plan -> plan.kind() == kind);
    }

    private static String ofKind(ChildsPlanKind kind) {
        return switch (kind) {
            case EARLY_HELP -> "(an early help plan)";
            case CHILD_IN_NEED -> "(a child in need plan)";
            case CHILD_PROTECTION -> "(a child protection plan)";
        };
    }

    /**
     * A child protection conference of a kind, held: "the child protection conference (an initial
     * conference)".
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CONFERENCE_HELD.where(conferenceHeld(ConferenceKind.INITIAL)).inWords())
     *     .isEqualTo("the child protection conference (an initial conference)");
     * }</pre>
     *
     * @param kind the kind of conference
     * @return the condition
     */
    public static Condition<ConferenceHeld> conferenceHeld(ConferenceKind kind) {
        return Condition.of("(" + conference(kind) + ")", conference -> conference.kind() == kind);
    }

    private static String conference(ConferenceKind kind) {
        return switch (kind) {
            case INITIAL -> "an initial conference";
            case REVIEW -> "a review conference";
        };
    }

    /** A section 47 enquiry that concluded no conference is needed: "... concluding that no conference is needed". */
    public static final Condition<Section47EnquiryCompleted> NO_CONFERENCE_NEEDED =
            Condition.of("concluding that no conference is needed", completed -> !completed.conferenceRequired());

    /**
     * A conference at which a child protection plan was made: one recorded on the conference's day or later, before
     * any later initial conference, since a plan is often keyed in the working days after the conference.
     */
    public static final Condition<ConferenceHeld> WITH_A_PLAN = Condition.withFacts("that made a child protection plan",
            Reads.of(ConferenceHeld.class, ChildsPlanCreated.class), (conference, facts) -> {
                LocalDate nextInitial = null;
                for (ConferenceHeld other : facts.occurrences(ConferenceHeld.class)) {
                    if (other.kind() == ConferenceKind.INITIAL && other.date().isAfter(conference.date())) {
                        nextInitial = other.date();
                        break;
                    }
                }
                for (ChildsPlanCreated plan : facts.occurrences(ChildsPlanCreated.class)) {
                    if (plan.kind() == ChildsPlanKind.CHILD_PROTECTION && !plan.date().isBefore(conference.date())
                            && (nextInitial == null || plan.date().isBefore(nextInitial))) {
                        return true;
                    }
                }
                return false;
            });

    /** A pre-birth conference: "the initial child protection conference held before the birth". */
    public static final Condition<ConferenceHeld> PRE_BIRTH = Condition.of("held before the birth", ConferenceHeld::preBirth);

    /** A conference about a child already born: not a pre-birth conference. */
    public static final Condition<ConferenceHeld> AFTER_THE_BIRTH = PRE_BIRTH.negate("(not a pre-birth conference)");

    /** A birth after a pre-birth initial conference that made a child protection plan. */
    public static final Condition<Birth> AFTER_A_PRE_BIRTH_PLAN = Condition.withFacts("following a pre-birth child protection plan",
            Reads.of(ConferenceHeld.class).and(WITH_A_PLAN.reads()), (birth, facts) ->
            facts.occurrences(ConferenceHeld.class).stream().anyMatch(held -> held.kind() == ConferenceKind.INITIAL
                    && held.preBirth() && !held.date().isAfter(birth.date()) && WITH_A_PLAN.test(held, facts)));

    /**
     * A scheduled conference of a kind not yet held: nothing of that kind held after it was arranged (on the day it was
     * arranged only if it was arranged for that day: the next review is often arranged at a review), and not
     * rescheduled by a later arrangement of that kind: "the child protection conference scheduled (an
     * initial conference, not yet held)".
     *
     * <p>Example:
     * <pre>{@code
     * Event<ConferenceScheduled> next = CONFERENCE_SCHEDULED.filteredBy(scheduledNotYetHeld(ConferenceKind.REVIEW))
     *     .called("the review conference as scheduled");
     * }</pre>
     *
     * @param kind the kind of conference
     * @return the condition
     */
    public static Condition<ConferenceScheduled> scheduledNotYetHeld(ConferenceKind kind) {
        return Condition.withFacts("(" + conference(kind) + ", not yet held)",
                Reads.of(ConferenceScheduled.class, ConferenceHeld.class), (scheduled, facts) -> {
            List<ConferenceScheduled> arranged = facts.occurrences(ConferenceScheduled.class);
            return scheduled.kind() == kind
                    && facts.occurrences(ConferenceHeld.class).stream().noneMatch(held -> held.kind() == kind
                            && (held.date().isAfter(scheduled.date()) || held.date().equals(scheduled.conferenceDate())))
                    && arranged.subList(arranged.lastIndexOf(scheduled) + 1, arranged.size()).stream()
                            .noneMatch(later -> later.kind() == kind);
        });
    }

    /**
     * A report shared for a conference of a kind: "the report shared with the parents for an initial conference".
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(REPORT_SHARED.where(reportFor(ConferenceKind.REVIEW)).inWords())
     *     .isEqualTo("the report shared with the parents for a review conference");
     * }</pre>
     *
     * @param kind the kind of conference
     * @return the condition
     */
    public static Condition<ReportShared> reportFor(ConferenceKind kind) {
        return Condition.of("for " + conference(kind), report -> report.conferenceKind() == kind);
    }

    /** Care proceedings issued with every document the Public Law Outline asks for on day 1. */
    public static final Condition<CareProceedingsIssued> WITH_EVERY_DAY_1_DOCUMENT = Condition.of(
            "with every day 1 document filed",
            issued -> issued.documentsFiled().containsAll(EnumSet.allOf(CourtDocument.class)));

    /** Becoming looked after other than for a pre-planned series of short breaks. */
    public static final Condition<BecameLookedAfter> NOT_FOR_SHORT_BREAKS =
            Condition.of("other than for short breaks", became -> became.legalStatus() != LegalStatus.SECTION_20_SHORT_BREAKS);

    /** A child aged 4 to 17 on the day of the event: the children a strengths and difficulties questionnaire is for. */
    public static final Condition<CaseEvent> AGED_4_TO_17_ON_THE_DAY = Circumstances.AGED_4_TO_17.onTheDateOf(CaseEvent::date,
            "aged 4 to 17");

    /**
     * A placement of a type: "the start of the placement in semi-independent accommodation".
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(PLACEMENT_STARTED.where(placementOfType(PlacementType.PLACED_FOR_ADOPTION)).inWords())
     *     .isEqualTo("the start of the placement for adoption");
     * }</pre>
     *
     * @param type the type of placement
     * @return the condition
     */
    public static Condition<PlacementStarted> placementOfType(PlacementType type) {
        String words = switch (type) {
            case LOCAL_AUTHORITY_FOSTER_CARE -> "with the council's own foster carers";
            case INDEPENDENT_FOSTERING_AGENCY -> "with an independent fostering agency";
            case CONNECTED_PERSON -> "with a connected person";
            case LOCAL_AUTHORITY_RESIDENTIAL -> "in a council children's home";
            case PRIVATE_RESIDENTIAL -> "in a private residential home";
            case SEMI_INDEPENDENT -> "in semi-independent accommodation";
            case PLACED_WITH_PARENTS -> "with parents";
            case PLACED_FOR_ADOPTION -> "for adoption";
            case SECURE_CHILDRENS_HOME -> "in a secure children's home";
            case RESIDENTIAL_SCHOOL -> "in a residential school";
            case HEALTH_PROVISION -> "in hospital or other health provision";
            case INDEPENDENT_LIVING -> "in independent living";
            case OTHER -> "of another kind";
        };
        return Condition.of(words, placement -> placement.placementType() == type);
    }

    /**
     * An exploitation assessment at a risk level: "the child exploitation assessment sign-off (medium risk)".
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(EXPLOITATION_ASSESSMENT_SIGNED_OFF.where(risk(RiskLevel.MEDIUM)).inWords())
     *     .isEqualTo("the child exploitation assessment sign-off (medium risk)");
     * }</pre>
     *
     * @param level the risk level
     * @return the condition
     */
    public static Condition<ExploitationAssessmentSignedOff> risk(RiskLevel level) {
        String words = switch (level) {
            case HIGH -> "(high risk)";
            case MEDIUM -> "(medium risk)";
            case LOW -> "(low risk)";
        };
        return Condition.of(words, assessment -> assessment.riskLevel() == level);
    }

    /** A high-risk exploitation assessment combined with a strategy discussion. */
    public static final Condition<ExploitationAssessmentSignedOff> COMBINED_WITH_A_STRATEGY_DISCUSSION =
            Condition.of("(combined with a section 47 strategy discussion)", ExploitationAssessmentSignedOff::combinedWithStrategyDiscussion);

    /** A high-risk exploitation assessment not combined with a strategy discussion. */
    public static final Condition<ExploitationAssessmentSignedOff> NOT_COMBINED_WITH_A_STRATEGY_DISCUSSION =
            Condition.of("(not combined with a strategy discussion)", assessment -> !assessment.combinedWithStrategyDiscussion());

    /** What finding the previous exploitation assessment reads: the assessments and the case's closures. */
    private static final Reads PREVIOUS_ASSESSMENT = Reads.of(ExploitationAssessmentSignedOff.class, CaseClosed.class);

    /**
     * An exploitation assessment that opens work at its risk level: the first signed off since the case opened, or one
     * that raises the risk above the assessment before it. An update at the same risk, or a lower one, opens nothing:
     * the child is already known at that level.
     */
    public static final Condition<ExploitationAssessmentSignedOff> FIRST_AT_THIS_RISK_OR_RAISING_IT = Condition.withFacts(
            "that first found the risk, or raised it", PREVIOUS_ASSESSMENT, (assessment, facts) -> previousAssessment(assessment, facts)
                    .map(previous -> previous.riskLevel().compareTo(assessment.riskLevel()) > 0).orElse(true));

    /** The first exploitation assessment signed off since the case last closed (or ever, if it never closed). */
    public static final Condition<ExploitationAssessmentSignedOff> FIRST_SINCE_THE_CASE_OPENED = Condition.withFacts(
            "that was the first since the case opened", PREVIOUS_ASSESSMENT, (assessment, facts) -> previousAssessment(assessment, facts).isEmpty());

    /** The exploitation assessment signed off before this one since the case last closed, if any. */
    private static java.util.Optional<ExploitationAssessmentSignedOff> previousAssessment(ExploitationAssessmentSignedOff assessment,
            org.duly.timescales.Facts facts) {
        LocalDate lastClosed = facts.occurrences(CaseClosed.class).stream().map(CaseClosed::date)
                .filter(date -> !date.isAfter(assessment.date())).reduce((a, b) -> b).orElse(LocalDate.MIN);
        ExploitationAssessmentSignedOff previous = null;
        for (ExploitationAssessmentSignedOff other : facts.occurrences(ExploitationAssessmentSignedOff.class)) {
            if (other == assessment) {
                break;
            }
            if (!other.date().isBefore(lastClosed)) {
                previous = other;
            }
        }
        return java.util.Optional.ofNullable(previous);
    }

    /** A provider concern raised by a social worker or an IRO. */
    public static final Condition<ProviderConcern> RAISED_BY_A_SOCIAL_WORKER_OR_IRO = Condition.of(
            "shared by a social worker or IRO", concern -> concern.raisedBy() == ConcernRaisedBy.SOCIAL_WORKER
                    || concern.raisedBy() == ConcernRaisedBy.INDEPENDENT_REVIEWING_OFFICER);

    /** An Ofsted judgement of inadequate. */
    public static final Condition<OfstedJudgement> INADEQUATE =
            Condition.of("of inadequate", judgement -> judgement.grade() == OfstedGrade.INADEQUATE);

    /**
     * A quality assurance visit for a reason: "the quality assurance visit after an inadequate Ofsted judgement".
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(QUALITY_ASSURANCE_VISIT.where(visitFor(QualityAssuranceVisitReason.CONCERNS_RAISED)).inWords())
     *     .isEqualTo("the quality assurance visit about the concerns shared");
     * }</pre>
     *
     * @param reason why the home was visited
     * @return the condition
     */
    public static Condition<QualityAssuranceVisit> visitFor(QualityAssuranceVisitReason reason) {
        String words = switch (reason) {
            case MOVE_INTO_SEMI_INDEPENDENT -> "after a move into semi-independent accommodation";
            case CONCERNS_RAISED -> "about the concerns shared";
            case OFSTED_INADEQUATE -> "after an inadequate Ofsted judgement";
            case ROUTINE -> "for routine monitoring";
        };
        return Condition.of(words, visit -> visit.reason() == reason);
    }

    /**
     * A response at a stage of a complaint: "the response at stage 1".
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(COMPLAINT_RESPONSE.where(responseAt(ComplaintStage.STAGE_2)).inWords()).isEqualTo("the response at stage 2");
     * }</pre>
     *
     * @param stage the stage
     * @return the condition
     */
    public static Condition<ComplaintResponse> responseAt(ComplaintStage stage) {
        return Condition.of("at " + stage(stage), response -> response.stage() == stage);
    }

    /**
     * A request to escalate a complaint to a stage: "the request to escalate to stage 2".
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(ESCALATION_REQUESTED.where(escalationTo(ComplaintStage.REVIEW_PANEL)).inWords())
     *     .isEqualTo("the request to escalate to the review panel");
     * }</pre>
     *
     * @param stage the stage asked for
     * @return the condition
     */
    public static Condition<EscalationRequested> escalationTo(ComplaintStage stage) {
        return Condition.of("to " + stage(stage), request -> request.toStage() == stage);
    }

    /**
     * An extension at a stage, for one of some reasons: "the extension at stage 1 (advocate needed)".
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(COMPLAINT_EXTENDED.where(extensionAt(ComplaintStage.STAGE_1, EnumSet.of(ExtensionReason.ADVOCATE_NEEDED))).inWords())
     *     .isEqualTo("the extension at stage 1 (advocate needed)");
     * }</pre>
     *
     * @param stage the stage
     * @param reasons the reasons that count
     * @return the condition
     */
    public static Condition<ComplaintExtended> extensionAt(ComplaintStage stage, Set<ExtensionReason> reasons) {
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("an extension at " + stage(stage) + " counts for at least one reason");
        }
        List<String> why = EnumSet.copyOf(reasons).stream().map(Spelling::words).toList();
        return Condition.of("at " + stage(stage) + " (" + String.join(" or ", why) + ")",
                extension -> extension.stage() == stage && reasons.contains(extension.reason()));
    }

    private static String stage(ComplaintStage stage) {
        return switch (stage) {
            case STAGE_1 -> "stage 1";
            case STAGE_2 -> "stage 2";
            case REVIEW_PANEL -> "the review panel";
        };
    }

    /** An extension with a response date agreed with the complainant. */
    public static final Condition<ComplaintExtended> WITH_AN_AGREED_DATE =
            Condition.of("with a response date agreed", extension -> extension.agreedResponseDate().isPresent());

    /**
     * A complaint once it has an extension of a kind, recorded at any time: "once an advocate is needed". A deadline
     * counted from it exists only once the extension is recorded; whether the extension was recorded in time is for
     * the deadline's {@code extendedBy} to judge.
     *
     * <p>Example:
     * <pre>{@code
     * Event<ComplaintReceived> advocate = COMPLAINT_RECEIVED.where(onceExtended("once an advocate is needed", ADVOCATE_EXTENSION));
     * }</pre>
     *
     * @param words the condition in words
     * @param extension which extensions count
     * @return the condition
     */
    public static Condition<ComplaintReceived> onceExtended(String words, Condition<? super ComplaintExtended> extension) {
        return Condition.withFacts(words, Reads.of(ComplaintExtended.class).and(extension.reads()),
                (received, facts) -> facts.occurrences(ComplaintExtended.class).stream()
                .anyMatch(each -> extension.test(each, facts)));
    }

    /** A family time direction that sets the date of the first session. */
    public static final Condition<FamilyTimeDirected> WITH_A_FIRST_SESSION_DATE =
            Condition.of("with a date for the first session", direction -> direction.firstSessionDue().isPresent());

    // ---- What opens or discharges referral, assessment, plan and enquiry clocks (issue 12) ----------------------

    /**
     * A strategy discussion that initiated section 47 enquiries and started an enquiry: the first such discussion since
     * the last enquiry was completed or the case closed. A reconvened discussion during the same enquiry, also recorded
     * as initiating enquiries, starts nothing new.
     */
    public static final Condition<StrategyDiscussion> STARTED_A_SECTION_47_ENQUIRY = Condition.withFacts(
            "that initiated section 47 enquiries",
            Reads.of(StrategyDiscussion.class, Section47EnquiryCompleted.class, CaseClosed.class), (discussion, facts) -> {
                if (!discussion.initiatedSection47()) {
                    return false;
                }
                LocalDate lastEnded = LocalDate.MIN;
                for (Section47EnquiryCompleted completed : facts.occurrences(Section47EnquiryCompleted.class)) {
                    lastEnded = latestBy(completed.date(), discussion.date(), lastEnded);
                }
                for (CaseClosed closed : facts.occurrences(CaseClosed.class)) {
                    lastEnded = latestBy(closed.date(), discussion.date(), lastEnded);
                }
                for (StrategyDiscussion other : facts.occurrences(StrategyDiscussion.class)) {
                    if (other.initiatedSection47() && !other.date().isBefore(lastEnded)) {
                        return other == discussion;
                    }
                }
                return false;
            });

    /** The later of a day found so far and another day, if that one is on or before a limit. */
    private static LocalDate latestBy(LocalDate day, LocalDate limit, LocalDate found) {
        return !day.isAfter(limit) && day.isAfter(found) ? day : found;
    }

    /**
     * A decision on the referral that opened the case that leaves no open referral to social care or early help:
     * information and advice, a referral to a partner agency, or no further action.
     */
    public static final Condition<ReferralDecision> LEAVING_NO_OPEN_REFERRAL = Condition.withFacts(
            "that left no open referral to social care or early help", Reads.of(Referral.class).and(OPENED_THE_CASE.reads()),
            (decision, facts) ->
            EnumSet.of(ReferralOutcome.INFORMATION_AND_ADVICE, ReferralOutcome.REFERRAL_TO_PARTNER_AGENCY,
                    ReferralOutcome.NO_FURTHER_ACTION).contains(decision.outcome())
                    && facts.occurrences(Referral.class).stream().filter(referral -> !referral.date().isAfter(decision.date()))
                            .reduce((earlier, later) -> later).map(referral -> OPENED_THE_CASE.test(referral, facts)).orElse(false));

    /** An assessment that concluded no child's plan is needed, such as one concluding no further action. */
    public static final Condition<AssessmentCompleted> CONCLUDING_NO_PLAN_IS_NEEDED =
            Condition.of("concluding that no plan is needed", completed -> !completed.planNeeded());

    /** Next steps agreed after an escalation other than a step up: a joint visit or no further action. */
    public static final Condition<NextStepsAgreed> WITHOUT_A_STEP_UP =
            Condition.of("without a step up", agreed -> agreed.nextStep() != AgreedNextStep.STEP_UP);

    // ---- Step up (issue 13, STEP-1) ----------------------------------------------------------------------------

    /**
     * Escalating need or risk in a case not already open to social care on that day: step up is "transitioning a case
     * from a locality targeted early help team to social care". A case is open to social care from a step up, a referral
     * decision for a single assessment or a strategy discussion, a single assessment started, a child in need or child
     * protection plan, or becoming looked after, each before the escalation's day; until a step down or a case closure
     * after it, on or before that day (a step down on the day itself came first: the escalation is then in early help).
     */
    public static final Condition<NeedOrRiskEscalated> IN_A_CASE_NOT_OPEN_TO_SOCIAL_CARE = Condition.withFacts(
            "in a case not already open to social care", Reads.of(SteppedUp.class, ReferralDecision.class, AssessmentStarted.class,
                    ChildsPlanCreated.class, BecameLookedAfter.class, SteppedDown.class, CaseClosed.class), (escalated, facts) -> {
                LocalDate day = escalated.date();
                Optional<LocalDate> opened = Stream.of(
                                facts.occurrences(SteppedUp.class).stream().map(SteppedUp::date),
                                facts.occurrences(ReferralDecision.class).stream()
                                        .filter(decision -> decision.outcome() == ReferralOutcome.SINGLE_ASSESSMENT
                                                || decision.outcome() == ReferralOutcome.STRATEGY_DISCUSSION)
                                        .map(ReferralDecision::date),
                                facts.occurrences(AssessmentStarted.class).stream()
                                        .filter(started -> started.kind() == AssessmentKind.SINGLE_ASSESSMENT).map(AssessmentStarted::date),
                                facts.occurrences(ChildsPlanCreated.class).stream()
                                        .filter(plan -> plan.kind() != ChildsPlanKind.EARLY_HELP).map(ChildsPlanCreated::date),
                                facts.occurrences(BecameLookedAfter.class).stream().map(BecameLookedAfter::date))
                        .flatMap(dates -> dates).filter(date -> date.isBefore(day)).max(LocalDate::compareTo);
                Optional<LocalDate> ended = Stream.concat(facts.occurrences(SteppedDown.class).stream().map(SteppedDown::date),
                                facts.occurrences(CaseClosed.class).stream().map(CaseClosed::date))
                        .filter(date -> !date.isAfter(day)).max(LocalDate::compareTo);
                return opened.isEmpty() || ended.filter(end -> !end.isBefore(opened.get())).isPresent();
            });

    /** The child is looked after on the day of the event: a school move of a child in care. */
    public static final Condition<CaseEvent> OF_A_CHILD_IN_CARE = Circumstances.LOOKED_AFTER.onTheDateOf(CaseEvent::date,
            "of a child in care");

    /** A care leaver contact in person: the booklet's "see you", not a telephone call or a message. */
    public static final Condition<CareLeaverContact> IN_PERSON = Condition.of("in person", CareLeaverContact::inPerson);

    // Children in care (issue 13): the young person's own SDQ, short breaks (regulation 48).

    /** A young person aged 11 to 17 on the day of the event: who completes their own strengths and difficulties questionnaire. */
    public static final Condition<CaseEvent> AGED_11_TO_17_ON_THE_DAY = Circumstances.AGED_11_TO_17.onTheDateOf(CaseEvent::date,
            "aged 11 to 17");

    /** A strengths and difficulties questionnaire completed by the young person themselves. */
    public static final Condition<StrengthsAndDifficultiesQuestionnaire> BY_THE_YOUNG_PERSON = Condition.of("completed by the young person",
            sdq -> sdq.respondent() == SdqRespondent.YOUNG_PERSON);

    /** An event on a day the child is not looked after under a pre-planned series of short breaks. */
    public static final Condition<CaseEvent> NOT_DURING_SHORT_BREAKS = When.of("not on short breaks", Circumstances.ON_SHORT_BREAKS.reads(),
            (date, facts) -> !Circumstances.ON_SHORT_BREAKS.test(date, facts)).onTheDateOf(CaseEvent::date, "other than during short breaks");

    /** Becoming looked after for a pre-planned series of short breaks (regulation 48). */
    public static final Condition<BecameLookedAfter> FOR_SHORT_BREAKS =
            Condition.of("for short breaks", became -> became.legalStatus() == LegalStatus.SECTION_20_SHORT_BREAKS);

    // Private fostering (issue 13): visits after the notification of a proposal, the annual review to the Designated Manager.

    /**
     * A private fostering visit at which the child was seen, or, before the child moved in (a notification of a proposal,
     * regulation 3), a visit to the premises and the prospective carer, when the child cannot be seen there yet.
     */
    public static final Condition<Visit> PRIVATE_FOSTERING_VISIT_SEEING_THE_CHILD_ONCE_THERE = Condition.withFacts(
            "to a privately fostered child at which the child was seen, or to the premises before the child moved in",
            Reads.of(PrivateFosteringNotification.class), (visit, facts) -> visit.purpose() == VisitPurpose.PRIVATE_FOSTERING && (visit.childSeen()
                    || facts.occurrences(PrivateFosteringNotification.class).stream()
                            .filter(notification -> !notification.date().isAfter(visit.date()))
                            .reduce((earlier, later) -> later)
                            .map(notification -> visit.date().isBefore(notification.livingWithCarerFrom()))
                            .orElse(false)));

    /** A private fostering review shared with the Designated Manager for Private Fostering and at the Private Fostering Panel. */
    public static final Condition<PrivateFosteringReview> SHARED_WITH_THE_DESIGNATED_MANAGER_AND_PANEL = Condition.of(
            "shared with the Designated Manager and at the Private Fostering Panel", PrivateFosteringReview::sharedWithDesignatedManagerAndPanel);

    /**
     * A looked after review scheduled and not yet held: no review held after it was arranged (on the day it was arranged
     * only if it was arranged for that day), and not rescheduled by a later arrangement.
     */
    public static final Condition<LookedAfterReviewScheduled> REVIEW_NOT_YET_HELD = Condition.withFacts("(not yet held)",
            Reads.of(LookedAfterReviewScheduled.class, LookedAfterReview.class), (scheduled, facts) -> {
                List<LookedAfterReviewScheduled> arranged = facts.occurrences(LookedAfterReviewScheduled.class);
                return facts.occurrences(LookedAfterReview.class).stream().noneMatch(held -> held.date().isAfter(scheduled.date())
                        || held.date().equals(scheduled.reviewDate()))
                        && arranged.subList(arranged.lastIndexOf(scheduled) + 1, arranged.size()).isEmpty();
            });
}
