package org.duly.workflows.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Child;
import org.duly.domain.care.CareHistory;
import org.duly.domain.care.CareLeaverStatus;
import org.duly.domain.events.CaseClosed;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.PathwayPlanReview;
import org.duly.timescales.Fact;
import org.duly.timescales.OnFirstUse;
import org.duly.timescales.period.Age;
import org.duly.timescales.period.LeapDayBirthdays;

/**
 * The single-valued facts of a child's case, by the names rules use, and the facts of a timeline as
 * known on an evaluation date.
 */
public final class ChildFacts {

    /** The child's date of birth, or the date of the birth recorded for a child who was unborn. */
    public static final Fact<LocalDate> DATE_OF_BIRTH = Fact.of("the date of birth", LocalDate.class);
    /** An unborn child's expected date of delivery. */
    public static final Fact<LocalDate> EXPECTED_DATE_OF_DELIVERY = Fact.of("the expected date of delivery", LocalDate.class);
    /** The child's record: flags such as disabled and complex needs. */
    public static final Fact<Child> CHILD = Fact.of("the child's record", Child.class);
    /** Periods of care, placements and legal statuses. */
    public static final Fact<CareHistory> CARE_HISTORY = Fact.of("the child's care history", CareHistory.class);
    /** The care leaver category on any date. */
    public static final Fact<CareLeaverStatus> CARE_LEAVER_STATUS = Fact.of("the care leaver status", CareLeaverStatus.class);
    /** The timeline as known on the evaluation date, for facts derived from the whole of it. */
    public static final Fact<CaseTimeline> TIMELINE = Fact.of("the child's case timeline", CaseTimeline.class);
    /** The first day the young person was an eligible child, if they ever were. */
    public static final Fact<LocalDate> DATE_BECAME_ELIGIBLE =
            Fact.of("the date the young person became an eligible child", LocalDate.class);
    /**
     * The day the child becomes too old to be privately fostered: the 16th birthday, or the 18th for a disabled child
     * (Children Act 1989 section 66(4)).
     */
    public static final Fact<LocalDate> PRIVATE_FOSTERING_AGE_LIMIT =
            Fact.of("the 16th birthday, or the 18th if disabled", LocalDate.class);
    /** The first day the young person was a qualifying care leaver, if they ever were. */
    public static final Fact<LocalDate> DATE_BECAME_QUALIFYING =
            Fact.of("the date the young person became a qualifying care leaver", LocalDate.class);

    /**
     * The day child exploitation work with a young person ends: the 18th birthday, or the 25th for one with special
     * educational needs or a disability (SEND) or who has been in the care of the local authority (other than for
     * pre-planned short breaks); a birthday on 29 February falls on 1 March in a common year (Family Law Reform Act 1969
     * s9).
     */
    public static final Fact<LocalDate> EIGHTEENTH_BIRTHDAY_OR_TWENTY_FIFTH_IF_SEND_OR_EVER_IN_CARE =
            Fact.of("the 18th birthday, or the 25th for a young person with SEND or who has been in care", LocalDate.class);

    /**
     * The day the pathway plan reviews end: the 21st birthday, or the 25th for a young person whom the latest pathway plan
     * review by the 21st birthday found in education or training (the booklet's "up to 24 if in education"; section 23CA of
     * the Children Act 1989).
     */
    public static final Fact<LocalDate> TWENTY_FIRST_BIRTHDAY_OR_TWENTY_FIFTH_IN_EDUCATION = Fact.of(
            "the 21st birthday, or the 25th for a young person then in education or training", LocalDate.class);

    private ChildFacts() {
    }

    /** Whether the child has been looked after other than for pre-planned short breaks (regulation 48). */
    private static boolean everInCare(CareHistory history) {
        return history.periodsOfCare().stream()
                .anyMatch(period -> history.legalStatusOn(period.start()).filter(LegalStatus::isShortBreaks).isEmpty());
    }

