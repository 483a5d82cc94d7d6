package org.duly.casefile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One event as a case file or a case management system holds it, before it is checked: its type's
 * case-file name and its fields as raw values. A field is text, a boolean, a number or a list of
 * those, as a JSON parser produces them; {@code date} or {@code dateTime} is required, and a null
 * value counts as absent.
 *
 * <p>This record is immutable (its map is an unmodifiable copy) and thread-safe.
 *
 * @param type the event type's case-file name, such as {@code strategyDiscussion}
 * @param values the fields by name, such as {@code date} and {@code initiatedSection47}
 */
public record RawEvent(String type, Map<String, Object> values) {

    /** Copies the fields, keeping their order; the case-file reader's own read-only fields need no copy. */
    public RawEvent {
        Objects.requireNonNull(type, "type");
        values = values instanceof FieldMap read ? read : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * A raw event.
     *
     * <p>Example:
     * <pre>{@code
     * RawEvent raw = RawEvent.of("strategyDiscussion", Map.of("dateTime", "2024-03-05T14:30", "initiatedSection47", true));
     * assertThat(raw.values()).containsEntry("initiatedSection47", true);
     * }</pre>
     *
     * @param type the event type's case-file name
     * @param values the fields by name
     * @return the raw event
     */
    public static RawEvent of(String type, Map<String, ?> values) {
        return new RawEvent(type, Collections.unmodifiableMap(values));
    }
}
