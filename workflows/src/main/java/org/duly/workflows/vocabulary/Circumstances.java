package org.duly.workflows.vocabulary;

import static org.duly.workflows.cases.ChildFacts.CARE_HISTORY;
import static org.duly.workflows.cases.ChildFacts.DATE_OF_BIRTH;

import java.time.LocalDate;
import org.duly.domain.events.ChildsPlanCreated;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.ExploitationAssessmentSignedOff;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.LookedAfterReview;
import org.duly.domain.events.PlacementType;
import org.duly.domain.events.PrivateFosteringNotification;
import org.duly.domain.events.RiskLevel;
import org.duly.domain.workforce.WorkerRole;
import org.duly.timescales.Facts;
import org.duly.timescales.Reads;
import org.duly.timescales.When;
import org.duly.timescales.period.Age;
import org.duly.timescales.period.LeapDayBirthdays;
import org.duly.workflows.cases.StaffFacts;
import org.duly.domain.StaffTimeline;

/**
 * The circumstances on a date the catalogue's rules ask about, each in words that follow "when": the
 * interval a recurrence chooses at each occurrence ("at least every 6 months when under 5, otherwise
 * at least every 12 months"), or the windows of a schedule that count ("each May and November, when
 * aged 4 to 17"). Each is tested on the date it is asked about, with the facts of the case.
 */
public final class Circumstances {

    private Circumstances() {
    }

    /** The child's age in whole years on a date, or -1 before the birth. */
    static int ageOn(Facts facts, LocalDate date, String neededFor) {
        LocalDate born = facts.require(DATE_OF_BIRTH, neededFor);
        return date.isBefore(born) ? -1 : Age.yearsOn(born, date, LeapDayBirthdays.MARCH_1);
    }

    /** The worker's role on a date. */
    static WorkerRole roleOn(Facts facts, LocalDate date) {
        StaffTimeline staff = facts.require(StaffFacts.STAFF, "to know the worker's role");
        return staff.roleOn(date);
    }

    /** The child is under 5 on the date. */
    public static final When UNDER_FIVE = When.of("under 5", Reads.of(DATE_OF_BIRTH),
            (date, facts) -> ageOn(facts, date, "to tell whether the child is under 5") < 5);

    /** The child is aged 4 to 17 on the date: the children a strengths and difficulties questionnaire is for. */
    public static final When AGED_4_TO_17 = When.of("aged 4 to 17", Reads.of(DATE_OF_BIRTH), (date, facts) -> {
        int age = ageOn(facts, date, "to tell whether the child is aged 4 to 17");
        return age >= 4 && age <= 17;
    });

    /** The child in need plan in force on the date acknowledges the need for longer term disability support. */
    public static final When LONG_TERM_DISABILITY_SUPPORT = When.of(
            "the plan acknowledges longer term disability support", Reads.of(ChildsPlanCreated.class), (date, facts) -> facts.occurrences(ChildsPlanCreated.class).stream()
                    .filter(plan -> plan.kind() == ChildsPlanKind.CHILD_IN_NEED && !plan.date().isAfter(date))
                    .reduce((a, b) -> b)
                    .map(ChildsPlanCreated::longTermDisabilitySupport).orElse(false));

    /** The latest exploitation assessment signed off on or before the date is high risk. */
    public static final When HIGH_RISK_OF_EXPLOITATION = When.of(
            "at high risk", Reads.of(ExploitationAssessmentSignedOff.class), (date, facts) -> facts.occurrences(ExploitationAssessmentSignedOff.class).stream()
                    .filter(assessment -> !assessment.date().isAfter(date))
                    .reduce((a, b) -> b)
                    .map(assessment -> assessment.riskLevel() == RiskLevel.HIGH).orElse(false));

    /**
     * In the first year of the private fostering arrangement the day belongs to: the 12 months from
     * the latest notification on or before it (regulation 8(6): the arrangement is deemed to begin
     * when the local authority become aware of it).
     */
    public static final When IN_THE_FIRST_YEAR_OF_THE_ARRANGEMENT = When.of(
            "in the first year of the arrangement", Reads.of(PrivateFosteringNotification.class),
            (date, facts) -> facts.occurrences(PrivateFosteringNotification.class).stream()
                    .filter(notification -> !notification.date().isAfter(date))
                    .reduce((earlier, later) -> later)
                    .map(notification -> date.isBefore(notification.date().plusMonths(12)))
                    .orElse(true));

    /** The worker is a newly qualified social worker on the date. */
    public static final When NEWLY_QUALIFIED = When.of("a newly qualified social worker", Reads.of(StaffFacts.STAFF),
            (date, facts) -> roleOn(facts, date) == WorkerRole.NEWLY_QUALIFIED_SOCIAL_WORKER);

    /** The worker is a social worker on the date. */
    public static final When SOCIAL_WORKER = When.of("a social worker", Reads.of(StaffFacts.STAFF),
            (date, facts) -> roleOn(facts, date) == WorkerRole.SOCIAL_WORKER);

