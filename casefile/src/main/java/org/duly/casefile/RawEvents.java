package org.duly.casefile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.duly.domain.Checked;
import org.duly.domain.PositionedEvent;
import org.duly.domain.TimelineProblem;
import org.duly.domain.events.TimelineEvent;

/**
 * Reads raw events of any timeline (a child's case, a complaint, a worker's supervision) into
 * typed events, keeping each event's position in the input and collecting every problem: an
 * unknown type (with the nearest known name, if one is close, and every known name, an
 * application's own included; the type itself only where a message may quote it, {@link Quoting}), and every problem of reading its fields ({@link RawValues}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param events the events read, in input order, each with its input position, without those that could not be read
 * @param problems every problem found, in input order
 * @param <E> the event type
 */
record RawEvents<E extends TimelineEvent>(List<PositionedEvent<E>> events, List<TimelineProblem> problems) {

    /** Copies the lists. */
    RawEvents {
        events = List.copyOf(events);
        problems = List.copyOf(problems);
    }

    /**
     * Reads raw events.
     *
     * @param raw the raw events, in input order
     * @param typeByName the value type of an event type's case-file name, if it is known
     * @param knownNames every known case-file name, for suggestions and the list of what was expected
     * @param <E> the event type
     * @return the events read and the problems found
     */
    static <E extends TimelineEvent> RawEvents<E> read(List<RawEvent> raw, Function<String, Optional<? extends Class<? extends E>>> typeByName,
            Collection<String> knownNames) {
        List<PositionedEvent<E>> events = new ArrayList<>();
        List<TimelineProblem> problems = new ArrayList<>();
        // Worked out at the first unknown type only: a good file never needs them.
        String expected = null;
        Set<String> words = null;
        int firstUnknown = 0;
        for (int i = 0; i < raw.size(); i++) {
            RawEvent event = raw.get(i);
            int position = i + 1;
            Optional<? extends Class<? extends E>> type = typeByName.apply(event.type());
            if (type.isEmpty()) {
                if (words == null) {
                    expected = String.join(", ", knownNames.stream().sorted().toList());
                    words = new HashSet<>(CaseFileWords.all());
                    words.addAll(knownNames);
                }
                // A type may be anything, a child's name included: named only where a message may quote it.
                boolean quoted = Quoting.quotable(event.type(), words);
                // The known types are listed once: a file of many unknown types would repeat them for each.
                String known = firstUnknown == 0 ? "; expected one of: " + expected
                        : "; expected one of the event types listed at event " + firstUnknown;
                problems.add(TimelineProblem.of(position, quoted ? event.type() : "", "type", "unknown event type"
                        + Quoting.notShown(event.type(), words) + CaseFileWords.suggestion(event.type(), knownNames)
                        + known));
                firstUnknown = firstUnknown == 0 ? position : firstUnknown;
                continue;
            }
            Checked<? extends E, TimelineProblem> read = RawValues.read(type.get(), event.values(), position, event.type());
            read.value().ifPresent(value -> events.add(PositionedEvent.<E>of(position, value)));
            problems.addAll(read.problems());
        }
        return new RawEvents<>(events, problems);
    }
}
