package org.duly.domain.events;

import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An event type an application declared with {@link EventType#of}: its case-file name, the class of
 * its events and its English description, compared by all three.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param caseFileName the name in a case file, lower camel case
 * @param type the class of its events
 * @param description the event in English
 */
record LocalEventType(String caseFileName, Class<? extends TimelineEvent> type, String description) implements EventType {

    private static final Pattern LOWER_CAMEL_CASE = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern BEFORE_CAPITAL = Pattern.compile("(?=[A-Z])");

    /** Checks the three parts: a name in lower camel case, a class not Duly's own, a description. */
    LocalEventType {
        Objects.requireNonNull(caseFileName, "caseFileName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (!LOWER_CAMEL_CASE.matcher(caseFileName).matches()) {
            throw new IllegalArgumentException("an event type's case-file name is in lower camel case, a letter then letters"
                    + " and digits, such as childReturned; not '" + caseFileName + "'");
        }
        if (description.isBlank()) {
            throw new IllegalArgumentException("the event type " + caseFileName + " needs a description in English");
        }
        // A built-in class already has its type; a second would make its events ambiguous.
        Class<? extends TimelineEvent> eventClass = type;
        Arrays.stream(CaseEventType.values()).filter(builtIn -> builtIn.type().isAssignableFrom(eventClass)).findFirst()
                .ifPresent(builtIn -> {
                    throw new IllegalArgumentException(eventClass.getName() + " is Duly's own " + builtIn.caseFileName()
                            + "; a local event type needs an event class of its own");
                });
    }

    /** The case-file name in upper snake case: {@code childReturned} is {@code CHILD_RETURNED}. */
    @Override
    public String name() {
        return String.join("_", BEFORE_CAPITAL.split(caseFileName)).toUpperCase(java.util.Locale.ROOT);
    }

    /** The case-file name, as the built-in types print themselves. */
    @Override
    public String toString() {
        return caseFileName;
    }
}
