package org.duly.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.EventType;
import org.duly.domain.value.Allocated;
import org.duly.timescales.calendar.EnglandAndWales;

/**
 * The JSON Schema (draft 2020-12) of case files, generated from the domain's own types so that it
 * cannot drift from what {@link CaseFileReader} accepts. The repository keeps a copy at
 * {@code examples/case-file.schema.json}, which a test compares with this one.
 */
public final class CaseFileSchema {

    /** Where the repository keeps the schema, relative to its root. */
    public static final String COMMITTED = "examples/case-file.schema.json";

    /**
     * The first date a case file may hold: the first the England and Wales calendar supports, so
     * that every date read is one a working-day rule can count from.
     */
    static final LocalDate FIRST_DATE = EnglandAndWales.SUPPORTED_RANGE.start();
    /** The last date a case file may hold: the last the England and Wales calendar supports. */
    static final LocalDate LAST_DATE = EnglandAndWales.SUPPORTED_RANGE.endInclusive();
    /** The most characters a text value may have: an identifier or a short description, never a document. */
    static final int LONGEST_TEXT = 1000;

    // A day of the calendar from FIRST_DATE to LAST_DATE, written out so that the schema (and an
    // editor that knows nothing of date formats) refuses 2024-02-30 and 9999-12-31 as the reader does.
    private static final String YEAR = "(?:197[89]|19[89][0-9]|2[01][0-9]{2})";
    private static final String LEAP_YEAR = "(?:19(?:8[048]|9[26])|20(?:[02468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))";
    private static final String MONTH_AND_DAY = "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
            + "|02-(?:0[1-9]|1[0-9]|2[0-8]))";
    private static final String DATE = "(?:" + YEAR + "-" + MONTH_AND_DAY + "|" + LEAP_YEAR + "-02-29)";
    private static final String TIME = "(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?";
    /** A date as a case file writes it: {@code 2024-03-05}, a real day from {@link #FIRST_DATE} to {@link #LAST_DATE}. */
    static final String DATE_PATTERN = "^" + DATE + "$";
    /** A time as a case file writes it: {@code 14:30}, {@code 14:30:15} or with a fraction of a second. */
    static final String TIME_PATTERN = "^" + TIME + "$";
    /** A date and a time together: {@code 2024-03-05T14:30}. */
    static final String DATE_TIME_PATTERN = "^" + DATE + "T" + TIME + "$";
    /**
     * Text holds at least one character that is not a space, a tab or a line break: spelled out,
     * because regular expression dialects disagree on which characters are white space.
     */
    static final String TEXT_PATTERN = "[^ \\t\\n\\r]";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CaseFileSchema() {
    }

    /**
     * The schema as JSON text.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseFileSchema.json()).contains("\"strategyDiscussion\"");
     * }</pre>
     *
     * @return the schema, pretty-printed, ending with a newline
     */
    public static String json() {
        return json(LocalEventTypes.NONE);
    }

    /**
     * The schema of an application's case files, which may hold its own event types besides Duly's:
     * each with its fields, as the reader told about them reads them.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseFileSchema.json(List.of(ChildReturned.TYPE))).contains("\"childReturned\"", "\"strategyDiscussion\"");
     * }</pre>
     *
     * @param localTypes the application's own event types (declared with {@code EventType.of})
     * @return the schema, pretty-printed, ending with a newline
     * @throws IllegalArgumentException if a local type is not one a case file can hold
     *     ({@link CaseFileReader#read(java.nio.file.Path, Collection)})
     */
    public static String json(Collection<? extends EventType> localTypes) {
        return json(LocalEventTypes.of(localTypes));
    }

