package org.duly.workflows.vocabulary;

import static org.duly.workflows.cases.ChildFacts.CARE_HISTORY;
import static org.duly.workflows.cases.ChildFacts.DATE_OF_BIRTH;

import java.time.LocalDate;
import org.duly.domain.events.ChildsPlanCreated;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.ExploitationAssessmentSignedOff;
import org.duly.domain.events.PlacementType;
import org.duly.domain.events.PrivateFosteringNotification;
import org.duly.domain.events.RiskLevel;
import org.duly.domain.workforce.WorkerRole;
import org.duly.timescales.Facts;
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
    public static final When UNDER_FIVE = When.of("under 5",
            (date, facts) -> ageOn(facts, date, "to tell whether the child is under 5") < 5);

    /** The child is aged 4 to 17 on the date: the children a strengths and difficulties questionnaire is for. */
    public static final When AGED_4_TO_17 = When.of("aged 4 to 17", (date, facts) -> {
        int age = ageOn(facts, date, "to tell whether the child is aged 4 to 17");
        return age >= 4 && age <= 17;
    });

    /** The child's placement on the date is with an independent fostering agency or a private residential home. */
    public static final When IN_AN_IFA_OR_PRIVATE_RESIDENTIAL_PLACEMENT = When.of(
            "in an IFA or private residential placement", (date, facts) -> facts.require(CARE_HISTORY, "to find the placement")
                    .placementOn(date)
                    .map(placement -> placement.type() == PlacementType.INDEPENDENT_FOSTERING_AGENCY
                            || placement.type() == PlacementType.PRIVATE_RESIDENTIAL)
                    .orElse(false));

    /** The child in need plan in force on the date acknowledges the need for longer term disability support. */
    public static final When LONG_TERM_DISABILITY_SUPPORT = When.of(
            "the plan acknowledges longer term disability support", (date, facts) -> facts.occurrences(ChildsPlanCreated.class).stream()
                    .filter(plan -> plan.kind() == ChildsPlanKind.CHILD_IN_NEED && !plan.date().isAfter(date))
                    .reduce((a, b) -> b)
                    .map(ChildsPlanCreated::longTermDisabilitySupport).orElse(false));

    /** The latest exploitation assessment signed off on or before the date is high risk. */
    public static final When HIGH_RISK_OF_EXPLOITATION = When.of(
            "at high risk", (date, facts) -> facts.occurrences(ExploitationAssessmentSignedOff.class).stream()
                    .filter(assessment -> !assessment.date().isAfter(date))
                    .reduce((a, b) -> b)
                    .map(assessment -> assessment.riskLevel() == RiskLevel.HIGH).orElse(false));

    /**
     * In the first year of the private fostering arrangement the day belongs to: the 12 months from
     * the latest notification on or before it (regulation 8(6): the arrangement is deemed to begin
     * when the local authority become aware of it).
     */
    public static final When IN_THE_FIRST_YEAR_OF_THE_ARRANGEMENT = When.of(
            "in the first year of the arrangement",
            (date, facts) -> facts.occurrences(PrivateFosteringNotification.class).stream()
                    .filter(notification -> !notification.date().isAfter(date))
                    .reduce((earlier, later) -> later)
                    .map(notification -> date.isBefore(notification.date().plusMonths(12)))
                    .orElse(true));

    /** The worker is a newly qualified social worker on the date. */
    public static final When NEWLY_QUALIFIED = When.of("a newly qualified social worker",
            (date, facts) -> roleOn(facts, date) == WorkerRole.NEWLY_QUALIFIED_SOCIAL_WORKER);

    /** The worker is a social worker on the date. */
    public static final When SOCIAL_WORKER = When.of("a social worker",
            (date, facts) -> roleOn(facts, date) == WorkerRole.SOCIAL_WORKER);

    /** The child is looked after on the date: a period of care covers it (the day care ceased is not in care). */
    public static final When LOOKED_AFTER = When.of("looked after",
            (date, facts) -> facts.require(CARE_HISTORY, "to know whether the child is looked after").lookedAfterOn(date));
}
