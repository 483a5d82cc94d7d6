package org.duly.casefile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.duly.domain.Checked;
import org.duly.domain.Timeline;
import org.duly.domain.TimelineProblem;
import org.duly.domain.events.EventType;

/**
 * Reads case files: JSON with a subject ({@code child}, {@code complaint} or {@code worker}) and its
 * {@code events}, each with a {@code type}, a {@code date} or {@code dateTime} and its own fields.
 * Every problem is reported at once, each with the file, the line and column, the event's position
 * and field, and what was expected; the domain's own checks (an unknown type, a date before birth,
 * events out of order) come back the same way. No message quotes a child's name. The result is a
 * {@link Checked} value: the case file, or every problem ({@code orElseThrow()} throws an
 * {@link InvalidCaseFileException} carrying them).
 *
 * <p>An application that adds event types of its own (declared with {@code EventType.of}) reads its
 * files with the variants that take them: its events are read into their own classes, with every
 * problem located as for Duly's own events, and an unknown type's message lists them with Duly's.
 *
 * <pre>{@code
 * Checked<CaseFile, CaseFileProblem> read = CaseFileReader.read(Path.of("local/missing-from-care.json"),
 *     MissingFromCare.EVENT_TYPES);
 * }</pre>
 *
 * <p>Reading is pure apart from reading the file; the reader keeps no state and is thread-safe.
 */
public final class CaseFileReader {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final String SCHEMA = "$schema";
    private static final String EVENTS = "events";
    private static final String TYPE = "type";
    private static final String PLAIN = "a plain value (text, a number, true or false, or a list of those)";

    private final String source;
    private final LocalEventTypes localTypes;
    private final Map<String, JsonLocation> locations = new HashMap<>();
    private final List<CaseFileProblem> problems = new ArrayList<>();
    // Fields already reported here as not plain values, so that the domain's "missing" is not said twice.
    private final Set<String> droppedFields = new HashSet<>();
    // The positions in the file (from 1) of the events handed to the domain, which numbers them from 1 in its own list.
    private final List<Integer> filePositions = new ArrayList<>();

    private CaseFileReader(String source, LocalEventTypes localTypes) {
        this.source = source;
        this.localTypes = localTypes;
    }

    /**
     * Reads and checks a case file.
     *
     * <p>Example:
     * <pre>{@code
     * Checked<CaseFile, CaseFileProblem> read = CaseFileReader.read(Path.of("examples/cases/child-protection.json"));
     * assertThat(read.isValid()).isTrue();
     * }</pre>
     *
     * @param file the file
     * @return the case file, or every problem found
     */
    public static Checked<CaseFile, CaseFileProblem> read(Path file) {
        return read(file, LocalEventTypes.NONE);
    }

    /**
     * Reads and checks a case file that may hold an application's own event types besides Duly's.
     *
     * <p>Example:
     * <pre>{@code
     * Checked<CaseFile, CaseFileProblem> read = CaseFileReader.read(Path.of("local/missing-from-care.json"),
     *     List.of(ChildWentMissing.TYPE, ChildReturned.TYPE, ReturnHomeInterview.TYPE));
     * assertThat(read.isValid()).isTrue();
     * }</pre>
     *
     * @param file the file
     * @param localTypes the application's own event types (declared with {@code EventType.of})
     * @return the case file, or every problem found
     * @throws IllegalArgumentException if a local type clashes with a built-in one or another local
     *     one, belongs to no kind of file, or has a class that cannot be read from a case file
     */
    public static Checked<CaseFile, CaseFileProblem> read(Path file, Collection<? extends EventType> localTypes) {
        return read(file, LocalEventTypes.of(localTypes));
    }