    private static String json(LocalEventTypes localTypes) {
        try {
            // "key": value, as the case files and most schemas are written.
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            return new ObjectMapper().writer(printer).writeValueAsString(schema(localTypes)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a schema of plain nodes always writes", e);
        }
    }

    private static ObjectNode schema(LocalEventTypes localTypes) {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", "Duly case file");
        schema.put("description", "One child's case, one complaint or one worker's supervision: the subject and its events,"
                + " each with a type, a date (or dateTime, England's local time) and its own fields."
                + generatedBy(localTypes));
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("$schema").put("type", "string").put("maxLength", LONGEST_TEXT)
                .put("description", "Where this schema is, for editors.");
        properties.putObject("events").put("type", "array");
        ArrayNode oneOf = schema.putArray("oneOf");
        ObjectNode definitions = NODES.objectNode();
        valueShapes(definitions);
        for (CaseFileKind kind : CaseFileKind.values()) {
            String key = kind.subjectKey();
            properties.putObject(key).put("$ref", "#/$defs/" + key);
            definitions.set(key, object(kind.subjectType(), false));
            Map<String, ObjectNode> events = events(kind, localTypes);
            ObjectNode event = definitions.putObject(key + "Event");
            event.put("type", "object");
            event.putArray("required").add("type");
            event.putObject("properties").putObject("type").set("enum", strings(List.copyOf(events.keySet())));
            ArrayNode cases = event.putArray("allOf");
            events.forEach((name, fields) -> {
                definitions.set(key + "Event." + name, fields);
                ObjectNode when = cases.addObject();
                when.putObject("if").putObject("properties").putObject("type").put("const", name);
                when.putObject("then").put("$ref", "#/$defs/" + key + "Event." + name);
            });
            ObjectNode branch = oneOf.addObject();
            branch.put("title", CaseFileSpelling.words(kind));
            branch.set("required", strings(List.of(key, "events")));
            ObjectNode branchProperties = branch.putObject("properties");
            branchProperties.putObject("events").putObject("items").put("$ref", "#/$defs/" + key + "Event");
            // One subject: a file with a child and a worker is neither, whatever its events.
            for (CaseFileKind other : CaseFileKind.values()) {
                if (other != kind) {
                    branchProperties.put(other.subjectKey(), false);
                }
            }
        }
        schema.put("additionalProperties", false);
        schema.set("$defs", definitions);
        return schema;
    }

    /** How the schema was made, naming an application's own event types where there are any. */
    private static String generatedBy(LocalEventTypes localTypes) {
        List<String> names = Arrays.stream(CaseFileKind.values()).flatMap(kind -> localTypes.localTypes(kind).stream())
                .map(EventType::caseFileName).sorted().toList();
        return names.isEmpty() ? " Generated by duly schema; do not edit."
                : " Generated by CaseFileSchema.json(localTypes) with an application's own event types, "
                        + String.join(", ", names) + "; do not edit.";
    }

    private static Map<String, ObjectNode> events(CaseFileKind kind, LocalEventTypes localTypes) {
        Map<String, ObjectNode> events = new TreeMap<>();
        for (EventType type : localTypes.eventTypes(kind)) {
            events.put(type.caseFileName(), described(object(type.type(), true), type.description()));
        }
        return events;
    }

    private static ObjectNode described(ObjectNode node, String description) {
        ObjectNode described = NODES.objectNode().put("description", description);
        described.setAll(node);
        return described;
    }

    /** The schema of one value type: its fields, those required, nothing else. */
    private static ObjectNode object(Class<?> type, boolean event) {
        ObjectNode object = NODES.objectNode().put("type", "object");
        ObjectNode properties = object.putObject("properties");
        if (event) {
            properties.putObject("type").put("type", "string");
        }
        List<RawValues.Field> fields = RawValues.describe(type);
        boolean dateTime = fields.stream().anyMatch(field -> field.name().equals("time"))
                && fields.stream().anyMatch(field -> field.name().equals("date"));
        ArrayNode required = NODES.arrayNode();
        for (RawValues.Field field : fields) {
            properties.set(field.name(), isId(type, field.name()) ? NODES.objectNode().put("$ref", "#/$defs/id")
                    : field.list() ? NODES.objectNode().put("type", "array").set("items", value(field.valueType()))
                    : value(field.valueType()));
            if (field.required() && !(dateTime && field.name().equals("date"))) {
                required.add(field.name());
            }
        }
        if (dateTime) {
            properties.putObject("dateTime").put("$ref", "#/$defs/dateTime")
                    .put("description", "The date and time together, in place of date and time.");
            ArrayNode either = object.putArray("oneOf");
            either.addObject().set("required", strings(List.of("date")));
            ObjectNode alone = either.addObject();
            alone.set("required", strings(List.of("dateTime")));
            alone.putObject("not").set("required", strings(List.of("time")));
        }
        if (!required.isEmpty()) {
            object.set("required", required);
        }
        object.put("additionalProperties", false);
        return object;
    }

    /** Whether a field holds the id of a team or a worker, which Duly checks as {@link Allocated#checkId} says. */
    private static boolean isId(Class<?> type, String field) {
        return Allocated.class.isAssignableFrom(type) && (field.equals("team") || field.equals("allocatedWorker"))
                // An application's own record may have a worker field of its own meaning; Duly's events check theirs.
                || CaseEvent.class.isAssignableFrom(type) && !type.isRecord() && field.equals("worker");
    }

    /**
     * The shapes of plain values, defined once and referred to by every field that holds one: a date,
     * a time, both, text and a whole number, each as the reader reads it ({@link RawValues}).
     */
    private static void valueShapes(ObjectNode definitions) {
        definitions.putObject("date").put("description", "A day from " + FIRST_DATE + " to " + LAST_DATE
                + " (the days the working-day calendar supports), written YYYY-MM-DD.")
                .put("type", "string").put("format", "date").put("pattern", DATE_PATTERN);
        definitions.putObject("time").put("description", "A time of day, England's local time, written HH:MM or HH:MM:SS.")
                .put("type", "string").put("pattern", TIME_PATTERN);
        definitions.putObject("dateTime").put("description", "A day and a time of day, written YYYY-MM-DDTHH:MM.")
                .put("type", "string").put("pattern", DATE_TIME_PATTERN);
        definitions.putObject("text").put("description", "Text of 1 to " + LONGEST_TEXT + " characters, taken as written,"
                + " not all spaces.")
                .put("type", "string").put("minLength", 1).put("maxLength", LONGEST_TEXT).put("pattern", TEXT_PATTERN);
        definitions.putObject("id").put("description", "The id of a team or a worker, such as W-17: 1 to "
                + Allocated.LONGEST_ID + " characters without spaces, never a name.")
                .put("type", "string").put("pattern", "^[^\\s]{1," + Allocated.LONGEST_ID + "}$");
        definitions.putObject("wholeNumber").put("description", "A whole number, written without quotes.")
                .put("type", "integer").put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
    }

    private static ObjectNode value(Class<?> type) {
        ObjectNode value = NODES.objectNode();
        if (type == LocalDate.class) {
            value.put("$ref", "#/$defs/date");
        } else if (type == LocalTime.class) {
            value.put("$ref", "#/$defs/time");
        } else if (type == boolean.class || type == Boolean.class) {
            value.put("type", "boolean");
        } else if (type == int.class || type == Integer.class) {
            value.put("$ref", "#/$defs/wholeNumber");
        } else if (type.isEnum()) {
            value.set("enum", strings(Arrays.stream(type.getEnumConstants()).map(constant -> CaseFileSpelling.of((Enum<?>) constant)).toList()));
        } else {
            value.put("$ref", "#/$defs/text");
        }
        return value;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
