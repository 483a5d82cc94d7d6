package org.duly.timescales;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.duly.timescales.calendar.CalendarRangeException;
import org.duly.timescales.period.DayPeriod;
import org.duly.timescales.period.Hours;
import org.duly.timescales.period.MonthEndAmbiguityException;
import org.duly.timescales.period.Period;
import org.duly.timescales.period.PeriodStep;

/**
 * Evaluates timescales: from the facts to due dates, from due dates and occurrences to obligations
 * with their statuses. Pure: the same facts and context always give the same evaluation.
 */
final class Evaluator {

    /** The most occurrences one chain of a recurrence can have: a guard, far beyond any real case. */
    private static final int MAX_OCCURRENCES = 10_000;

    private Evaluator() {
    }

    /**
     * Which occurrence dates can meet an obligation: both ends inclusive, either open (null). Asked for each record
     * against each occurrence, so it holds its dates plainly rather than in optionals.
     */
    record Range(LocalDate first, LocalDate last) {
        static Range from(LocalDate date) {
            return new Range(date, null);
        }

        static Range any() {
            return new Range(null, null);
        }

        boolean contains(LocalDate date) {
            return (first == null || !date.isBefore(first)) && (last == null || !date.isAfter(last));
        }

        /** The same range, ending no later than a day. */
        Range until(LocalDate day) {
            return new Range(first, last != null && last.isBefore(day) ? last : day);
        }

        /** The same range, starting on another day. */
        Range startingOn(LocalDate day) {
            return new Range(day, last);
        }

        Range union(Range other) {
            LocalDate start = first != null && other.first != null ? (first.isBefore(other.first) ? first : other.first) : null;
            LocalDate end = last != null && other.last != null ? (last.isAfter(other.last) ? last : other.last) : null;
            return new Range(start, end);
        }
    }

    /**
     * A due date computed for one anchor point, before anything is matched to it; {@code closing} is
     * what closes it before it is done, when something does.
     */
    record Due(AnchorPoint anchor, Optional<LocalDate> windowStart, LocalDate due, Optional<ZonedDateTime> dueAt,
            Optional<LocalDate> target, Explanation explanation, Range matching, Optional<Closing> closing) {

        Due(AnchorPoint anchor, Optional<LocalDate> windowStart, LocalDate due, Optional<ZonedDateTime> dueAt,
                Optional<LocalDate> target, Explanation explanation, Range matching) {
            this(anchor, windowStart, due, dueAt, target, explanation, matching, Optional.empty());
        }

        /** Closed by something, unless something closed it earlier: nothing done after its last day counts. */
        Due closedBy(Closing newClosing) {
            if (closing.isPresent() && !closing.get().by().date().isAfter(newClosing.by().date())) {
                return this;
            }
            return new Due(anchor, windowStart, due, dueAt, target, explanation, matching.until(newClosing.lastDay()),
                    Optional.of(newClosing));
        }

        Due withMatching(Range newMatching) {
            return new Due(anchor, windowStart, due, dueAt, target, explanation, newMatching, closing);
        }

        Due withDue(LocalDate newDue, Optional<ZonedDateTime> newDueAt, Explanation newExplanation) {
            return new Due(anchor, windowStart, newDue, newDueAt, target, newExplanation, matching, closing);
        }
    }

    /** A period counted from an anchor point. */
    private record Counted(LocalDate date, Optional<ZonedDateTime> at, Explanation explanation) {
    }

    /** An occurrence that could meet an obligation. */
    private record Candidate(Object occurrence, LocalDate date, Optional<LocalDateTime> dateTime, String description) {
    }

    /** A candidate matched to an obligation, with how it was matched where that needs saying. */
    private record Match(Candidate candidate, Optional<String> how) {
        LocalDate date() {
            return candidate.date();
        }

        MetBy metBy() {
            return new MetBy(candidate.description(), candidate.date(), candidate.dateTime(), candidate.occurrence(), how);
        }
    }

    /** An evaluation with nothing owed: nothing started the clock. */
    private static final Evaluation NOTHING = new Evaluation(List.of(), List.of());

    static Evaluation evaluate(Timescale timescale, Facts facts, Optional<Fulfilment<?>> fulfilment, EvaluationContext context) {
        // Most timescales owe nothing in most cases: the candidates are read only once a clock has started.
        if (timescale instanceof Deadline deadline) {
            return deadline(deadline, facts, fulfilment, context);
        }
        if (timescale instanceof Recurrence recurrence) {
            return recurrence(recurrence, facts, fulfilment, context);
        }
        return schedule((FixedSchedule) timescale, facts, fulfilment, context);
    }

    /** A start whose date cannot be known: a date it counts from is missing. Compared by identity. */
    private static final LocalDate UNKNOWN = LocalDate.MIN;

    static ClockStart clockStart(Timescale timescale, Facts facts, EvaluationContext context) {
        LocalDate first = firstStart(timescale, facts, context);
        if (first == null) {
            return ClockStart.notStarted();
        }
        return first == UNKNOWN ? ClockStart.onAnUnknownDay() : ClockStart.on(first);
    }

    static boolean fallsDueOnceStarted(Timescale timescale, Optional<Fulfilment<?>> fulfilment) {
        if (timescale instanceof Recurrence recurrence) {
            // A record before the first occurrence's clock could meet it and start the next one's count early.
            return fulfilment.flatMap(Fulfilment::lookBack).isEmpty() && countsForward(recurrence.first(), true);
        }
        return timescale instanceof Deadline deadline && countsForward(deadline, false);
    }

    /**
     * Whether a deadline's every due date is counted forwards (periods are never negative) from one of its anchor points,
     * and, where asked, whether only what happens on or after such a point can meet it.
     */
    private static boolean countsForward(Deadline deadline, boolean metOnlyFromItsStart) {
        if (deadline instanceof Deadline.Within || deadline instanceof Deadline.IdeallyWithin
                || deadline instanceof Deadline.Immediately || deadline instanceof Deadline.Between) {
            return true;
        }
        if (deadline instanceof Deadline.AtTheLatest || deadline instanceof Deadline.By) {
            // Work done any time before, or before the day, can meet these.
            return !metOnlyFromItsStart;
        }
        if (deadline instanceof Deadline.Until until) {
            return countsForward(until.deadline(), metOnlyFromItsStart);
        }
        if (deadline instanceof Deadline.Discharged discharged) {
            return countsForward(discharged.deadline(), metOnlyFromItsStart);
        }
        if (deadline instanceof Deadline.Superseded superseded) {
            return countsForward(superseded.deadline(), metOnlyFromItsStart);
        }
        if (deadline instanceof Deadline.WhicheverIs choice) {
            return countsForward(choice.first(), metOnlyFromItsStart) && countsForward(choice.second(), metOnlyFromItsStart);
        }
        if (deadline instanceof Deadline.TargetAndLimit targetAndLimit) {
            return countsForward(targetAndLimit.target(), metOnlyFromItsStart)
                    && countsForward(targetAndLimit.limit(), metOnlyFromItsStart);
        }
        // Before a date, as directed, or extended to an agreed date: a due date may come before any clock starts.
        return false;
    }