    private static Checked<CaseFile, CaseFileProblem> read(Path file, LocalEventTypes localTypes) {
        String source = file.toString();
        String json;
        try {
            json = Files.readString(file);
        } catch (NoSuchFileException e) {
            return invalid(source, "no such file");
        } catch (CharacterCodingException e) {
            return invalid(source, "not UTF-8 text; expected a JSON case file");
        } catch (IOException e) {
            return invalid(source, Files.isDirectory(file) ? "a directory; expected a case file"
                    : "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return new CaseFileReader(source, localTypes).readContent(json);
    }

    /**
     * Reads and checks a case file's content.
     *
     * <p>Example:
     * <pre>{@code
     * Checked<CaseFile, CaseFileProblem> read = CaseFileReader.read("case.json", """
     *     {"child": {"id": "C-1", "dateOfBirth": "2015-06-01"},
     *      "events": [{"type": "strategyDiscussion", "date": "2024-03-05", "initiatedSection47": "yes"}]}
     *     """);
     * assertThat(read.problems()).extracting(CaseFileProblem::toString).containsExactly(
     *     "case.json:2:79: event 1 (strategyDiscussion), initiatedSection47: expected true or false; found \"yes\"");
     * }</pre>
     *
     * @param source the file's name, for messages
     * @param json the content
     * @return the case file, or every problem found
     */
    public static Checked<CaseFile, CaseFileProblem> read(String source, String json) {
        return new CaseFileReader(source, LocalEventTypes.NONE).readContent(json);
    }

    /**
     * Reads and checks a case file's content that may hold an application's own event types.
     *
     * <p>Example:
     * <pre>{@code
     * Checked<CaseFile, CaseFileProblem> read = CaseFileReader.read("case.json", """
     *     {"child": {"id": "C-1", "dateOfBirth": "2010-06-01"},
     *      "events": [{"type": "childReturned", "dateTime": "2025-02-20T22:15", "episodeId": "M-1"}]}
     *     """, List.of(ChildReturned.TYPE));
     * assertThat(read.isValid()).isTrue();
     * }</pre>
     *
     * @param source the file's name, for messages
     * @param json the content
     * @param localTypes the application's own event types (declared with {@code EventType.of})
     * @return the case file, or every problem found
     * @throws IllegalArgumentException if a local type is not one a case file can hold ({@link #read(Path, Collection)})
     */
    public static Checked<CaseFile, CaseFileProblem> read(String source, String json, Collection<? extends EventType> localTypes) {
        return new CaseFileReader(source, LocalEventTypes.of(localTypes)).readContent(json);
    }

    private static Checked<CaseFile, CaseFileProblem> invalid(String source, String message) {
        return Checked.invalid(List.of(new CaseFileProblem(source, 0, 0, message)), InvalidCaseFileException::new);
    }

    private Checked<CaseFile, CaseFileProblem> readContent(String json) {
        Object root;
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() == null) {
                return invalid(source, "empty; expected a case file: an object with a child, a complaint or a worker, and events");
            }
            root = value(parser, "");
            if (parser.nextToken() != null) {
                problem("", parser.currentTokenLocation(), "more after the end of the case file; expected one JSON object");
            }
        } catch (JsonProcessingException e) {
            problem("", e.getLocation(), "not valid JSON: " + describe(e));
            return result(Optional.empty());
        } catch (IOException e) {
            throw new IllegalStateException("reading JSON from a string does no I/O", e);
        }
        return result(caseFile(root));
    }

    private Checked<CaseFile, CaseFileProblem> result(Optional<CaseFile> caseFile) {
        if (problems.isEmpty() && caseFile.isPresent()) {
            return Checked.valid(caseFile.get());
        }
        return Checked.invalid(problems.stream().sorted(CaseFileProblem.IN_FILE_ORDER).toList(), InvalidCaseFileException::new);
    }