    /** The child is looked after on the date: a period of care covers it (the day care ceased is not in care). */
    public static final When LOOKED_AFTER = When.of("looked after", Reads.of(CARE_HISTORY),
            (date, facts) -> facts.require(CARE_HISTORY, "to know whether the child is looked after").lookedAfterOn(date));

    // Children in care (issue 13): the young person's own SDQ, regulation 28's visiting regimes.

    /** The child is aged 11 to 17 on the date: a young person who completes their own strengths and difficulties questionnaire. */
    public static final When AGED_11_TO_17 = When.of("aged 11 to 17", Reads.of(DATE_OF_BIRTH), (date, facts) -> {
        int age = ageOn(facts, date, "to tell whether the young person is aged 11 to 17");
        return age >= 11 && age <= 17;
    });

    /**
     * The child's placement on the date is intended to last until they are 18, and its first year is over or ends within the
     * 6 weeks that would otherwise be the next interval: the next visit falls after the first year, when regulation
     * 28(2)(c)(i) allows intervals of not more than 3 months.
     */
    public static final When IN_A_LONG_TERM_PLACEMENT_AFTER_ITS_FIRST_YEAR = When.of(
            "in a placement intended to last until 18 whose first year is over, or will be within 6 weeks of the last visit",
            Reads.of(CARE_HISTORY), (date, facts) -> facts.require(CARE_HISTORY, "to find the placement").placementOn(date)
                    .filter(placement -> placement.started().intendedToLastUntil18()
                            && date.plusWeeks(6).isAfter(placement.start().plusYears(1)))
                    .isPresent());

    /** The child is looked after on the date under a pre-planned series of short breaks (regulation 48). */
    public static final When ON_SHORT_BREAKS = When.of("on short breaks", Reads.of(CARE_HISTORY),
            (date, facts) -> facts.require(CARE_HISTORY, "to find the legal status").legalStatusOn(date)
                    .filter(LegalStatus::isShortBreaks).isPresent());

    // Children in care (handbook review #1, #8): regulation 28(3) to (5)'s visiting regimes and the booklet's 4-weekly visits.

    /** The child lives with a parent on the date: placed with parents (or a person with parental responsibility). */
    public static final When LIVING_WITH_A_PARENT = When.of("living with a parent", Reads.of(CARE_HISTORY), (date, facts) -> facts
            .require(CARE_HISTORY, "to find the placement").placementOn(date)
            .filter(placement -> placement.type() == PlacementType.PLACED_WITH_PARENTS).isPresent());

    /**
     * The child's placement on the date is visited at least weekly until its first looked after review (Care Planning,
     * Placement and Case Review (England) Regulations 2010, regulation 28(3) and (4)): with a parent before the assessment is
     * complete (regulation 19), a connected person's temporary approval (regulation 24), or with a parent under an interim
     * care order, with no review held since the placement started.
     */
    public static final When VISITED_WEEKLY_UNTIL_ITS_FIRST_REVIEW = When.of(
            "in a placement visited weekly until its first review (with a parent before assessment, a connected person's"
                    + " temporary approval, or with a parent under an interim care order) and not yet reviewed",
            Reads.of(CARE_HISTORY).and(LookedAfterReview.class), (date, facts) -> facts.require(CARE_HISTORY, "to find the placement").placementOn(date)
                    .filter(placement -> placement.started().beforeAssessmentComplete() || placement.started().temporaryApproval()
                            || withAParentUnderAnInterimCareOrder(date, facts))
                    .filter(placement -> facts.occurrences(LookedAfterReview.class).stream()
                            .noneMatch(review -> !review.date().isBefore(placement.start()) && !review.date().isAfter(date)))
                    .isPresent());

    /**
     * The child's placement on the date is visited at intervals of not more than 4 weeks: with an independent fostering
     * agency or a private residential home (a local practice standard, stricter than regulation 28), or, after its first
     * review, a connected person's temporary approval or a child living with a parent under an interim care order
     * (regulation 28(4)(b)).
     */
    public static final When VISITED_FOUR_WEEKLY = When.of(
            "in an IFA or private residential placement, a connected person's temporary approval, or with a parent under an"
                    + " interim care order",
            Reads.of(CARE_HISTORY), (date, facts) -> facts.require(CARE_HISTORY, "to find the placement").placementOn(date)
                    .filter(placement -> placement.type().isVisitedFourWeekly() || placement.started().temporaryApproval()
                            || withAParentUnderAnInterimCareOrder(date, facts))
                    .isPresent());

    /** The child lives with a parent on the date under an interim care order (section 38 of the Children Act 1989). */
    private static boolean withAParentUnderAnInterimCareOrder(LocalDate date, Facts facts) {
        return LIVING_WITH_A_PARENT.test(date, facts) && facts.require(CARE_HISTORY, "to find the legal status").legalStatusOn(date)
                .filter(status -> status == LegalStatus.INTERIM_CARE_ORDER).isPresent();
    }
}