    /** The first day a clock starts, {@link #UNKNOWN} when only a missing fact could tell, null when nothing starts one. */
    private static LocalDate firstStart(Timescale timescale, Facts facts, EvaluationContext context) {
        try {
            return firstStartIn(timescale, facts, context);
        } catch (MissingFactException missing) {
            return UNKNOWN;
        }
    }

    private static LocalDate firstStartIn(Timescale timescale, Facts facts, EvaluationContext context) {
        if (timescale instanceof Recurrence recurrence) {
            return firstStartIn(recurrence.first(), facts, context);
        }
        if (timescale instanceof FixedSchedule schedule) {
            return firstStart(schedule.from(), facts, context);
        }
        if (timescale instanceof Deadline.TargetAndLimit targetAndLimit) {
            // The limit decides what is owed, but the target's anchor starts the clock too: "ideally by 16".
            return earlier(firstStartIn(targetAndLimit.target(), facts, context), firstStartIn(targetAndLimit.limit(), facts, context));
        }
        if (timescale instanceof Deadline.Until until) {
            return firstStartIn(until.deadline(), facts, context);
        }
        if (timescale instanceof Deadline.Discharged discharged) {
            return firstStartIn(discharged.deadline(), facts, context);
        }
        if (timescale instanceof Deadline.Superseded superseded) {
            return firstStartIn(superseded.deadline(), facts, context);
        }
        if (timescale instanceof Deadline.Extended<?> extended) {
            return firstStartIn(extended.deadline(), facts, context);
        }
        if (timescale instanceof Deadline.WhicheverIs choice) {
            return earlier(firstStartIn(choice.first(), facts, context), firstStartIn(choice.second(), facts, context));
        }
        if (timescale instanceof Deadline.AsDirected<?> directed) {
            return firstDate(directed.direction(), facts);
        }
        return firstStart(anchorOf((Deadline) timescale), facts, context);
    }

