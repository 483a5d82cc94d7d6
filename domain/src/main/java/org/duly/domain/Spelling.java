package org.duly.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the timelines' messages spell an enum value: as a case file does ({@code stage2},
 * {@code teamManager}), or in words ({@code child protection}). The case-file reader keeps the
 * spelling rules of its own; this is only what the domain's messages need.
 */
final class Spelling {

    private Spelling() {
    }

    private static final Pattern UNDERSCORE_AND_NEXT = Pattern.compile("_(.)");

    /** {@code TEAM_MANAGER} as {@code teamManager}, as an event type's case-file name is spelled. */
    static String camelCase(Enum<?> value) {
        return UNDERSCORE_AND_NEXT.matcher(value.name().toLowerCase(Locale.ROOT))
                .replaceAll(next -> next.group(1).toUpperCase(Locale.ROOT));
    }

    /** {@code CHILD_PROTECTION} as {@code child protection}. */
    static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
