package org.duly.domain.value;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * How Duly spells an enum value or a constant's name, in one place: as a case file and a message do
 * ({@code TEAM_MANAGER} is {@code teamManager}; {@code STRATEGY_DISCUSSION} is the event type
 * {@code strategyDiscussion}), or in words for English ({@code CHILD_PROTECTION} is "child
 * protection"); and which known name a typo most likely meant ("did you mean strategyDiscussion?").
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

    /** Three edits catch a typo without suggesting an unrelated name. */
    private static final int MOST_EDITS = 3;

    /**
     * The known name a typed one most likely meant: the nearest by edits (insertions, deletions,
     * substitutions; case ignored), if it is within three edits.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Spelling.closest("stratgyDiscussion", List.of("referral", "strategyDiscussion"))).contains("strategyDiscussion");
     * assertThat(Spelling.closest("lookedAfterReview", List.of("referral"))).isEmpty();
     * }</pre>
     *
     * @param typed the name as typed
     * @param known the names there are
     * @return the nearest known name, or empty when none is close
     */
    public static Optional<String> closest(String typed, Collection<String> known) {
        String lower = typed.toLowerCase(Locale.ROOT);
        String closest = null;
        int fewest = MOST_EDITS + 1;
        for (String name : known) {
            // A name longer or shorter by more edits than allowed cannot be near: no need to count them.
            String candidate = name.toLowerCase(Locale.ROOT);
            if (Math.abs(candidate.length() - lower.length()) < fewest) {
                int edits = distance(candidate, lower);
                if (edits < fewest) {
                    closest = name;
                    fewest = edits;
                }
            }
        }
        return Optional.ofNullable(closest);
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
