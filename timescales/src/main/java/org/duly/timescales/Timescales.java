package org.duly.timescales;

import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.duly.timescales.annotations.CheckReturnValue;
import org.duly.timescales.period.Age;
import org.duly.timescales.period.DayPeriod;
import org.duly.timescales.period.Days;
import org.duly.timescales.period.Period;

/**
 * The timescale DSL: statutory timescales written as the booklet writes them. Import it statically
 * with the periods of {@link org.duly.timescales.period.Periods}:
 *
 * <pre>{@code
 * import static org.duly.timescales.Timescales.*;
 * import static org.duly.timescales.period.Periods.*;
 *
 * Deadline icpc = within(workingDays(15)).of(STRATEGY_DISCUSSION.where(INITIATED_SECTION_47));
 * Recurrence reviews = first(within(workingDays(20)).of(BECAME_LOOKED_AFTER))
 *     .then(within(months(3)).ofPrevious())
 *     .thenEvery(months(6))
 *     .until(CEASED_LOOKED_AFTER);
 * }</pre>
 *
 * <p>Every method returns either a finished {@link Timescale}, or a clause that only offers the
 * words that may come next: a half-written timescale does not compile. See the package
 * documentation for the grammar.
 */
@CheckReturnValue
public final class Timescales {

    private Timescales() {
    }

    // ---- Deadlines ---------------------------------------------------------------------------------------------

    /**
     * Starts "within P of ...": due a period after an anchor, or after the previous occurrence of a
     * recurring obligation.
     *
     * <p>Example:
     * <pre>{@code
     * Deadline icpc = within(workingDays(15)).of(STRATEGY_DISCUSSION);
     * assertThat(icpc.inWords()).isEqualTo("within 15 working days of the strategy discussion");
     * }</pre>
     *
     * @param period the period: working days, days, weeks, months, years or hours
     * @return the clause, waiting for what it counts from
     */
    public static WithinClause within(Period period) {
        return new WithinClause(period);
    }

    /**
     * Starts "at the latest P after ...": due a period after an anchor, and met by anything done
     * before then, even before the anchor itself.
     *
     * <p>Example:
     * <pre>{@code
     * Deadline book = atTheLatest(workingDays(10)).after(ADOPTION_ORDER);
     * assertThat(book.inWords()).isEqualTo("at the latest 10 working days after the adoption order");
     * }</pre>
     *
     * @param period the period, counted in days
     * @return the clause, waiting for what it counts from
     */
    public static AtTheLatestClause atTheLatest(DayPeriod period) {
        return new AtTheLatestClause(period);
    }

    /**
     * Starts "ideally D1, and D2 at the latest": an ideal deadline and a limit counted from
     * different anchors.
     *
     * <p>Example:
     * <pre>{@code
     * Deadline pathwayPlan = ideally(by(birthday(16, DATE_OF_BIRTH))).atTheLatest(within(months(3)).of(dateOf(DATE_BECAME_ELIGIBLE)));
     * }</pre>
     *
     * @param target the ideal deadline
     * @return the clause, waiting for the limit
     */
    public static IdeallyDeadlineClause ideally(Deadline target) {
        return new IdeallyDeadlineClause(target);
    }

    /**
     * Starts "at least P before ...": due a period before an anchor, not counting the anchor's day.
     *
     * <p>Example:
     * <pre>{@code
     * Deadline report = atLeast(workingDays(2)).before(CONFERENCE_HELD);
     * assertThat(report.inWords()).isEqualTo("at least 2 working days before the child protection conference");
     * }</pre>
     *
     * @param period the period, counted in days
     * @return the clause, waiting for what it counts back from
     */
    public static AtLeastClause atLeast(DayPeriod period) {
        return new AtLeastClause(period);
    }

    /**
     * Starts "between P1 and P2 after ...": a window that opens one period after an anchor and closes
     * a longer period after it.
     *
     * <p>Example:
     * <pre>{@code
     * Deadline window = between(weeks(2)).and(weeks(4)).after(REFERRAL);
     * assertThat(window.inWords()).isEqualTo("between 2 weeks and 4 weeks after the referral");
     * }</pre>
     *
     * @param opens when the window opens
     * @return the clause, waiting for when it closes
     */
    public static BetweenClause between(DayPeriod opens) {
        return new BetweenClause(opens);
    }

