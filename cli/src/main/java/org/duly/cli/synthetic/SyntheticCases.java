package org.duly.cli.synthetic;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.duly.casefile.Journey;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Child;
import org.duly.domain.TimelineProblem;
import org.duly.domain.events.AssessmentKind;
import org.duly.domain.events.AssessmentPlanRecorded;
import org.duly.domain.events.AssessmentSignedOff;
import org.duly.domain.events.AssessmentStarted;
import org.duly.domain.events.BecameLookedAfter;
import org.duly.domain.events.Birth;
import org.duly.domain.events.CarePlanAvailableToIro;
import org.duly.domain.events.CarePlanCompleted;
import org.duly.domain.events.CareProceedingsConcluded;
import org.duly.domain.events.CareProceedingsIssued;
import org.duly.domain.events.CareProceedingsServed;
import org.duly.domain.events.CarerRelationship;
import org.duly.domain.events.CaseClosed;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.CaseManagementHearing;
import org.duly.domain.events.CeasedLookedAfter;
import org.duly.domain.events.ChangeOfCircumstances;
import org.duly.domain.events.ChangeOfCircumstancesReason;
import org.duly.domain.events.ChildsPlanCreated;
import org.duly.domain.events.ChildsPlanEnded;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.ChildsPlanReviewed;
import org.duly.domain.events.ChronologyClosed;
import org.duly.domain.events.ChronologyStarted;
import org.duly.domain.events.ChronologyUpdated;
import org.duly.domain.events.ConferenceHeld;
import org.duly.domain.events.ConferenceKind;
import org.duly.domain.events.CoreGroupMeeting;
import org.duly.domain.events.CourtDirectionComplied;
import org.duly.domain.events.CourtDirectionMade;
import org.duly.domain.events.CourtDocument;
import org.duly.domain.events.HealthAssessment;
import org.duly.domain.events.HealthAssessmentKind;
import org.duly.domain.events.ImprovementCycleMeeting;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.LookedAfterReview;
import org.duly.domain.events.PersonalEducationPlan;
import org.duly.domain.events.PlacementEnded;
import org.duly.domain.events.PlacementPlanningMeeting;
import org.duly.domain.events.PlacementStarted;
import org.duly.domain.events.PlacementType;
import org.duly.domain.events.PrivateFosteringNetworkMeeting;
import org.duly.domain.events.PrivateFosteringNotification;
import org.duly.domain.events.Referral;
import org.duly.domain.events.ReferralAcknowledged;
import org.duly.domain.events.ReferralDecision;
import org.duly.domain.events.ReferralOutcome;
import org.duly.domain.events.ReportShared;
import org.duly.domain.events.SdqRespondent;
import org.duly.domain.events.Section47EnquiryCompleted;
import org.duly.domain.events.Section47EnquiryStarted;
import org.duly.domain.events.Section47ManagementOversight;
import org.duly.domain.events.SignificantHarmConcern;
import org.duly.domain.events.StrategyDiscussion;
import org.duly.domain.events.StrengthsAndDifficultiesQuestionnaire;
import org.duly.domain.events.Visit;
import org.duly.domain.events.VisitPurpose;

/**
 * A deterministic synthetic caseload: children whose cases run through referral and assessment,
 * children in need, child protection, care (with placement moves and court proceedings), early help,
 * private fostering and pre-birth child protection, each with most work on time and some late. The
 * same seed always gives the same children. Every child is invented: ids only, no names.
 *
 * <pre>{@code
 * List<CaseTimeline> caseload = SyntheticCases.caseload(2026L, 500);
 * }</pre>
 */
public final class SyntheticCases {

    /** The first day any synthetic case starts: cases start over the following two years. */
    public static final LocalDate EARLIEST_START = LocalDate.of(2023, 1, 2);

    private SyntheticCases() {
    }

