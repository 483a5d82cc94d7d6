package org.duly.timescales;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.duly.timescales.annotations.CheckReturnValue;
import org.duly.timescales.annotations.Internal;
import org.duly.timescales.period.MonthEndAmbiguity;
import org.duly.timescales.period.Period;

/**
 * A recurring obligation in phases: first within a period of an anchor, then within further periods
 * of the previous occurrence, then at least every period, until an end. Each interval counts from
 * the actual date of the previous occurrence, not from when it was due: a late review moves the next
 * one. Each occurrence of the first deadline's anchor starts a chain, which runs until the next one
 * starts or the end comes ("within 1 week of the start of any placement, then at most every 6 weeks").
 *
 * <pre>{@code
 * first(within(workingDays(20)).of(BECAME_LOOKED_AFTER))
 *     .then(within(months(3)).ofPrevious())
 *     .thenEvery(months(6))
 *     .until(CEASED_LOOKED_AFTER);
 * }</pre>
 *
 * <p>Write one with the DSL, as above; its constructor is {@link Internal}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param first the first obligation of each chain
 * @param then the intervals after the first, in order
 * @param every the interval repeated after those
 * @param until what ends a chain, if anything does besides the next chain
 */
@CheckReturnValue
public record Recurrence(Deadline first, List<Interval> then, Interval every, Optional<Anchor> until) implements Timescale {

    /** Checks every part is present and copies the list. */
    @Internal
    public Recurrence {
        Objects.requireNonNull(first, "first");
        then = List.copyOf(then);
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(until, "until");
    }

    /**
     * The same recurrence, each chain ending at the first occurrence of an anchor on or after its
     * start. Obligations met before the end keep their status; those not met and due on or after
     * the end are no longer owed.
     *
     * <p>Example:
     * <pre>{@code
     * Recurrence reviews = first(within(workingDays(20)).of(BECAME_LOOKED_AFTER)).thenEvery(months(6))
     *     .until(CEASED_LOOKED_AFTER);
     * }</pre>
     *
     * @param end what ends a chain
     * @return the recurrence
     */
    public Recurrence until(Anchor end) {
        return new Recurrence(first, then, every, Optional.of(end));
    }

    /**
     * The interval that counts the given occurrence from the one before it.
     *
     * @param occurrence which occurrence, from 2
     * @return the interval
     */
    Interval intervalBefore(int occurrence) {
        return occurrence - 2 < then.size() ? then.get(occurrence - 2) : every;
    }

    @Override
    public String inWords() {
        List<String> parts = new ArrayList<>();
        parts.add("first " + first.inWords());
        then.forEach(interval -> parts.add("then " + interval.withinWords()));
        parts.add("then " + every.everyWords());
        until.ifPresent(end -> parts.add("until " + end.inWords(Anchor.Form.CLAUSE)));
        return String.join(", ", parts);
    }

    @Override
    public List<MonthEndAmbiguity> monthEndAmbiguities() {
        return Stream.concat(first.periods().stream(),
                        Stream.concat(then.stream(), Stream.of(every)).flatMap(interval -> interval.periods().stream()))
                .distinct()
                .map(Period::monthEndAmbiguities)
                .flatMap(List::stream)
                .toList();
    }
}
