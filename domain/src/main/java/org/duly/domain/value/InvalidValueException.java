package org.duly.domain.value;

import java.util.Objects;

/**
 * Thrown when a value breaks an invariant of its own ({@code @Value.Check}): a child seen alone who
 * was not seen, a conference scheduled for a day before it was arranged. It names the attribute, so
 * that a case-file reader can report the field.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The attribute (case-file field) at fault. */
    private final String field;

    /**
     * Creates the exception.
     *
     * @param field the attribute at fault, as a case file spells it
     * @param message what was wrong and what was expected
     */
    public InvalidValueException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /**
     * Checks an invariant of a value.
     *
     * <p>Example:
     * <pre>{@code
     * assertThatThrownBy(() -> InvalidValueException.check(false, "seenAlone", "a child seen alone must be seen"))
     *     .isInstanceOf(InvalidValueException.class)
     *     .hasMessage("a child seen alone must be seen");
     * }</pre>
     *
     * @param holds whether the invariant holds
     * @param field the attribute at fault if it does not
     * @param message what was wrong and what was expected
     * @throws InvalidValueException if {@code holds} is false
     */
    public static void check(boolean holds, String field, String message) {
        if (!holds) {
            throw new InvalidValueException(field, message);
        }
    }

    /**
     * The attribute at fault, as a case file spells it.
     *
     * @return the field name
     */
    public String field() {
        return field;
    }
}
