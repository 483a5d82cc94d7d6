package org.duly.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.duly.domain.events.EventType;
import org.duly.domain.events.TimelineEvent;

/**
 * The checking every timeline shares, written once: the problems of reading, then each event's
 * type, then the date order, then (only when everything was read and is in order) the subject's own
 * consistency rules over its built-in events; every problem sorted by position and cleared of the
 * person's name.
 *
 * <p>An event's type is its own ({@link TimelineEvent#eventType()}): one of the subject's registry
 * (built in) or one an application declared ({@link EventType#of}, a local type). A local event is
 * checked for order like any other; the consistency rules, written for the built-in events, never
 * see it.
 */
final class TimelineChecks {

    private TimelineChecks() {
    }

    /**
     * Checks a draft.
     *
     * @param draft what was read
     * @param registry the subject's built-in event type of a case-file name, if it has one
     * @param rules the subject's consistency rules, over its built-in events, known to be in order
     * @param build makes the timeline from a subject and events that passed
     * @return the timeline, or every problem
     */
    static <S, E extends TimelineEvent, T> Checked<T, TimelineProblem> check(TimelineDraft<S, E> draft,
            Function<String, Optional<? extends EventType>> registry,
            BiFunction<S, List<PositionedEvent<E>>, List<TimelineProblem>> rules, BiFunction<S, List<E>, T> build) {
        List<TimelineProblem> problems = new ArrayList<>(draft.problems());
        List<PositionedEvent<E>> typed = new ArrayList<>(draft.events().size());
        List<PositionedEvent<E>> builtIn = new ArrayList<>(draft.events().size());
        Map<String, PositionedEvent<E>> localNames = new HashMap<>();
        for (PositionedEvent<E> positioned : draft.events()) {
            TypeCheck checked = typeCheck(positioned, registry, localNames);
            if (checked.problem().isPresent()) {
                problems.add(checked.problem().get());
                continue;
            }
            typed.add(positioned);
            if (checked.builtIn()) {
                builtIn.add(positioned);
            }
        }
        problems.addAll(TimelineOrder.check(typed));
        // With an event missing, the rules would report its absence; out of order, their findings would mislead.
        if (problems.isEmpty()) {
            problems.addAll(rules.apply(draft.subject().orElseThrow(), builtIn));
        }
        if (problems.isEmpty()) {
            return Checked.valid(build.apply(draft.subject().orElseThrow(),
                    draft.events().stream().map(PositionedEvent::event).toList()));
        }
        // A stable sort: at one position, the problems of reading come before those of order.
        problems.sort(Comparator.comparingInt(TimelineProblem::position));
        return Checked.invalid(problems.stream().map(problem -> problem.redactingName(draft.name())).toList(),
                InvalidTimelineException::new);
    }

    /**
     * What is wrong with an event's type, if anything: none declared (an application's class that
     * does not return one), one declared for another class, a local type with a built-in type's
     * name, or two local types with one name; and, if nothing is, whether the type is built in.
     */
    private static <E extends TimelineEvent> TypeCheck typeCheck(PositionedEvent<E> positioned,
            Function<String, Optional<? extends EventType>> registry, Map<String, PositionedEvent<E>> localNames) {
        E event = positioned.event();
        EventType type;
        try {
            type = event.eventType();
        } catch (IllegalArgumentException undeclared) {
            // The registry's answer for a class that is not its own and does not return a type of its own.
            type = null;
        }
        if (type == null || type.type() == null || type.caseFileName() == null) {
            String className = className(event);
            return TypeCheck.wrong(TimelineProblem.of(positioned.position(), className, "type", "an event of the class "
                    + className + ", which declares no event type; expected its eventType() to return the type declared"
                    + " for it with EventType.of(caseFileName, class, description)"));
        }
        String name = type.caseFileName();
        if (!type.type().isInstance(event)) {
            return TypeCheck.wrong(TimelineProblem.of(positioned.position(), name, "type", "an event of the class " + className(event)
                    + " with the event type " + name + ", declared for " + type.type().getSimpleName()
                    + "; expected the type declared for its own class"));
        }
        Optional<? extends EventType> registered = registry.apply(name);
        if (registered.isPresent() && !registered.get().equals(type)) {
            return TypeCheck.wrong(TimelineProblem.of(positioned.position(), name, "type", "a local event type named as Duly's"
                    + " own " + name + " (" + registered.get().description() + "); expected a name of its own"));
        }
        if (registered.isEmpty()) {
            PositionedEvent<E> first = localNames.putIfAbsent(name, positioned);
            if (first != null && !first.event().eventType().equals(type)) {
                return TypeCheck.wrong(TimelineProblem.of(positioned.position(), name, "type", "the event type " + name
                        + " of " + className(event) + " has the name of another at event " + first.position() + " ("
                        + first.event().getClass().getSimpleName() + "); expected one event type per case-file name"));
            }
        }
        return registered.isPresent() ? TypeCheck.BUILT_IN : TypeCheck.LOCAL;
    }

    /**
     * What checking an event's type found: what is wrong with it, if anything, and whether it is of
     * one of the subject's built-in types (worked out with the rest, so that the type is asked for once).
     */
    private record TypeCheck(Optional<TimelineProblem> problem, boolean builtIn) {
        static final TypeCheck BUILT_IN = new TypeCheck(Optional.empty(), true);
        static final TypeCheck LOCAL = new TypeCheck(Optional.empty(), false);

        static TypeCheck wrong(TimelineProblem problem) {
            return new TypeCheck(Optional.of(problem), false);
        }
    }

    /** An event's class as a message names it: its simple name, or its full name where it has none (an anonymous class). */
    private static String className(TimelineEvent event) {
        return event.getClass().getSimpleName().isEmpty() ? event.getClass().getName() : event.getClass().getSimpleName();
    }

    /**
     * The epoch day of each of a timeline's events, in their order: read once, as the timeline is made, so that
     * {@link #knownOn} searches an array, not the events, which by the time a case is evaluated may be far from the
     * processor's caches.
     */
    static long[] days(List<? extends TimelineEvent> events) {
        long[] days = new long[events.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = events.get(i).date().toEpochDay();
        }
        return days;
    }

    /**
     * How many of a timeline's events, by their epoch days ({@link #days}) in date order, are dated on or before a day:
     * the known ones are a prefix, most often all.
     */
    static int knownOn(long[] days, LocalDate date) {
        long day = date.toEpochDay();
        if (days.length == 0 || days[days.length - 1] <= day) {
            return days.length;
        }
        // A binary search, not a walk back from the end: a case evaluated as of a past date may have many events after it.
        int low = 0;
        int high = days.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (days[middle] > day) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
