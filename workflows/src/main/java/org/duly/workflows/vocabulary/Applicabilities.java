package org.duly.workflows.vocabulary;

import static org.duly.workflows.cases.ChildFacts.CARE_HISTORY;
import static org.duly.workflows.cases.ChildFacts.CARE_LEAVER_STATUS;
import static org.duly.workflows.cases.ChildFacts.CHILD;
import static org.duly.workflows.cases.ChildFacts.DATE_OF_BIRTH;
import static org.duly.workflows.cases.ChildFacts.EXPECTED_DATE_OF_DELIVERY;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Child;
import org.duly.domain.care.CareHistory;
import org.duly.domain.care.CareLeaverCategory;
import org.duly.domain.care.CareLeaverRules;
import org.duly.domain.care.PrivateFostering;
import org.duly.domain.care.PrivateFosteringArrangement;
import org.duly.domain.complaints.ComplaintKind;
import org.duly.domain.events.Section47EnquiryCompleted;
import org.duly.domain.events.StrategyDiscussion;
import org.duly.domain.workforce.WorkerRole;
import org.duly.timescales.Facts;
import org.duly.timescales.Reads;
import org.duly.timescales.period.Age;
import org.duly.timescales.period.LeapDayBirthdays;
import org.duly.workflows.cases.ChildFacts;
import org.duly.workflows.cases.ComplaintFacts;
import org.duly.workflows.cases.StaffFacts;
import org.duly.workflows.policy.Applicability;

/**
 * Whether the catalogue's rules apply to a case at all, each in words that follow "applies": "to
 * corporate complaints", "to eligible young people". Each is tested on the evaluation date, once the
 * rule's clock has started ({@link org.duly.workflows.policy.Rule#appliesWhen(Applicability)}).
 */
public final class Applicabilities {

    private Applicabilities() {
    }

    private static Child child(Facts facts, String neededFor) {
        return facts.require(CHILD, neededFor);
    }

    /**
     * An unborn child with section 47 enquiries that may still need a conference: an expected date of
     * delivery is known, and a strategy discussion before the birth initiated section 47 enquiries that
     * have not concluded that no conference is needed.
     */
    public static final Applicability UNBORN_CHILDREN_WHO_MAY_NEED_A_CONFERENCE = Applicability.of(
            "to unborn children with section 47 enquiries that may need a conference",
            Reads.of(EXPECTED_DATE_OF_DELIVERY, DATE_OF_BIRTH).and(StrategyDiscussion.class, Section47EnquiryCompleted.class)
                    .and(Conditions.NO_CONFERENCE_NEEDED.reads()),
            (date, facts) -> facts.value(EXPECTED_DATE_OF_DELIVERY).isPresent()
                    && facts.occurrences(StrategyDiscussion.class).stream()
                            .anyMatch(discussion -> discussion.initiatedSection47() && beforeTheBirth(discussion, facts)
                                    && !concludedNoConferenceNeeded(discussion, facts)));

    private static boolean beforeTheBirth(StrategyDiscussion discussion, Facts facts) {
        return facts.value(DATE_OF_BIRTH).map(born -> discussion.date().isBefore(born)).orElse(true);
    }

    private static boolean concludedNoConferenceNeeded(StrategyDiscussion discussion, Facts facts) {
        return facts.occurrences(Section47EnquiryCompleted.class).stream()
                .anyMatch(completed -> !completed.date().isBefore(discussion.date())
                        && Conditions.NO_CONFERENCE_NEEDED.test(completed, facts));
    }

    /** The private fostering arrangement in place on the day judged is private fostering in law (section 66). */
    public static final Applicability PRIVATELY_FOSTERED = Applicability.of(
            "to arrangements that are private fostering (under 16, or 18 if disabled; not a close relative; 28 days or more, or"
                    + " intended to last so long (Children Act 1989 s66); not while looked after)",
            Reads.of(ChildFacts.TIMELINE, CHILD, CARE_HISTORY), (date, facts) -> arrangementOn(facts, date)
                    .map(arrangement -> PrivateFostering.judge(child(facts, "to judge the arrangement"), arrangement, date,
                            LeapDayBirthdays.MARCH_1, facts.require(CARE_HISTORY, "to know whether the child is looked after")
                                    .lookedAfterOn(date)).isPrivateFostering())
                    .orElse(false));

