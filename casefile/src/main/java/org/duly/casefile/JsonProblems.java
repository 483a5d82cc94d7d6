package org.duly.casefile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the JSON parser's complaints say, in plain words: where it stopped, and why, without the text
 * it stopped at (which may be personal data: a name typed without quotes, a field name given twice),
 * without a Java or Jackson name, and with a limit of the reader said as a limit of a case file.
 *
 * <p>This class is immutable and thread-safe.
 */
final class JsonProblems {

    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:field|Object property) ['\"](.*)['\"]$");
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("^Unexpected character \\('.*' \\(code (\\d+)[^)]*\\)\\):? ?(.*)$");
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)': expected '(.)'.*$");
    private static final Pattern TICKED = Pattern.compile("\\s*\\(?[^()]*`[^`]*`[^()]*\\)?");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'|\"([^\"]*)\"");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?[^()\\[]*\\[Source:[^\\]]*\\]\\)?");
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9]*\\.)+[A-Z][A-Za-z0-9$]*\\b");
    private static final List<String> JSON_WORDS = List.of("null", "true", "false");
    private static final int LONGEST_MESSAGE = 200;

    /**
     * The reader's limits, as its messages state them.
     *
     * @param deepest how deep JSON may nest
     * @param longestNumber the most digits of a number
     * @param longestText the most characters of a text value
     * @param longestName the most characters of a field name
     * @param largestFile the most characters of a file
     */
    record Limits(int deepest, int longestNumber, int longestText, int longestName, int largestFile) {
    }

    private JsonProblems() {
    }

    /**
     * Where the parser stopped: the location its exception gives, else the parser's own.
     *
     * @param e the exception
     * @param parser the parser, or null if it was never made
     * @return the location, or null if neither has one
     */
    static JsonLocation location(JsonProcessingException e, JsonParser parser) {
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            return location;
        }
        return parser == null ? null : parser.currentLocation();
    }

    /**
     * What the parser's exception means, in plain words.
     *
     * @param e the exception
     * @param limits the limits the parser was given
     * @return the message
     */
    static String message(JsonProcessingException e, Limits limits) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("").strip();
        if (e instanceof StreamConstraintsException) {
            return limit(original, limits);
        }
        return "not valid JSON: " + plain(original);
    }

    private static String limit(String original, Limits limits) {
        if (original.startsWith("Document nesting depth")) {
            return "nested more than " + limits.deepest() + " levels deep; expected a case file, which nests four levels at most";
        } else if (original.startsWith("Number value length") || original.startsWith("Number length")) {
            return "a number of more than " + limits.longestNumber() + " digits; expected a whole number such as 12";
        } else if (original.startsWith("String value length") || original.startsWith("String length")) {
            return "text of more than " + limits.longestText() + " characters; expected text of at most "
                    + CaseFileSchema.LONGEST_TEXT + " characters";
        } else if (original.startsWith("Name length")) {
            return "a field name of more than " + limits.longestName() + " characters; expected a field name such as dateOfBirth";
        } else if (original.startsWith("Document length")) {
            return "more than " + limits.largestFile() + " characters; expected a smaller case file";
        }
        return "beyond what a case file may hold; expected a smaller case file";
    }

    private static String plain(String original) {
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.matches()) {
            String name = duplicate.group(1);
            return "a field given twice" + (Quoting.quotable(name, CaseFileWords.all()) ? ", " + name : Quoting.notShown(name, List.of()))
                    + "; expected each field once";
        }
        if (original.startsWith("Unrecognized token")) {
            return "a word that is not JSON; expected text in double quotes, a number, true, false or null";
        }
        if (original.startsWith("Unexpected end-of-input")) {
            return original.contains("closing quote") ? "the file ends inside text; expected its closing double quote"
                    : "the file ends too early; expected the rest of the case file, every { and [ closed";
        }
        if (original.startsWith("Non-standard token")) {
            return "a number JSON does not have (NaN or Infinity); expected a number";
        }
        Matcher character = UNEXPECTED_CHARACTER.matcher(original);
        if (character.matches()) {
            int code = Integer.parseInt(character.group(1));
            String rest = character.group(2).contains("comment") ? "a comment, which JSON does not have" : sanitize(character.group(2));
            return "unexpected " + characterName(code) + (rest.isEmpty() ? "" : ": " + rest);
        }
        Matcher close = CLOSE_MARKER.matcher(original);
        if (close.matches()) {
            return "unexpected '" + close.group(1) + "'; expected '" + close.group(2) + "' to close what is open";
        }
        return sanitize(original);
    }

    /** A character by its code: itself if it is printable ASCII, else its Unicode number. */
    private static String characterName(int code) {
        if (code == 0xfeff) {
            return "byte-order mark (U+FEFF) inside the file";
        }
        if (code > ' ' && code < 0x7f) {
            return "character '" + (char) code + "'";
        }
        return String.format(Locale.ROOT, "character U+%04X", code);
    }

    /**
     * The parser's own words with anything it quoted from the input removed (but JSON's own words
     * and single characters), and without Java names or the parser's settings.
     */
    private static String sanitize(String message) {
        String text = SOURCE.matcher(message).replaceAll("");
        text = TICKED.matcher(text).replaceAll("");
        text = CLASS_NAME.matcher(text).replaceAll("");
        Matcher quoted = QUOTED.matcher(text);
        StringBuilder plain = new StringBuilder();
        while (quoted.find()) {
            String inside = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
            quoted.appendReplacement(plain, Matcher.quoteReplacement(inside.length() <= 1 || JSON_WORDS.contains(inside)
                    ? quoted.group() : "(text not shown)"));
        }
        quoted.appendTail(plain);
        String result = plain.toString().strip();
        if (result.isEmpty()) {
            return "not readable as JSON";
        }
        result = Character.toLowerCase(result.charAt(0)) + result.substring(1);
        return result.length() > LONGEST_MESSAGE ? result.substring(0, LONGEST_MESSAGE) + "..." : result;
    }
}