    /** The facts of a child's timeline as known on a date: {@link CaseFacts#of(org.duly.domain.Timeline, LocalDate)}. */
    static CaseFacts of(CaseTimeline timeline, LocalDate asOf) {
        CaseTimeline known = timeline.upTo(asOf);
        // The timeline's own grouping of its events by type, which its care history shares.
        TimelineFacts facts = new TimelineFacts(known::eventsOf, FACTS, new Values(known));
        List<CaseClosed> closed = facts.occurrences(CaseClosed.class);
        List<LocalDate> closures = new ArrayList<>(closed.size());
        for (CaseClosed closure : closed) {
            closures.add(closure.date());
        }
        return new CaseFacts(known.child().id(), facts, closures);
    }

    /** The facts a child's case knows, the most asked for first (found by a search in this order). */
    private static final Fact<?>[] FACTS = {DATE_OF_BIRTH, CARE_HISTORY, CHILD, DATE_BECAME_ELIGIBLE, EXPECTED_DATE_OF_DELIVERY,
        CARE_LEAVER_STATUS, DATE_BECAME_QUALIFYING, TIMELINE, PRIVATE_FOSTERING_AGE_LIMIT,
        EIGHTEENTH_BIRTHDAY_OR_TWENTY_FIFTH_IF_SEND_OR_EVER_IN_CARE, TWENTY_FIRST_BIRTHDAY_OR_TWENTY_FIFTH_IN_EDUCATION};

    /**
     * The value of each of {@link #FACTS} by its place, worked out when first asked for (the facts remember it): one
     * object per case rather than a function per fact and a map of them, as every case is given its facts and most are
     * never asked for.
     */
    private static final class Values implements IntFunction<Optional<?>> {
        private final CaseTimeline known;
        private final Child child;
        private final OnFirstUse<CareHistory> history;
        private final OnFirstUse<CareLeaverStatus> status;

        Values(CaseTimeline known) {
            this.known = known;
            this.child = known.child();
            this.history = OnFirstUse.of(() -> CareHistory.of(known));
            this.status = OnFirstUse.of(() -> CareLeaverStatus.of(history.get()));
        }

        @Override
        public Optional<?> apply(int i) {
            Fact<?> fact = FACTS[i];
            if (fact == DATE_OF_BIRTH) {
                return child.dateOfBirth();
            } else if (fact == EXPECTED_DATE_OF_DELIVERY) {
                return child.expectedDateOfDelivery();
            } else if (fact == CHILD) {
                return Optional.of(child);
            } else if (fact == TIMELINE) {
                return Optional.of(known);
            } else if (fact == CARE_HISTORY) {
                return Optional.of(history.get());
            } else if (fact == CARE_LEAVER_STATUS) {
                return Optional.of(status.get());
            } else if (fact == DATE_BECAME_ELIGIBLE) {
                return status.get().dateBecameEligible();
            } else if (fact == EIGHTEENTH_BIRTHDAY_OR_TWENTY_FIFTH_IF_SEND_OR_EVER_IN_CARE) {
                return child.dateOfBirth().map(born -> Age
                        .of(child.specialEducationalNeeds() || child.disabled() || everInCare(history.get()) ? 25 : 18)
                        .attainedOn(born, LeapDayBirthdays.MARCH_1).date());
            } else if (fact == DATE_BECAME_QUALIFYING) {
                return status.get().dateBecameQualifying();
            } else if (fact == PRIVATE_FOSTERING_AGE_LIMIT) {
                return child.dateOfBirth()
                        .map(born -> Age.of(child.disabled() ? 18 : 16).attainedOn(born, LeapDayBirthdays.MARCH_1).date());
            } else if (fact == TWENTY_FIRST_BIRTHDAY_OR_TWENTY_FIFTH_IN_EDUCATION) {
                return child.dateOfBirth().map(born -> {
                    LocalDate twentyFirst = Age.of(21).attainedOn(born, LeapDayBirthdays.MARCH_1).date();
                    boolean inEducation = known.eventsOf(PathwayPlanReview.class).stream()
                            .filter(review -> !review.date().isAfter(twentyFirst)).reduce((earlier, later) -> later)
                            .map(PathwayPlanReview::inEducationOrTraining).orElse(false);
                    return inEducation ? Age.of(25).attainedOn(born, LeapDayBirthdays.MARCH_1).date() : twentyFirst;
                });
            }
            // A fact added to FACTS without its value here must fail, not take another fact's value.
            throw new IllegalStateException("no value for " + fact);
        }
    }
}
