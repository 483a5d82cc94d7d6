package org.duly.casefile;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.duly.domain.value.Spelling;

/**
 * How a case file spells an enum value: lower camel case, so {@code INDEPENDENT_FOSTERING_AGENCY}
 * is {@code independentFosteringAgency}, as an event type's case-file name is spelled
 * ({@link org.duly.domain.events.EventType#caseFileName()}). {@link #parse} accepts the constant's
 * own name too; a case file does not (its reader accepts exactly what the schema lists).
 */
public final class CaseFileSpelling {

    private CaseFileSpelling() {
    }

    /**
     * The case-file spelling of an enum value.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseFileSpelling.of(TimeUnit.MILLISECONDS)).isEqualTo("milliseconds");
     * assertThat(CaseFileSpelling.of(ChronoUnit.HALF_DAYS)).isEqualTo("halfDays");
     * }</pre>
     *
     * @param value the enum value
     * @return its name in lower camel case
     */
    public static String of(Enum<?> value) {
        return Spelling.camelCase(value);
    }

    /**
     * The lower-camel-case form of an upper-snake-case name.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseFileSpelling.camelCase("STRATEGY_DISCUSSION")).isEqualTo("strategyDiscussion");
     * }</pre>
     *
     * @param upperSnakeCase a name such as {@code STRATEGY_DISCUSSION}
     * @return the name in lower camel case
     */
    public static String camelCase(String upperSnakeCase) {
        return Spelling.camelCase(upperSnakeCase);
    }

    /**
     * Reads an enum value from its case-file spelling or its constant name.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseFileSpelling.parse(ChronoUnit.class, "halfDays")).contains(ChronoUnit.HALF_DAYS);
     * assertThat(CaseFileSpelling.parse(ChronoUnit.class, "HALF_DAYS")).contains(ChronoUnit.HALF_DAYS);
     * assertThat(CaseFileSpelling.parse(ChronoUnit.class, "fortnights")).isEmpty();
     * }</pre>
     *
     * @param type the enum type
     * @param text the spelling to read
     * @param <E> the enum type
     * @return the value, or empty if the text names none
     */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        for (E value : type.getEnumConstants()) {
            if (of(value).equals(text) || value.name().equals(text)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * Every case-file spelling of an enum type, for messages that say what was expected.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseFileSpelling.allOf(TextStyle.class)).startsWith("full, fullStandalone");
     * }</pre>
     *
     * @param type the enum type
     * @return the spellings, comma separated, in declaration order
     */
    public static String allOf(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(CaseFileSpelling::of).collect(Collectors.joining(", "));
    }

    /**
     * The words of an upper-snake-case name, for English descriptions.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseFileSpelling.words(ChronoUnit.HALF_DAYS)).isEqualTo("half days");
     * }</pre>
     *
     * @param value the enum value
     * @return its name in lower-case words
     */
    public static String words(Enum<?> value) {
        return Spelling.words(value);
    }
}
