package org.duly.timescales;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import io.vavr.control.Either;
import org.duly.timescales.annotations.CheckReturnValue;
import org.duly.timescales.annotations.Internal;

/**
 * What a timescale's clock reads from a case, by the part each plays: the anchors that start it,
 * the events that extend it, and the anchors that end it or discharge it. Each is one of the
 * simplest anchors ({@link Anchor#parts()}): an event, a birthday or a fact's date. What meets the
 * timescale is the rule's, not the timescale's.
 *
 * <p>A condition on an event ("that made a child protection plan") may look at further records: the
 * anchor says which ({@link Event#reads()}). What the timescale's intervals read to choose or set their
 * length ("as often as the visiting pattern sets", "under 5") and what a schedule's condition on its
 * windows reads is {@link #alsoReads()}. Each is what the conditions declare ({@link Reads}).
 *
 * <pre>{@code
 * Clock clock = Clock.of(first(within(workingDays(10)).of(INITIAL_CONFERENCE)).thenEvery(weeks(6)).until(PLAN_ENDED));
 * assertThat(clock.startedBy()).containsExactly(INITIAL_CONFERENCE);
 * assertThat(clock.endedBy()).containsExactly(PLAN_ENDED);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param startedBy what starts the clock: the anchors the timescale counts from, each once, in the order it names them
 * @param extendedBy the events that extend a deadline when recorded in time
 * @param endedBy what ends the clock: an obligation already due is then missed, one not yet due not required
 * @param dischargedBy the outcomes that make the work unnecessary: not required, whenever they come
 * @param alsoReads what the timescale's intervals and its schedule's condition on windows read of the case
 */
@CheckReturnValue
public record Clock(List<Anchor> startedBy, List<Anchor> extendedBy, List<Anchor> endedBy, List<Anchor> dischargedBy,
        Reads alsoReads) {

    /** Checks every part is present and copies the lists. */
    public Clock {
        startedBy = List.copyOf(startedBy);
        extendedBy = List.copyOf(extendedBy);
        endedBy = List.copyOf(endedBy);
        dischargedBy = List.copyOf(dischargedBy);
        Objects.requireNonNull(alsoReads, "alsoReads");
    }

    /**
     * The clock of a timescale, read from its structure.
     *
     * <p>Example:
     * <pre>{@code
     * Clock clock = Clock.of(within(workingDays(15)).of(SECTION_47_STARTED));
     * assertThat(clock.startedBy()).containsExactly(SECTION_47_STARTED);
     * }</pre>
     *
     * @param timescale the timescale
     * @return what starts, extends, ends and discharges its clock
     */
    public static Clock of(Timescale timescale) {
        Objects.requireNonNull(timescale, "timescale");
        Parts parts = new Parts();
        parts.timescale(timescale);
        return new Clock(List.copyOf(parts.starts), List.copyOf(parts.extensions), List.copyOf(parts.ends),
                List.copyOf(parts.discharges), parts.reads.stream().reduce(Reads.none(), Reads::and));
    }

    /**
     * Whether none of the anchors that start this clock gives a day in these facts: each date it counts
     * from is missing (a date of birth not recorded, a young person who never became eligible), each
     * event it counts from has no occurrence, or whether one counts cannot be told (its condition needs
     * a fact that is missing). An evaluation then owes nothing: it can only say what is missing.
     *
     * <p>Example:
     * <pre>{@code
     * Clock allocation = Clock.of(by(dateOf(DATE_BECAME_ELIGIBLE)));
     * assertThat(allocation.startsOnNoKnownDay(Facts.of(), context)).isTrue();
     * assertThat(allocation.startsOnNoKnownDay(Facts.of(List.of(), Map.of(DATE_BECAME_ELIGIBLE, LocalDate.parse("2024-03-31"))),
     *     context)).isFalse();
     * }</pre>
     *
     * @param facts what is known about the case on the evaluation date
     * @param context the calendar and the evaluation date
     * @return true when no anchor that starts the clock gives a day
     */
    @Internal
    public boolean startsOnNoKnownDay(Facts facts, EvaluationContext context) {
        for (Anchor anchor : startedBy) {
            Either<CannotCompute, List<AnchorPoint>> points;
            try {
                points = Anchors.resolve(anchor, facts, context);
            } catch (MissingFactException cannotTell) {
                continue;
            }
            if (points.isRight() && !points.get().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every anchor the clock reads, whatever its part, each once: starts, then extensions, ends and
     * discharges.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(clock.anchors()).contains(INITIAL_CONFERENCE, PLAN_ENDED);
     * }</pre>
     *
     * @return the anchors
     */
    public List<Anchor> anchors() {
        Set<Anchor> all = new LinkedHashSet<>(startedBy);
        all.addAll(extendedBy);
        all.addAll(endedBy);
        all.addAll(dischargedBy);
        return List.copyOf(new ArrayList<>(all));
    }

    /** Walks a timescale's structure, collecting each anchor's parts by the part they play. */
    private static final class Parts {
        private final Set<Anchor> starts = new LinkedHashSet<>();
        private final Set<Anchor> extensions = new LinkedHashSet<>();
        private final Set<Anchor> ends = new LinkedHashSet<>();
        private final Set<Anchor> discharges = new LinkedHashSet<>();
        private final List<Reads> reads = new ArrayList<>();

        void timescale(Timescale timescale) {
            if (timescale instanceof Deadline deadline) {
                deadline(deadline);
            } else if (timescale instanceof Recurrence recurrence) {
                // Later occurrences count from the previous one: only the first deadline reads the case.
                deadline(recurrence.first());
                recurrence.then().forEach(interval -> reads.add(interval.reads()));
                reads.add(recurrence.every().reads());
                recurrence.until().ifPresent(end -> ends.addAll(end.parts()));
            } else {
                FixedSchedule schedule = (FixedSchedule) timescale;
                starts.addAll(schedule.from().parts());
                schedule.until().ifPresent(end -> ends.addAll(end.parts()));
                schedule.onlyWhen().ifPresent(when -> reads.add(when.reads()));
            }
        }

        private void deadline(Deadline deadline) {
            if (deadline instanceof Deadline.Until until) {
                deadline(until.deadline());
                ends.addAll(until.end().parts());
            } else if (deadline instanceof Deadline.Discharged discharged) {
                deadline(discharged.deadline());
                discharges.addAll(discharged.outcome().parts());
            } else if (deadline instanceof Deadline.Superseded superseded) {
                // Superseded by a later occurrence of what started it: nothing new to read.
                deadline(superseded.deadline());
            } else if (deadline instanceof Deadline.Extended<?> extended) {
                deadline(extended.deadline());
                extensions.add(extended.extension());
                extended.longer().ifPresent(this::deadline);
            } else if (deadline instanceof Deadline.WhicheverIs whichever) {
                deadline(whichever.first());
                deadline(whichever.second());
            } else if (deadline instanceof Deadline.TargetAndLimit targetAndLimit) {
                deadline(targetAndLimit.target());
                deadline(targetAndLimit.limit());
            } else if (deadline instanceof Deadline.AsDirected<?> directed) {
                starts.add(directed.direction());
            } else {
                starts.addAll(Evaluator.anchorOf(deadline).parts());
            }
        }
    }
}