    /** The value at the parser's current token, with the location of it and of everything in it. */
    private Object value(JsonParser parser, String path) throws IOException {
        locations.put(path, parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.put(name, value(parser, path.isEmpty() ? name : path + "." + name));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser, path + "[" + array.size() + "]"));
                }
                return array;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return parser.getNumberValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return parser.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> throw new IllegalStateException("a value cannot start with " + token);
        }
    }

    private Optional<CaseFile> caseFile(Object root) {
        if (!(root instanceof Map<?, ?> top)) {
            problem("", "expected an object with a child, a complaint or a worker, and events; found " + kindOf(root));
            return Optional.empty();
        }
        List<CaseFileKind> kinds = new ArrayList<>();
        for (Object key : top.keySet()) {
            Optional<CaseFileKind> kind = CaseFileKind.bySubjectKey((String) key);
            if (kind.isPresent()) {
                kinds.add(kind.get());
            } else if (!key.equals(SCHEMA) && !key.equals(EVENTS)) {
                problem((String) key, "unknown field \"" + key + "\"; expected one of: " + String.join(", ", topLevelKeys()));
            }
        }
        if (kinds.isEmpty()) {
            problem("", "no subject; expected one of: child, complaint, worker");
        }
        if (kinds.size() > 1) {
            problem(kinds.get(1).subjectKey(), "a second subject; a case file is about one child, one complaint or one worker");
        }
        Optional<List<RawEvent>> events = events(top.get(EVENTS), top.containsKey(EVENTS));
        if (kinds.size() != 1 || !(top.get(kinds.get(0).subjectKey()) instanceof Map<?, ?>) || events.isEmpty()) {
            kinds.stream().filter(kind -> !(top.get(kind.subjectKey()) instanceof Map<?, ?>)).forEach(kind ->
                    problem(kind.subjectKey(), kind.subjectKey() + ": expected an object with its fields; found "
                            + kindOf(top.get(kind.subjectKey()))));
            return Optional.empty();
        }
        CaseFileKind kind = kinds.get(0);
        Map<String, Object> subject = plainFields(kind.subjectKey(), (Map<?, ?>) top.get(kind.subjectKey()), 0);
        return domain(kind, RawTimelines.read(kind, subject, events.get(), localTypes)).map(timeline -> new CaseFile(source, timeline));
    }

    private Optional<List<RawEvent>> events(Object events, boolean given) {
        if (!given) {
            problem("", "events: missing; expected a list of events, which may be empty");
            return Optional.empty();
        }
        if (!(events instanceof List<?> list)) {
            problem(EVENTS, "events: expected a list of events; found " + kindOf(events));
            return Optional.empty();
        }
        List<RawEvent> raw = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = EVENTS + "[" + i + "]";
            int position = i + 1;
            if (!(list.get(i) instanceof Map<?, ?> event)) {
                problem(path, "event " + position + ": expected an object with a type and a date; found " + kindOf(list.get(i)));
                continue;
            }
            Object type = event.get(TYPE);
            if (!(type instanceof String name) || name.isBlank()) {
                problem(type == null ? path : path + "." + TYPE, "event " + position + ", type: "
                        + (type == null ? "missing" : "found " + kindOf(type)) + "; expected an event type such as strategyDiscussion");
                continue;
            }
            Map<String, Object> fields = plainFields(path, event, position);
            fields.remove(TYPE);
            raw.add(RawEvent.of(name, fields));
            filePositions.add(position);
        }
        return Optional.of(raw);
    }

    /** The fields of an object, without those that are not plain values (each reported). */
    private Map<String, Object> plainFields(String path, Map<?, ?> object, int position) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<?, ?> field : object.entrySet()) {
            String name = (String) field.getKey();
            Object value = field.getValue();
            boolean plain = !(value instanceof Map<?, ?>)
                    && !(value instanceof Collection<?> list && list.stream().anyMatch(e -> e instanceof Map<?, ?> || e instanceof List<?>));
            if (plain) {
                fields.put(name, value);
            } else {
                String where = position == 0 ? path : "event " + position + (object.get(TYPE) instanceof String type ? " (" + type + ")" : "");
                problem(path + "." + name, where + ", " + name + ": expected " + PLAIN + "; found " + kindOf(value));
                droppedFields.add(position + "/" + name);
            }
        }
        return fields;
    }

    private Optional<Timeline> domain(CaseFileKind kind, Checked<Timeline, TimelineProblem> built) {
        for (TimelineProblem found : built.problems()) {
            int position = found.isAboutSubject() ? 0 : filePositions.get(found.position() - 1);
            if (found.field().equals("type") || !droppedFields.contains(position + "/" + found.field())) {
                String path = position == 0 ? kind.subjectKey() : EVENTS + "[" + (position - 1) + "]";
                problem(fieldPath(path, found.field()),
                        new TimelineProblem(position, found.event(), found.field(), found.message()).toString());
            }
        }
        return built.value();
    }

    /** Where a field is, or where its object is when the field is missing. */
    private String fieldPath(String objectPath, String field) {
        for (String candidate : field.equals("date") ? List.of("date", "dateTime") : List.of(field)) {
            if (locations.containsKey(objectPath + "." + candidate)) {
                return objectPath + "." + candidate;
            }
        }
        return objectPath;
    }

    private void problem(String path, String message) {
        problem(path, locations.get(path), message);
    }

    private void problem(String path, JsonLocation location, String message) {
        int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
        int column = location == null || line == 0 ? 0 : Math.max(location.getColumnNr(), 0);
        problems.add(new CaseFileProblem(source, line, column, message));
    }

    private static List<String> topLevelKeys() {
        Set<String> keys = new TreeSet<>(List.of(SCHEMA, EVENTS));
        for (CaseFileKind kind : CaseFileKind.values()) {
            keys.add(kind.subjectKey());
        }
        return List.copyOf(keys);
    }

    private static String kindOf(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof Map<?, ?>) {
            return "an object";
        } else if (value instanceof List<?>) {
            return "a list";
        } else if (value instanceof String) {
            return "text";
        } else if (value instanceof Boolean) {
            return "true or false";
        }
        return "a number";
    }

    /** Jackson's message without the text it found, which may be personal data. */
    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage().lines().findFirst().orElse("").strip();
        message = message.replaceAll("Unrecognized token '[^']*'", "a word that is not JSON")
                .replaceAll("\\(String\\) \"[^\"]*\"", "text");
        return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