    /**
     * Starts "between day A and day B": a window in numbered days, where the anchor's own date is
     * day 1, as the Public Law Outline numbers them.
     *
     * <p>Example:
     * <pre>{@code
     * Deadline hearing = betweenDay(12).andDay(18).countingFrom(CARE_PROCEEDINGS_ISSUED);
     * assertThat(hearing.inWords()).isEqualTo("between day 12 and day 18, counting the issue of care proceedings as day 1");
     * }</pre>
     *
     * @param firstDay the day the window opens, 1 or more
     * @return the clause, waiting for the day it closes
     */
    public static BetweenDayClause betweenDay(int firstDay) {
        return new BetweenDayClause(firstDay);
    }

    /**
     * Starts "ideally within P1 and at most within P2": a target and a limit on one obligation.
     *
     * <p>Example:
     * <pre>{@code
     * Deadline plo = ideallyWithin(weeks(16)).atMostWithin(weeks(26)).of(PRE_PROCEEDINGS_STARTED);
     * }</pre>
     *
     * @param target the ideal period
     * @return the clause, waiting for the limit
     */
    public static IdeallyClause ideallyWithin(Period target) {
        return new IdeallyClause(target);
    }

    /**
     * Starts "immediately on ...": due on the anchor's own calendar day; add
     * {@link Deadline.Immediately#orTheNextWorkingDay()} for the next working day when that day is
     * not one (see {@link Deadline.Immediately} for what each means).
     *
     * <p>Example:
     * <pre>{@code
     * Deadline stepUp = immediately().on(NEED_OR_RISK_ESCALATED);
     * assertThat(stepUp.inWords()).isEqualTo("immediately on the worker learning of escalating need or risk");
     * }</pre>
     *
     * @return the clause, waiting for the anchor
     */
    public static ImmediatelyClause immediately() {
        return new ImmediatelyClause();
    }

    /**
     * Due by an anchor's date, on time when done on the day itself: "by the 16th birthday".
     *
     * <p>Example:
     * <pre>{@code
     * Deadline record = by(birthday(16, DATE_OF_BIRTH));
     * assertThat(record.inWords()).isEqualTo("by the 16th birthday");
     * }</pre>
     *
     * @param anchor the anchor
     * @return the deadline
     */
    public static Deadline.By by(Anchor anchor) {
        return new Deadline.By(anchor);
    }

    /**
     * Due by a date set case by case, taken from the event that sets it: "as directed by the court".
     *
     * <p>Example:
     * <pre>{@code
     * Deadline direction = asDirectedBy(COURT_DIRECTION, CourtDirectionMade::dueDate);
     * assertThat(direction.inWords()).isEqualTo("by the due date set in the court direction");
     * }</pre>
     *
     * @param <O> the type of the directing occurrences
     * @param direction the event that sets the date
     * @param dueDate where the date it sets is
     * @return the deadline
     */
    public static <O> Deadline.AsDirected<O> asDirectedBy(Event<O> direction, Function<? super O, LocalDate> dueDate) {
        Objects.requireNonNull(dueDate, "dueDate");
        return new Deadline.AsDirected<>(direction, occurrence -> Optional.of(dueDate.apply(occurrence)), "the due date");
    }

    /**
     * Due by a date set case by case, where a direction may leave the date unset: such a direction cannot be computed,
     * and says what it needs, rather than being left out.
     *
     * <p>Example:
     * <pre>{@code
     * Deadline first = asDirectedBy(FAMILY_TIME_DIRECTED, "the date of the first session", FamilyTimeDirected::firstSessionDue);
     * assertThat(first.inWords()).isEqualTo("by the date of the first session set in the family time direction");
     * }</pre>
     *
     * @param <O> the type of the directing occurrences
     * @param direction the event that sets the date
     * @param dateWords the date in words, for a direction that sets none
     * @param dueDate where the date it sets is; empty when it sets none
     * @return the deadline
     */
    public static <O> Deadline.AsDirected<O> asDirectedBy(Event<O> direction, String dateWords,
            Function<? super O, Optional<LocalDate>> dueDate) {
        return new Deadline.AsDirected<>(direction, dueDate, dateWords);
    }

