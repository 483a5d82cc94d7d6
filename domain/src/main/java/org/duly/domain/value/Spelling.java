package org.duly.domain.value;

import java.util.Locale;

/**
 * How Duly spells an enum value or a constant's name, in one place: as a case file and a message do
 * ({@code TEAM_MANAGER} is {@code teamManager}; {@code STRATEGY_DISCUSSION} is the event type
 * {@code strategyDiscussion}), or in words for English ({@code CHILD_PROTECTION} is "child
 * protection").
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Spelling {

    private Spelling() {
    }

    /**
     * The lower-camel-case form of an enum value.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Spelling.camelCase(ChronoUnit.HALF_DAYS)).isEqualTo("halfDays");
     * }</pre>
     *
     * @param value the enum value
     * @return its name in lower camel case
     */
    public static String camelCase(Enum<?> value) {
        return camelCase(value.name());
    }

    /**
     * The lower-camel-case form of an upper-snake-case name.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Spelling.camelCase("SECTION_47_ENQUIRY_STARTED")).isEqualTo("section47EnquiryStarted");
     * }</pre>
     *
     * @param upperSnakeCase a name such as {@code STRATEGY_DISCUSSION}
     * @return the name in lower camel case
     */
    public static String camelCase(String upperSnakeCase) {
        StringBuilder text = new StringBuilder(upperSnakeCase.length());
        boolean upperNext = false;
        for (char c : upperSnakeCase.toCharArray()) {
            if (c == '_') {
                upperNext = true;
            } else {
                text.append(upperNext ? Character.toUpperCase(c) : Character.toLowerCase(c));
                upperNext = false;
            }
        }
        return text.toString();
    }

    /**
     * The words of an enum value, for English: lower case, underscores as spaces.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Spelling.words(ChronoUnit.HALF_DAYS)).isEqualTo("half days");
     * }</pre>
     *
     * @param value the enum value
     * @return its name in lower-case words
     */
    public static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