    /**
     * The arrangement in place on a day: the latest the child was living in by then, or, before any
     * began, the first proposed. Each arrangement is judged on its own, so a later arrangement with a
     * relative never erases what an earlier one was owed.
     */
    /** The key under which a case's facts remember its private fostering arrangements: every occurrence asks. */
    private static final Object ARRANGEMENTS = new Object();

    private static Optional<PrivateFosteringArrangement> arrangementOn(Facts facts, LocalDate date) {
        CaseTimeline timeline = facts.require(ChildFacts.TIMELINE, "to find the arrangements");
        List<PrivateFosteringArrangement> arrangements = facts.remembered(ARRANGEMENTS, () -> PrivateFosteringArrangement.allIn(timeline));
        Optional<PrivateFosteringArrangement> current = arrangements.isEmpty() ? Optional.empty() : Optional.of(arrangements.get(0));
        for (PrivateFosteringArrangement arrangement : arrangements) {
            if (!arrangement.livingWithCarerFrom().isAfter(date)) {
                current = Optional.of(arrangement);
            }
        }
        return current;
    }

    /**
     * The young person is looked after, other than for pre-planned short breaks, on the day a month before
     * their 16th birthday: only such a young person can be referred to the leaving care team in time, and
     * can still become eligible (regulations 40 and 48 of the Care Planning, Placement and Case Review
     * (England) Regulations 2010 leave short breaks out). Judged from the 14th birthday on; a day still
     * to come is judged on the care known, so a young person in care now is expected to stay.
     */
    public static final Applicability LOOKED_AFTER_A_MONTH_BEFORE_16 = Applicability.of(
            "to young people looked after a month before their 16th birthday",
            Reads.of(DATE_OF_BIRTH, CARE_HISTORY), (date, facts) -> {
                LocalDate born = facts.require(DATE_OF_BIRTH, "to find the 16th birthday");
                LocalDate fourteen = Age.of(14).attainedOn(born, LeapDayBirthdays.MARCH_1).date();
                LocalDate monthBeforeSixteen = Age.of(16).attainedOn(born, LeapDayBirthdays.MARCH_1).date().minusMonths(1);
                CareHistory history = facts.require(CARE_HISTORY, "to find the periods of care");
                return !date.isBefore(fourteen) && history.lookedAfterOn(monthBeforeSixteen)
                        && history.legalStatusOn(monthBeforeSixteen).map(status -> !status.isShortBreaks()).orElse(true);
            });

    /**
     * The young person has been, or on the care known will be, an eligible child, judged from their 14th
     * birthday on: a forecast of eligibility for a younger child in care (a baby in care would be
     * "eligible" in 16 years if care went on) is not shown.
     */
    public static final Applicability EVER_ELIGIBLE = Applicability.of("to eligible young people", Reads.of(DATE_OF_BIRTH, CARE_LEAVER_STATUS),
            // Without a date of birth there is no care leaver, and no birthday to wait for.
            (date, facts) -> facts.value(DATE_OF_BIRTH)
                    .filter(born -> !date.isBefore(Age.of(14).attainedOn(born, LeapDayBirthdays.MARCH_1).date())).isPresent()
                    && facts.require(CARE_LEAVER_STATUS, "to tell whether the young person is eligible").dateBecameEligible().isPresent());

    /**
     * The young person is in a care leaver category on the evaluation date.
     *
     * <p>Example:
     * <pre>{@code
     * Applicability qualifying = careLeaver("to qualifying care leavers", CareLeaverCategory.QUALIFYING);
     * assertThat(qualifying.description()).isEqualTo("to qualifying care leavers");
     * }</pre>
     *
     * @param words the categories in words, as they follow "applies"
     * @param categories one or more categories
     * @return the condition
     */
    public static Applicability careLeaver(String words, CareLeaverCategory... categories) {
        Set<CareLeaverCategory> set = EnumSet.of(categories[0], categories);
        return Applicability.of(words, Reads.of(CARE_LEAVER_STATUS), (date, facts) -> set.contains(
                facts.require(CARE_LEAVER_STATUS, "to find the care leaver category").categoryOn(date)));
    }