    /**
     * An interval for a recurrence set case by case, read on the date of the previous occurrence (as the direction in
     * force then sets it); where none is set, the recurrence ends with the occurrence before.
     *
     * <p>Example:
     * <pre>{@code
     * Recurrence sessions = first(asDirectedBy(FAMILY_TIME_DIRECTED, "the date of the first session", FamilyTimeDirected::firstSessionDue))
     *     .thenEvery(intervalSetBy("as often as the direction sets", (date, facts) -> java.util.Optional.of(days(7))));
     * assertThat(sessions.inWords())
     *     .isEqualTo("first by the date of the first session set in the family time direction, then as often as the"
     *         + " direction sets");
     * }</pre>
     *
     * @param words the interval in words, as it follows "then": "as often as the direction in force sets"
     * @param period the period set on a date, empty when none is set
     * @return the interval
     */
    public static Interval intervalSetBy(String words, java.util.function.BiFunction<LocalDate, Facts, Optional<Period>> period) {
        return new Interval.SetBy(words, period, Reads.none());
    }

    /**
     * An interval for a recurrence set case by case, with what it reads of the case to set it ({@link Reads}): the
     * records it asks for (the directions made), so that they can be said outside the interval.
     *
     * <p>Example:
     * <pre>{@code
     * Interval sessions = intervalSetBy("as often as the direction sets", Reads.of(FamilyTimeDirected.class),
     *     (date, facts) -> facts.occurrences(FamilyTimeDirected.class).stream().filter(made -> !made.date().isAfter(date))
     *         .reduce((earlier, later) -> later).flatMap(FamilyTimeDirected::intervalDays).map(days -> days(days)));
     * assertThat(sessions.reads().occurrences()).containsExactly(FamilyTimeDirected.class);
     * }</pre>
     *
     * @param words the interval in words, as it follows "then": "as often as the direction in force sets"
     * @param reads what the period reads of the case
     * @param period the period set on a date, empty when none is set
     * @return the interval
     */
    public static Interval intervalSetBy(String words, Reads reads,
            java.util.function.BiFunction<LocalDate, Facts, Optional<Period>> period) {
        return new Interval.SetBy(words, period, reads);
    }

    /**
     * The sooner of two deadlines: "within 1 month of the birth or within 3 months of the initial
     * conference, whichever is sooner". While one has nothing to count from yet, the other applies
     * and the explanation says the date may still come sooner.
     *
     * <p>Example:
     * <pre>{@code
     * Deadline review = soonerOf(within(months(1)).of(BIRTH), within(months(3)).of(CONFERENCE_HELD));
     * }</pre>
     *
     * @param first one deadline
     * @param second the other
     * @return the deadline
     */
    public static Deadline.WhicheverIs soonerOf(Deadline first, Deadline second) {
        return new Deadline.WhicheverIs(true, first, second);
    }

    /**
     * Of two deadlines counted from anchors a case has only one of (a worker starts in post in one
     * role), the one that applies: "within 2 weeks of starting as a newly qualified social worker or
     * within 1 month of starting as a social worker, whichever applies". Counted as the sooner of the
     * two, which is the one with something to count from; say it this way only when the anchors
     * exclude each other.
     *
     * <p>Example:
     * <pre>{@code
     * Condition<StartedInPost> asNewlyQualified = Condition.of("as a newly qualified social worker",
     *     started -> started.role() == WorkerRole.NEWLY_QUALIFIED_SOCIAL_WORKER);
     * Condition<StartedInPost> asASocialWorker = Condition.of("as a social worker",
     *     started -> started.role() == WorkerRole.SOCIAL_WORKER);
     * Deadline firstSession = whicheverApplies(within(weeks(2)).of(STARTED_IN_POST.where(asNewlyQualified)),
     *     within(months(1)).of(STARTED_IN_POST.where(asASocialWorker)));
     * assertThat(firstSession.inWords()).isEqualTo("within 2 weeks of starting in post as a newly qualified social worker"
     *     + " or within 1 month of starting in post as a social worker, whichever applies");
     * }</pre>
     *
     * @param first one deadline
     * @param second the other
     * @return the deadline
     */
    public static Deadline.WhicheverIs whicheverApplies(Deadline first, Deadline second) {
        return new Deadline.WhicheverIs(true, first, second, true);
    }

    /**
     * The later of two deadlines.
     *
     * <p>Example:
     * <pre>{@code
     * Deadline later = laterOf(within(weeks(2)).of(REFERRAL), within(workingDays(5)).of(REFERRAL_DECISION));
     * }</pre>
     *
     * @param first one deadline
     * @param second the other
     * @return the deadline
     */
    public static Deadline.WhicheverIs laterOf(Deadline first, Deadline second) {
        return new Deadline.WhicheverIs(false, first, second);
    }

