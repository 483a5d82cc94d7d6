package org.duly.casefile;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.duly.domain.events.EventType;
import org.duly.domain.value.Spelling;

/**
 * The words a case file may hold that are Duly's, not a person's: the keys of its top level, the
 * field names of every subject and event, every event type's name, every enum value (in its
 * case-file spelling and as its constant's name). A message may quote these ({@link Quoting}); any
 * other text in a case file is only described. Also where a message finds its suggestion ("did you
 * mean strategyDiscussion?"): suggesting a known word leaks nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CaseFileWords {

    /** Longer than any known word by far: no suggestion is looked for (a typo is never this long, and the search costs). */
    private static final int LONGEST_TYPO = 64;

    private CaseFileWords() {
    }

    /** Duly's own words, worked out once. */
    private static final class Holder {
        private static final Set<String> BUILT_IN = builtIn();
    }

    /**
     * Duly's own words: the top-level keys, and the event types, fields and enum values of every
     * kind of case file.
     *
     * @return the words, unmodifiable
     */
    static Set<String> builtIn() {
        Set<String> words = new TreeSet<>(List.of("$schema", "events", "type", "dateTime"));
        for (CaseFileKind kind : CaseFileKind.values()) {
            words.add(kind.subjectKey());
            addFields(words, kind.subjectType());
            for (EventType type : kind.eventTypes()) {
                words.add(type.caseFileName());
                addFields(words, type.type());
            }
        }
        return Set.copyOf(words);
    }

    /** The words of a value type: its fields, and the values of its enum fields. */
    private static void addFields(Set<String> words, Class<?> type) {
        for (RawValues.Field field : RawValues.describe(type)) {
            words.add(field.name());
            words.addAll(enumWords(field.valueType()));
        }
    }

    /**
     * The words of an enum type: each value's case-file spelling and its constant's name.
     *
     * @param type a value type; nothing for one that is not an enum
     * @return the words
     */
    static List<String> enumWords(Class<?> type) {
        if (!type.isEnum()) {
            return List.of();
        }
        return Arrays.stream(type.getEnumConstants())
                .flatMap(constant -> Arrays.stream(new String[] {Spelling.camelCase((Enum<?>) constant), ((Enum<?>) constant).name()}))
                .toList();
    }

    /**
     * Duly's own words, for {@link Quoting#found(Object, Collection)}.
     *
     * @return the words, unmodifiable
     */
    static Set<String> all() {
        return Holder.BUILT_IN;
    }

    /**
     * {@code " (did you mean strategyDiscussion?)"} for a typed word near a known one, or nothing.
     *
     * @param typed the word as typed
     * @param known the words it may have meant
     * @return the suggestion, with a leading space, or empty text
     */
    static String suggestion(String typed, Collection<String> known) {
        if (typed.length() > LONGEST_TYPO) {
            return "";
        }
        Optional<String> closest = Spelling.closest(typed, known);
        return closest.filter(name -> !name.equals(typed)).map(name -> " (did you mean " + name + "?)").orElse("");
    }
}