    /** The earlier of two starts, a known one before an unknown one. */
    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null || a == UNKNOWN) {
            return b == null ? a : b;
        }
        if (b == null || b == UNKNOWN) {
            return a;
        }
        return a.isAfter(b) ? b : a;
    }

    private static <O> LocalDate firstDate(Event<O> event, Facts facts) {
        Dated<O> selected = event.selected(facts);
        return selected.isEmpty() ? null : selected.date(0);
    }

    private static LocalDate firstStart(Anchor anchor, Facts facts, EvaluationContext context) {
        if (anchor instanceof Event<?> event) {
            return firstDate(event, facts);
        }
        if (anchor instanceof Anchors.AnyOf anyOf) {
            // As resolving does, but without listing: a missing fact in any of them leaves the start unknown.
            LocalDate first = null;
            for (Anchor each : anyOf.anchors()) {
                LocalDate start = firstStart(each, facts, context);
                if (start == UNKNOWN) {
                    return UNKNOWN;
                }
                first = earlier(first, start);
            }
            return first;
        }
        Either<CannotCompute, List<AnchorPoint>> points;
        try {
            points = Anchors.resolve(anchor, facts, context);
        } catch (MissingFactException missing) {
            return UNKNOWN;
        }
        if (points.isLeft()) {
            return UNKNOWN;
        }
        // Anchor points come in date order.
        return points.get().isEmpty() ? null : points.get().get(0).date();
    }

    /**
     * What one occurrence of a deadline's anchor is called, after "the next": "referral" for "the
     * referral"; "one" where the deadline counts from more than one anchor.
     */
    static String anchorNoun(Deadline deadline) {
        Anchor anchor = anchorOrNull(deadline);
        if (anchor instanceof Event<?> event) {
            String words = event.occurrenceWords();
            return words.startsWith("the ") ? words.substring(4) : words;
        }
        return anchor == null ? "one" : "of " + anchor.inWords();
    }

    private static Anchor anchorOrNull(Deadline deadline) {
        if (deadline instanceof Deadline.Until until) {
            return anchorOrNull(until.deadline());
        }
        if (deadline instanceof Deadline.Discharged discharged) {
            return anchorOrNull(discharged.deadline());
        }
        if (deadline instanceof Deadline.Superseded superseded) {
            return anchorOrNull(superseded.deadline());
        }
        if (deadline instanceof Deadline.Extended<?> extended) {
            return anchorOrNull(extended.deadline());
        }
        if (deadline instanceof Deadline.AsDirected<?> directed) {
            return directed.direction();
        }
        if (deadline instanceof Deadline.WhicheverIs || deadline instanceof Deadline.TargetAndLimit) {
            return null;
        }
        return anchorOf(deadline);
    }

    /** The anchor of a deadline that counts from one: not a combination, an end, an outcome, an extension or a direction. */
    static Anchor anchorOf(Deadline deadline) {
        if (deadline instanceof Deadline.Within within) {
            return within.anchor();
        }
        if (deadline instanceof Deadline.AtTheLatest atTheLatest) {
            return atTheLatest.anchor();
        }
        if (deadline instanceof Deadline.AtLeastBefore before) {
            return before.anchor();
        }
        if (deadline instanceof Deadline.Between between) {
            return between.anchor();
        }
        if (deadline instanceof Deadline.IdeallyWithin ideally) {
            return ideally.anchor();
        }
        if (deadline instanceof Deadline.Immediately immediately) {
            return immediately.anchor();
        }
        return ((Deadline.By) deadline).anchor();
    }

    private static List<Candidate> candidates(Optional<Fulfilment<?>> fulfilment, Facts facts) {
        return fulfilment.isPresent() ? candidates(fulfilment.get(), facts) : List.of();
    }

    private static <F> List<Candidate> candidates(Fulfilment<F> fulfilment, Facts facts) {
        Event<F> event = fulfilment.event();
        if (event.matched(facts).isEmpty()) {
            return List.of();
        }
        return facts.remembered(event.candidatesKey, () -> candidatesNow(event, event.selected(facts)));
    }

    private static <F> List<Candidate> candidatesNow(Event<F> event, Dated<F> selected) {
        if (selected.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>(selected.size());
        for (int i = 0; i < selected.size(); i++) {
            candidates.add(new Candidate(selected.occurrence(i), selected.date(i), selected.dateTime(i), event.occurrenceWords()));
        }
        return Collections.unmodifiableList(candidates);
    }

    /** Whether a link lets a candidate meet the occurrence its anchor started: always, without a link. */
    private static boolean linked(Optional<Link> link, AnchorPoint anchor, Candidate candidate) {
        return link.isEmpty() || anchor.source().isEmpty() || link.get().allows(anchor.source().get(), candidate.occurrence());
    }

    private static Optional<Link> linkOf(Optional<Fulfilment<?>> fulfilment) {
        return fulfilment.flatMap(Fulfilment::link);
    }

    // ---- Deadlines -------------------------------------------------------------------------------------------

    private static Evaluation deadline(Deadline deadline, Facts facts, Optional<Fulfilment<?>> fulfilment,
            EvaluationContext context) {
        List<Either<CannotCompute, Due>> dues = dues(deadline, facts, context);
        if (dues.isEmpty()) {
            return NOTHING;
        }
        List<Due> known = new ArrayList<>(dues.size());
        List<CannotCompute> cannotCompute = new ArrayList<>();
        for (Either<CannotCompute, Due> each : dues) {
            each.peek(known::add).orElseRun(cannotCompute::add);
        }
        known = withLookBack(known, fulfilment, context);
        Match[] matches = assign(known, candidates(fulfilment, facts), fulfilment);
        List<Obligation> obligations = new ArrayList<>(known.size());
        for (int i = 0; i < known.size(); i++) {
            Due due = known.get(i);
            Obligation obligation = obligation(1, i + 1, due.anchor().date(), due, Optional.ofNullable(matches[i]), context, 0);
            obligations.add(matches[i] == null ? withShortfall(obligation, due, fulfilment, facts, context) : obligation);
        }
        return new Evaluation(obligations, cannotCompute);
    }

    /**
     * An occurrence not met, with how far the records in its window fell short, where the fulfilment says:
     * the work was recorded, but not enough of it to meet the rule.
     */
    private static Obligation withShortfall(Obligation obligation, Due due, Optional<Fulfilment<?>> fulfilment, Facts facts,
            EvaluationContext context) {
        if (fulfilment.isEmpty() || fulfilment.get().shortfall().isEmpty()) {
            return obligation;
        }
        List<String> shortfalls = shortfalls(fulfilment.get(), due, facts, context);
        if (shortfalls.isEmpty()) {
            return obligation;
        }
        return new Obligation(obligation.chain(), obligation.occurrence(), obligation.clockStartedOn(), obligation.windowStart(),
                obligation.due(), obligation.dueAt(), obligation.target(), obligation.status(), obligation.metBy(),
                obligation.cannotCompute(), obligation.explanation(), obligation.closedBy(), obligation.intervalsMissed(),
                Optional.of(String.join("; ", shortfalls)));
    }

    private static <F> List<String> shortfalls(Fulfilment<F> fulfilment, Due due, Facts facts, EvaluationContext context) {
        Event<F> event = fulfilment.event();
        Function<? super F, Optional<String>> howFarShort = fulfilment.shortfall().orElseThrow();
        Optional<Link> link = fulfilment.link();
        List<String> shortfalls = new ArrayList<>(1);
        for (F record : facts.occurrences(event.type())) {
            LocalDate date = event.dateOf(record);
            if (date.isAfter(context.asOf()) || !due.matching().contains(date)
                    || !linked(link, due.anchor(), new Candidate(record, date, Optional.empty(), ""))) {
                continue;
            }
            howFarShort.apply(record).ifPresent(words -> shortfalls.add("the record on " + date + " fell short: " + words));
        }
        return shortfalls;
    }

    /**
     * Gives each record to the occurrence it meets: the most recent open occurrence whose window
     * contains its date (and, with a link, that carries the same id), or, where the fulfilment says
     * so, every open occurrence whose window contains it. Records are taken in date order, so an
     * occurrence is met by the first record that can meet it.
     */
    private static Match[] assign(List<Due> dues, List<Candidate> candidates, Optional<Fulfilment<?>> fulfilment) {
        Match[] matches = new Match[dues.size()];
        if (candidates.isEmpty()) {
            return matches;
        }
        Optional<Link> link = linkOf(fulfilment);
        boolean coversAll = fulfilment.map(Fulfilment::coversEveryOpenOccurrence).orElse(false);
        for (Candidate candidate : candidates) {
            int best = -1;
            for (int i = 0; i < dues.size(); i++) {
                Due due = dues.get(i);
                if (matches[i] != null || !due.matching().contains(candidate.date()) || !linked(link, due.anchor(), candidate)) {
                    continue;
                }
                if (coversAll) {
                    matches[i] = new Match(candidate, how(due, candidate, fulfilment));
                } else if (best < 0 || !due.anchor().date().isBefore(dues.get(best).anchor().date())) {
                    best = i;
                }
            }
            if (best >= 0) {
                matches[best] = new Match(candidate, how(dues.get(best), candidate, fulfilment));
            }
        }
        return matches;
    }

    /** How a record was matched, where that needs saying: by its id, or before the clock started. */
    private static Optional<String> how(Due due, Candidate candidate, Optional<Fulfilment<?>> fulfilment) {
        List<String> how = new ArrayList<>(2);
        Optional<Link> link = linkOf(fulfilment);
        if (link.isPresent() && due.anchor().source().isPresent()
                && link.get().idOf(due.anchor().source().get()).isPresent() && link.get().idOf(candidate.occurrence()).isPresent()) {
            how.add(link.get().inWords());
        }
        if (candidate.date().isBefore(due.anchor().date()) && fulfilment.flatMap(Fulfilment::lookBack).isPresent()) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(candidate.date(), due.anchor().date());
            how.add(days + (days == 1 ? " day" : " days") + " before the clock started on " + due.anchor().date()
                    + ", within the " + fulfilment.get().lookBack().get().inWords() + " allowed before it");
        }
        return how.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", how));
    }

    /**
     * Opens each occurrence's matching range a period before its anchor, where the fulfilment looks
     * back: never back to the previous occurrence's anchor (of the same id), nor to the day it was closed.
     */
    private static List<Due> withLookBack(List<Due> dues, Optional<Fulfilment<?>> fulfilment, EvaluationContext context) {
        Optional<DayPeriod> lookBack = fulfilment.flatMap(Fulfilment::lookBack);
        if (lookBack.isEmpty() || dues.isEmpty()) {
            return dues;
        }
        Optional<Link> link = linkOf(fulfilment);
        List<Due> result = new ArrayList<>(dues.size());
        for (int i = 0; i < dues.size(); i++) {
            Due due = dues.get(i);
            LocalDate from = due.matching().first();
            if (from == null || !from.equals(due.anchor().date()) || !due.anchor().source().isPresent()) {
                result.add(due);
                continue;
            }
            LocalDate earliest;
            try {
                earliest = lookBack.get().subtractFrom(due.anchor().date(), context.calendar()).result();
            } catch (CalendarRangeException | MonthEndAmbiguityException outside) {
                result.add(due);
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Due previous = dues.get(j);
                if (!sameThing(link, previous.anchor(), due.anchor())) {
                    continue;
                }
                LocalDate floor = previous.anchor().date().plusDays(1);
                if (previous.closing().isPresent() && !previous.closing().get().by().date().isAfter(due.anchor().date())) {
                    LocalDate closed = previous.closing().get().by().date().plusDays(1);
                    floor = closed.isAfter(floor) ? closed : floor;
                }
                earliest = floor.isAfter(earliest) ? floor : earliest;
                break;
            }
            result.add(earliest.isBefore(from) ? due.withMatching(due.matching().startingOn(earliest)) : due);
        }
        return result;
    }

    /** Whether two anchor occurrences are of the same thing: with a link, the same id or both without one. */
    private static boolean sameThing(Optional<Link> link, AnchorPoint one, AnchorPoint other) {
        if (link.isEmpty()) {
            return true;
        }
        return link.get().idOf(one.source().orElse(null)).equals(link.get().idOf(other.source().orElse(null)));
    }

    /** The due dates a deadline gives, one per anchor point, or what is missing. */
    static List<Either<CannotCompute, Due>> dues(Deadline deadline, Facts facts, EvaluationContext context) {
        if (deadline instanceof Deadline.Within within) {
            return perPoint(within.anchor(), facts, context, (point, previous) -> count(within.period(), point, false, context)
                    .map(counted -> new Due(point, Optional.of(point.date()), counted.date(), counted.at(), Optional.empty(),
                            counted.explanation(), Range.from(point.date()))));
        }
        if (deadline instanceof Deadline.AtLeastBefore before) {
            return perPoint(before.anchor(), facts, context, (point, previous) -> count(before.period(), point, true, context)
                    .map(counted -> new Due(point, Optional.empty(), counted.date(), Optional.empty(), Optional.empty(),
                            counted.explanation(), beforeRange(before.anchor(), point, previous))));
        }
        if (deadline instanceof Deadline.Between between) {
            return perPoint(between.anchor(), facts, context, (point, previous) -> count(between.opens(), point, false, context)
                    .flatMap(opens -> count(between.closes(), point, false, context).map(closes -> new Due(point,
                            Optional.of(opens.date()), closes.date(), closes.at(), Optional.empty(),
                            new Explanation.Window(opens.explanation(), closes.explanation(),
                                    between.numberedDays() ? Optional.of(between.dayNumbering()) : Optional.empty()),
                            // Work done before the window opens does not meet it.
                            Range.from(opens.date())))));
        }
        if (deadline instanceof Deadline.IdeallyWithin ideally) {
            return perPoint(ideally.anchor(), facts, context, (point, previous) -> ideally(ideally.target(), ideally.limit(),
                    point, context));
        }
        if (deadline instanceof Deadline.Immediately immediately) {
            return perPoint(immediately.anchor(), facts, context, (point, previous) -> immediately(immediately, point, context));
        }
        if (deadline instanceof Deadline.By by) {
            return perPoint(by.anchor(), facts, context, (point, previous) -> Either.right(new Due(point, Optional.empty(),
                    point.date(), Optional.empty(), Optional.empty(), new Explanation.OnTheDay(point, "by"),
                    beforeRange(by.anchor(), point, previous))));
        }
        if (deadline instanceof Deadline.AsDirected<?> directed) {
            return directed(directed, facts);
        }
        if (deadline instanceof Deadline.AtTheLatest atTheLatest) {
            return perPoint(atTheLatest.anchor(), facts, context, (point, previous) -> count(atTheLatest.period(), point, false, context)
                    .map(counted -> new Due(point, Optional.empty(), counted.date(), counted.at(), Optional.empty(),
                            counted.explanation(), Range.any())));
        }
        if (deadline instanceof Deadline.TargetAndLimit targetAndLimit) {
            return targetAndLimit(targetAndLimit, facts, context);
        }
        if (deadline instanceof Deadline.Until until) {
            return until(until, facts, context);
        }
        if (deadline instanceof Deadline.Discharged discharged) {
            return discharged(discharged, facts, context);
        }
        if (deadline instanceof Deadline.Superseded superseded) {
            return superseded(superseded, facts, context);
        }
        if (deadline instanceof Deadline.Extended<?> extended) {
            return extended(extended, facts, context);
        }
        return whicheverIs((Deadline.WhicheverIs) deadline, facts, context);
    }

    /** Work due before an event and done after it does not count for it; before a date known in advance, it can be late. */
    private static Range beforeRange(Anchor anchor, AnchorPoint point, Optional<AnchorPoint> previous) {
        if (!anchor.happens()) {
            return Range.any();
        }
        return new Range(previous.isPresent() ? previous.get().date().plusDays(1) : null, point.date());
    }

    /** "Immediately": the anchor's day, or, when the rule says so and that day is not a working day, the next working day. */
    private static Either<CannotCompute, Due> immediately(Deadline.Immediately immediately, AnchorPoint point, EvaluationContext context) {
        LocalDate day = point.date();
        Optional<LocalDate> next;
        try {
            next = immediately.nextWorkingDay() && !context.calendar().isWorkingDay(day)
                    ? Optional.of(context.calendar().nextWorkingDayOrSame(day)) : Optional.empty();
        } catch (CalendarRangeException outside) {
            return Either.left(new CannotCompute("a working-day calendar that covers these dates",
                    "to find the next working day from " + point + " (" + outside.getMessage() + ")"));
        }
        return Either.right(new Due(point, Optional.of(day), next.orElse(day), Optional.empty(), Optional.empty(),
                new Explanation.OnTheDay(point, "immediately", next, context.calendar().name()), Range.from(day)));
    }

    private static <O> List<Either<CannotCompute, Due>> directed(Deadline.AsDirected<O> directed, Facts facts) {
        Event<O> direction = directed.direction();
        List<Either<CannotCompute, Due>> dues = new ArrayList<>();
        Dated<O> directions = direction.selected(facts);
        for (int i = 0; i < directions.size(); i++) {
            AnchorPoint point = direction.pointOf(directions, i);
            Optional<LocalDate> set = directed.dueDate().apply(directions.occurrence(i));
            if (set.isEmpty()) {
                // A direction that sets no date is reported, never silently dropped.
                dues.add(Either.left(new CannotCompute(directed.dateWords(), "set in " + point.description() + " on " + point.date())));
                continue;
            }
            LocalDate due = set.get();
            dues.add(Either.right(new Due(point, Optional.of(point.date()), due, Optional.empty(), Optional.empty(),
                    new Explanation.Directed(point, due), Range.from(point.date()))));
        }
        return dues;
    }

    private static List<Either<CannotCompute, Due>> whicheverIs(Deadline.WhicheverIs choice, Facts facts, EvaluationContext context) {
        List<Either<CannotCompute, Due>> first = dues(choice.first(), facts, context);
        List<Either<CannotCompute, Due>> second = dues(choice.second(), facts, context);
        List<Either<CannotCompute, Due>> result = new ArrayList<>();
        // Pair the i-th due date of each side; a side with fewer is waiting for its anchor.
        for (int i = 0; i < Math.max(first.size(), second.size()); i++) {
            Either<CannotCompute, Due> a = i < first.size() ? first.get(i) : null;
            Either<CannotCompute, Due> b = i < second.size() ? second.get(i) : null;
            if (a == null || b == null) {
                Either<CannotCompute, Due> known = a == null ? b : a;
                Deadline waiting = a == null ? choice.first() : choice.second();
                if (choice.exclusive()) {
                    // The other has nothing to count from, and never will: the one that applies is the due date, plainly.
                    result.add(known);
                    continue;
                }
                result.add(known.map(due -> withExplanation(due, new Explanation.Choice(choice.sooner(), due.explanation(),
                        Optional.empty(), Optional.of(waiting.inWords())))));
            } else if (a.isLeft()) {
                result.add(a);
            } else if (b.isLeft()) {
                result.add(b);
            } else {
                Due x = a.get();
                Due y = b.get();
                boolean firstWins = choice.sooner() ? !y.due().isBefore(x.due()) : !y.due().isAfter(x.due());
                Due chosen = firstWins ? x : y;
                Due other = firstWins ? y : x;
                Optional<LocalDate> windowStart = x.windowStart().isPresent() && y.windowStart().isPresent()
                        ? Optional.of(min(x.windowStart().get(), y.windowStart().get())) : Optional.empty();
                AnchorPoint anchor = x.anchor().date().isAfter(y.anchor().date()) ? y.anchor() : x.anchor();
                result.add(Either.right(new Due(anchor, windowStart, chosen.due(), chosen.dueAt(), chosen.target(),
                        new Explanation.Choice(choice.sooner(), chosen.explanation(), Optional.of(other.explanation()),
                                Optional.empty()),
                        x.matching().union(y.matching()))));
            }
        }
        return result;
    }

    private static List<Either<CannotCompute, Due>> until(Deadline.Until until, Facts facts, EvaluationContext context) {
        return closed(until.deadline(), until.end(), Closing.Kind.ENDED, (end, due, dues) -> true, facts, context);
    }

    private static List<Either<CannotCompute, Due>> discharged(Deadline.Discharged discharged, Facts facts, EvaluationContext context) {
        return closed(discharged.deadline(), discharged.outcome(), Closing.Kind.DISCHARGED,
                (outcome, due, dues) -> allows(discharged.link(), due.anchor(), outcome)
                        && belongsTo(outcome, due, dues, discharged.link()),
                facts, context);
    }

    /** Which point of what closes a deadline closes one of its occurrences, beyond coming on or after its clock's start. */
    private interface Closes {
        boolean test(AnchorPoint point, Due due, List<Either<CannotCompute, Due>> dues);
    }

    /**
     * A deadline's occurrences, each closed by the first point of {@code closing} on or after its clock's start that
     * {@code closes} accepts. What closes is resolved only when something is owed: a case with no date of birth owes
     * no care plan, so an end at the 18th birthday need not be known.
     */
    private static List<Either<CannotCompute, Due>> closed(Deadline deadline, Anchor closing, Closing.Kind kind, Closes closes,
            Facts facts, EvaluationContext context) {
        List<Either<CannotCompute, Due>> dues = dues(deadline, facts, context);
        if (dues.isEmpty()) {
            return dues;
        }
        Either<CannotCompute, List<AnchorPoint>> points = Anchors.resolve(closing, facts, context);
        if (points.isLeft()) {
            return List.of(Either.left(points.getLeft()));
        }
        List<Either<CannotCompute, Due>> result = new ArrayList<>(dues.size());
        for (Either<CannotCompute, Due> each : dues) {
            result.add(each.map(due -> {
                for (AnchorPoint point : points.get()) {
                    if (!point.date().isBefore(due.anchor().date()) && closes.test(point, due, dues)) {
                        return due.closedBy(new Closing(kind, point));
                    }
                }
                return due;
            }));
        }
        return result;
    }

    /**
     * Whether an outcome answers this occurrence: the one with the same id where both carry one, otherwise the most
     * recent occurrence started on or before it (DESIGN rule 2), so a decision on June's referral never discharges
     * January's unmet visit.
     */
    private static boolean belongsTo(AnchorPoint outcome, Due due, List<Either<CannotCompute, Due>> dues, Optional<Link> link) {
        if (link.isPresent() && due.anchor().source().flatMap(source -> link.get().idOf(source)).isPresent()
                && outcome.source().flatMap(source -> link.get().idOf(source)).isPresent()) {
            return true;
        }
        LocalDate latest = due.anchor().date();
        for (Either<CannotCompute, Due> other : dues) {
            if (other.isRight() && !other.get().anchor().date().isAfter(outcome.date()) && other.get().anchor().date().isAfter(latest)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allows(Optional<Link> link, AnchorPoint one, AnchorPoint other) {
        return link.isEmpty() || one.source().isEmpty() || other.source().isEmpty()
                || link.get().allows(one.source().get(), other.source().get());
    }

    private static List<Either<CannotCompute, Due>> superseded(Deadline.Superseded superseded, Facts facts, EvaluationContext context) {
        List<Either<CannotCompute, Due>> dues = dues(superseded.deadline(), facts, context);
        List<Either<CannotCompute, Due>> result = new ArrayList<>(dues.size());
        for (int i = 0; i < dues.size(); i++) {
            Either<CannotCompute, Due> each = dues.get(i);
            if (each.isLeft()) {
                result.add(each);
                continue;
            }
            Due due = each.get();
            for (int j = i + 1; j < dues.size(); j++) {
                if (dues.get(j).isRight() && sameThing(superseded.link(), due.anchor(), dues.get(j).get().anchor())
                        && !dues.get(j).get().anchor().date().isBefore(due.anchor().date())) {
                    due = due.closedBy(new Closing(Closing.Kind.SUPERSEDED, dues.get(j).get().anchor()));
                    break;
                }
            }
            result.add(Either.right(due));
        }
        return result;
    }

    private static <E> List<Either<CannotCompute, Due>> extended(Deadline.Extended<E> extended, Facts facts, EvaluationContext context) {
        List<Either<CannotCompute, Due>> dues = dues(extended.deadline(), facts, context);
        Dated<E> extensions = extended.extension().selected(facts);
        if (extensions.isEmpty()) {
            return dues;
        }
        List<Either<CannotCompute, Due>> longer = extended.longer().map(deadline -> dues(deadline, facts, context)).orElse(List.of());
        List<Either<CannotCompute, Due>> result = new ArrayList<>(dues.size());
        for (int i = 0; i < dues.size(); i++) {
            Either<CannotCompute, Due> each = dues.get(i);
            if (each.isLeft()) {
                result.add(each);
                continue;
            }
            Due due = each.get();
            Due next = i + 1 < dues.size() && dues.get(i + 1).isRight() ? dues.get(i + 1).get() : null;
            LocalDate current = due.due();
            Explanation explained = due.explanation();
            List<AnchorPoint> counted = new ArrayList<>();
            List<AnchorPoint> tooLate = new ArrayList<>();
            CannotCompute missing = null;
            for (int k = 0; k < extensions.size(); k++) {
                E extension = extensions.occurrence(k);
                AnchorPoint point = extended.extension().pointOf(extensions, k);
                // An extension belongs to the occurrence it follows, until the next one starts.
                if (point.date().isBefore(due.anchor().date()) || (next != null && !point.date().isBefore(next.anchor().date()))) {
                    continue;
                }
                if (point.date().isAfter(current)) {
                    tooLate.add(point);
                    continue;
                }
                if (extended.longer().isPresent()) {
                    if (i >= longer.size() || longer.get(i).isLeft()) {
                        // The longer deadline cannot be counted here: what it needs is reported, not guessed.
                        if (i < longer.size()) {
                            missing = longer.get(i).getLeft();
                        }
                        break;
                    }
                    Due moved = longer.get(i).get();
                    current = moved.due();
                    explained = moved.explanation();
                } else {
                    Optional<LocalDate> agreed = extended.agreedDate().get().apply(extension);
                    if (agreed.isEmpty()) {
                        continue;
                    }
                    current = agreed.get();
                    explained = new Explanation.Directed(point, current);
                }
                counted.add(point);
            }
            if (missing != null) {
                result.add(Either.left(missing));
                continue;
            }
            if (counted.isEmpty() && tooLate.isEmpty()) {
                result.add(each);
                continue;
            }
            Explanation explanation = new Explanation.Extended(due.explanation(), counted, tooLate, current, explained);
            result.add(Either.right(counted.isEmpty() ? due.withDue(due.due(), due.dueAt(), explanation)
                    : due.withDue(current, Optional.empty(), explanation)));
        }
        return result;
    }

    private static List<Either<CannotCompute, Due>> targetAndLimit(Deadline.TargetAndLimit choice, Facts facts,
            EvaluationContext context) {
        List<Either<CannotCompute, Due>> targets = dues(choice.target(), facts, context);
        List<Either<CannotCompute, Due>> limits = dues(choice.limit(), facts, context);
        List<Either<CannotCompute, Due>> result = new ArrayList<>();
        // The limit decides what is owed; the i-th target, when there is one, is reported beside it.
        for (int i = 0; i < limits.size(); i++) {
            Either<CannotCompute, Due> limit = limits.get(i);
            Either<CannotCompute, Due> target = i < targets.size() ? targets.get(i) : null;
            if (limit.isLeft() || target == null || target.isLeft()) {
                result.add(limit);
                continue;
            }
            Due latest = limit.get();
            Due ideal = target.get();
            result.add(Either.right(new Due(latest.anchor(), latest.windowStart(), latest.due(), latest.dueAt(),
                    Optional.of(ideal.due()), new Explanation.TargetAndLimit(ideal.explanation(), latest.explanation()),
                    latest.matching().union(ideal.matching()), latest.closing())));
        }
        return result;
    }

    private static Due withExplanation(Due due, Explanation explanation) {
        return new Due(due.anchor(), due.windowStart(), due.due(), due.dueAt(), due.target(), explanation, due.matching(),
                due.closing());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static List<Either<CannotCompute, Due>> perPoint(Anchor anchor, Facts facts, EvaluationContext context,
            BiFunction<AnchorPoint, Optional<AnchorPoint>, Either<CannotCompute, Due>> due) {
        Either<CannotCompute, List<AnchorPoint>> points;
        try {
            points = Anchors.resolve(anchor, facts, context);
        } catch (MissingFactException missing) {
            return List.of(Either.left(missing.reason()));
        }
        if (points.isLeft()) {
            return List.of(Either.left(points.getLeft()));
        }
        List<Either<CannotCompute, Due>> dues = new ArrayList<>();
        Optional<AnchorPoint> previous = Optional.empty();
        for (AnchorPoint point : points.get()) {
            dues.add(due.apply(point, previous));
            previous = Optional.of(point);
        }
        return dues;
    }

    private static Either<CannotCompute, Due> ideally(Period target, Period limit, AnchorPoint point, EvaluationContext context) {
        return count(target, point, false, context).flatMap(ideal -> count(limit, point, false, context).map(latest ->
                new Due(point, Optional.of(point.date()), latest.date(), latest.at(), Optional.of(ideal.date()),
                        new Explanation.TargetAndLimit(ideal.explanation(), latest.explanation()), Range.from(point.date()))));
    }

    /** Counts a period from an anchor point, or says what is missing. */
    private static Either<CannotCompute, Counted> count(Period period, AnchorPoint point, boolean backwards, EvaluationContext context) {
        if (period instanceof Hours hours) {
            if (point.dateTime().isEmpty()) {
                // The anchor was at some moment of its day: the deadline is known to within that day, which is
                // enough to judge every record but one on the deadline's own day (never hide a definite miss).
                ZonedDateTime dayStart = point.date().atStartOfDay(hours.zone());
                ZonedDateTime dayEnd = point.date().plusDays(1).atStartOfDay(hours.zone());
                ZonedDateTime earliest = backwards ? dayStart.minusHours(hours.count()) : hours.addTo(dayStart);
                ZonedDateTime latest = backwards ? dayEnd.minusHours(hours.count()) : hours.addTo(dayEnd);
                Explanation.CountedHoursFromDay range = new Explanation.CountedHoursFromDay(point, hours, earliest, latest);
                return Either.right(new Counted(range.date(), Optional.empty(), range));
            }
            ZonedDateTime from = ZonedDateTime.of(point.dateTime().get(), hours.zone());
            ZonedDateTime result = backwards ? from.minusHours(hours.count()) : hours.addTo(from);
            return Either.right(new Counted(result.toLocalDate(), Optional.of(result),
                    new Explanation.CountedHours(point, hours, from, result)));
        }
        DayPeriod days = (DayPeriod) period;
        try {
            PeriodStep step = backwards ? days.subtractFrom(point.date(), context.calendar()) : days.addTo(point.date(), context.calendar());
            return Either.right(new Counted(step.result(), Optional.empty(), new Explanation.Counted(point, step)));
        } catch (CalendarRangeException outside) {
            return Either.left(new CannotCompute("a working-day calendar that covers these dates",
                    "to count " + days.inWords() + " from " + point + " (" + outside.getMessage() + ")"));
        } catch (MonthEndAmbiguityException ambiguous) {
            return Either.left(new CannotCompute("a month-end rounding in the policy",
                    "to count " + days.inWords() + " from " + point + " (" + ambiguous.getMessage() + ")"));
        }
    }

    // ---- Status ----------------------------------------------------------------------------------------------

    private static LocalDate horizonEnd(EvaluationContext context) {
        try {
            return context.dueSoonHorizon().addTo(context.asOf(), context.calendar()).result();
        } catch (CalendarRangeException | MonthEndAmbiguityException outside) {
            return context.asOf();
        }
    }

    private static Obligation obligation(int chain, int occurrence, LocalDate clockStart, Due due, Optional<Match> match,
            EvaluationContext context, int intervalsMissed) {
        Status status;
        Optional<CannotCompute> cannotCompute = Optional.empty();
        Optional<Closing> closedBy = Optional.empty();
        if (match.isPresent()) {
            Candidate met = match.get().candidate();
            if (due.dueAt().isPresent()) {
                ZonedDateTime dueAt = due.dueAt().get();
                if (met.dateTime().isPresent()) {
                    status = ZonedDateTime.of(met.dateTime().get(), dueAt.getZone()).isAfter(dueAt) ? Status.MET_LATE : Status.MET;
                } else if (met.date().isBefore(dueAt.toLocalDate())) {
                    status = Status.MET;
                } else if (met.date().isAfter(dueAt.toLocalDate())) {
                    status = Status.MET_LATE;
                } else {
                    status = Status.CANNOT_COMPUTE;
                    cannotCompute = Optional.of(new CannotCompute("the time of " + met.description() + " on " + met.date(),
                            "to tell whether it was by " + dueAt.toLocalTime() + " that day"));
                }
            } else if (timeUnknown(due).isPresent()) {
                Explanation.CountedHoursFromDay range = timeUnknown(due).get();
                Optional<Boolean> late = lateAgainst(range, met);
                status = late.map(isLate -> isLate ? Status.MET_LATE : Status.MET).orElse(Status.CANNOT_COMPUTE);
                if (late.isEmpty()) {
                    cannotCompute = Optional.of(new CannotCompute("the time of " + range.anchor().description() + " on "
                            + range.anchor().date() + (met.dateTime().isEmpty() ? " and of " + met.description() + " on " + met.date() : ""),
                            "to tell whether " + met.description() + " was within " + range.hours().inWords() + " of it"));
                }
            } else {
                status = met.date().isAfter(due.due()) ? Status.MET_LATE : Status.MET;
            }
        } else if (closes(due, context)) {
            Closing closing = due.closing().get();
            closedBy = due.closing();
            // Closed after it fell due, by anything but an outcome that made it unnecessary: a miss stays a miss.
            status = closing.kind() != Closing.Kind.DISCHARGED && due.due().isBefore(closing.by().date()) ? Status.MISSED
                    : Status.NOT_REQUIRED;
        } else if (isPast(due, context)) {
            status = Status.OVERDUE;
        } else {
            // Asked only of what is still open, which few obligations are.
            status = due.due().isAfter(horizonEnd(context)) ? Status.UPCOMING : Status.DUE_SOON;
        }
        return new Obligation(chain, occurrence, clockStart, due.windowStart(), due.due(), due.dueAt(), due.target(), status,
                match.map(Match::metBy), cannotCompute, due.explanation(), closedBy,
                status.isLate() && status != Status.CANNOT_COMPUTE ? intervalsMissed : 0, Optional.empty());
    }

    /**
     * The hours counted from an anchor without a time that give a due date, when they do: the deadline
     * is then known only to within a day or two (see {@link Explanation.CountedHoursFromDay}).
     */
    private static Optional<Explanation.CountedHoursFromDay> timeUnknown(Due due) {
        if (due.dueAt().isPresent()) {
            return Optional.empty();
        }
        Explanation explanation = due.explanation();
        // The wrappers whose date is the one they wrap: the latest of a target and a limit, a window's close, a choice.
        while (true) {
            if (explanation instanceof Explanation.TargetAndLimit both) {
                explanation = both.limit();
            } else if (explanation instanceof Explanation.Window window) {
                explanation = window.closes();
            } else if (explanation instanceof Explanation.Choice choice) {
                explanation = choice.chosen();
            } else if (explanation instanceof Explanation.Because because) {
                explanation = because.explanation();
            } else {
                break;
            }
        }
        return explanation instanceof Explanation.CountedHoursFromDay range && range.date().equals(due.due())
                ? Optional.of(range) : Optional.empty();
    }

    /**
     * Whether a record was late against hours counted from an anchor without a time: late when it came
     * after the latest the deadline can be, in time when it came by the earliest; empty when it came
     * between, so only the times could tell. A record without a time is taken as the whole of its day.
     */
    private static Optional<Boolean> lateAgainst(Explanation.CountedHoursFromDay range, Candidate met) {
        ZoneId zone = range.hours().zone();
        ZonedDateTime first = met.dateTime().map(at -> ZonedDateTime.of(at, zone)).orElse(met.date().atStartOfDay(zone));
        ZonedDateTime last = met.dateTime().map(at -> ZonedDateTime.of(at, zone)).orElse(met.date().plusDays(1).atStartOfDay(zone));
        if (!first.isBefore(range.latest())) {
            return Optional.of(true);
        }
        if (!last.isAfter(range.earliest())) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /**
     * Whether what closes an obligation not done decides its status: it has come by the evaluation
     * date, or it will come before the obligation falls due (an end known in advance, such as a birthday).
     */
    private static boolean closes(Due due, EvaluationContext context) {
        if (due.closing().isEmpty()) {
            return false;
        }
        Closing closing = due.closing().get();
        boolean come = !closing.by().date().isAfter(context.asOf());
        return come || (closing.kind() != Closing.Kind.DISCHARGED && !due.due().isBefore(closing.by().date()));
    }

    private static boolean isPast(Due due, EvaluationContext context) {
        if (due.dueAt().isPresent() && context.asOfTime().isPresent()) {
            return context.asOfTime().get().isAfter(due.dueAt().get());
        }
        return context.asOf().isAfter(due.due());
    }

    // ---- Recurrences and fixed schedules ---------------------------------------------------------------------

    /**
     * What ends a chain: the first end on or after its start (a record that day still counts), or the
     * next chain's start (a record that day counts for the new chain), whichever comes first.
     */
    private static Optional<Closing> chainEnd(LocalDate start, Optional<AnchorPoint> nextStart, List<AnchorPoint> ends) {
        Optional<AnchorPoint> end = Optional.empty();
        for (AnchorPoint point : ends) {
            if (!point.date().isBefore(start)) {
                end = Optional.of(point);
                break;
            }
        }
        if (end.isPresent() && (nextStart.isEmpty() || end.get().date().isBefore(nextStart.get().date()))) {
            return Optional.of(new Closing(Closing.Kind.ENDED, end.get()));
        }
        return nextStart.map(point -> new Closing(Closing.Kind.SUPERSEDED, point));
    }

    private static List<AnchorPoint> ends(Optional<Anchor> until, Facts facts, EvaluationContext context, List<CannotCompute> cannotCompute) {
        if (until.isEmpty()) {
            return List.of();
        }
        Either<CannotCompute, List<AnchorPoint>> resolved = Anchors.resolve(until.get(), facts, context);
        if (resolved.isLeft()) {
            cannotCompute.add(resolved.getLeft());
            return List.of();
        }
        return resolved.get();
    }

    private static Evaluation recurrence(Recurrence recurrence, Facts facts, Optional<Fulfilment<?>> fulfilment,
            EvaluationContext context) {
        List<Either<CannotCompute, Due>> firsts = dues(recurrence.first(), facts, context);
        if (firsts.isEmpty()) {
            return NOTHING;
        }
        List<Candidate> candidates = candidates(fulfilment, facts);
        List<Obligation> obligations = new ArrayList<>();
        List<CannotCompute> cannotCompute = new ArrayList<>();
        List<AnchorPoint> ends = ends(recurrence.until(), facts, context, cannotCompute);
        List<Due> starts = new ArrayList<>();
        for (Either<CannotCompute, Due> each : firsts) {
            each.peek(starts::add).orElseRun(cannotCompute::add);
        }
        starts = withLookBack(starts, fulfilment, context);
        Optional<Link> link = linkOf(fulfilment);
        boolean[] used = new boolean[candidates.size()];
        // Candidates come in date order and are mostly used in turn: the search starts past those used first.
        int firstUnused = 0;
        for (int chain = 1; chain <= starts.size(); chain++) {
            Due first = starts.get(chain - 1);
            LocalDate start = first.anchor().date();
            Optional<AnchorPoint> nextStart = chain < starts.size() ? Optional.of(starts.get(chain).anchor()) : Optional.empty();
            Optional<Closing> end = chainEnd(start, nextStart, ends);
            Due current = end.map(first::closedBy).orElse(first);
            for (int occurrence = 1; occurrence <= MAX_OCCURRENCES; occurrence++) {
                Optional<Match> match = Optional.empty();
                while (firstUnused < used.length && used[firstUnused]) {
                    firstUnused++;
                }
                Range range = current.matching();
                for (int i = firstUnused; i < candidates.size(); i++) {
                    Candidate candidate = candidates.get(i);
                    if (range.last() != null && candidate.date().isAfter(range.last())) {
                        // In date order, none after it can be in the range either.
                        break;
                    }
                    // The due date's own range: from the previous occurrence, or for a first "by a birthday", any time before.
                    if (!used[i] && range.contains(candidate.date())
                            && (occurrence > 1 || linked(link, current.anchor(), candidate))) {
                        used[i] = true;
                        match = Optional.of(new Match(candidate, occurrence == 1 ? how(current, candidate, fulfilment) : Optional.empty()));
                        break;
                    }
                }
                Optional<LocalDate> closed = current.closing().map(c -> c.by().date()).filter(date -> !date.isAfter(context.asOf()));
                LocalDate doneOrClosed = match.map(Match::date).or(() -> closed).orElse(context.asOf());
                int missed = intervalsMissed(recurrence, occurrence, current, doneOrClosed, facts, context);
                Obligation obligation = obligation(chain, occurrence, start, current, match, context, missed);
                // A chain ends quietly: its next occurrence, not yet due when the chain ended, was only a forecast.
                if (obligation.status() != Status.NOT_REQUIRED) {
                    obligations.add(obligation);
                }
                if (match.isEmpty()) {
                    break;
                }
                Match previous = match.get();
                AnchorPoint point = new AnchorPoint(previous.candidate().description(), previous.date(), previous.candidate().dateTime(),
                        Optional.empty(), Optional.of(previous.candidate().occurrence()), occurrence);
                Either<CannotCompute, Due> next = interval(recurrence.intervalBefore(occurrence + 1), point, facts, context);
                if (next.isLeft()) {
                    if (next.getLeft() != NO_INTERVAL_SET) {
                        cannotCompute.add(next.getLeft());
                    }
                    break;
                }
                current = end.map(next.get()::closedBy).orElse(next.get());
            }
        }
        return new Evaluation(obligations, cannotCompute);
    }

    /**
     * How many further intervals passed in full, after an occurrence's due date, before it was done or
     * closed (or, while it is open, by the evaluation date): each counted from the due date before it,
     * as the recurrence would have counted them had each been done on its last day.
     */
    private static int intervalsMissed(Recurrence recurrence, int occurrence, Due due, LocalDate until, Facts facts,
            EvaluationContext context) {
        if (!until.isAfter(due.due())) {
            return 0;
        }
        LocalDate last = due.due();
        int missed = 0;
        while (missed < MAX_OCCURRENCES) {
            AnchorPoint point = new AnchorPoint("the due date", last, Optional.empty(), Optional.empty(), Optional.empty(),
                    occurrence + missed);
            Either<CannotCompute, Due> next;
            try {
                next = interval(recurrence.intervalBefore(occurrence + missed + 1), point, facts, context);
            } catch (MissingFactException missing) {
                break;
            }
            if (next.isLeft() || !next.get().due().isAfter(last) || !next.get().due().isBefore(until)) {
                break;
            }
            last = next.get().due();
            missed++;
        }
        return missed;
    }

    /** An interval set case by case that is not set: the recurrence ends with the occurrence before, quietly. */
    private static final CannotCompute NO_INTERVAL_SET = new CannotCompute("an interval", "set for the next occurrence");

    private static Either<CannotCompute, Due> interval(Interval interval, AnchorPoint previous, Facts facts, EvaluationContext context) {
        if (interval instanceof Interval.Of of) {
            return count(of.period(), previous, false, context).map(counted -> new Due(previous, Optional.of(previous.date()),
                    counted.date(), counted.at(), Optional.empty(), counted.explanation(), Range.from(previous.date())));
        }
        if (interval instanceof Interval.IdeallyAtMost ideally) {
            return ideally(ideally.target(), ideally.limit(), previous, context);
        }
        if (interval instanceof Interval.SetBy setBy) {
            Optional<Period> period = setBy.period().apply(previous.date(), facts);
            if (period.isEmpty()) {
                return Either.left(NO_INTERVAL_SET);
            }
            return interval(new Interval.Of(period.get()), previous, facts, context);
        }
        Interval.Either either = (Interval.Either) interval;
        boolean held;
        try {
            held = either.when().test(previous.date(), facts);
        } catch (MissingFactException missing) {
            return Either.left(missing.reason());
        }
        return interval(held ? either.then() : either.otherwise(), previous, facts, context)
                .map(due -> withExplanation(due, new Explanation.Because(either.when().description(), held, previous.date(),
                        due.explanation())));
    }

    private static Evaluation schedule(FixedSchedule schedule, Facts facts, Optional<Fulfilment<?>> fulfilment,
            EvaluationContext context) {
        Either<CannotCompute, List<AnchorPoint>> resolved = Anchors.resolve(schedule.from(), facts, context);
        if (resolved.isLeft()) {
            return new Evaluation(List.of(), List.of(resolved.getLeft()));
        }
        List<AnchorPoint> starts = resolved.get();
        if (starts.isEmpty()) {
            return NOTHING;
        }
        List<Candidate> candidates = candidates(fulfilment, facts);
        List<Obligation> obligations = new ArrayList<>();
        List<CannotCompute> cannotCompute = new ArrayList<>();
        List<AnchorPoint> ends = ends(schedule.until(), facts, context, cannotCompute);
        boolean[] used = new boolean[candidates.size()];
        for (int chain = 1; chain <= starts.size(); chain++) {
            AnchorPoint from = starts.get(chain - 1);
            Optional<AnchorPoint> nextStart = chain < starts.size() ? Optional.of(starts.get(chain)) : Optional.empty();
            Optional<Closing> end = chainEnd(from.date(), nextStart, ends);
            LocalDate opens = schedule.inWindow(from.date()) ? from.date() : schedule.nextWindowStartOnOrAfter(from.date());
            int counted = 0;
            for (int window = 1; window <= MAX_OCCURRENCES; window++) {
                if (end.isPresent() && opens.isAfter(end.get().lastDay())) {
                    break;
                }
                LocalDate closes = schedule.windowEnd(opens);
                LocalDate nextOpens = schedule.nextWindowStartOnOrAfter(closes.plusDays(1));
                boolean counts;
                try {
                    counts = schedule.onlyWhen().map(condition -> condition.test(closes, facts)).orElse(true);
                } catch (MissingFactException missing) {
                    cannotCompute.add(missing.reason());
                    break;
                }
                if (!counts) {
                    if (opens.isAfter(context.asOf())) {
                        break;
                    }
                    opens = nextOpens;
                    continue;
                }
                // A window can be met until the next one opens; then it can no longer be.
                Due due = new Due(from, Optional.of(opens), closes, Optional.empty(), Optional.empty(),
                        new Explanation.Scheduled(schedule, from, opens, closes), Range.from(opens))
                        .closedBy(new Closing(Closing.Kind.SUPERSEDED, AnchorPoint.of("the next window", nextOpens)));
                if (end.isPresent()) {
                    due = due.closedBy(end.get());
                }
                Optional<Match> match = Optional.empty();
                for (int i = 0; i < candidates.size(); i++) {
                    Candidate candidate = candidates.get(i);
                    if (!used[i] && due.matching().contains(candidate.date())) {
                        used[i] = true;
                        match = Optional.of(new Match(candidate, Optional.empty()));
                        break;
                    }
                }
                Obligation obligation = obligation(chain, counted + 1, from.date(), due, match, context, 0);
                if (obligation.status() == Status.NOT_REQUIRED) {
                    break;
                }
                obligations.add(obligation);
                counted++;
                if (match.isEmpty() && end.isPresent() && due.closing().equals(end)) {
                    break;
                }
                // Past and current windows all count; of the future, only the next one.
                if (opens.isAfter(context.asOf())) {
                    break;
                }
                opens = nextOpens;
            }
        }
        return new Evaluation(obligations, cannotCompute);
    }
}