    // ---- Recurrences -------------------------------------------------------------------------------------------

    /**
     * Starts a recurrence with its first obligation: each occurrence of the deadline's anchor starts
     * a chain.
     *
     * <p>Example:
     * <pre>{@code
     * Recurrence reviews = first(within(workingDays(20)).of(BECAME_LOOKED_AFTER))
     *     .then(within(months(3)).ofPrevious())
     *     .thenEvery(months(6));
     * assertThat(reviews.inWords()).isEqualTo("first within 20 working days of becoming looked after,"
     *     + " then within 3 months, then at least every 6 months");
     * }</pre>
     *
     * @param first the first obligation
     * @return the clause, waiting for the intervals that follow
     */
    public static RecurrenceClause first(Deadline first) {
        return new RecurrenceClause(first, List.of());
    }

    /**
     * An ideal interval and a limit, for a recurrence: "ideally every 6 weeks, at least every 3 months".
     *
     * <p>Example:
     * <pre>{@code
     * Recurrence updates = first(immediately().on(REFERRAL)).thenEvery(ideally(weeks(6)).atMost(months(3)));
     * }</pre>
     *
     * @param target the ideal interval
     * @return the clause, waiting for the limit
     */
    public static IdeallyIntervalClause ideally(Period target) {
        return new IdeallyIntervalClause(target);
    }

    /**
     * An interval chosen at each occurrence by a condition on its date: "6 months when under 5,
     * otherwise 12 months".
     *
     * <p>Example:
     * <pre>{@code
     * Recurrence health = first(within(workingDays(20)).of(BECAME_LOOKED_AFTER))
     *     .thenEvery(either(months(6)).when(UNDER_FIVE).otherwise(months(12)));
     * }</pre>
     *
     * @param then the interval when the condition holds
     * @return the clause, waiting for the condition
     */
    public static EitherClause either(Period then) {
        return new EitherClause(new Interval.Of(then));
    }

    /**
     * An interval chosen by a condition, when the interval is itself ideal-and-limit or conditional.
     *
     * <p>Example:
     * <pre>{@code
     * Interval visits = either(ideally(weeks(4)).atMost(weeks(6))).when(HIGH_RISK_OF_EXPLOITATION).otherwise(weeks(6));
     * }</pre>
     *
     * @param then the interval when the condition holds
     * @return the clause, waiting for the condition
     */
    public static EitherClause either(Interval then) {
        return new EitherClause(then);
    }

    /**
     * Starts a fixed schedule: once in each of some months of the year, such as "each May and November".
     *
     * <p>Example:
     * <pre>{@code
     * FixedSchedule sdq = inEach(Month.MAY, Month.NOVEMBER).from(BECAME_LOOKED_AFTER);
     * assertThat(sdq.inWords()).isEqualTo("each May and November from becoming looked after");
     * }</pre>
     *
     * @param month a month
     * @param more more months
     * @return the clause, waiting for what starts the schedule
     */
    public static ScheduleClause inEach(Month month, Month... more) {
        return new ScheduleClause(EnumSet.of(month, more));
    }

    /**
     * Starts a fixed weekly schedule: once in each calendar week, Monday to Sunday.
     *
     * <p>Example:
     * <pre>{@code
     * FixedSchedule meetings = everyWeek().from(PLAN_CREATED);
     * }</pre>
     *
     * @return the clause, waiting for what starts the schedule
     */
    public static ScheduleClause everyWeek() {
        return new ScheduleClause(EnumSet.noneOf(Month.class));
    }

    // ---- Anchors -----------------------------------------------------------------------------------------------

    /**
     * The day an age in whole years is attained, from a date of birth fact: "the 16th birthday".
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(birthday(16, DATE_OF_BIRTH).inWords()).isEqualTo("the 16th birthday");
     * }</pre>
     *
     * @param years the age in years
     * @param dateOfBirth the fact that holds the date of birth
     * @return the anchor
     */
    public static Anchor birthday(int years, Fact<LocalDate> dateOfBirth) {
        return new Anchors.Birthday(Age.of(years), dateOfBirth);
    }

    /**
     * The day an age in years and months is attained: "the age of 16 years and 6 months".
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(reaching(Age.of(16, 6), DATE_OF_BIRTH).inWords()).isEqualTo("the age of 16 years and 6 months");
     * }</pre>
     *
     * @param age the age
     * @param dateOfBirth the fact that holds the date of birth
     * @return the anchor
     */
    public static Anchor reaching(Age age, Fact<LocalDate> dateOfBirth) {
        return new Anchors.Birthday(age, dateOfBirth);
    }