    /**
     * A caseload of synthetic children.
     *
     * <p>Example:
     * <pre>{@code
     * List<CaseTimeline> caseload = SyntheticCases.caseload(2026L, 50);
     * }</pre>
     *
     * @param seed the seed: the same seed gives the same caseload
     * @param size how many children
     * @return the children's timelines, ids "S-0001" onwards
     */
    public static List<CaseTimeline> caseload(long seed, int size) {
        List<CaseTimeline> cases = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            cases.add(child(seed, i));
        }
        return cases;
    }

    /**
     * One synthetic child of a caseload.
     *
     * <p>Example:
     * <pre>{@code
     * CaseTimeline child = SyntheticCases.child(2026L, 7);
     * }</pre>
     *
     * @param seed the caseload's seed
     * @param index which child, from 0
     * @return the child's timeline
     * @throws IllegalStateException if the generator made an invalid timeline (a defect of the generator)
     */
    public static CaseTimeline child(long seed, int index) {
        // Teams and workers from a random of their own, so that the children's stories stay as they were.
        Journey journey = new Journey(new Random(seed * 1_000_003L + index), new Random(seed * 1_000_033L + index),
                String.format("S-%04d", index + 1));
        return CaseTimeline.check(journey.child, journey.sorted()).orElseThrow(problems -> new IllegalStateException(
                "synthetic child " + journey.child.id() + " is invalid: "
                        + problems.stream().map(TimelineProblem::toString).collect(Collectors.joining("; "))));
    }

    /** How many synthetic teams there are, {@code TEAM-A} onwards. */
    private static final int TEAMS = 6;
    /** How many workers each synthetic team has, {@code W-A1} onwards. */
    private static final int WORKERS_PER_TEAM = 6;

    /** Order within one day, as practice records it: the case opens first, care before its placement, closure last. */
    private static final Map<Class<?>, Integer> SAME_DAY_ORDER = Map.ofEntries(
            Map.entry(Birth.class, 0), Map.entry(Referral.class, 1), Map.entry(PrivateFosteringNotification.class, 1),
            Map.entry(ReferralAcknowledged.class, 2), Map.entry(ReferralDecision.class, 3), Map.entry(ChronologyStarted.class, 4),
            Map.entry(SignificantHarmConcern.class, 5), Map.entry(StrategyDiscussion.class, 6),
            Map.entry(Section47EnquiryStarted.class, 7), Map.entry(ConferenceHeld.class, 8), Map.entry(ChildsPlanCreated.class, 9),
            Map.entry(ChildsPlanEnded.class, 10), Map.entry(CeasedLookedAfter.class, 11), Map.entry(PlacementEnded.class, 12),
            Map.entry(BecameLookedAfter.class, 13), Map.entry(PlacementStarted.class, 14), Map.entry(ChronologyClosed.class, 98),
            Map.entry(CaseClosed.class, 99));

    /** One child's case, made up event by event. */
    private static final class Journey {
        private final Random random;
        private final List<CaseEvent> events = new ArrayList<>();
        private final Child child;
        private final LocalDate born;
        private final String worker;
        private LocalDate chronologyStarted;

        Journey(Random random, Random staff, String id) {
            this.random = random;
            LocalDate start = weekday(EARLIEST_START.plusDays(random.nextInt(730)));
            int kind = random.nextInt(100);
            boolean unborn = kind >= 95;
            this.born = unborn ? start.plusDays(100 + random.nextInt(60)) : start.minusDays(365L * (1 + random.nextInt(16)) + random.nextInt(365));
            Child.Builder builder = unborn ? Child.builder().id(id).expectedDateOfDelivery(born) : Child.builder().id(id).dateOfBirth(born);
            // Six teams of six workers; one child in twenty waits for a worker.
            char team = (char) ('A' + staff.nextInt(TEAMS));
            this.worker = staff.nextInt(20) == 0 ? null : "W-" + team + (1 + staff.nextInt(WORKERS_PER_TEAM));
            this.child = builder.disabled(random.nextInt(20) == 0).team("TEAM-" + team)
                    .allocatedWorker(java.util.Optional.ofNullable(worker)).build();
            if (kind < 30) {
                assessmentThenMaybeChildInNeed(start);
            } else if (kind < 55) {
                childProtection(start, false);
            } else if (kind < 80) {
                childProtection(start, true);
            } else if (kind < 90) {
                earlyHelp(start);
            } else if (kind < 95) {
                privateFostering(start);
            } else {
                preBirth(start);
            }
        }

        List<CaseEvent> sorted() {
            List<CaseEvent> sorted = new ArrayList<>(events);
            sorted.sort(Comparator.comparing(CaseEvent::date)
                    .thenComparing(event -> SAME_DAY_ORDER.getOrDefault(event.getClass().getInterfaces().length > 0
                            ? event.getClass().getInterfaces()[0] : event.getClass(), 50))
                    .thenComparing(event -> event.time().orElse(LocalTime.MIDNIGHT)));
            return sorted;
        }

        private static LocalDate weekday(LocalDate date) {
            LocalDate day = date;
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            return day;
        }

        /** When a task due some days after a date gets done: mostly in time, sometimes late. */
        private LocalDate done(LocalDate from, int dueInDays) {
            int days = random.nextInt(10) < 8 ? random.nextInt(Math.max(1, dueInDays)) : dueInDays + 1 + random.nextInt(12);
            return weekday(from.plusDays(Math.max(0, days)));
        }

        private void add(CaseEvent event) {
            // A visit is made by the allocated worker.
            events.add(event instanceof Visit visit && worker != null ? Visit.builder().from(visit).worker(worker).build() : event);
        }

        private LocalDate referral(LocalDate start, ReferralOutcome outcome) {
            add(Referral.builder().date(start).build());
            add(ReferralAcknowledged.builder().date(done(start, 1)).build());
            LocalDate decided = done(start, 1);
            add(ReferralDecision.builder().date(decided).outcome(outcome).build());
            chronologyStarted = done(start, 1);
            add(ChronologyStarted.builder().date(chronologyStarted).build());
            return decided;
        }

        private void chronology(LocalDate until) {
            for (LocalDate next = done(chronologyStarted.plusDays(1), 42); next.isBefore(until); next = done(next, 42)) {
                add(ChronologyUpdated.builder().date(next).build());
            }
        }

        /** Closes the case on the day given, or after the last thing recorded if that was later. */
        private void close(LocalDate day) {
            LocalDate last = events.stream().map(CaseEvent::date).max(Comparator.naturalOrder()).orElse(day);
            LocalDate closed = last.isAfter(day) ? last : day;
            add(ChronologyClosed.builder().date(closed).build());
            add(CaseClosed.builder().date(closed).build());
        }

        private LocalDate singleAssessment(LocalDate decided) {
            add(Visit.builder().date(done(decided, 7)).purpose(VisitPurpose.ASSESSMENT).childSeen(true).seenAlone(false).build());
            add(AssessmentPlanRecorded.builder().date(done(decided, 9)).kind(AssessmentKind.SINGLE_ASSESSMENT).build());
            LocalDate signedOff = done(decided, 63);
            add(AssessmentSignedOff.builder().date(signedOff).kind(AssessmentKind.SINGLE_ASSESSMENT).sharedWithFamily(true).build());
            return signedOff;
        }

        private void assessmentThenMaybeChildInNeed(LocalDate start) {
            LocalDate decided = referral(start, ReferralOutcome.SINGLE_ASSESSMENT);
            LocalDate signedOff = singleAssessment(decided);
            LocalDate end = signedOff;
            if (random.nextBoolean()) {
                end = childInNeedPlan(done(signedOff, 14));
            }
            chronology(end);
            close(end.plusDays(1 + random.nextInt(5)));
        }

        private LocalDate childInNeedPlan(LocalDate created) {
            add(ChildsPlanCreated.builder().date(created).kind(ChildsPlanKind.CHILD_IN_NEED).build());
            LocalDate end = created.plusDays(90 + random.nextInt(270));
            for (LocalDate review = done(created, 42); review.isBefore(end); review = done(review, 42)) {
                add(ChildsPlanReviewed.builder().date(review).kind(ChildsPlanKind.CHILD_IN_NEED).build());
                add(Visit.builder().date(review).purpose(VisitPurpose.CHILD_IN_NEED).childSeen(true).seenAlone(random.nextBoolean()).build());
            }
            for (LocalDate meeting = weekday(created.plusDays(3)); meeting.isBefore(end); meeting = weekday(meeting.plusDays(7))) {
                if (random.nextInt(10) < 9) {
                    add(ImprovementCycleMeeting.builder().date(meeting).build());
                }
            }
            add(ChildsPlanEnded.builder().date(end).kind(ChildsPlanKind.CHILD_IN_NEED).build());
            return end;
        }

        private void childProtection(LocalDate start, boolean intoCare) {
            LocalDate decided = referral(start, ReferralOutcome.STRATEGY_DISCUSSION);
            add(SignificantHarmConcern.builder().date(decided).time(LocalTime.of(9 + random.nextInt(4), 0)).build());
            LocalDate discussion = random.nextInt(10) < 9 ? decided : decided.plusDays(1);
            add(StrategyDiscussion.builder().date(discussion).time(LocalTime.of(14, 0)).initiatedSection47(true).build());
            add(Section47EnquiryStarted.builder().date(discussion).build());
            add(Visit.builder().date(discussion.plusDays(random.nextInt(10) < 9 ? 1 : 2)).time(LocalTime.of(10, 30))
                    .purpose(VisitPurpose.CHILD_PROTECTION).childSeen(true).seenAlone(true).build());
            add(Section47ManagementOversight.builder().date(done(discussion, 9)).build());
            LocalDate conference = done(discussion.plusDays(6), 15);
            add(Section47EnquiryCompleted.builder().date(conference.minusDays(4)).build());
            add(ReportShared.builder().date(conference.minusDays(random.nextInt(10) < 8 ? 4 : 1))
                    .conferenceKind(ConferenceKind.INITIAL).conferenceDate(conference).build());
            add(ConferenceHeld.builder().date(conference).kind(ConferenceKind.INITIAL).build());
            add(ChildsPlanCreated.builder().date(conference).kind(ChildsPlanKind.CHILD_PROTECTION).build());
            LocalDate planEnds = conference.plusDays(120 + random.nextInt(300));
            LocalDate careStarts = intoCare ? conference.plusDays(30 + random.nextInt(120)) : null;
            LocalDate cpEnds = intoCare && careStarts.isBefore(planEnds) ? careStarts : planEnds;
            for (LocalDate group = done(conference, 14); group.isBefore(cpEnds); group = done(group, 42)) {
                add(CoreGroupMeeting.builder().date(group).build());
            }
            for (LocalDate review = done(conference, 90); review.isBefore(cpEnds); review = done(review, 180)) {
                add(ReportShared.builder().date(review.minusDays(5)).conferenceKind(ConferenceKind.REVIEW).conferenceDate(review).build());
                add(ConferenceHeld.builder().date(review).kind(ConferenceKind.REVIEW).build());
            }
            add(ChildsPlanEnded.builder().date(cpEnds).kind(ChildsPlanKind.CHILD_PROTECTION).build());
            LocalDate end = cpEnds;
            if (intoCare) {
                end = care(careStarts);
            }
            chronology(end);
            close(end.plusDays(1 + random.nextInt(5)));
        }

        private LocalDate care(LocalDate became) {
            add(BecameLookedAfter.builder().date(became).legalStatus(random.nextBoolean() ? LegalStatus.SECTION_20
                    : LegalStatus.INTERIM_CARE_ORDER).build());
            add(ChangeOfCircumstances.builder().date(done(became, 2)).reason(ChangeOfCircumstancesReason.ENTERED_CARE).build());
            add(CarePlanCompleted.builder().date(done(became, 14)).build());
            add(PersonalEducationPlan.builder().date(done(became, 14)).build());
            int age = born.until(became).getYears();
            if (age >= 4 && age <= 17) {
                add(StrengthsAndDifficultiesQuestionnaire.builder().date(became).respondent(SdqRespondent.CARER).build());
            }
            LocalDate leaves = became.plusDays(200 + random.nextInt(500));
            LocalDate eighteen = born.plusYears(18);
            if (!leaves.isBefore(eighteen)) {
                leaves = eighteen.minusDays(1);
            }
            if (random.nextBoolean()) {
                proceedings(became, leaves);
            }
            // Placements, with moves, and the visits each starts.
            LocalDate placed = became;
            int moves = random.nextInt(3);
            for (int placement = 0; placement <= moves && placed.isBefore(leaves); placement++) {
                if (placement > 0) {
                    add(PlacementEnded.builder().date(placed).build());
                    add(ChangeOfCircumstances.builder().date(done(placed, 2)).reason(ChangeOfCircumstancesReason.PLACEMENT_MOVE).build());
                }
                PlacementType type = switch (random.nextInt(5)) {
                    case 0 -> PlacementType.INDEPENDENT_FOSTERING_AGENCY;
                    case 1 -> PlacementType.PRIVATE_RESIDENTIAL;
                    case 2 -> PlacementType.CONNECTED_PERSON;
                    default -> PlacementType.LOCAL_AUTHORITY_FOSTER_CARE;
                };
                add(PlacementStarted.builder().date(placed).placementType(type).build());
                add(PlacementPlanningMeeting.builder().date(done(placed, 7)).build());
                LocalDate next = placement < moves ? placed.plusDays(60 + random.nextInt(200)) : leaves;
                if (!next.isBefore(leaves)) {
                    next = leaves;
                }
                int interval = type == PlacementType.INDEPENDENT_FOSTERING_AGENCY || type == PlacementType.PRIVATE_RESIDENTIAL ? 28 : 42;
                for (LocalDate visit = done(placed, 7); visit.isBefore(next); visit = done(visit, interval)) {
                    add(Visit.builder().date(visit).purpose(VisitPurpose.LOOKED_AFTER).childSeen(true).seenAlone(random.nextBoolean()).build());
                }
                placed = next;
            }
            // Reviews: 20 working days (about 28 days), 3 months, then 6 months; health assessments and PEPs with them.
            LocalDate review = done(became, 28);
            int number = 0;
            while (review.isBefore(leaves)) {
                add(CarePlanAvailableToIro.builder().date(review.minusDays(random.nextInt(10) < 8 ? 5 : 1)).reviewDate(review).build());
                add(LookedAfterReview.builder().date(review).build());
                add(PersonalEducationPlan.builder().date(review.minusDays(2)).build());
                number++;
                review = done(review, number == 1 ? 90 : 182);
            }
            LocalDate health = done(became, 28);
            boolean first = true;
            while (health.isBefore(leaves)) {
                add(HealthAssessment.builder().date(health).kind(first ? HealthAssessmentKind.INITIAL : HealthAssessmentKind.REVIEW).build());
                first = false;
                health = done(health, born.until(health).getYears() < 5 ? 182 : 365);
            }
            add(CeasedLookedAfter.builder().date(leaves).build());
            return leaves;
        }

        private void proceedings(LocalDate from, LocalDate until) {
            LocalDate issued = weekday(from.plusDays(random.nextInt(20)));
            if (!issued.isBefore(until.minusDays(40))) {
                return;
            }
            add(CareProceedingsIssued.builder().date(issued).addAllDocumentsFiled(random.nextInt(10) < 8
                    ? List.of(CourtDocument.values()) : List.of(CourtDocument.CHRONOLOGY, CourtDocument.CARE_PLAN)).build());
            add(CareProceedingsServed.builder().date(issued.plusDays(random.nextInt(10) < 9 ? 1 : 3)).build());
            add(CaseManagementHearing.builder().date(issued.plusDays(11 + random.nextInt(9))).build());
            LocalDate directed = issued.plusDays(20);
            LocalDate due = directed.plusDays(28);
            if (due.isBefore(until)) {
                add(CourtDirectionMade.builder().date(directed).directionId("D1").dueDate(due).build());
                add(CourtDirectionComplied.builder().date(done(directed, 28)).directionId("D1").build());
            }
            LocalDate concluded = issued.plusDays(150 + random.nextInt(80));
            if (concluded.isBefore(until)) {
                add(CareProceedingsConcluded.builder().date(concluded).build());
            }
        }

        private void earlyHelp(LocalDate start) {
            LocalDate decided = referral(start, ReferralOutcome.EARLY_HELP_ASSESSMENT);
            add(AssessmentStarted.builder().date(done(decided, 14)).kind(AssessmentKind.EARLY_HELP_ASSESSMENT).build());
            LocalDate signedOff = done(decided, 63);
            add(AssessmentSignedOff.builder().date(signedOff).kind(AssessmentKind.EARLY_HELP_ASSESSMENT).sharedWithFamily(true).build());
            LocalDate created = done(signedOff, 10);
            add(ChildsPlanCreated.builder().date(created).kind(ChildsPlanKind.EARLY_HELP).build());
            LocalDate end = created.plusDays(90 + random.nextInt(200));
            for (LocalDate review = done(created, 42); review.isBefore(end); review = done(review, 42)) {
                add(ChildsPlanReviewed.builder().date(review).kind(ChildsPlanKind.EARLY_HELP).build());
            }
            add(ChildsPlanEnded.builder().date(end).kind(ChildsPlanKind.EARLY_HELP).build());
            chronology(end);
            close(end.plusDays(1));
        }

        private void privateFostering(LocalDate start) {
            add(PrivateFosteringNotification.builder().date(start).carerRelationship(CarerRelationship.FAMILY_FRIEND)
                    .livingWithCarerFrom(start.minusDays(random.nextInt(20))).build());
            chronologyStarted = start;
            add(ChronologyStarted.builder().date(start).build());
            LocalDate end = start.plusDays(200 + random.nextInt(300));
            for (LocalDate visit = done(start, 7); visit.isBefore(end); visit = done(visit, 42)) {
                add(Visit.builder().date(visit).purpose(VisitPurpose.PRIVATE_FOSTERING).childSeen(true).seenAlone(true).build());
            }
            add(AssessmentSignedOff.builder().date(done(start, 63)).kind(AssessmentKind.SINGLE_ASSESSMENT).sharedWithFamily(true).build());
            for (LocalDate meeting = done(start, 42); meeting.isBefore(end); meeting = done(meeting, 42)) {
                add(PrivateFosteringNetworkMeeting.builder().date(meeting).build());
            }
            chronology(end);
            close(end);
        }

        private void preBirth(LocalDate start) {
            LocalDate decided = referral(start, ReferralOutcome.STRATEGY_DISCUSSION);
            add(StrategyDiscussion.builder().date(decided).time(LocalTime.of(11, 0)).initiatedSection47(true).build());
            add(Section47EnquiryStarted.builder().date(decided).build());
            add(Section47ManagementOversight.builder().date(done(decided, 9)).build());
            LocalDate conference = done(decided.plusDays(6), 15);
            add(Section47EnquiryCompleted.builder().date(conference.minusDays(3)).build());
            add(ConferenceHeld.builder().date(conference).kind(ConferenceKind.INITIAL).preBirth(true).build());
            add(ChildsPlanCreated.builder().date(conference).kind(ChildsPlanKind.CHILD_PROTECTION).build());
            add(Birth.builder().date(born).build());
            LocalDate review = done(born, 30);
            add(ConferenceHeld.builder().date(review).kind(ConferenceKind.REVIEW).build());
            LocalDate end = review.plusDays(90);
            add(ChildsPlanEnded.builder().date(end).kind(ChildsPlanKind.CHILD_PROTECTION).build());
            chronology(end);
            close(end.plusDays(1));
        }
    }
}
