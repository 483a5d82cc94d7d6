package org.duly.timescales;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
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

    /** Which occurrence dates can meet an obligation: both ends inclusive, either open. */
    record Range(Optional<LocalDate> from, Optional<LocalDate> until) {
        static Range from(LocalDate date) {
            return new Range(Optional.of(date), Optional.empty());
        }

        static Range any() {
            return new Range(Optional.empty(), Optional.empty());
        }

        boolean contains(LocalDate date) {
            return from.map(start -> !date.isBefore(start)).orElse(true)
                    && until.map(end -> !date.isAfter(end)).orElse(true);
        }

        Range union(Range other) {
            Optional<LocalDate> start = from.isPresent() && other.from.isPresent()
                    ? Optional.of(from.get().isBefore(other.from.get()) ? from.get() : other.from.get()) : Optional.empty();
            Optional<LocalDate> end = until.isPresent() && other.until.isPresent()
                    ? Optional.of(until.get().isAfter(other.until.get()) ? until.get() : other.until.get()) : Optional.empty();
            return new Range(start, end);
        }
    }

    /**
     * A due date computed for one anchor point, before anything is matched to it; {@code endsOn} is
     * when it stops being owed, for a deadline with an end.
     */
    record Due(AnchorPoint anchor, Optional<LocalDate> windowStart, LocalDate due, Optional<ZonedDateTime> dueAt,
            Optional<LocalDate> target, Explanation explanation, Range matching, Optional<LocalDate> endsOn) {

        Due(AnchorPoint anchor, Optional<LocalDate> windowStart, LocalDate due, Optional<ZonedDateTime> dueAt,
                Optional<LocalDate> target, Explanation explanation, Range matching) {
            this(anchor, windowStart, due, dueAt, target, explanation, matching, Optional.empty());
        }

        /** Ends on a date: nothing done after it counts. */
        Due endingOn(LocalDate end) {
            Optional<LocalDate> until = matching.until().filter(date -> date.isBefore(end)).or(() -> Optional.of(end));
            return new Due(anchor, windowStart, due, dueAt, target, explanation, new Range(matching.from(), until),
                    Optional.of(end));
        }
    }

    /** A period counted from an anchor point. */
    private record Counted(LocalDate date, Optional<ZonedDateTime> at, Explanation explanation) {
    }

    /** An occurrence that could meet an obligation. */
    private record Candidate(Object occurrence, LocalDate date, Optional<LocalDateTime> dateTime, String description) {
        MetBy metBy() {
            return new MetBy(description, date, dateTime, occurrence);
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

    static boolean started(Timescale timescale, Facts facts, EvaluationContext context) {
        return firstStart(timescale, facts, context) != null;
    }

    static boolean startedBy(Timescale timescale, Facts facts, EvaluationContext context) {
        LocalDate first = firstStart(timescale, facts, context);
        return first != null && first != UNKNOWN && !first.isAfter(context.asOf());
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
        List<O> selected = event.selected(facts);
        return selected.isEmpty() ? null : event.dateOf(selected.get(0));
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

    private static Anchor anchorOf(Deadline deadline) {
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
        List<F> selected = event.selected(facts);
        if (selected.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>(selected.size());
        for (F occurrence : selected) {
            candidates.add(new Candidate(occurrence, event.dateOf(occurrence), event.dateTimeOf(occurrence), event.occurrenceWords()));
        }
        return candidates;
    }

    @SuppressWarnings("unchecked")
    private static boolean linked(Optional<Fulfilment<?>> fulfilment, AnchorPoint anchor, Candidate candidate) {
        return fulfilment.flatMap(Fulfilment::link)
                .map(link -> anchor.source().isPresent()
                        && ((java.util.function.BiPredicate<Object, Object>) link).test(anchor.source().get(), candidate.occurrence()))
                .orElse(true);
    }

    // ---- Deadlines -------------------------------------------------------------------------------------------

    private static Evaluation deadline(Deadline deadline, Facts facts, Optional<Fulfilment<?>> fulfilment,
            EvaluationContext context) {
        List<Either<CannotCompute, Due>> dues = dues(deadline, facts, context);
        if (dues.isEmpty()) {
            return NOTHING;
        }
        List<Candidate> candidates = candidates(fulfilment, facts);
        List<Obligation> obligations = new ArrayList<>();
        List<CannotCompute> cannotCompute = new ArrayList<>();
        boolean[] used = new boolean[candidates.size()];
        LocalDate horizon = horizonEnd(context);
        int occurrence = 0;
        for (Either<CannotCompute, Due> each : dues) {
            if (each.isLeft()) {
                cannotCompute.add(each.getLeft());
                continue;
            }
            Due due = each.get();
            Optional<Candidate> match = Optional.empty();
            for (int i = 0; i < candidates.size(); i++) {
                Candidate candidate = candidates.get(i);
                if (!used[i] && due.matching().contains(candidate.date()) && linked(fulfilment, due.anchor(), candidate)) {
                    used[i] = true;
                    match = Optional.of(candidate);
                    break;
                }
            }
            if (match.isEmpty() && due.endsOn().map(end -> !due.due().isBefore(end)).orElse(false)) {
                continue;
            }
            obligations.add(obligation(1, ++occurrence, due.anchor().date(), due, match, context, horizon));
        }
        return new Evaluation(obligations, cannotCompute);
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
                            Range.from(point.date())))));
        }
        if (deadline instanceof Deadline.IdeallyWithin ideally) {
            return perPoint(ideally.anchor(), facts, context, (point, previous) -> ideally(ideally.target(), ideally.limit(),
                    point, context));
        }
        if (deadline instanceof Deadline.Immediately immediately) {
            return perPoint(immediately.anchor(), facts, context, (point, previous) -> Either.right(new Due(point,
                    Optional.of(point.date()), point.date(), Optional.empty(), Optional.empty(),
                    new Explanation.OnTheDay(point, "immediately"), Range.from(point.date()))));
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
        return whicheverIs((Deadline.WhicheverIs) deadline, facts, context);
    }

    /** Work due before an event and done after it does not count for it; before a date known in advance, it can be late. */
    private static Range beforeRange(Anchor anchor, AnchorPoint point, Optional<AnchorPoint> previous) {
        if (!anchor.happens()) {
            return Range.any();
        }
        return new Range(previous.map(p -> p.date().plusDays(1)), Optional.of(point.date()));
    }

    private static <O> List<Either<CannotCompute, Due>> directed(Deadline.AsDirected<O> directed, Facts facts) {
        Event<O> direction = directed.direction();
        List<Either<CannotCompute, Due>> dues = new ArrayList<>();
        for (O occurrence : direction.selected(facts)) {
            AnchorPoint point = direction.pointOf(occurrence);
            LocalDate due = directed.dueDate().apply(occurrence);
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
        Either<CannotCompute, List<AnchorPoint>> ends = Anchors.resolve(until.end(), facts, context);
        if (ends.isLeft()) {
            return List.of(Either.left(ends.getLeft()));
        }
        List<Either<CannotCompute, Due>> result = new ArrayList<>();
        for (Either<CannotCompute, Due> each : dues(until.deadline(), facts, context)) {
            result.add(each.map(due -> {
                for (AnchorPoint end : ends.get()) {
                    if (!end.date().isBefore(due.anchor().date())) {
                        return due.endingOn(end.date());
                    }
                }
                return due;
            }));
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
                    latest.matching().union(ideal.matching()), latest.endsOn())));
        }
        return result;
    }

    private static Due withExplanation(Due due, Explanation explanation) {
        return new Due(due.anchor(), due.windowStart(), due.due(), due.dueAt(), due.target(), explanation, due.matching(),
                due.endsOn());
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
                return Either.left(new CannotCompute("the time of " + point, "to count " + hours.inWords() + " from it"));
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

    private static Obligation obligation(int chain, int occurrence, LocalDate clockStart, Due due, Optional<Candidate> match,
            EvaluationContext context, LocalDate horizon) {
        Status status;
        Optional<CannotCompute> cannotCompute = Optional.empty();
        if (match.isPresent()) {
            Candidate met = match.get();
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
            } else {
                status = met.date().isAfter(due.due()) ? Status.MET_LATE : Status.MET;
            }
        } else if (isPast(due, context)) {
            status = Status.OVERDUE;
        } else {
            status = due.due().isAfter(horizon) ? Status.UPCOMING : Status.DUE_SOON;
        }
        return new Obligation(chain, occurrence, clockStart, due.windowStart(), due.due(), due.dueAt(), due.target(), status,
                match.map(Candidate::metBy), cannotCompute, due.explanation());
    }

    private static boolean isPast(Due due, EvaluationContext context) {
        if (due.dueAt().isPresent() && context.asOfTime().isPresent()) {
            return context.asOfTime().get().isAfter(due.dueAt().get());
        }
        return context.asOf().isAfter(due.due());
    }

    // ---- Recurrences and fixed schedules ---------------------------------------------------------------------

    /** Where a chain ends: the first end on or after its start, or the next chain's start, whichever comes first. */
    private record ChainEnd(LocalDate date, boolean inclusive) {
        boolean admits(LocalDate occurrence) {
            return occurrence.isBefore(date) || (inclusive && occurrence.equals(date));
        }
    }

    private static Optional<ChainEnd> chainEnd(LocalDate start, Optional<LocalDate> nextStart, List<AnchorPoint> ends) {
        Optional<LocalDate> end = ends.stream().map(AnchorPoint::date).filter(date -> !date.isBefore(start)).findFirst();
        if (end.isPresent() && (nextStart.isEmpty() || end.get().isBefore(nextStart.get()))) {
            return Optional.of(new ChainEnd(end.get(), true));
        }
        return nextStart.map(date -> new ChainEnd(date, false));
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

    /** An unmet obligation due on or after its chain's end is no longer owed. */
    private static boolean endedBefore(Optional<ChainEnd> end, LocalDate due) {
        return end.isPresent() && !due.isBefore(end.get().date());
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
        LocalDate horizon = horizonEnd(context);
        boolean[] used = new boolean[candidates.size()];
        for (int chain = 1; chain <= starts.size(); chain++) {
            Due current = starts.get(chain - 1);
            LocalDate start = current.anchor().date();
            Optional<LocalDate> nextStart = chain < starts.size() ? Optional.of(starts.get(chain).anchor().date()) : Optional.empty();
            Optional<ChainEnd> end = chainEnd(start, nextStart, ends);
            for (int occurrence = 1; occurrence <= MAX_OCCURRENCES; occurrence++) {
                Optional<Candidate> match = Optional.empty();
                for (int i = 0; i < candidates.size(); i++) {
                    Candidate candidate = candidates.get(i);
                    // The due date's own range: from the previous occurrence, or for a first "by a birthday", any time before.
                    if (!used[i] && current.matching().contains(candidate.date())
                            && end.map(e -> e.admits(candidate.date())).orElse(true)) {
                        used[i] = true;
                        match = Optional.of(candidate);
                        break;
                    }
                }
                if (match.isEmpty() && endedBefore(end, current.due())) {
                    break;
                }
                obligations.add(obligation(chain, occurrence, start, current, match, context, horizon));
                if (match.isEmpty()) {
                    break;
                }
                Candidate previous = match.get();
                AnchorPoint point = new AnchorPoint(previous.description(), previous.date(), previous.dateTime(), Optional.empty(),
                        Optional.of(previous.occurrence()), occurrence);
                Either<CannotCompute, Due> next = interval(recurrence.intervalBefore(occurrence + 1), point, facts, context);
                if (next.isLeft()) {
                    cannotCompute.add(next.getLeft());
                    break;
                }
                current = next.get();
            }
        }
        return new Evaluation(obligations, cannotCompute);
    }

    private static Either<CannotCompute, Due> interval(Interval interval, AnchorPoint previous, Facts facts, EvaluationContext context) {
        if (interval instanceof Interval.Of of) {
            return count(of.period(), previous, false, context).map(counted -> new Due(previous, Optional.of(previous.date()),
                    counted.date(), counted.at(), Optional.empty(), counted.explanation(), Range.from(previous.date())));
        }
        if (interval instanceof Interval.IdeallyAtMost ideally) {
            return ideally(ideally.target(), ideally.limit(), previous, context);
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
        LocalDate horizon = horizonEnd(context);
        boolean[] used = new boolean[candidates.size()];
        for (int chain = 1; chain <= starts.size(); chain++) {
            AnchorPoint from = starts.get(chain - 1);
            Optional<LocalDate> nextStart = chain < starts.size() ? Optional.of(starts.get(chain).date()) : Optional.empty();
            Optional<ChainEnd> end = chainEnd(from.date(), nextStart, ends);
            LocalDate opens = schedule.inWindow(from.date()) ? from.date() : schedule.nextWindowStartOnOrAfter(from.date());
            int counted = 0;
            for (int window = 1; window <= MAX_OCCURRENCES; window++) {
                if (end.isPresent() && !end.get().admits(opens)) {
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
                Optional<Candidate> match = Optional.empty();
                for (int i = 0; i < candidates.size(); i++) {
                    Candidate candidate = candidates.get(i);
                    if (!used[i] && !candidate.date().isBefore(opens) && candidate.date().isBefore(nextOpens)
                            && end.map(e -> e.admits(candidate.date())).orElse(true)) {
                        used[i] = true;
                        match = Optional.of(candidate);
                        break;
                    }
                }
                if (match.isEmpty() && endedBefore(end, closes)) {
                    break;
                }
                Due due = new Due(from, Optional.of(opens), closes, Optional.empty(), Optional.empty(),
                        new Explanation.Scheduled(schedule, from, opens, closes), new Range(Optional.of(opens), Optional.of(nextOpens.minusDays(1))));
                obligations.add(obligation(chain, ++counted, from.date(), due, match, context, horizon));
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
