package org.duly.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Seeded mutations of the example case files ({@code examples/cases}), for the tests that feed
 * hostile input to the reader: the agreement of the reader with the schema, and the fuzz test. Each
 * operator changes one thing: a value's type, a boolean or a number given as text, a padded value,
 * an extra or a missing field, an enum value misspelled or in capitals, a date out of range or no
 * day at all, a value nested in lists, a null, text too long or blank, a second subject, a key
 * given twice; or makes a change that keeps the file valid (a whole number written 12.0, a time with
 * seconds, keys in another order, a BOM and Windows line endings, a name in the name field), so that
 * both verdicts are exercised. The name planted is {@link #NAME}.
 *
 * <p>Mutants are reproducible: the same seed gives the same mutants.
 */
final class CaseFileMutations {

    /** The name planted wherever a name could leak from. */
    static final String NAME = "Zebedee Quux-Marchbanks";
    /** The example case files, as the casefile module's tests see them. */
    static final Path EXAMPLES = Path.of("../examples/cases");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern DATE_TIME = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2})?");
    private static final Pattern CODE = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final List<String> BAD_DATES = List.of("+999999999-12-31", "-999999999-01-01", "0000-01-01", "-0001-01-01",
            "9999-12-31", "+10000-01-01", "1977-12-31", "2200-01-01", "1900-01-01", "2024-02-30", "2023-02-29", "2100-02-29",
            "2024-13-01", "2024-00-10", "2024-04-31", "24-03-05", "2024-3-5", "2024/03/05", "05/03/2024", "2024-03-05T00:00",
            "20240305", "2024-03-05Z", "", "today");
    private static final List<String> BAD_DATE_TIMES = List.of("2024-03-05T25:00", "2024-03-05T14:30Z", "2024-03-05 14:30",
            "2024-03-05T14:60", "2024-03-05T14:30:60", "2024-03-05T14", "2024-03-05", "9999-12-31T10:00", "2024-02-30T10:00",
            "2024-03-05T14:30+01:00", "2024-03-05t14:30");

    /**
     * One mutated case file.
     *
     * @param label the example and the mutation, for a failure's message
     * @param json the file's content
     * @param keepsValid whether the mutation keeps a valid file valid (for the schema and the reader alike)
     */
    record Mutant(String label, String json, boolean keepsValid) {
    }

    /** One way to mutate a file: its name, whether it keeps the file valid, and the change (empty where it does not apply). */
    private record Operator(String name, boolean keepsValid, BiFunction<ObjectNode, Random, Optional<String>> apply) {
    }

    private CaseFileMutations() {
    }

    /**
     * The example case files, each as a tree, by file name.
     *
     * @return the examples, in name order
     */
    static Map<String, ObjectNode> examples() {
        Map<String, ObjectNode> examples = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).sorted().toList()) {
                examples.put(file.getFileName().toString().replace(".json", ""), (ObjectNode) JSON.readTree(Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }

    /**
     * Mutants of the example files: every operator in turn, each on a random example with random
     * choices within it.
     *
     * @param seed the seed
     * @param count how many
     * @param plantNames whether to use the operators that plant a name where it does not belong too
     * @return the mutants
     */
    static List<Mutant> mutants(long seed, int count, boolean plantNames) {
        Random random = new Random(seed);
        List<Map.Entry<String, ObjectNode>> examples = List.copyOf(examples().entrySet());
        List<Operator> operators = new ArrayList<>(operators());
        if (plantNames) {
            operators.addAll(namePlanting());
        }
        List<Mutant> mutants = new ArrayList<>();
        int attempt = 0;
        while (mutants.size() < count) {
            Operator operator = operators.get(attempt % operators.size());
            Map.Entry<String, ObjectNode> example = examples.get(random.nextInt(examples.size()));
            attempt++;
            operator.apply().apply(example.getValue().deepCopy(), random).ifPresent(json -> mutants.add(
                    new Mutant(example.getKey() + "/" + operator.name() + "#" + mutants.size(), json, operator.keepsValid())));
            if (attempt > count * 20) {
                throw new IllegalStateException("the operators apply to too few examples");
            }
        }
        return mutants;
    }

    private static List<Operator> operators() {
        return List.of(
                // Leniencies the reader once had and the schema never had.
                new Operator("booleanAsText", false, (root, random) -> replace(root, random, JsonNode::isBoolean,
                        value -> NODES.textNode(random.nextBoolean() ? value.asText() : " " + value.asText() + " "))),
                new Operator("numberAsText", false, (root, random) -> replace(root, random, JsonNode::isIntegralNumber,
                        value -> NODES.textNode(value.asText()))),
                new Operator("paddedDate", false, (root, random) -> replace(root, random, CaseFileMutations::isDate,
                        value -> NODES.textNode(random.nextBoolean() ? " " + value.asText() : value.asText() + "\t"))),
                new Operator("paddedCode", false, (root, random) -> replace(root, random, CaseFileMutations::isCode,
                        value -> NODES.textNode(value.asText() + " "))),
                new Operator("codeAsConstantName", false, (root, random) -> replace(root, random, CaseFileMutations::isCode,
                        value -> NODES.textNode(value.asText().replaceAll("([A-Z])", "_$1").toUpperCase(java.util.Locale.ROOT)))),
                new Operator("unknownCode", false, (root, random) -> replace(root, random, CaseFileMutations::isCode,
                        value -> NODES.textNode(value.asText() + "x"))),
                // Dates and times out of range, or no day at all.
                new Operator("badDate", false, (root, random) -> replace(root, random, CaseFileMutations::isDate,
                        value -> NODES.textNode(BAD_DATES.get(random.nextInt(BAD_DATES.size()))))),
                new Operator("badDateTime", false, (root, random) -> replace(root, random, CaseFileMutations::isDateTime,
                        value -> NODES.textNode(BAD_DATE_TIMES.get(random.nextInt(BAD_DATE_TIMES.size()))))),
                // Values of the wrong kind.
                new Operator("typeChange", false, (root, random) -> replace(root, random, value -> value.isValueNode(),
                        value -> otherKind(value, random))),
                new Operator("nullValue", false, (root, random) -> replace(root, random, value -> value.isValueNode(),
                        value -> NODES.nullNode())),
                new Operator("nested", false, (root, random) -> replace(root, random, value -> value.isValueNode(),
                        value -> nest(value, 1 + random.nextInt(random.nextBoolean() ? 3 : 60)))),
                new Operator("wholeNumberOutOfRange", false, (root, random) -> replace(root, random, JsonNode::isIntegralNumber,
                        value -> List.<JsonNode>of(NODES.numberNode(2147483648L), NODES.numberNode(new BigDecimal("1e309")),
                                NODES.numberNode(new BigDecimal("1.5")), NODES.numberNode(new BigDecimal("1" + "0".repeat(99))),
                                NODES.numberNode(new BigDecimal("-2147483649"))).get(random.nextInt(5)))),
                new Operator("textTooLong", false, (root, random) -> replace(root, random, CaseFileMutations::isFreeText,
                        value -> NODES.textNode("x".repeat(random.nextBoolean() ? CaseFileSchema.LONGEST_TEXT + 1 : 150_000)))),
                new Operator("blankText", false, (root, random) -> replace(root, random, CaseFileMutations::isFreeText,
                        value -> NODES.textNode(List.of("", " ", "\t", "  \r\n").get(random.nextInt(4))))),
                // Fields extra, missing, doubled; the shape of the file.
                new Operator("extraField", false, (root, random) -> {
                    ObjectNode object = randomObject(root, random);
                    object.put(random.nextBoolean() ? "colour" : "notes", random.nextBoolean() ? "blue" : "x");
                    return Optional.of(write(root));
                }),
                new Operator("missingRequired", false, CaseFileMutations::removeRequired),
                new Operator("secondSubject", false, (root, random) -> {
                    root.putObject(subjectKey(root).equals("worker") ? "child" : "worker").put("id", "W-1").put("role", "teamManager");
                    return Optional.of(write(root));
                }),
                new Operator("noSubject", false, (root, random) -> {
                    root.remove(subjectKey(root));
                    return Optional.of(write(root));
                }),
                new Operator("eventsNotAList", false, (root, random) -> {
                    root.set("events", random.nextBoolean() ? root.get("events").get(0) : NODES.textNode("none"));
                    return Optional.of(write(root));
                }),
                new Operator("eventNotAnObject", false, (root, random) -> {
                    ArrayNode events = (ArrayNode) root.get("events");
                    if (events.isEmpty()) {
                        return Optional.empty();
                    }
                    events.set(random.nextInt(events.size()), NODES.textNode("a visit"));
                    return Optional.of(write(root));
                }),
                new Operator("schemaNotText", false, (root, random) -> {
                    root.put("$schema", 5);
                    return Optional.of(write(root));
                }),
                new Operator("duplicateKey", false, (root, random) -> Optional.of(random.nextBoolean()
                        ? write(root).replaceFirst("\"id\":", "\"id\":\"D-1\",\"id\":")
                        : write(root).replaceFirst("\"events\":", "\"events\":[],\"events\":"))),
                new Operator("rootNotAnObject", false, (root, random) -> Optional.of("[" + write(root) + "]")),
                new Operator("deepNesting", false, (root, random) -> Optional.of("[".repeat(10_000) + "]".repeat(10_000))),
                new Operator("truncated", false, (root, random) -> {
                    String json = write(root);
                    return Optional.of(json.substring(0, 1 + random.nextInt(json.length() - 1)));
                }),
                // Changes that keep a valid file valid: the reader must accept what the schema accepts.
                new Operator("wholeNumberWithFraction", true, (root, random) -> replace(root, random, JsonNode::isIntegralNumber,
                        value -> NODES.numberNode(new BigDecimal(value.asText() + (random.nextBoolean() ? ".0" : ".000"))))),
                new Operator("wholeNumberWithExponent", true, (root, random) -> replace(root, random,
                        value -> value.isIntegralNumber() && value.asInt() > 0 && value.asInt() % 10 == 0,
                        value -> NODES.numberNode(new BigDecimal(value.asInt() / 10 + "e1")))),
                new Operator("timeWithSeconds", true, (root, random) -> replace(root, random, CaseFileMutations::isDateTime,
                        value -> NODES.textNode(value.asText().length() == 16 ? value.asText() + (random.nextBoolean() ? ":00" : ":00.000")
                                : value.asText()))),
                new Operator("dateTimeAsDateAndTime", true, CaseFileMutations::splitDateTime),
                new Operator("keysReordered", true, (root, random) -> Optional.of(write(reordered(root, random)))),
                new Operator("windowsFile", true, (root, random) -> Optional.of("\uFEFF" + pretty(root).replace("\n", "\r\n"))),
                new Operator("schemaAdded", true, (root, random) -> {
                    root.put("$schema", "https://example.org/" + "case-file.schema.json");
                    return Optional.of(write(root));
                }),
                new Operator("nameGiven", true, (root, random) -> {
                    ObjectNode subject = (ObjectNode) root.get(subjectKey(root));
                    subject.put(subjectKey(root).equals("complaint") ? "complainantName" : "name", NAME);
                    return Optional.of(write(root));
                }),
                new Operator("paddedId", true, (root, random) -> {
                    ObjectNode subject = (ObjectNode) root.get(subjectKey(root));
                    subject.put("id", " " + subject.get("id").asText() + " ");
                    return Optional.of(write(root));
                }));
    }

    /** Operators that put the planted name where no message or output may repeat it. */
    private static List<Operator> namePlanting() {
        return List.of(
                new Operator("nameAsList", false, (root, random) -> plantInSubject(root, NODES.arrayNode().add(NAME))),
                new Operator("nameAsObject", false, (root, random) -> plantInSubject(root, NODES.objectNode().put("full", NAME))),
                new Operator("nameAsNumber", false, (root, random) -> plantInSubject(root, NODES.numberNode(20150101))),
                // Text where text belongs would be valid (and might break a link): the name goes where text does not.
                new Operator("nameInValue", false, (root, random) -> replace(root, random, value -> value.isValueNode() && !isFreeText(value),
                        value -> List.<JsonNode>of(NODES.textNode(NAME), NODES.arrayNode().add(NAME), NODES.objectNode().put(NAME, NAME),
                                nest(NODES.textNode(NAME), 5)).get(random.nextInt(4)))),
                new Operator("nameAsKey", false, (root, random) -> {
                    randomObject(root, random).put(random.nextBoolean() ? NAME : NAME.toLowerCase(), random.nextBoolean());
                    return Optional.of(write(root));
                }),
                new Operator("nameAsEventType", false, (root, random) -> {
                    ArrayNode events = (ArrayNode) root.get("events");
                    if (events.isEmpty()) {
                        return Optional.empty();
                    }
                    ((ObjectNode) events.get(random.nextInt(events.size()))).put("type", random.nextBoolean() ? NAME : "zebedee");
                    return Optional.of(write(root));
                }),
                new Operator("nameUnquoted", false, (root, random) -> Optional.of(write(root).replaceFirst("\"id\":\"[^\"]*\"",
                        "\"id\": " + NAME))),
                new Operator("nameGivenTwice", false, (root, random) -> Optional.of(write(root).replaceFirst("\\{", "{\"" + NAME
                        + "\": 1, \"" + NAME + "\": 2, "))),
                new Operator("nameInComment", false, (root, random) -> Optional.of("// " + NAME + "\n" + write(root))),
                new Operator("nameAfterTheEnd", false, (root, random) -> Optional.of(write(root) + " " + NAME)),
                new Operator("nameInSingleQuotes", false, (root, random) -> Optional.of(write(root).replaceFirst("\"id\":\"[^\"]*\"",
                        "'id': '" + NAME + "'"))),
                new Operator("nameInDescription", true, (root, random) -> replace(root, random,
                        value -> value.isTextual() && !isDate(value) && !isDateTime(value) && !isCode(value) && value.asText().contains(" "),
                        value -> NODES.textNode(NAME))),
                new Operator("nameInSchema", true, (root, random) -> {
                    root.put("$schema", NAME);
                    return Optional.of(write(root));
                }),
                new Operator("hugeType", false, (root, random) -> {
                    ArrayNode events = (ArrayNode) root.get("events");
                    if (events.isEmpty()) {
                        return Optional.empty();
                    }
                    // Past the reader's own limit (1,000 characters) or the parser's (100,000); ten megabytes are HostileInputTest's.
                    ((ObjectNode) events.get(0)).put("type", NAME + "z".repeat(random.nextBoolean() ? 2_000 : 150_000));
                    return Optional.of(write(root));
                }),
                new Operator("datesAtTheEdge", true, CaseFileMutations::shiftToTheEdge));
    }

    // ---- Helpers ---------------------------------------------------------------------------------

    static String write(JsonNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pretty(JsonNode root) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isDate(JsonNode value) {
        return value.isTextual() && DATE.matcher(value.asText()).matches();
    }

    private static boolean isDateTime(JsonNode value) {
        return value.isTextual() && DATE_TIME.matcher(value.asText()).matches();
    }

    /** An enum value: a code in lower camel case that is one of Duly's words (so not an id). */
    private static boolean isCode(JsonNode value) {
        return value.isTextual() && CODE.matcher(value.asText()).matches() && CaseFileWords.all().contains(value.asText());
    }

    /** Text of the subject's id, or an event's id or description: what the schema calls text. */
    private static boolean isFreeText(JsonNode value) {
        return value.isTextual() && !isDate(value) && !isDateTime(value) && !isCode(value);
    }

    private static String subjectKey(ObjectNode root) {
        for (CaseFileKind kind : CaseFileKind.values()) {
            if (root.has(kind.subjectKey())) {
                return kind.subjectKey();
            }
        }
        throw new IllegalStateException("an example without a subject");
    }

    /** A place in the tree that holds a value: the object or array and the key or index. */
    private record Place(JsonNode container, String key, int index) {
        JsonNode value() {
            return key != null ? container.get(key) : container.get(index);
        }

        void set(JsonNode value) {
            if (key != null) {
                ((ObjectNode) container).set(key, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }
    }

    /** Every place under the subject and the events that holds a value, but an event's type. */
    private static List<Place> places(JsonNode node) {
        List<Place> places = new ArrayList<>();
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals("type") && !field.getKey().equals("$schema")) {
                    places.add(new Place(node, field.getKey(), -1));
                }
                places.addAll(places(field.getValue()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                places.add(new Place(node, null, i));
                places.addAll(places(node.get(i)));
            }
        }
        return places;
    }

    /** Replaces a random value that passes the test, if there is one. */
    private static Optional<String> replace(ObjectNode root, Random random, Predicate<JsonNode> which,
            java.util.function.Function<JsonNode, JsonNode> with) {
        List<Place> candidates = places(root).stream().filter(place -> which.test(place.value())).toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Place place = candidates.get(random.nextInt(candidates.size()));
        place.set(with.apply(place.value()));
        return Optional.of(write(root));
    }

    private static JsonNode otherKind(JsonNode value, Random random) {
        List<JsonNode> others = new ArrayList<>(List.of(NODES.textNode("x1"), NODES.numberNode(7), NODES.booleanNode(true),
                NODES.arrayNode(), NODES.objectNode(), NODES.numberNode(new BigDecimal("2.5"))));
        others.removeIf(other -> other.getNodeType() == value.getNodeType());
        return others.get(random.nextInt(others.size()));
    }

    private static JsonNode nest(JsonNode value, int depth) {
        JsonNode nested = value;
        for (int i = 0; i < depth; i++) {
            nested = NODES.arrayNode().add(nested);
        }
        return nested;
    }

    private static ObjectNode randomObject(ObjectNode root, Random random) {
        List<ObjectNode> objects = new ArrayList<>();
        objects.add((ObjectNode) root.get(subjectKey(root)));
        root.get("events").forEach(event -> objects.add((ObjectNode) event));
        return random.nextInt(4) == 0 ? root : objects.get(random.nextInt(objects.size()));
    }

    private static Optional<String> plantInSubject(ObjectNode root, JsonNode value) {
        ObjectNode subject = (ObjectNode) root.get(subjectKey(root));
        subject.set(subjectKey(root).equals("complaint") ? "complainantName" : "name", value);
        return Optional.of(write(root));
    }

    /** Removes a field the schema requires: the subject's id, an event's type or date, or another required field. */
    private static Optional<String> removeRequired(ObjectNode root, Random random) {
        ArrayNode events = (ArrayNode) root.get("events");
        int choice = random.nextInt(4);
        if (choice == 0 || events.isEmpty()) {
            ((ObjectNode) root.get(subjectKey(root))).remove("id");
            return Optional.of(write(root));
        }
        ObjectNode event = (ObjectNode) events.get(random.nextInt(events.size()));
        if (choice == 1) {
            event.remove("type");
        } else if (choice == 2) {
            event.remove(List.of("date", "dateTime", "time"));
        } else {
            CaseFileKind kind = CaseFileKind.bySubjectKey(subjectKey(root)).orElseThrow();
            Optional<Class<? extends org.duly.domain.events.TimelineEvent>> type = LocalEventTypes.NONE.typeOf(kind, event.get("type").asText());
            List<String> required = type.map(RawValues::requiredFieldsOf).orElse(List.of()).stream()
                    .filter(field -> !field.equals("date") && event.has(field)).toList();
            if (required.isEmpty()) {
                return Optional.empty();
            }
            event.remove(required.get(random.nextInt(required.size())));
        }
        return Optional.of(write(root));
    }

    /** A dateTime written as the date and the time it stands for. */
    private static Optional<String> splitDateTime(ObjectNode root, Random random) {
        List<ObjectNode> timed = new ArrayList<>();
        root.get("events").forEach(event -> {
            if (event.has("dateTime")) {
                timed.add((ObjectNode) event);
            }
        });
        if (timed.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode event = timed.get(random.nextInt(timed.size()));
        LocalDateTime dateTime = LocalDateTime.parse(event.remove("dateTime").asText());
        event.put("date", dateTime.toLocalDate().toString()).put("time", dateTime.toLocalTime().toString());
        return Optional.of(write(root));
    }

    private static ObjectNode reordered(ObjectNode object, Random random) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        object.fields().forEachRemaining(fields::add);
        java.util.Collections.shuffle(fields, random);
        ObjectNode copy = NODES.objectNode();
        for (Map.Entry<String, JsonNode> field : fields) {
            JsonNode value = field.getValue();
            if (value.isObject()) {
                value = reordered((ObjectNode) value, random);
            } else if (value.isArray()) {
                ArrayNode array = NODES.arrayNode();
                value.forEach(element -> array.add(element.isObject() ? reordered((ObjectNode) element, random) : element));
                value = array;
            }
            copy.set(field.getKey(), value);
        }
        return copy;
    }

    /**
     * Every date moved by the same number of days so that the file starts at the first day a case
     * file may hold or ends at the last: the order and the gaps between events stay as they were.
     */
    private static Optional<String> shiftToTheEdge(ObjectNode root, Random random) {
        List<Place> dated = places(root).stream().filter(place -> isDate(place.value()) || isDateTime(place.value())).toList();
        if (dated.isEmpty()) {
            return Optional.empty();
        }
        List<LocalDate> days = dated.stream().map(place -> LocalDate.parse(place.value().asText().substring(0, 10))).sorted().toList();
        long shift = random.nextBoolean()
                ? ChronoUnit.DAYS.between(days.get(0), CaseFileSchema.FIRST_DATE)
                : ChronoUnit.DAYS.between(days.get(days.size() - 1), CaseFileSchema.LAST_DATE);
        for (Place place : dated) {
            String text = place.value().asText();
            place.set(NODES.textNode(LocalDate.parse(text.substring(0, 10)).plusDays(shift) + text.substring(10)));
        }
        return Optional.of(write(root));
    }
}