    /**
     * The date a fact holds, such as the expected date of delivery.
     *
     * <p>Example:
     * <pre>{@code
     * Deadline beforeTwentyEightWeeks = atLeast(weeks(12)).before(dateOf(EXPECTED_DATE_OF_DELIVERY));
     * }</pre>
     *
     * @param fact the fact
     * @return the anchor
     */
    public static Anchor dateOf(Fact<LocalDate> fact) {
        return new Anchors.DateOf(fact);
    }

    /**
     * A period after another anchor: "12 months after the notification".
     *
     * <p>Example:
     * <pre>{@code
     * Recurrence visits = first(within(days(7)).of(PRIVATE_FOSTERING_NOTIFICATION)).thenEvery(weeks(6))
     *     .until(after(months(12), PRIVATE_FOSTERING_NOTIFICATION));
     * }</pre>
     *
     * @param period the period, counted in days
     * @param anchor the anchor it counts from
     * @return the anchor
     */
    public static Anchor after(DayPeriod period, Anchor anchor) {
        return new Anchors.After(period, anchor);
    }

    /**
     * Any of several anchors: every date any of them gives, in date order; two on one day count once.
     *
     * <p>Example:
     * <pre>{@code
     * Anchor change = anyOf("a move or a significant change", PLACEMENT_STARTED, SIGNIFICANT_CHANGE);
     * }</pre>
     *
     * @param description the anchors in words
     * @param first one anchor
     * @param more more anchors
     * @return the anchor
     * @throws IllegalArgumentException if the words are blank
     */
    public static Anchor anyOf(String description, Anchor first, Anchor... more) {
        return anyOf(description, description, first, more);
    }

    /**
     * Any of several anchors, in words of both forms: a noun after "within 5 days of" and a clause
     * after "until" and "when" (see {@link Anchor#inWords(Anchor.Form)}).
     *
     * <p>Example:
     * <pre>{@code
     * Anchor closes = anyOf("the case closing or stepping down", "the case closes or steps down", CASE_CLOSED, STEPPED_DOWN);
     * assertThat(within(workingDays(10)).of(REFERRAL).until(closes).inWords())
     *     .isEqualTo("within 10 working days of the referral, until the case closes or steps down");
     * }</pre>
     *
     * @param description the anchors in words, as a noun: "the case closing or stepping down"
     * @param clause the anchors in words, as a clause: "the case closes or steps down"
     * @param first one anchor
     * @param more more anchors
     * @return the anchor
     * @throws IllegalArgumentException if either words are blank
     */
    public static Anchor anyOf(String description, String clause, Anchor first, Anchor... more) {
        List<Anchor> all = new java.util.ArrayList<>();
        all.add(Objects.requireNonNull(first, "first"));
        all.addAll(List.of(more));
        return new Anchors.AnyOf(description, clause, all);
    }

    // ---- Clauses: one type per grammar state -------------------------------------------------------------------

    /** "within P" waiting for "of ..." or "of the previous one". */
    public static final class WithinClause {
        private final Period period;

        private WithinClause(Period period) {
            this.period = Objects.requireNonNull(period, "period");
        }

        /**
         * Counts from an anchor.
         *
         * <p>Example:
         * <pre>{@code
         * Deadline icpc = within(workingDays(15)).of(STRATEGY_DISCUSSION);
         * }</pre>
         *
         * @param anchor what it counts from
         * @return the deadline
         */
        public Deadline.Within of(Anchor anchor) {
            return new Deadline.Within(period, anchor);
        }

        /**
         * Counts from an anchor, not counting its own day: a window from the day after the anchor to the
         * period after it, "within 6 weeks after the child was seen". Work on the anchor's own day does not
         * meet it.
         *
         * <p>Example:
         * <pre>{@code
         * Deadline nextVisit = within(weeks(6)).after(VISIT);
         * assertThat(nextVisit.inWords()).isEqualTo("within 6 weeks after the visit");
         * }</pre>
         *
         * @param anchor what it counts from
         * @return the deadline
         * @throws IllegalArgumentException if the period is not counted in days (hours)
         */
        public Deadline.Between after(Anchor anchor) {
            if (!(period instanceof DayPeriod closes)) {
                throw new IllegalArgumentException("a window after an anchor is counted in days, not " + period.inWords());
            }
            return new Deadline.Between(new Days(1), closes, anchor, false);
        }

