package org.duly.domain.value;

import java.util.Optional;

/**
 * Who holds a subject's work, as the case management system records it: the team and the
 * allocated worker, each by its id. Reports group work by them (a team manager's work tray, each
 * worker's timeliness); no rule reads them. A child's case, a complaint and a worker's supervision
 * all have them: for a worker, the allocated worker is the one who supervises them.
 *
 * <p>Ids, never names: an id with a space in it is refused, as it is most likely a person's name.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Allocated {

    /** The most characters an id of a team or a worker may have. */
    int LONGEST_ID = 100;

    /**
     * The id of the team that holds the work, such as {@code CP-NORTH}.
     *
     * <p>Example:
     * <pre>{@code
     * Child child = Child.builder().id("C-1").dateOfBirth(LocalDate.parse("2015-06-01")).team("CP-NORTH").build();
     * assertThat(child.team()).contains("CP-NORTH");
     * }</pre>
     *
     * @return the team's id, or empty if none is recorded
     */
    Optional<String> team();

    /**
     * The id of the worker the work is allocated to, such as {@code W-17}.
     *
     * <p>Example:
     * <pre>{@code
     * Child child = Child.builder().id("C-1").dateOfBirth(LocalDate.parse("2015-06-01")).allocatedWorker("W-17").build();
     * assertThat(child.allocatedWorker()).contains("W-17");
     * }</pre>
     *
     * @return the worker's id, or empty if the work is not allocated
     */
    Optional<String> allocatedWorker();

    /**
     * Checks an id that names a team or a worker: not blank, at most {@value #LONGEST_ID} characters and without
     * spaces, so that a person's name never passes for one.
     *
     * <p>Example:
     * <pre>{@code
     * Allocated.checkId("allocatedWorker", Optional.of("W-17"));
     * }</pre>
     *
     * @param attribute the attribute's name, for the message
     * @param id the id, if recorded
     * @throws InvalidValueException if it is not an id; the message never quotes it
     */
    static void checkId(String attribute, Optional<String> id) {
        id.ifPresent(text -> {
            InvalidValueException.check(!text.isBlank(), attribute, "expected an id such as W-17; found a blank one");
            InvalidValueException.check(text.length() <= LONGEST_ID, attribute, "expected an id of at most " + LONGEST_ID
                    + " characters; found " + text.length());
            // Every space a JSON Schema's \\s matches, so that the schema and Duly agree on what an id is.
            InvalidValueException.check(text.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || c == '\uFEFF'), attribute,
                    "expected an id such as W-17, without spaces (never a name); found text with a space");
        });
    }

    /**
     * Checks both ids ({@link #checkId}).
     *
     * <p>Example:
     * <pre>{@code
     * Allocated.check(child);
     * }</pre>
     *
     * @param subject the subject
     * @throws InvalidValueException if either is not an id
     */
    static void check(Allocated subject) {
        checkId("team", subject.team());
        checkId("allocatedWorker", subject.allocatedWorker());
    }
}
