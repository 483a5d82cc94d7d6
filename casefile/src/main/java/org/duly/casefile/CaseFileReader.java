package org.duly.casefile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.duly.domain.Checked;
import org.duly.domain.Timeline;
import org.duly.domain.TimelineProblem;
import org.duly.domain.events.EventType;

/**
 * Reads case files: JSON with a subject ({@code child}, {@code complaint} or {@code worker}) and its
 * {@code events}, each with a {@code type}, a {@code date} or {@code dateTime} and its own fields.
 * Every problem is reported at once, each with the file, the line and column, the event's position
 * and field, and what was expected; the domain's own checks (an unknown type, a date before birth,
 * events out of order) come back the same way. The result is a {@link Checked} value: the case
 * file, or every problem ({@code orElseThrow()} throws an {@link InvalidCaseFileException} carrying
 * them).
 *
 * <p>It reads exactly what the schema ({@link CaseFileSchema}) describes, nothing converted: a
 * boolean is {@code true} or {@code false} (not the text {@code "true"}), a whole number a number
 * ({@code 7} or {@code 7.0}, not {@code "7"}), a date a day from 1978-01-01 to 2199-12-31 written
 * {@code 2024-03-05} (the days the working-day calendar supports, so that every rule can count from
 * every date a file holds), an enum value its case-file spelling, text 1 to 1,000 characters taken
 * as written; a field is given once, never as null. A UTF-8 byte-order mark and Windows line
 * endings are fine.
 *
 * <p>No message quotes personal data, whatever the input holds: a value is quoted only where it
 * cannot be a name ({@link Quoting}: a date, a time, a number, a boolean or one of Duly's own
 * words, at most 40 characters), and otherwise described ("found text of 23 characters", "a list
 * of 1 value"); a field or an event type that is not one of Duly's is named by its place
 * ({@code field 3}, {@code event 2}). Nor does a message name a Java or library class.
 *
 * <p>Hostile input costs little: a path that is not a regular file (a named pipe, a device, a
 * directory) is refused from its attributes without being opened; the parser stops at once at text
 * longer than 100,000 characters, a number longer than 100 digits, nesting deeper than 32 levels or
 * a file larger than 64 MB; and the work is linear in the file's size.
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

    /** The largest case file read, in bytes (or characters, for content given as text): 100,000 events take about 15 MB. */
    static final int LARGEST_FILE = 64 * 1024 * 1024;
    /** How deep JSON may nest: a case file nests four levels (the file, its events, an event, a list in it). */
    private static final int DEEPEST = 32;
    /** The most digits a number may have: a whole number in a case file has ten at most. */
    private static final int LONGEST_NUMBER = 100;
    /** The longest text the parser reads at all, far beyond any field's own limit, so that a huge value costs nothing. */
    private static final int LONGEST_STRING = 100 * CaseFileSchema.LONGEST_TEXT;
    /** The longest field name the parser reads at all: every known one is far shorter. */
    private static final int LONGEST_NAME = CaseFileSchema.LONGEST_TEXT;

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(DEEPEST).maxNumberLength(LONGEST_NUMBER)
                    .maxStringLength(LONGEST_STRING).maxNameLength(LONGEST_NAME).maxDocumentLength(LARGEST_FILE).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String SCHEMA = "$schema";
    private static final String EVENTS = "events";
    private static final String TYPE = "type";

    private final String source;
    private final LocalEventTypes localTypes;
    /**
     * Whether this reading keeps where each value is. A case file is read first without (path strings
     * and locations for every value cost more than the rest of reading), and only one with a problem is
     * read again, locating, to say where each problem is.
     */
    private final boolean locating;
    private final Map<String, JsonLocation> locations = new HashMap<>();
    private final List<CaseFileProblem> problems = new ArrayList<>();
    // Fields reported here as null, so that the domain's "missing" is not said twice.
    private final Set<String> droppedFields = new HashSet<>();
    // The positions in the file (from 1) of the events handed to the domain, which numbers them from 1 in its own list.
    private final List<Integer> filePositions = new ArrayList<>();
    /** The fields of the objects being parsed, name then value, innermost last. */
    private Object[] fieldStack = new Object[64];
    private int fieldsTop;

    private CaseFileReader(String source, LocalEventTypes localTypes) {
        this(source, localTypes, false);
    }

    private CaseFileReader(String source, LocalEventTypes localTypes, boolean locating) {
        this.source = source;
        this.localTypes = localTypes;
        this.locating = locating;
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
        Optional<String> refused = CaseFileBytes.refusal(file, LARGEST_FILE);
        if (refused.isPresent()) {
            return invalid(source, refused.get());
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return invalid(source, CaseFileBytes.unreadable(file, e));
        }
        Optional<CaseFileProblem> notText = CaseFileBytes.notUtf8(source, bytes);
        if (notText.isPresent()) {
            return Checked.invalid(List.of(notText.get()), InvalidCaseFileException::new);
        }
        return new CaseFileReader(source, localTypes).readContent(new String(bytes, StandardCharsets.UTF_8));
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

    /**
     * Reads a caseload written as JSON Lines ({@code .jsonl}): one case file per line, each of the
     * shape of a {@code .json} case file, read one line at a time so that memory does not grow with the
     * caseload. Each element is one line's case file (its source is {@code file:LINE}) or every
     * problem of that line, located by the file's line number and the column; blank lines are
     * skipped. A file that cannot be read at all (a directory, a named pipe, no such file) gives one
     * element, its problem. The stream holds the file open: close it, as {@link Files#lines} asks.
     *
     * <p>Example:
     * <pre>{@code
     * try (Stream<Checked<CaseFile, CaseFileProblem>> cases = CaseFileReader.readLines(Path.of("caseload.jsonl"))) {
     *     cases.forEach(read -> read.value().ifPresent(caseFile -> engine.evaluate(caseFile.timeline(), policy, asOf)));
     * }
     * }</pre>
     *
     * @param file the JSON Lines file
     * @return each line's case file or problems, in the file's order
     */
    public static Stream<Checked<CaseFile, CaseFileProblem>> readLines(Path file) {
        return lines(file).map(CaseFileLine::read);
    }

    /**
     * Reads a caseload written as JSON Lines whose case files may hold an application's own event types.
     *
     * <p>Example:
     * <pre>{@code
     * try (Stream<Checked<CaseFile, CaseFileProblem>> cases = CaseFileReader.readLines(file, List.of(ChildReturned.TYPE))) {
     *     long valid = cases.filter(Checked::isValid).count();
     * }
     * }</pre>
     *
     * @param file the JSON Lines file
     * @param localTypes the application's own event types (declared with {@code EventType.of})
     * @return each line's case file or problems, in the file's order
     * @throws IllegalArgumentException if a local type is not one a case file can hold ({@link #read(Path, Collection)})
     */
    public static Stream<Checked<CaseFile, CaseFileProblem>> readLines(Path file, Collection<? extends EventType> localTypes) {
        return lines(file, localTypes).map(CaseFileLine::read);
    }

    /**
     * Splits a caseload written as JSON Lines into its lines without reading them, so that they can be
     * read on many threads ({@link CaseFileLine#read()}): what {@link #readLines(Path)} reads one by
     * one. Splitting is fast (it only looks for line feeds); reading is the work. The stream holds the
     * file open: close it.
     *
     * <p>Example:
     * <pre>{@code
     * try (Stream<CaseFileLine> lines = CaseFileReader.lines(Path.of("caseload.jsonl"))) {
     *     lines.forEach(line -> pool.submit(() -> line.read()));
     * }
     * }</pre>
     *
     * @param file the JSON Lines file
     * @return its lines, blank ones left out, in the file's order
     */
    public static Stream<CaseFileLine> lines(Path file) {
        return CaseFileLines.of(file, source -> new CaseFileReader(source, LocalEventTypes.NONE));
    }

    /**
     * Splits a caseload written as JSON Lines whose case files may hold an application's own event
     * types into its lines, without reading them.
     *
     * <p>Example:
     * <pre>{@code
     * try (Stream<CaseFileLine> lines = CaseFileReader.lines(file, List.of(ChildReturned.TYPE))) {
     *     long valid = lines.parallel().map(CaseFileLine::read).filter(Checked::isValid).count();
     * }
     * }</pre>
     *
     * @param file the JSON Lines file
     * @param localTypes the application's own event types (declared with {@code EventType.of})
     * @return its lines, blank ones left out, in the file's order
     * @throws IllegalArgumentException if a local type is not one a case file can hold ({@link #read(Path, Collection)})
     */
    public static Stream<CaseFileLine> lines(Path file, Collection<? extends EventType> localTypes) {
        LocalEventTypes types = LocalEventTypes.of(localTypes);
        return CaseFileLines.of(file, source -> new CaseFileReader(source, types));
    }

    /** One line of a JSON Lines caseload: a case file's whole content, located as if it were a file of one line. */
    Checked<CaseFile, CaseFileProblem> readLine(String json) {
        return readContent(json);
    }

    private static Checked<CaseFile, CaseFileProblem> invalid(String source, String message) {
        return Checked.invalid(List.of(new CaseFileProblem(source, 0, 0, message)), InvalidCaseFileException::new);
    }

    private Checked<CaseFile, CaseFileProblem> readContent(String json) {
        Checked<CaseFile, CaseFileProblem> read = readOnce(json);
        return read.isValid() || locating ? read : new CaseFileReader(source, localTypes, true).readOnce(json);
    }

    private Checked<CaseFile, CaseFileProblem> readOnce(String json) {
        // A byte-order mark is not part of the JSON (RFC 8259 lets a reader ignore it); Windows tools write one.
        String text = !json.isEmpty() && json.charAt(0) == BYTE_ORDER_MARK ? json.substring(1) : json;
        Object root;
        JsonParser parser = null;
        try {
            parser = JSON.createParser(text);
            if (locating) {
                locations.put("", parser.currentLocation());
            }
            if (parser.nextToken() == null) {
                problem("", "empty; expected a case file: an object with a child, a complaint or a worker, and events");
                return result(Optional.empty());
            }
            root = value(parser, "");
            if (parser.nextToken() != null) {
                problem("", parser.currentTokenLocation(), "more after the end of the case file; expected one JSON object");
            }
        } catch (JsonProcessingException e) {
            problem("", JsonProblems.location(e, parser), JsonProblems.message(e, LIMITS));
            return result(Optional.empty());
        } catch (IOException e) {
            throw new IllegalStateException("reading JSON from a string does no I/O", e);
        } finally {
            close(parser);
        }
        return result(caseFile(root));
    }

    private static void close(JsonParser parser) {
        try {
            if (parser != null) {
                parser.close();
            }
        } catch (IOException e) {
            throw new IllegalStateException("closing a parser of a string does no I/O", e);
        }
    }

    /** The limits as messages state them. */
    private static final JsonProblems.Limits LIMITS = new JsonProblems.Limits(DEEPEST, LONGEST_NUMBER, LONGEST_STRING, LONGEST_NAME,
            LARGEST_FILE);

    private Checked<CaseFile, CaseFileProblem> result(Optional<CaseFile> caseFile) {
        if (problems.isEmpty() && caseFile.isPresent()) {
            return Checked.valid(caseFile.get());
        }
        return Checked.invalid(problems.stream().sorted(CaseFileProblem.IN_FILE_ORDER).toList(), InvalidCaseFileException::new);
    }

    /** The value at the parser's current token, with the location of it and of everything in it. */
    private Object value(JsonParser parser, String path) throws IOException {
        if (locating) {
            locations.put(path, parser.currentTokenLocation());
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                // Names are unique (the parser refuses a duplicate), so the fields go straight onto the reader's
                // stack of fields, in order, a nested object's above its parent's, and are copied out once.
                int start = fieldsTop;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    Object value = value(parser, !locating ? path : path.isEmpty() ? name : path + "." + name);
                    if (fieldsTop + 2 > fieldStack.length) {
                        fieldStack = Arrays.copyOf(fieldStack, fieldStack.length * 2);
                    }
                    fieldStack[fieldsTop++] = name;
                    fieldStack[fieldsTop++] = value;
                }
                FieldMap object = FieldMap.of(fieldStack, start, fieldsTop);
                Arrays.fill(fieldStack, start, fieldsTop, null);
                fieldsTop = start;
                return object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser, locating ? path + "[" + array.size() + "]" : path));
                }
                return array;
            }
            case VALUE_STRING -> {
                return parser.getText();
            }
            case VALUE_NUMBER_INT -> {
                return parser.getNumberValue();
            }
            case VALUE_NUMBER_FLOAT -> {
                // Exactly as written: 1.0 is a whole number, as JSON Schema's integer has it; 1e309 is no infinity.
                return parser.getDecimalValue();
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
            problem("", "expected an object with a child, a complaint or a worker, and events; found " + Quoting.describe(root));
            return Optional.empty();
        }
        List<CaseFileKind> kinds = new ArrayList<>();
        int ordinal = 0;
        for (Map.Entry<?, ?> entry : top.entrySet()) {
            ordinal++;
            String key = (String) entry.getKey();
            Optional<CaseFileKind> kind = CaseFileKind.bySubjectKey(key);
            if (kind.isPresent()) {
                kinds.add(kind.get());
            } else if (key.equals(SCHEMA)) {
                schemaLocation(entry.getValue());
            } else if (!key.equals(EVENTS)) {
                problem(key, RawValues.fieldLabel(key, ordinal) + ": " + RawValues.unknownField(key, topLevelKeys())
                        + "; expected one of: " + String.join(", ", topLevelKeys()));
            }
        }
        if (kinds.isEmpty()) {
            problem("", "no subject; expected one of: child, complaint, worker");
        }
        if (kinds.size() > 1) {
            problem(kinds.get(1).subjectKey(), "a second subject; a case file is about one child, one complaint or one worker");
        }
        Optional<List<RawEvent>> events = events(top.get(EVENTS), top.containsKey(EVENTS), kinds.size() == 1 ? kinds.get(0) : null);
        if (kinds.size() != 1 || !(top.get(kinds.get(0).subjectKey()) instanceof Map<?, ?>) || events.isEmpty()) {
            kinds.stream().filter(kind -> !(top.get(kind.subjectKey()) instanceof Map<?, ?>)).forEach(kind ->
                    problem(kind.subjectKey(), kind.subjectKey() + ": expected an object with its fields; found "
                            + Quoting.describe(top.get(kind.subjectKey()))));
            return Optional.empty();
        }
        CaseFileKind kind = kinds.get(0);
        Map<String, Object> subject = fields(kind.subjectKey(), (Map<?, ?>) top.get(kind.subjectKey()), 0, kind.subjectKey());
        return domain(kind, RawTimelines.read(kind, subject, events.get(), localTypes)).map(timeline -> new CaseFile(source, timeline));
    }

    /** {@code $schema} says where the schema is, for editors: text, and nothing else is checked. */
    private void schemaLocation(Object value) {
        if (!(value instanceof String text) || text.codePointCount(0, text.length()) > CaseFileSchema.LONGEST_TEXT) {
            problem(SCHEMA, SCHEMA + ": expected text of at most " + CaseFileSchema.LONGEST_TEXT + " characters, where the schema is;"
                    + " found " + Quoting.describe(value));
        }
    }

    private Optional<List<RawEvent>> events(Object events, boolean given, CaseFileKind kind) {
        if (!given) {
            problem("", "events: missing; expected a list of events, which may be empty");
            return Optional.empty();
        }
        if (!(events instanceof List<?> list)) {
            problem(EVENTS, "events: expected a list of events; found " + Quoting.describe(events));
            return Optional.empty();
        }
        List<RawEvent> raw = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            // The path locates problems, which only the second reading reports: the first does without it.
            String path = locating ? EVENTS + "[" + i + "]" : EVENTS;
            int position = i + 1;
            if (!(list.get(i) instanceof Map<?, ?> event)) {
                problem(path, "event " + position + ": expected an object with a type and a date; found " + Quoting.describe(list.get(i)));
                continue;
            }
            Object type = event.get(TYPE);
            if (!(type instanceof String name)) {
                problem(type == null ? path : path + "." + TYPE, "event " + position + ", type: "
                        + (type == null ? "missing" : "found " + Quoting.describe(type)) + "; expected an event type such as strategyDiscussion");
                continue;
            }
            // The label is for messages only: the first reading, which says nothing, does without it.
            Map<String, Object> fields = fields(path, event, position, locating ? eventLabel(position, name, kind) : "");
            raw.add(new RawEvent(name, fields));
            filePositions.add(position);
        }
        return Optional.of(raw);
    }

    /** How this reader's own messages name an event: with its type where a message may quote it. */
    private String eventLabel(int position, String type, CaseFileKind kind) {
        boolean known = kind != null && localTypes.typeOf(kind, type).isPresent();
        return "event " + position + (known || Quoting.quotable(type, CaseFileWords.all()) ? " (" + type + ")" : "");
    }

    /**
     * The fields of a subject or an event as the raw timelines read them (an event's without its
     * type), each null reported here (JSON Schema has no null for a field; leave the field out), and
     * each field that a problem can only name by its place ({@link RawValues#fieldLabel}) located
     * under that name too.
     */
    private Map<String, Object> fields(String path, Map<?, ?> object, int position, String where) {
        Map<String, Object> fields = FieldMap.of(object, position == 0 ? null : TYPE);
        int ordinal = 0;
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            ordinal++;
            if (!locating && field.getValue() != null) {
                // A label is for locating a field and for saying it is null: the first reading of a good field needs neither.
                continue;
            }
            String label = RawValues.fieldLabel(field.getKey(), ordinal);
            if (locating && !label.equals(field.getKey())) {
                locations.put(path + "." + label, locations.get(path + "." + field.getKey()));
            }
            if (field.getValue() == null) {
                problem(path + "." + field.getKey(), where + ", " + label + ": found null; expected a value, or no field at all");
                droppedFields.add(position + "/" + label);
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

    /** A problem at a path, located there or, failing that, at the nearest enclosing value: every problem has a line. */
    private void problem(String path, String message) {
        String at = path;
        while (!locations.containsKey(at) && !at.isEmpty()) {
            int end = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
            at = end < 0 ? "" : at.substring(0, end);
        }
        problem(path, locations.get(at), message);
    }

    private void problem(String path, JsonLocation location, String message) {
        int line = location == null ? 1 : Math.max(location.getLineNr(), 1);
        int column = location == null ? 1 : Math.max(location.getColumnNr(), 1);
        problems.add(new CaseFileProblem(source, line, column, message));
    }

    private static List<String> topLevelKeys() {
        Set<String> keys = new TreeSet<>(List.of(SCHEMA, EVENTS));
        for (CaseFileKind kind : CaseFileKind.values()) {
            keys.add(kind.subjectKey());
        }
        return List.copyOf(keys);
    }
}
