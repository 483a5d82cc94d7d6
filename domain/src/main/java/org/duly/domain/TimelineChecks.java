package org.duly.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import org.duly.domain.events.TimelineEvent;

/**
 * The checking every timeline shares, written once: the problems of reading, then the date order,
 * then (only when everything was read and is in order) the subject's own consistency rules; every
 * problem sorted by position and cleared of the person's name.
 */
final class TimelineChecks {

    private TimelineChecks() {
    }

    /**
     * Checks a draft.
     *
     * @param draft what was read
     * @param rules the subject's consistency rules, over events known to be in order
     * @param build makes the timeline from a subject and events that passed
     * @return the timeline, or every problem
     */
    static <S, E extends TimelineEvent, T> Checked<T, TimelineProblem> check(TimelineDraft<S, E> draft,
            BiFunction<S, List<PositionedEvent<E>>, List<TimelineProblem>> rules, BiFunction<S, List<E>, T> build) {
        List<TimelineProblem> problems = new ArrayList<>(draft.problems());
        problems.addAll(TimelineOrder.check(draft.events()));
        // With an event missing, the rules would report its absence; out of order, their findings would mislead.
        if (problems.isEmpty()) {
            problems.addAll(rules.apply(draft.subject().orElseThrow(), draft.events()));
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

    /** How many of a timeline's events, in date order, are dated on or before a day: the known ones are a prefix, most often all. */
    static int knownOn(List<? extends TimelineEvent> events, LocalDate date) {
        int known = events.size();
        while (known > 0 && events.get(known - 1).date().isAfter(date)) {
            known--;
        }
        return known;
    }
}
