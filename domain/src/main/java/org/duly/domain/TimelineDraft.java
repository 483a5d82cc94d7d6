package org.duly.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.duly.domain.events.TimelineEvent;

/**
 * What a reader of records found before a timeline is checked: the subject (the child, the
 * complaint, the worker) if it could be read, each event that could be read with its position in
 * the input, the problems of reading the rest, and the name of the person the records are about,
 * which no message may contain. A timeline's {@code check(TimelineDraft)} then adds the problems of
 * order and consistency and redacts the name from every one.
 *
 * <p>The case-file reader ({@code org.duly.casefile}) fills a draft from JSON; a case management
 * system's adapter can fill one from its own records.
 *
 * <p>This record is immutable and thread-safe if the subject and events are.
 *
 * @param subject the subject, or empty where it could not be read (a problem then says why)
 * @param events the events that could be read, in input order, each with its position in the input
 * @param problems the problems found in reading, located by the same positions (0 for the subject)
 * @param name the person's name as the input gave it, or blank: the child's, the complainant's or
 *     the worker's
 * @param <S> the type of subject: {@link Child}, {@code Complaint} or {@code Worker}
 * @param <E> the type of event
 */
public record TimelineDraft<S, E extends TimelineEvent>(Optional<S> subject, List<PositionedEvent<E>> events,
        List<TimelineProblem> problems, String name) {

    /**
     * Checks every part is present, copies the lists, and checks that a draft without a subject
     * says why.
     *
     * @throws IllegalArgumentException if there is no subject and no problem
     */
    public TimelineDraft {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(name, "name");
        events = List.copyOf(events);
        problems = List.copyOf(problems);
        if (subject.isEmpty() && problems.isEmpty()) {
            throw new IllegalArgumentException("a draft without its subject needs the problem that kept it from being read");
        }
    }

    /** A draft of records that were all read: the subject and its events, numbered from 1 in order. */
    static <S, E extends TimelineEvent> TimelineDraft<S, E> numbered(S subject, List<? extends E> events, String name) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(events, "events");
        List<PositionedEvent<E>> positioned = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            positioned.add(new PositionedEvent<>(i + 1, events.get(i)));
        }
        return new TimelineDraft<>(Optional.of(subject), positioned, List.of(), name);
    }
}