        /**
         * Counts from the previous occurrence of a recurring obligation.
         *
         * <p>Example:
         * <pre>{@code
         * first(within(workingDays(20)).of(BECAME_LOOKED_AFTER)).then(within(months(3)).ofPrevious());
         * }</pre>
         *
         * @return the interval
         */
        public Interval ofPrevious() {
            return new Interval.Of(period);
        }
    }

    /** "at the latest P" waiting for "after ...". */
    public static final class AtTheLatestClause {
        private final DayPeriod period;

        private AtTheLatestClause(DayPeriod period) {
            this.period = Objects.requireNonNull(period, "period");
        }

        /**
         * Counts from an anchor.
         *
         * <p>Example:
         * <pre>{@code
         * Deadline letter = atTheLatest(workingDays(10)).after(ADOPTION_ORDER);
         * }</pre>
         *
         * @param anchor what it counts from
         * @return the deadline
         */
        public Deadline.AtTheLatest after(Anchor anchor) {
            return new Deadline.AtTheLatest(period, anchor);
        }
    }

    /** "ideally D1" waiting for "and D2 at the latest". */
    public static final class IdeallyDeadlineClause {
        private final Deadline target;

        private IdeallyDeadlineClause(Deadline target) {
            this.target = Objects.requireNonNull(target, "target");
        }

        /**
         * The limit.
         *
         * <p>Example:
         * <pre>{@code
         * ideally(by(birthday(16, DATE_OF_BIRTH))).atTheLatest(within(months(3)).of(dateOf(DATE_BECAME_ELIGIBLE)));
         * }</pre>
         *
         * @param limit the deadline at the latest
         * @return the deadline
         */
        public Deadline.TargetAndLimit atTheLatest(Deadline limit) {
            return new Deadline.TargetAndLimit(target, limit);
        }
    }

    /** "at least P" waiting for "before ...". */
    public static final class AtLeastClause {
        private final DayPeriod period;

        private AtLeastClause(DayPeriod period) {
            this.period = Objects.requireNonNull(period, "period");
        }

        /**
         * Counts back from an anchor.
         *
         * <p>Example:
         * <pre>{@code
         * Deadline referral = atLeast(months(1)).before(birthday(16, DATE_OF_BIRTH));
         * }</pre>
         *
         * @param anchor what it counts back from
         * @return the deadline
         */
        public Deadline.AtLeastBefore before(Anchor anchor) {
            return new Deadline.AtLeastBefore(period, anchor);
        }
    }

    /** "between P1" waiting for "and P2". */
    public static final class BetweenClause {
        private final DayPeriod opens;

        private BetweenClause(DayPeriod opens) {
            this.opens = Objects.requireNonNull(opens, "opens");
        }

        /**
         * When the window closes.
         *
         * <p>Example:
         * <pre>{@code
         * between(weeks(2)).and(weeks(4)).after(REFERRAL);
         * }</pre>
         *
         * @param closes the period after the anchor at which it closes
         * @return the clause, waiting for the anchor
         */
        public BetweenAndClause and(DayPeriod closes) {
            return new BetweenAndClause(opens, closes);
        }
    }

    /** "between P1 and P2" waiting for "after ...". */
    public static final class BetweenAndClause {
        private final DayPeriod opens;
        private final DayPeriod closes;

        private BetweenAndClause(DayPeriod opens, DayPeriod closes) {
            this.opens = opens;
            this.closes = Objects.requireNonNull(closes, "closes");
        }

        /**
         * What the window counts from.
         *
         * <p>Example:
         * <pre>{@code
         * Deadline window = between(weeks(2)).and(weeks(4)).after(REFERRAL);
         * }</pre>
         *
         * @param anchor the anchor
         * @return the deadline
         */
        public Deadline.Between after(Anchor anchor) {
            return new Deadline.Between(opens, closes, anchor, false);
        }
    }

    /** "between day A" waiting for "and day B". */
    public static final class BetweenDayClause {
        private final int firstDay;

        private BetweenDayClause(int firstDay) {
            if (firstDay < 1) {
                throw new IllegalArgumentException("days are numbered from 1, not " + firstDay);
            }
            this.firstDay = firstDay;
        }

