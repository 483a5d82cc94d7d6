package org.duly.timescales;

import java.util.Objects;

/**
 * A single-valued fact a timescale may need, named as an explanation says it: "the date of birth",
 * "the expected date of delivery". The caller supplies its value through {@link Facts}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the value
 * @param description the fact in words, as it follows "needs": "the date of birth"
 * @param type the type of the value
 */
public record Fact<T>(String description, Class<T> type) {

    /** Checks both parts are present. */
    public Fact {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(type, "type");
    }

    /**
     * Names a fact.
     *
     * <p>Example:
     * <pre>{@code
     * Fact<LocalDate> dateOfBirth = Fact.of("the date of birth", LocalDate.class);
     * }</pre>
     *
     * @param <T> the type of the value
     * @param description the fact in words
     * @param type the type of the value
     * @return the fact
     */
    public static <T> Fact<T> of(String description, Class<T> type) {
        return new Fact<>(description, type);
    }

    @Override
    public String toString() {
        return description;
    }
}
