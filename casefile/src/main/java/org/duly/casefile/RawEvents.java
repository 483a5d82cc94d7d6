package org.duly.casefile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.duly.domain.Checked;
import org.duly.domain.PositionedEvent;
import org.duly.domain.TimelineProblem;
import org.duly.domain.events.TimelineEvent;
import org.duly.domain.value.Spelling;

/**
 * Reads raw events of any timeline (a child's case, a complaint, a worker's supervision) into
 * typed events, keeping each event's position in the input and collecting every problem: an
 * unknown type (with the nearest known name, if one is close, and every known name, an
 * application's own included), and every problem of reading its fields ({@link RawValues}).
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
        List<String> sorted = knownNames.stream().sorted().toList();
        for (int i = 0; i < raw.size(); i++) {
            RawEvent event = raw.get(i);
            Optional<? extends Class<? extends E>> type = typeByName.apply(event.type());
            if (type.isEmpty()) {
                problems.add(TimelineProblem.of(i + 1, event.type(), "type", "unknown event type"
                        + suggestion(event.type(), knownNames) + "; expected one of: " + String.join(", ", sorted)));
                continue;
            }
            int position = i + 1;
            Checked<? extends E, TimelineProblem> read = RawValues.read(type.get(), event.values(), position, event.type());
            read.value().ifPresent(value -> events.add(PositionedEvent.<E>of(position, value)));
            problems.addAll(read.problems());
        }
        return new RawEvents<>(events, problems);
    }

    /** {@code " (did you mean strategyDiscussion?)"}, or nothing when no known name is near. */
    private static String suggestion(String typed, Collection<String> knownNames) {
        return Spelling.closest(typed, knownNames).map(name -> " (did you mean " + name + "?)").orElse("");
    }

}
