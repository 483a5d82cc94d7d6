package org.duly.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a subject and its events do not make a valid timeline, as java.time's {@code of}
 * throws a {@code DateTimeException}: it carries every problem found, not just the first, each
 * naming the event's position and field. Neither the problems nor the message contain a person's
 * name: timelines redact it before they report.
 *
 * <p>Use {@code CaseTimeline.check} (and its complaint and staff twins) to have the problems as a
 * {@link Checked} value instead.
 */
public final class InvalidTimelineException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The problems; transient because a problem is not serializable, and the message keeps them in words. */
    private final transient List<TimelineProblem> problems;

    /**
     * Creates the exception.
     *
     * <p>Example:
     * <pre>{@code
     * InvalidTimelineException e = new InvalidTimelineException(List.of(
     *     TimelineProblem.of(3, "conferenceHeld", "date", "no strategy discussion before it")));
     * assertThat(e).hasMessage("the timeline has 1 problem: event 3 (conferenceHeld), date: no strategy discussion before it");
     * }</pre>
     *
     * @param problems every problem found, at least one, already redacted
     * @throws IllegalArgumentException if there are no problems
     */
    public InvalidTimelineException(List<TimelineProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<TimelineProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid timeline has at least one problem");
        }
        return "the timeline has " + problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
                + problems.stream().map(TimelineProblem::toString).collect(Collectors.joining("; "));
    }

    /**
     * Every problem found, in position order.
     *
     * <p>Example:
     * <pre>{@code
     * try {
     *     CaseTimeline.of(child, events);
     * } catch (InvalidTimelineException e) {
     *     e.problems().forEach(problem -> log.warn(problem.toString()));
     * }
     * }</pre>
     *
     * @return the problems, unmodifiable
     */
    public List<TimelineProblem> problems() {
        return problems;
    }
}