        /**
         * The last day of the window.
         *
         * <p>Example:
         * <pre>{@code
         * betweenDay(12).andDay(18).countingFrom(CARE_PROCEEDINGS_ISSUED);
         * }</pre>
         *
         * @param lastDay the day the window closes, not before the first
         * @return the clause, waiting for day 1
         */
        public BetweenDaysClause andDay(int lastDay) {
            if (lastDay < firstDay) {
                throw new IllegalArgumentException("the window closes on day " + lastDay + ", before it opens on day " + firstDay);
            }
            return new BetweenDaysClause(firstDay, lastDay);
        }
    }

    /** "between day A and day B" waiting for what day 1 is. */
    public static final class BetweenDaysClause {
        private final int firstDay;
        private final int lastDay;

        private BetweenDaysClause(int firstDay, int lastDay) {
            this.firstDay = firstDay;
            this.lastDay = lastDay;
        }

        /**
         * The anchor whose date is day 1.
         *
         * <p>Example:
         * <pre>{@code
         * Deadline hearing = betweenDay(12).andDay(18).countingFrom(CARE_PROCEEDINGS_ISSUED);
         * }</pre>
         *
         * @param dayOne the anchor on day 1
         * @return the deadline
         */
        public Deadline.Between countingFrom(Anchor dayOne) {
            return new Deadline.Between(new Days(firstDay - 1), new Days(lastDay - 1), dayOne, true);
        }
    }

    /** "ideally within P1" waiting for "at most within P2". */
    public static final class IdeallyClause {
        private final Period target;

        private IdeallyClause(Period target) {
            this.target = Objects.requireNonNull(target, "target");
        }

        /**
         * The limit.
         *
         * <p>Example:
         * <pre>{@code
         * ideallyWithin(weeks(16)).atMostWithin(weeks(26)).of(PRE_PROCEEDINGS_STARTED);
         * }</pre>
         *
         * @param limit the longest period allowed
         * @return the clause, waiting for the anchor
         */
        public IdeallyAtMostClause atMostWithin(Period limit) {
            return new IdeallyAtMostClause(target, limit);
        }
    }

    /** "ideally within P1 and at most within P2" waiting for "of ...". */
    public static final class IdeallyAtMostClause {
        private final Period target;
        private final Period limit;

        private IdeallyAtMostClause(Period target, Period limit) {
            this.target = target;
            this.limit = Objects.requireNonNull(limit, "limit");
        }

        /**
         * Counts both from an anchor.
         *
         * <p>Example:
         * <pre>{@code
         * Deadline plo = ideallyWithin(weeks(16)).atMostWithin(weeks(26)).of(PRE_PROCEEDINGS_STARTED);
         * }</pre>
         *
         * @param anchor what both count from
         * @return the deadline
         */
        public Deadline.IdeallyWithin of(Anchor anchor) {
            return new Deadline.IdeallyWithin(target, limit, anchor);
        }

        /**
         * Counts both from the previous occurrence of a recurring obligation.
         *
         * <p>Example:
         * <pre>{@code
         * first(immediately().on(REFERRAL)).then(ideallyWithin(weeks(6)).atMostWithin(months(3)).ofPrevious());
         * }</pre>
         *
         * @return the interval
         */
        public Interval ofPrevious() {
            return new Interval.IdeallyAtMost(target, limit);
        }
    }

    /** "immediately" waiting for "on ...". */
    public static final class ImmediatelyClause {
        private ImmediatelyClause() {
        }

        /**
         * The anchor whose day it is due on.
         *
         * <p>Example:
         * <pre>{@code
         * Deadline stepUp = immediately().on(NEED_OR_RISK_ESCALATED);
         * }</pre>
         *
         * @param anchor the anchor
         * @return the deadline
         */
        public Deadline.Immediately on(Anchor anchor) {
            return new Deadline.Immediately(anchor, false);
        }
    }

    /** A recurrence after its first obligation, waiting for its intervals. */
    public static final class RecurrenceClause {
        private final Deadline first;
        private final List<Interval> then;

        private RecurrenceClause(Deadline first, List<Interval> then) {
            this.first = Objects.requireNonNull(first, "first");
            this.then = List.copyOf(then);
        }

