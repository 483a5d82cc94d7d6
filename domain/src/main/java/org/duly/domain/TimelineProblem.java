package org.duly.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something wrong in a timeline's records: where it is (the event's position, counted from 1 as a
 * person counts, and its case-file name), which field, and a message saying what was wrong and what
 * was expected. Problems about the subject of a timeline itself (the child, the complaint, the
 * worker) have position 0.
 *
 * <p>A message never contains the child's name: timelines redact it before they report.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param position the event's position in the input, from 1; 0 for the subject
 * @param event the event's case-file name ({@code strategyDiscussion}), or the subject's ({@code child}); empty
 *     where the input gave a type no message may quote (one that is not a known name may be anything, a name included)
 * @param field the field at fault, as a case file spells it
 * @param message what was wrong and what was expected
 */
public record TimelineProblem(int position, String event, String field, String message) {

    /**
     * Checks every part is present and the position is not negative.
     *
     * @throws IllegalArgumentException if the position is negative
     */
    public TimelineProblem {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        if (position < 0) {
            throw new IllegalArgumentException("a position counts from 1 (0 for the subject), not " + position);
        }
    }

    /**
     * A problem with an event.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(TimelineProblem.of(3, "conferenceHeld", "date", "no strategy discussion before it"))
     *     .hasToString("event 3 (conferenceHeld), date: no strategy discussion before it");
     * }</pre>
     *
     * @param position the event's position, from 1
     * @param event the event's case-file name
     * @param field the field at fault
     * @param message what was wrong and what was expected
     * @return the problem
     */
    public static TimelineProblem of(int position, String event, String field, String message) {
        return new TimelineProblem(position, event, field, message);
    }

    /**
     * A problem with the subject of a timeline: the child, the complaint or the worker.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(TimelineProblem.ofSubject("child", "dateOfBirth", "expected a date such as 2024-03-05"))
     *     .hasToString("child, dateOfBirth: expected a date such as 2024-03-05");
     * }</pre>
     *
     * @param subject the subject's name in a case file
     * @param field the field at fault
     * @param message what was wrong and what was expected
     * @return the problem, at position 0
     */
    public static TimelineProblem ofSubject(String subject, String field, String message) {
        return new TimelineProblem(0, subject, field, message);
    }

    /**
     * Whether the problem is about the subject rather than an event.
     *
     * @return true at position 0
     */
    public boolean isAboutSubject() {
        return position == 0;
    }

    /**
     * The problem with every occurrence of a piece of personal data replaced by {@code (redacted)},
     * ignoring case, in all its text: the message, and the event and field names (which come from
     * the input and could hold anything).
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(TimelineProblem.of(1, "visit", "purpose", "found \"Ada\"").redacting("ada").message())
     *     .isEqualTo("found \"(redacted)\"");
     * }</pre>
     *
     * @param personalData the text to remove, such as the child's name; blank text changes nothing
     * @return the redacted problem
     */
    public TimelineProblem redacting(String personalData) {
        if (personalData.isBlank()) {
            return this;
        }
        Pattern pattern = Pattern.compile(Pattern.quote(personalData.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return new TimelineProblem(position, redact(pattern, event), redact(pattern, field), redact(pattern, message));
    }

    /**
     * The problem with a person's name removed: the whole name and each part of it long enough to
     * identify them (three letters or more), ignoring case.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(TimelineProblem.of(1, "visit", "purpose", "found \"zebedee\"").redactingName("Zebedee Quartermaine").message())
     *     .isEqualTo("found \"(redacted)\"");
     * }</pre>
     *
     * @param name the name, possibly blank
     * @return the redacted problem
     */
    public TimelineProblem redactingName(String name) {
        TimelineProblem redacted = redacting(name);
        for (String part : name.split("\\s+")) {
            if (part.length() >= 3) {
                redacted = redacted.redacting(part);
            }
        }
        return redacted;
    }

    private static String redact(Pattern pattern, String text) {
        return pattern.matcher(text).replaceAll("(redacted)");
    }

    /**
     * The problem as a person reads it: {@code event 3 (conferenceHeld), date: ...}, or
     * {@code event 3, type: ...} where the event's name is empty.
     *
     * @return the problem in words
     */
    @Override
    public String toString() {
        String where = position == 0 ? event : "event " + position + (event.isEmpty() ? "" : " (" + event + ")");
        return where + ", " + field + ": " + message;
    }
}
