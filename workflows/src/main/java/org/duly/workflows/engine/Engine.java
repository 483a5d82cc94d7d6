package org.duly.workflows.engine;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.duly.domain.Timeline;
import org.duly.timescales.AnchorPoint;
import org.duly.timescales.CannotCompute;
import org.duly.timescales.ClockStart;
import org.duly.timescales.Closing;
import org.duly.timescales.Deadline;
import org.duly.timescales.Evaluation;
import org.duly.timescales.EvaluationContext;
import org.duly.timescales.MissingFactException;
import org.duly.timescales.Obligation;
import org.duly.timescales.Status;
import org.duly.timescales.period.DayPeriod;
import org.duly.timescales.period.LeapDayBirthdays;
import org.duly.timescales.period.Periods;
import org.duly.workflows.cases.CaseFacts;
import org.duly.workflows.policy.Applicability;
import org.duly.workflows.policy.Policy;
import org.duly.workflows.policy.Rule;
import org.duly.workflows.policy.RuleVersion;

/**
 * The engine: a subject's facts, a policy and an evaluation date in, a {@link Schedule} out. Pure
 * and thread-safe: it reads no clock, the caller says what "today" is, and the same inputs always
 * give the same schedule.
 *
 * <p>For each rule, each version is evaluated for the clocks started while it was in force. A rule
 * owes nothing until something starts its clock, and its schedule shows nothing of it: a
 * 9-year-old's schedule lists no care leaver rules. A rule whose condition does not hold has one
 * NOT_APPLICABLE entry once its clock has started on or before the evaluation date (the day of the
 * event or date it counts from; {@link org.duly.timescales.Timescale#startedBy}), so a schedule says
 * why nothing is owed where something might have been. A missing fact gives a CANNOT_COMPUTE entry
 * naming it, numbered after the occurrences of its rule that could be computed (a second missing
 * episode's entry is #2 beside the first's #1), so that no two entries share a label. A closed case owes nothing due on or after its closure; what was met, or was already
 * overdue, keeps its status.
 *
 * <p>Every rule counts working days on its policy's calendar ({@link Policy#calendar()}), with the
 * authority's closure days: the engine holds no calendar of its own, so it cannot pair a policy with
 * another authority's closures. One engine serves every policy.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Engine {

    private final DayPeriod dueSoonHorizon;
    private final LeapDayBirthdays leapDayBirthdays;
    /**
     * Whether a rule version whose evaluation would owe and say nothing is passed by unevaluated: one nothing in the
     * case can start ({@link Rule#mayStart}); one whose clocks all start after the evaluation date and whose condition,
     * judged when its clock starts, does not hold on it; and one whose clock starts on no known day and whose condition
     * does not hold on it or cannot be told. Off only to test that passing by changes no schedule.
     */
    private final boolean passesByUnstarted;

    private Engine(DayPeriod dueSoonHorizon, LeapDayBirthdays leapDayBirthdays, boolean passesByUnstarted) {
        this.dueSoonHorizon = Objects.requireNonNull(dueSoonHorizon, "dueSoonHorizon");
        this.leapDayBirthdays = Objects.requireNonNull(leapDayBirthdays, "leapDayBirthdays");
        this.passesByUnstarted = passesByUnstarted;
    }

    /**
     * An engine with the default options: due soon within 5 working days, birthdays of 29 February
     * on 1 March in a common year. The calendar is the policy's.
     *
     * <p>Example:
     * <pre>{@code
     * Schedule schedule = Engine.create().evaluate(timeline, northshirePolicy, LocalDate.parse("2024-04-01"));
     * }</pre>
     *
     * @return the engine
     */
    public static Engine create() {
        return new Engine(Periods.workingDays(5), LeapDayBirthdays.MARCH_1, true);
    }

    /**
     * The same engine with another due-soon horizon.
     *
     * <p>Example:
     * <pre>{@code
     * Engine engine = Engine.create().withDueSoonHorizon(Periods.days(14));
     * }</pre>
     *
     * @param horizon how far ahead of its due date an open obligation is due soon
     * @return the engine
     */
    public Engine withDueSoonHorizon(DayPeriod horizon) {
        return new Engine(horizon, leapDayBirthdays, passesByUnstarted);
    }

    /**
     * The same engine with another 29 February rule.
     *
     * <p>Example:
     * <pre>{@code
     * Engine engine = Engine.create().withLeapDayBirthdays(LeapDayBirthdays.FEBRUARY_28);
     * }</pre>
     *
     * @param rule when someone born on 29 February has a birthday in a common year
     * @return the engine
     */
    public Engine withLeapDayBirthdays(LeapDayBirthdays rule) {
        return new Engine(dueSoonHorizon, rule, passesByUnstarted);
    }

    /** The same engine evaluating every rule version in full: the reference that passing rules by is tested against. */
    Engine evaluatingEveryRule() {
        return new Engine(dueSoonHorizon, leapDayBirthdays, false);
    }

    /**
     * Evaluates a subject on a date, on the policy's calendar.
     *
     * <p>Example:
     * <pre>{@code
     * Schedule schedule = engine.evaluate(caseFacts, policy, LocalDate.parse("2024-04-01"));
     * }</pre>
     *
     * @param subject the subject's facts
     * @param policy the policy
     * @param asOf the evaluation date
     * @return the schedule
     */
    public Schedule evaluate(CaseFacts subject, Policy policy, LocalDate asOf) {
        Objects.requireNonNull(policy, "policy");
        return evaluate(subject, policy,
                new EvaluationContext(policy.calendar(), asOf, Optional.empty(), dueSoonHorizon, leapDayBirthdays));
    }

    /**
     * Evaluates a subject at a moment, so that rules in hours are judged to the minute.
     *
     * <p>Example:
     * <pre>{@code
     * Schedule schedule = engine.evaluate(caseFacts, policy, ZonedDateTime.of(LocalDateTime.parse("2024-03-31T09:00"), Hours.LONDON));
     * }</pre>
     *
     * @param subject the subject's facts
     * @param policy the policy
     * @param asOf the evaluation moment
     * @return the schedule
     */
    public Schedule evaluate(CaseFacts subject, Policy policy, ZonedDateTime asOf) {
        Objects.requireNonNull(policy, "policy");
        return evaluate(subject, policy,
                new EvaluationContext(policy.calendar(), asOf.toLocalDate(), Optional.of(asOf), dueSoonHorizon, leapDayBirthdays));
    }

    /**
     * Evaluates a subject's timeline on a date: what was recorded by then, against the policy. The
     * timeline is a child's case, a complaint or a worker's supervision; the policy's rules for
     * other subjects simply start no clock.
     *
     * <p>Example:
     * <pre>{@code
     * Schedule schedule = Engine.create().evaluate(timeline, policy, LocalDate.parse("2024-04-01"));
     * }</pre>
     *
     * @param timeline the subject's timeline
     * @param policy the policy
     * @param asOf the evaluation date
     * @return the schedule
     */
    public Schedule evaluate(Timeline timeline, Policy policy, LocalDate asOf) {
        return evaluate(CaseFacts.of(timeline, asOf), policy, asOf);
    }

    /**
     * Evaluates a subject's timeline at a moment, so that rules in hours are judged to the minute:
     * what was recorded by the end of that day, against the policy.
     *
     * <p>Example:
     * <pre>{@code
     * Schedule schedule = engine.evaluate(timeline, policy, ZonedDateTime.of(LocalDateTime.parse("2024-03-31T09:00"), Hours.LONDON));
     * }</pre>
     *
     * @param timeline the subject's timeline
     * @param policy the policy
     * @param asOf the evaluation moment
     * @return the schedule
     */
    public Schedule evaluate(Timeline timeline, Policy policy, ZonedDateTime asOf) {
        return evaluate(CaseFacts.of(timeline, asOf.toLocalDate()), policy, asOf);
    }

    private Schedule evaluate(CaseFacts subject, Policy policy, EvaluationContext context) {
        List<Ranked> ranked = new ArrayList<>();
        List<List<RuleVersion>> rules = policy.versionsByRule();
        boolean[] mayStart = passesByUnstarted ? policy.mayStart(subject.facts()) : null;
        int place = -1;
        for (int order = 0; order < rules.size(); order++) {
            List<RuleVersion> versions = rules.get(order);
            for (int v = 0; v < versions.size(); v++) {
                RuleVersion version = versions.get(v);
                place++;
                if (passesByUnstarted && !mayStart[place]) {
                    // Most rules start no clock in a given case: evaluating one would give nothing, and cost more than asking.
                    continue;
                }
                Optional<LocalDate> nextFrom = v + 1 < versions.size() ? versions.get(v + 1).effectiveFrom() : Optional.empty();
                boolean inForceOnAsOf = (version.effectiveFrom().isEmpty() || !version.effectiveFrom().get().isAfter(context.asOf()))
                        && (nextFrom.isEmpty() || nextFrom.get().isAfter(context.asOf()));
                evaluate(subject, version, nextFrom, inForceOnAsOf, context, order, ranked, passesByUnstarted);
            }
        }
        ranked.sort(null);
        ScheduleEntry[] entries = new ScheduleEntry[ranked.size()];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = ranked.get(i).entry();
        }
        return new Schedule(subject.subject(), policy, context.asOf(), Arrays.asList(entries));
    }

    /**
     * An entry with what orders it: by due date (none last), the rule's place in the policy, chain, occurrence. The keys
     * are taken from the obligation as the entry is made, so that sorting compares numbers, not entries' dates.
     *
     * @param due the due date's epoch day; {@link #NONE} for an entry without one
     */
    private record Ranked(long due, int order, int chain, int occurrence, ScheduleEntry entry) implements Comparable<Ranked> {
        /** Where an entry without a due date sorts: last, beside any due on LocalDate.MAX, as that date always sorted it. */
        static final long NONE = LocalDate.MAX.toEpochDay();

        Ranked(int order, Obligation obligation, ScheduleEntry entry) {
            this(obligation.due().toEpochDay(), order, obligation.chain(), obligation.occurrence(), entry);
        }

        @Override
        public int compareTo(Ranked other) {
            int byDue = Long.compare(due, other.due);
            if (byDue != 0) {
                return byDue;
            }
            int byOrder = Integer.compare(order, other.order);
            if (byOrder != 0) {
                return byOrder;
            }
            int byChain = Integer.compare(chain, other.chain);
            return byChain != 0 ? byChain : Integer.compare(occurrence, other.occurrence);
        }
    }

    private static void evaluate(CaseFacts subject, RuleVersion version, Optional<LocalDate> nextFrom, boolean inForceOnAsOf,
            EvaluationContext context, int order, List<Ranked> out, boolean passesBy) {
        Rule rule = version.rule();
        Optional<LocalDate> from = version.effectiveFrom();
        Optional<Applicability> applicability = rule.appliesWhen();
        // A rule owes nothing until something starts its clock, and its condition matters only then.
        // Asked once, and only of a rule with a condition.
        ClockStart start = applicability.isPresent() ? rule.timescale().clockStart(subject.facts(), context) : null;
        if (applicability.isPresent() && !start.started()) {
            return;
        }
        if (passesBy && applicability.isPresent() && (saysNothingYet(rule, applicability.get(), start, subject, context)
                || saysNothingWithoutAStart(rule, applicability.get(), subject, context))) {
            return;
        }
        Evaluation evaluation;
        try {
            evaluation = rule.metBy().isPresent()
                    ? rule.timescale().evaluate(subject.facts(), rule.metBy().get(), context)
                    : rule.timescale().evaluate(subject.facts(), context);
        } catch (MissingFactException missing) {
            evaluation = new Evaluation(List.of(), List.of(missing.reason()));
        }
        int added = 0;
        // The last day an occurrence was judged outside the condition: what the rule says if nothing else, in words made
        // once, as a recurrence may judge dozens of occurrences so.
        LocalDate judgedNotApplicableOn = null;
        boolean notApplicableToday = false;
        Optional<CannotCompute> unjudged = Optional.empty();
        List<Obligation> obligations = evaluation.obligations();
        for (int i = 0; i < obligations.size(); i++) {
            Obligation obligation = obligations.get(i);
            LocalDate clock = obligation.clockStartedOn();
            boolean thisVersion = (from.isEmpty() || !clock.isBefore(from.get())) && (nextFrom.isEmpty() || clock.isBefore(nextFrom.get()));
            if (!thisVersion) {
                continue;
            }
            if (applicability.isPresent()) {
                // Judged when the clock started, or when it falls due, as the rule says, so that turning 16 or a later
                // arrangement never erases an earlier miss. A day still to come is judged on what is known today.
                LocalDate judgedOn = applicability.get().judgedOn() == Applicability.JudgedOn.DUE_DATE ? obligation.due() : clock;
                boolean judgedInTheFuture = judgedOn.isAfter(context.asOf());
                try {
                    if (!applicability.get().test(judgedInTheFuture ? context.asOf() : judgedOn, subject.facts())) {
                        if (!judgedInTheFuture) {
                            judgedNotApplicableOn = judgedOn;
                        }
                        continue;
                    }
                } catch (MissingFactException missing) {
                    // The first occurrence that cannot be judged says what is missing; the rest would repeat it.
                    if (unjudged.isEmpty()) {
                        unjudged = Optional.of(missing.reason());
                        out.add(new Ranked(order, obligation, new ScheduleEntry.CannotCompute(rule, from, obligation.chain(),
                                obligation.occurrence(), Optional.of(window(obligation)), missing.reason(), Optional.empty())));
                        added++;
                    }
                    continue;
                }
            }
            Optional<Obligation> closed = closed(subject, rule, obligation, context);
            if (closed.isPresent()) {
                out.add(new Ranked(order, closed.get(), entry(rule, from, closed.get())));
                added++;
            }
        }
        if (!inForceOnAsOf) {
            return;
        }
        List<CannotCompute> reasons = evaluation.cannotCompute();
        if (!reasons.isEmpty() && applicability.isPresent() && added == 0) {
            // With no date to judge it on, a rule that does not apply today is not held up by a missing fact.
            try {
                if (!applicability.get().test(context.asOf(), subject.facts())) {
                    reasons = List.of();
                    notApplicableToday = judgedNotApplicableOn == null && start.startedBy(context.asOf());
                }
            } catch (MissingFactException missing) {
                // Neither the dates nor whether it applies can be told: said only once a clock has surely started.
                if (!start.startedBy(context.asOf())) {
                    reasons = List.of();
                }
            }
        }
        // Numbered after the occurrences that could be computed, so that no two entries of a schedule share a label.
        int occurrence = reasons.isEmpty() ? 0 : lastOfFirstChain(evaluation.obligations());
        for (CannotCompute reason : reasons) {
            occurrence++;
            out.add(new Ranked(Ranked.NONE, order, 1, occurrence, cannotCompute(rule, from, occurrence, reason)));
        }
        if (added == 0 && unjudged.isEmpty() && reasons.isEmpty() && (judgedNotApplicableOn != null || notApplicableToday)) {
            String why = judgedNotApplicableOn != null ? notApplicable(applicability.get(), judgedNotApplicableOn)
                    : "applies only " + applicability.get().description() + ": not so on " + context.asOf()
                            + ", and no date could be counted to judge it on";
            out.add(new Ranked(Ranked.NONE, order, 1, 1, new ScheduleEntry.NotApplicable(rule, from, 1, 1, why)));
        }
    }

    /**
     * Whether a rule has nothing to say yet: each occurrence would be judged on what is known today (below), and today
     * its condition does not hold. That is so where every clock starts after the evaluation date and the condition is
     * judged when a clock starts, or on each due date where no occurrence can fall due before its clock starts
     * ({@link Rule#fallsDueOnceStarted}). Each occurrence is then left out, none says the rule does not apply (none has
     * been judged on its own day), and a missing fact is not said either (nothing started by today). A condition that
     * cannot be judged today is left to the evaluation, whose occurrences say what is missing.
     */
    static boolean saysNothingYet(Rule rule, Applicability applicability, ClockStart start, CaseFacts subject,
            EvaluationContext context) {
        boolean judgedLater = start.startsAfter(context.asOf())
                && (applicability.judgedOn() == Applicability.JudgedOn.CLOCK_START || rule.fallsDueOnceStarted());
        if (!judgedLater) {
            return false;
        }
        return doesNotApplyToday(applicability, subject, context, false);
    }

    /**
     * Whether a rule whose clock starts on no known day ({@link Rule#startsOnNoKnownDay}: a young person who never became
     * eligible has no date to count from) has nothing to say: its evaluation owes nothing and can only say what is
     * missing, which is said only where the condition holds today. Where the condition does not hold today, or cannot be
     * told, nothing is said, as no clock is known to have started.
     */
    static boolean saysNothingWithoutAStart(Rule rule, Applicability applicability, CaseFacts subject, EvaluationContext context) {
        if (!rule.startsOnNoKnownDay(subject.facts(), context)) {
            return false;
        }
        return doesNotApplyToday(applicability, subject, context, true);
    }

    /** Whether a rule's condition does not hold on the evaluation date; {@code whenUnknown} when a fact it needs is missing. */
    private static boolean doesNotApplyToday(Applicability applicability, CaseFacts subject, EvaluationContext context,
            boolean whenUnknown) {
        try {
            return !applicability.test(context.asOf(), subject.facts());
        } catch (MissingFactException missing) {
            return whenUnknown;
        }
    }

    private static int lastOfFirstChain(List<Obligation> obligations) {
        int last = 0;
        for (Obligation obligation : obligations) {
            if (obligation.chain() == 1) {
                last = Math.max(last, obligation.occurrence());
            }
        }
        return last;
    }

    private static String notApplicable(Applicability applicability, LocalDate judgedOn) {
        return "applies only " + applicability.description() + ": not so on " + judgedOn
                + (applicability.judgedOn() == Applicability.JudgedOn.DUE_DATE ? ", when it fell due" : ", when its clock started");
    }

    /**
     * A case closed after an obligation's clock started ends it: work done after the closure does not
     * count; not done and already due, it is missed; not yet due, a deadline is not required and a
     * recurrence's next occurrence, only a forecast, is not listed.
     */
    private static Optional<Obligation> closed(CaseFacts subject, Rule rule, Obligation obligation, EvaluationContext context) {
        Optional<LocalDate> closure = subject.closureAfter(obligation.clockStartedOn());
        if (closure.isEmpty() || closure.get().isAfter(context.asOf())) {
            return Optional.of(obligation);
        }
        LocalDate closedOn = closure.get();
        Status status = obligation.status();
        boolean metInTime = status.isMet() && !obligation.metBy().orElseThrow().date().isAfter(closedOn);
        boolean closedEarlier = obligation.closedBy().isPresent() && !obligation.closedBy().get().by().date().isAfter(closedOn);
        if (metInTime || closedEarlier || (status == Status.CANNOT_COMPUTE && obligation.metBy().isPresent())) {
            return Optional.of(obligation);
        }
        Closing closing = new Closing(Closing.Kind.ENDED, AnchorPoint.of("the closure of the case", closedOn));
        if (obligation.due().isBefore(closedOn)) {
            return Optional.of(withStatus(obligation, Status.MISSED, closing));
        }
        if (!(rule.timescale() instanceof Deadline)) {
            return Optional.empty();
        }
        return Optional.of(withStatus(obligation, Status.NOT_REQUIRED, closing));
    }

    private static Obligation withStatus(Obligation obligation, Status status, Closing closing) {
        return new Obligation(obligation.chain(), obligation.occurrence(), obligation.clockStartedOn(), obligation.windowStart(),
                obligation.due(), obligation.dueAt(), obligation.target(), status, Optional.empty(), Optional.empty(),
                obligation.explanation(), Optional.of(closing), status == Status.MISSED ? obligation.intervalsMissed() : 0,
                obligation.shortfall());
    }

    /** The entry an obligation makes: its outcome, with what that outcome needs. */
    private static ScheduleEntry entry(Rule rule, Optional<LocalDate> from, Obligation obligation) {
        Window dates = window(obligation);
        int chain = obligation.chain();
        int occurrence = obligation.occurrence();
        return switch (obligation.status()) {
            case MET, MET_LATE -> new ScheduleEntry.Met(rule, from, chain, occurrence, dates, obligation.metBy().orElseThrow(),
                    obligation.status() == Status.MET_LATE, obligation.intervalsMissed());
            case MISSED -> new ScheduleEntry.Missed(rule, from, chain, occurrence, dates, obligation.closedBy().orElseThrow(),
                    obligation.intervalsMissed());
            case NOT_REQUIRED -> new ScheduleEntry.NotRequired(rule, from, chain, occurrence, dates, obligation.closedBy().orElseThrow());
            case CANNOT_COMPUTE -> new ScheduleEntry.CannotCompute(rule, from, chain, occurrence, Optional.of(dates),
                    obligation.cannotCompute().orElseThrow(), obligation.metBy());
            case NOT_APPLICABLE -> throw new IllegalStateException("a timescale does not judge applicability");
            default -> new ScheduleEntry.Owed(rule, from, chain, occurrence, dates, obligation.status(), obligation.intervalsMissed(),
                    obligation.shortfall());
        };
    }

    private static Window window(Obligation obligation) {
        return new Window(obligation.clockStartedOn(), obligation.windowStart(), obligation.due(), obligation.dueAt(),
                obligation.target(), obligation.explanation());
    }

    private static ScheduleEntry cannotCompute(Rule rule, Optional<LocalDate> from, int occurrence, CannotCompute reason) {
        return new ScheduleEntry.CannotCompute(rule, from, 1, occurrence, Optional.empty(), reason, Optional.empty());
    }
}