        /**
         * One further interval, counted from the previous occurrence.
         *
         * <p>Example:
         * <pre>{@code
         * first(within(workingDays(20)).of(BECAME_LOOKED_AFTER)).then(within(months(3)).ofPrevious());
         * }</pre>
         *
         * @param interval the interval
         * @return the clause, waiting for more intervals or the repeated one
         */
        public RecurrenceClause then(Interval interval) {
            List<Interval> more = new java.util.ArrayList<>(then);
            more.add(Objects.requireNonNull(interval, "interval"));
            return new RecurrenceClause(first, more);
        }

        /**
         * The interval repeated from then on, at the most: "then at least every 6 months".
         *
         * <p>Example:
         * <pre>{@code
         * Recurrence reviews = first(within(workingDays(20)).of(BECAME_LOOKED_AFTER)).thenEvery(months(6));
         * }</pre>
         *
         * @param period the period
         * @return the recurrence
         */
        public Recurrence thenEvery(Period period) {
            return thenEvery(new Interval.Of(period));
        }

        /**
         * The interval repeated from then on, when it is ideal-and-limit or conditional.
         *
         * <p>Example:
         * <pre>{@code
         * Recurrence updates = first(immediately().on(REFERRAL)).thenEvery(ideally(weeks(6)).atMost(months(3)));
         * }</pre>
         *
         * @param interval the interval
         * @return the recurrence
         */
        public Recurrence thenEvery(Interval interval) {
            return new Recurrence(first, then, interval, Optional.empty());
        }
    }

    /** "ideally every P1" waiting for "at most every P2". */
    public static final class IdeallyIntervalClause {
        private final Period target;

        private IdeallyIntervalClause(Period target) {
            this.target = Objects.requireNonNull(target, "target");
        }

        /**
         * The limit.
         *
         * <p>Example:
         * <pre>{@code
         * Interval updates = ideally(weeks(6)).atMost(months(3));
         * }</pre>
         *
         * @param limit the longest interval allowed
         * @return the interval
         */
        public Interval atMost(Period limit) {
            return new Interval.IdeallyAtMost(target, limit);
        }
    }

    /** "either P1" waiting for "when ...". */
    public static final class EitherClause {
        private final Interval then;

        private EitherClause(Interval then) {
            this.then = Objects.requireNonNull(then, "then");
        }

        /**
         * The condition, tested at the date of the previous occurrence.
         *
         * <p>Example:
         * <pre>{@code
         * either(months(6)).when(UNDER_FIVE).otherwise(months(12));
         * }</pre>
         *
         * @param condition the condition, in words that follow "when": "under 5"
         * @return the clause, waiting for the other interval
         */
        public EitherWhenClause when(When condition) {
            return new EitherWhenClause(then, condition);
        }
    }

    /** "either P1 when C" waiting for "otherwise P2". */
    public static final class EitherWhenClause {
        private final Interval then;
        private final When condition;

        private EitherWhenClause(Interval then, When condition) {
            this.then = then;
            this.condition = Objects.requireNonNull(condition, "condition");
        }

        /**
         * The interval when the condition does not hold.
         *
         * <p>Example:
         * <pre>{@code
         * Interval health = either(months(6)).when(UNDER_FIVE).otherwise(months(12));
         * }</pre>
         *
         * @param otherwise the period
         * @return the interval
         */
        public Interval otherwise(Period otherwise) {
            return otherwise(new Interval.Of(otherwise));
        }

        /**
         * The interval when the condition does not hold, when it is itself ideal-and-limit or conditional.
         *
         * <p>Example:
         * <pre>{@code
         * Interval supervision = either(weeks(2)).when(NEWLY_QUALIFIED).otherwise(either(months(1)).when(SOCIAL_WORKER).otherwise(weeks(6)));
         * }</pre>
         *
         * @param otherwise the interval
         * @return the interval
         */
        public Interval otherwise(Interval otherwise) {
            return new Interval.Either(condition, then, otherwise);
        }
    }

    /** A fixed schedule waiting for "from ...". */
    public static final class ScheduleClause {
        private final EnumSet<Month> months;

        private ScheduleClause(EnumSet<Month> months) {
            this.months = months;
        }

        /**
         * What starts the schedule; each occurrence starts a chain.
         *
         * <p>Example:
         * <pre>{@code
         * FixedSchedule sdq = inEach(Month.MAY, Month.NOVEMBER).from(BECAME_LOOKED_AFTER);
         * }</pre>
         *
         * @param anchor the anchor
         * @return the schedule
         */
        public FixedSchedule from(Anchor anchor) {
            return new FixedSchedule(months, anchor, Optional.empty(), Optional.empty());
        }
    }
}