    /**
     * The young person is in a care leaver category on the evaluation date under given rules: the
     * CL-10 extension keeps a former relevant care leaver in the category to 25, where the statute
     * ends it at 21.
     *
     * <p>Example:
     * <pre>{@code
     * Applicability formerRelevant = careLeaver("to former relevant care leavers",
     *     CareLeaverRules.STATUTE.withFormerRelevantUntil(Age.of(25)), CareLeaverCategory.FORMER_RELEVANT);
     * }</pre>
     *
     * @param words the categories in words, as they follow "applies"
     * @param rules the rules that place a young person in a category
     * @param categories one or more categories
     * @return the condition
     */
    public static Applicability careLeaver(String words, CareLeaverRules rules, CareLeaverCategory... categories) {
        Set<CareLeaverCategory> set = EnumSet.of(categories[0], categories);
        return Applicability.of(words, Reads.of(CARE_LEAVER_STATUS), (date, facts) -> set.contains(
                facts.require(CARE_LEAVER_STATUS, "to find the care leaver category").under(rules).categoryOn(date)));
    }

    /** The young person is likely to need adult services, with complex needs. */
    public static final Applicability ADULT_SERVICES_WITH_COMPLEX_NEEDS = Applicability.of(
            "to young people likely to need adult services who have complex needs", Reads.of(CHILD), (date, facts) -> {
                Child child = child(facts, "to know the young person's needs");
                return child.likelyToNeedAdultServices() && child.complexNeeds();
            });

    /** The young person is likely to need adult services, without complex needs. */
    public static final Applicability ADULT_SERVICES_WITHOUT_COMPLEX_NEEDS = Applicability.of(
            "to young people likely to need adult services without complex needs", Reads.of(CHILD), (date, facts) -> {
                Child child = child(facts, "to know the young person's needs");
                return child.likelyToNeedAdultServices() && !child.complexNeeds();
            });

    /** The young person is likely to need adult services. */
    public static final Applicability LIKELY_TO_NEED_ADULT_SERVICES = Applicability.of(
            "to young people likely to need adult services", Reads.of(CHILD),
            (date, facts) -> child(facts, "to know the young person's needs").likelyToNeedAdultServices());

    /** The child is disabled: the Disabled Children's Service's transition cases. */
    public static final Applicability DISABLED_AND_LIKELY_TO_NEED_ADULT_SERVICES = Applicability.of(
            "to disabled young people likely to need adult services (the Disabled Children's Service)", Reads.of(CHILD), (date, facts) -> {
                Child child = child(facts, "to know the young person's needs");
                return child.disabled() && child.likelyToNeedAdultServices();
            });

    /**
     * The complaint is of a kind.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(complaintOfKind(ComplaintKind.CORPORATE).description()).isEqualTo("to corporate complaints");
     * }</pre>
     *
     * @param kind the kind of complaint
     * @return the condition
     */
    public static Applicability complaintOfKind(ComplaintKind kind) {
        String words = kind == ComplaintKind.CORPORATE ? "to corporate complaints" : "to statutory complaints (Children Act 1989)";
        return Applicability.of(words, Reads.of(ComplaintFacts.COMPLAINT),
                (date, facts) -> facts.require(ComplaintFacts.COMPLAINT, "to know the kind of complaint").kind() == kind);
    }

    /** The worker is a team manager on the evaluation date. */
    public static final Applicability TEAM_MANAGER = Applicability.of("to team managers", Reads.of(StaffFacts.STAFF),
            (date, facts) -> Circumstances.roleOn(facts, date) == WorkerRole.TEAM_MANAGER);
}
