package org.duly.casefile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a message shows a value found in input, so that no message can carry personal data whatever
 * the input holds: a value is quoted only when it cannot be personal data, and otherwise described
 * by its kind and size ("text of 23 characters", "a list of 1 value", "an object").
 *
 * <p>A value is quoted when it has at most {@value #LONGEST} characters and is:
 * <ul>
 *   <li>true or false (a JSON boolean, or the text {@code true}, {@code false}, {@code yes} or
 *       {@code no} in any case);</li>
 *   <li>shaped as a number: an optional sign, at most nine digits, an optional fraction of at most
 *       nine digits and an optional exponent ({@code 7}, {@code -1.5}, {@code 1e309});</li>
 *   <li>shaped as a date, a time or both: digits separated by {@code -}, {@code /} or {@code .}
 *       ({@code 2024-03-05}, {@code 05/03/2024}, {@code +999999999-12-31}), digits separated by
 *       {@code :} or {@code .} ({@code 14:30}), or a date and a time joined by {@code T} or a space,
 *       with an optional zone ({@code 2024-03-05T14:30Z});</li>
 *   <li>one of the known codes given (ignoring case): the names of fields, event types and enum
 *       values, which are Duly's words, not the person's.</li>
 * </ul>
 * Surrounding spaces are kept in the quote, so that a padded value shows its padding. None of these
 * can hold a name: a name needs letters, and these hold none (but the fixed {@code T}, {@code Z},
 * {@code e} of a date, a time or a number), or are words Duly itself defines. No run of ten digits
 * or more is quoted either, so neither a telephone number nor an NHS number is. Anything else,
 * however harmless it looks (a single word may be a first name; an identifier with a digit may be a
 * login), is described, never quoted.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Quoting {

    /** The most characters a quote may hold: a message never repeats more of any value. */
    public static final int LONGEST = 40;

    /** Beyond about 3,000 digits a number is only described as huge: its digits are not worth counting. */
    private static final int HUGE_BITS = 10_000;
    private static final int HUGE_DIGITS = 3_000;

    private static final String NUMBER = "[+-]?[0-9]{1,9}(\\.[0-9]{1,9})?([eE][+-]?[0-9]{1,4})?";
    private static final String DATE = "[+-]?[0-9]{1,9}[-/.][0-9]{1,2}[-/.][0-9]{1,4}";
    private static final String TIME = "[0-9]{1,2}[:.][0-9]{2}([:.][0-9]{2}([.,][0-9]{1,9})?)?";
    private static final String ZONE = "(Z|[+-][0-9]{2}(:?[0-9]{2})?)?";
    private static final Pattern SHAPED = Pattern.compile(" *((?i:true|false|yes|no)|" + NUMBER + "|" + DATE + "|" + TIME + "|"
            + DATE + "[T ]" + TIME + ZONE + ") *");

    private Quoting() {
    }

    /**
     * A value as a message shows what was found: quoted if it cannot be personal data, described
     * otherwise.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Quoting.found("2024-02-30")).isEqualTo("\"2024-02-30\"");
     * assertThat(Quoting.found("Zebedee Quux-Marchbanks")).isEqualTo("text of 23 characters");
     * assertThat(Quoting.found(List.of("Zebedee"))).isEqualTo("a list of 1 value");
     * assertThat(Quoting.found(true)).isEqualTo("true");
     * }</pre>
     *
     * @param value a value as a JSON parser gives it: text, a number, a boolean, a list, a map or null
     * @return the quote, or what kind of value it is
     */
    public static String found(Object value) {
        return found(value, List.of());
    }

    /**
     * A value as a message shows what was found, quoting also the known codes given.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Quoting.found("review", List.of("initial", "review"))).isEqualTo("\"review\"");
     * assertThat(Quoting.found("first", List.of("initial", "review"))).isEqualTo("text of 5 characters");
     * }</pre>
     *
     * @param value a value as a JSON parser gives it
     * @param knownCodes words the input may hold that are not personal data: field names, event
     *     types, enum values
     * @return the quote, or what kind of value it is
     */
    public static String found(Object value, Collection<String> knownCodes) {
        if (value instanceof String text) {
            return quotable(text, knownCodes) ? "\"" + text + "\"" : describe(text);
        } else if (value instanceof Number number) {
            String text = numberText(number);
            return quotable(text, List.of()) ? text : describe(number);
        } else if (value instanceof Boolean) {
            return value.toString();
        }
        return describe(value);
    }

    /**
     * Whether a text may be quoted in a message: it is short, and shaped as a date, a time, a number
     * or a boolean, or is one of the known codes (see the class comment).
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Quoting.quotable(" 2024-03-05 ", List.of())).isTrue();
     * assertThat(Quoting.quotable("9434765919", List.of())).isFalse();   // ten digits: an NHS number
     * assertThat(Quoting.quotable("Zebedee", List.of())).isFalse();
     * assertThat(Quoting.quotable("strategyDiscussion", List.of("strategyDiscussion"))).isTrue();
     * }</pre>
     *
     * @param text the text
     * @param knownCodes the words that are not personal data
     * @return true if it may be quoted
     */
    public static boolean quotable(String text, Collection<String> knownCodes) {
        if (text.length() > LONGEST) {
            return false;
        }
        if (knownCodes.contains(text) || SHAPED.matcher(text).matches()) {
            return true;
        }
        for (String code : knownCodes) {
            if (code.equalsIgnoreCase(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a name found in input that a message names by its place rather than by itself (an unknown
     * field, an unknown event type): what kind of name it was, or nothing if it may be quoted.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Quoting.notShown("Zebedee Quux-Marchbanks", List.of())).isEqualTo(" (its name, text of 23 characters, is not shown)");
     * assertThat(Quoting.notShown("visit", List.of("visit"))).isEmpty();
     * }</pre>
     *
     * @param name the name as given
     * @param knownCodes the words that are not personal data
     * @return {@code " (its name, text of N characters, is not shown)"}, or empty text if the name may be quoted
     */
    public static String notShown(String name, Collection<String> knownCodes) {
        return quotable(name, knownCodes) ? "" : " (its name, " + describe(name) + ", is not shown)";
    }

    /**
     * What kind of value a value is, and how big, without any of its content.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Quoting.describe("Zebedee")).isEqualTo("text of 7 characters");
     * assertThat(Quoting.describe("")).isEqualTo("empty text");
     * assertThat(Quoting.describe(Map.of("name", "Zebedee"))).isEqualTo("an object");
     * assertThat(Quoting.describe(List.of())).isEqualTo("an empty list");
     * assertThat(Quoting.describe(new BigInteger("1".repeat(400)))).isEqualTo("a number of 400 digits");
     * }</pre>
     *
     * @param value a value as a JSON parser gives it
     * @return its kind and size
     */
    public static String describe(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof String text) {
            int characters = text.codePointCount(0, text.length());
            if (characters == 0) {
                return "empty text";
            }
            return (text.isBlank() ? "blank text of " : "text of ") + characters + (characters == 1 ? " character" : " characters");
        } else if (value instanceof Boolean) {
            return "true or false";
        } else if (value instanceof Number number) {
            if (number instanceof BigInteger big && big.bitLength() > HUGE_BITS
                    || number instanceof BigDecimal decimal && decimal.precision() - decimal.scale() > HUGE_DIGITS
                    || (number instanceof Double || number instanceof Float) && !Double.isFinite(number.doubleValue())) {
                return "a number too large to hold";
            }
            long digits = numberText(number).chars().filter(Character::isDigit).count();
            return "a number of " + digits + (digits == 1 ? " digit" : " digits");
        } else if (value instanceof Collection<?> list) {
            return list.isEmpty() ? "an empty list" : "a list of " + list.size() + (list.size() == 1 ? " value" : " values");
        } else if (value instanceof Map<?, ?>) {
            return "an object";
        }
        return "a value of another kind";
    }

    /** A number as JSON writes it, without building a huge string for a huge exponent. */
    private static String numberText(Number number) {
        if (number instanceof BigDecimal decimal) {
            // toString uses an exponent where the plain form would be long: 1E+309, not 309 zeros.
            return decimal.toString().toLowerCase(Locale.ROOT);
        } else if (number instanceof BigInteger big && big.bitLength() > HUGE_BITS) {
            return "";
        } else if (number instanceof BigInteger || number instanceof Long || number instanceof Integer
                || number instanceof Short || number instanceof Byte) {
            return number.toString();
        }
        return String.valueOf(number.doubleValue()).toLowerCase(Locale.ROOT);
    }
}
