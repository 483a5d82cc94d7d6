package org.duly.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.duly.domain.Checked;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader against hostile input: one test per defect the fuzz campaign of issue 11 found
 * ({@code shared/findings/reliability.md}, D2 to D11) and the newcomer's P13 and P14, each with
 * the campaign's own reproducer where it has one. Every problem is located (a line and a column, or
 * the file where the file itself is at fault), names no Java or library class, and never repeats
 * the planted name, however the input holds it.
 */
class HostileInputTest {

    private static final String NAME = CaseFileMutations.NAME;
    private static final String CHILD = "\"child\": {\"id\": \"C-1\", \"dateOfBirth\": \"2015-01-01\"}";
    /** A hang guard, not a timing: each of these runs in milliseconds. */
    private static final Duration NO_HANG = Duration.ofSeconds(30);

    private static List<CaseFileProblem> problems(String json) {
        Checked<CaseFile, CaseFileProblem> read = CaseFileReader.read("f.json", json);
        assertThat(read.isValid()).as("expected problems: " + json.substring(0, Math.min(json.length(), 200))).isFalse();
        return read.problems();
    }

    /** Located, plain and free of the name: what every problem in this test must be. */
    private static void assertPlain(List<CaseFileProblem> problems) {
        assertThat(problems).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.line()).as(problem.toString()).isPositive();
            assertThat(problem.column()).as(problem.toString()).isPositive();
            assertThat(problem.toString()).doesNotContainIgnoringCase("zebedee").doesNotContainIgnoringCase("quux")
                    .doesNotContainIgnoringCase("marchbanks")
                    .doesNotContain("Exception", "StreamReadConstraints", "DateTime", "java.", "com.fasterxml", "`");
        });
    }

    private static String messages(List<CaseFileProblem> problems) {
        return problems.stream().map(CaseFileProblem::toString).reduce("", (a, b) -> a + "\n" + b);
    }

    /**
     * D2: a name given as a list, an object or a number, typed into a date, used as a field's name or
     * as an event type, in every kind of file and in free text, with and without a valid name field,
     * is never repeated: a message says what kind of value it found.
     */
    @Test
    void d2_no_message_quotes_a_name_whatever_shape_the_input_gives_it() {
        List<String> files = List.of(
                "{\"child\": {\"id\": \"C-1\", \"dateOfBirth\": \"2015-01-01\", \"name\": [\"" + NAME + "\"]}, \"events\": []}",
                "{\"child\": {\"id\": \"C-1\", \"dateOfBirth\": \"2015-01-01\", \"name\": {\"first\": \"" + NAME + "\"}}, \"events\": []}",
                "{\"child\": {\"id\": \"C-1\", \"dateOfBirth\": \"2015-01-01\", \"name\": 20150101}, \"events\": []}",
                "{\"child\": {\"id\": \"C-1\", \"dateOfBirth\": \"" + NAME + "\"}, \"events\": []}",
                "{\"child\": {\"id\": \"C\", \"dateOfBirth\": \"2015-01-01\", \"" + NAME + "\": true}, \"events\": [{\"type\": \""
                        + NAME + "\", \"date\": \"2024-01-01\"}]}",
                "{\"child\": {\"id\": \"C\", \"name\": \"" + NAME + "\", \"dateOfBirth\": \"2015-01-01\", \"zebedee\": true},"
                        + " \"events\": [{\"type\": \"zebedee\", \"date\": \"2024-01-01\"}]}",
                "{\"complaint\": {\"id\": \"CF-1\", \"kind\": \"statutory\", \"complainantName\": [\"" + NAME + "\"]},"
                        + " \"events\": [{\"type\": \"complaintReceived\", \"date\": \"" + NAME + "\"}]}",
                "{\"worker\": {\"id\": \"W-1\", \"role\": \"" + NAME + "\", \"name\": {\"n\": \"" + NAME + "\"}}, \"events\": []}",
                "{" + CHILD + ", \"events\": [{\"type\": \"courtDirectionMade\", \"date\": \"2024-01-01\", \"directionId\": \"D-1\","
                        + " \"dueDate\": \"2024-02-01\", \"description\": [\"" + NAME + "\"]}]}",
                "{" + CHILD + ", \"events\": [{\"type\": \"visit\", \"date\": \"2024-01-01\", \"purpose\": \"" + NAME + "\","
                        + " \"childSeen\": \"" + NAME + "\", \"seenAlone\": [[[\"" + NAME + "\"]]]}]}",
                "{" + CHILD + ", \"" + NAME + "\": 1, \"events\": [], \"$schema\": {\"" + NAME + "\": 1}}",
                "{" + CHILD + ", \"events\": [{\"type\": \"strategyDiscussion\", \"date\": \"2024-01-01\", \"initiatedSection47\": null,"
                        + " \"" + NAME + "\": null}]}");
        for (String file : files) {
            assertPlain(problems(file));
        }
        assertThat(messages(problems(files.get(0)))).contains("child, name: expected text; found a list of 1 value");
        assertThat(messages(problems(files.get(3))))
                .contains("child, dateOfBirth: expected a date such as 2024-03-05; found text of 23 characters");
        assertThat(messages(problems(files.get(4)))).contains(
                "f.json:1:79: child, field 3: unknown field (its name, text of 23 characters, is not shown); expected one of:",
                "f.json:1:106: event 1, type: unknown event type (its name, text of 23 characters, is not shown); expected one of:");
    }

    /**
     * D2: a value is quoted only where it cannot be personal data (a date, a time, a number, a
     * boolean, one of Duly's own words), and then only up to a few dozen characters; anything else
     * is described. Known names may still be suggested ("did you mean strategyDiscussion?").
     */
    @Test
    void d2_d9_a_message_quotes_only_dates_numbers_booleans_and_known_words_and_few_characters_of_them() {
        assertThat(messages(problems("{" + CHILD + ", \"events\": [{\"type\": \"conferenceHeld\", \"date\": \"2024-02-30\","
                + " \"kind\": \"review\", \"preBirth\": \"no\"}, {\"type\": \"strategyDiscusion\", \"date\": \"2024-03-01\"}]}")))
                .contains("date: expected a date such as 2024-03-05; found \"2024-02-30\", which is no day of the calendar",
                        "preBirth: expected true or false; found \"no\"",
                        "event 2, type: unknown event type (its name, text of 17 characters, is not shown)"
                                + " (did you mean strategyDiscussion?)");
        String longDate = "2024-03-05" + " ".repeat(200);
        String longText = "x".repeat(900) + " Zebedee";
        List<CaseFileProblem> found = problems("{\"child\": {\"id\": \"C-1\", \"dateOfBirth\": \"" + longDate + "\","
                + " \"disabled\": \"" + longText + "\"}, \"events\": []}");
        assertPlain(found);
        assertThat(messages(found)).contains("dateOfBirth: expected a date such as 2024-03-05; found text of 210 characters")
                .doesNotContain("x".repeat(Quoting.LONGEST + 1));
    }

    /**
     * D4: a year the calendar cannot count from (+999999999, 0, negative, 9999, before 1978, after
     * 2199) is refused where it is, with the range a case file may hold; no message carries
     * java.time's "Invalid value for Year"; and a file at the very edges of the range reads and is
     * scheduled without an error, so that validate OK means schedule works.
     */
    @Test
    void d4_a_date_outside_the_calendars_years_is_refused_where_it_is() {
        for (String year : List.of("+999999999-12-31", "-999999999-01-01", "0000-01-01", "-0001-01-01", "9999-12-31",
                "+10000-01-01", "1977-12-31", "2200-01-01")) {
            List<CaseFileProblem> found = problems("{\"child\": {\"id\": \"C\", \"dateOfBirth\": \"" + year + "\"}, \"events\":"
                    + " [{\"type\": \"becameLookedAfter\", \"date\": \"2024-01-01\", \"legalStatus\": \"section20\"}]}");
            assertPlain(found);
            assertThat(found).extracting(CaseFileProblem::toString).containsExactly("f.json:1:38: child, dateOfBirth: expected a date"
                    + " from 1978-01-01 to 2199-12-31, the days the working-day calendar supports; found \"" + year + "\"");
        }
        CaseFile first = CaseFileReader.read("first.json", "{\"child\": {\"id\": \"C\", \"dateOfBirth\": \"1978-01-01\"},"
                + " \"events\": [{\"type\": \"referral\", \"date\": \"1978-01-01\"}, {\"type\": \"strategyDiscussion\","
                + " \"dateTime\": \"1978-01-02T09:00\", \"initiatedSection47\": true}]}").orElseThrow();
        CaseFile last = CaseFileReader.read("last.json", "{\"child\": {\"id\": \"C\", \"dateOfBirth\": \"2190-01-01\"},"
                + " \"events\": [{\"type\": \"referral\", \"date\": \"2199-12-30\"}, {\"type\": \"strategyDiscussion\","
                + " \"dateTime\": \"2199-12-31T23:59\", \"initiatedSection47\": true}, {\"type\": \"becameLookedAfter\","
                + " \"date\": \"2199-12-31\", \"legalStatus\": \"section20\"}]}").orElseThrow();
        for (CaseFile edge : List.of(first, last)) {
            for (LocalDate asOf : List.of(LocalDate.of(1978, 1, 1), LocalDate.of(1978, 1, 10), LocalDate.of(2199, 12, 31))) {
                assertThatCode(() -> {
                    Schedule schedule = Engine.create().evaluate(edge.timeline(), DerbyshirePracticeStandards.policy(), asOf);
                    assertThat(ScheduleJson.write(Journey.of(edge.timeline()), schedule)).contains("\"caseId\"");
                }).as(edge.source() + " as of " + asOf).doesNotThrowAnyException();
            }
        }
    }

    /** D6: a named pipe is refused from its attributes, never opened: reading one would wait for ever. */
    @Test
    void d6_a_named_pipe_is_refused_before_it_is_read(@TempDir Path directory) throws Exception {
        Path pipe = directory.resolve("p.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException noMkfifo) {
            assumeTrue(false, "mkfifo is not on this system");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo made no pipe");
        List<CaseFileProblem> found = assertTimeoutPreemptively(NO_HANG, () -> CaseFileReader.read(pipe).problems());
        assertThat(found).extracting(CaseFileProblem::toString).containsExactly(pipe + ": not a regular file (a named pipe, a"
                + " device or a socket, which could keep a reader waiting); expected a case file");
    }

    /**
     * D6 and D11: a device, a directory, a symbolic link in a loop or to nothing, a missing file are
     * each refused in plain words, with no Java class name ({@code FileSystemException}).
     */
    @Test
    void d6_d11_a_device_a_directory_or_a_broken_link_is_refused_in_plain_words(@TempDir Path directory) throws IOException {
        Path loop = directory.resolve("loop.json");
        Files.createSymbolicLink(loop, directory.resolve("other.json"));
        Files.createSymbolicLink(directory.resolve("other.json"), loop);
        Path dangling = Files.createSymbolicLink(directory.resolve("dangling.json"), directory.resolve("absent.json"));
        List<String> found = new ArrayList<>();
        for (Path path : List.of(loop, dangling, directory, directory.resolve("absent.json"), directory.resolve("absent.json/x"))) {
            found.add(assertTimeoutPreemptively(NO_HANG, () -> CaseFileReader.read(path).problems()).toString());
        }
        assertThat(found).containsExactly(
                "[" + loop + ": a symbolic link that cannot be followed (it leads round in a loop); expected a case file]",
                "[" + dangling + ": a symbolic link to a file that does not exist; expected a case file]",
                "[" + directory + ": a directory; expected a case file]",
                "[" + directory.resolve("absent.json") + ": no such file]",
                "[" + directory.resolve("absent.json/x") + ": no such file]");
        Path device = Path.of("/dev/null");
        if (Files.exists(device)) {
            assertThat(assertTimeoutPreemptively(NO_HANG, () -> CaseFileReader.read(device).problems()))
                    .extracting(CaseFileProblem::message).singleElement().asString().startsWith("not a regular file");
        }
    }

    /**
     * D7 and D9: an event type, an id or a field name of ten megabytes is refused by the parser's
     * own limit as it reads, at once, with a short located message that repeats none of it.
     */
    @Test
    void d7_a_huge_value_is_refused_before_any_work_with_a_short_message() {
        String huge = NAME + "z".repeat(10_000_000);
        for (String file : List.of(
                "{" + CHILD + ", \"events\": [{\"type\": \"" + huge + "\", \"date\": \"2024-01-01\"}]}",
                "{\"child\": {\"id\": \"" + huge + "\", \"dateOfBirth\": \"2015-01-01\"}, \"events\": []}",
                "{" + CHILD + ", \"events\": [{\"type\": \"referral\", \"date\": \"2024-01-01\", \"" + huge + "\": 1}]}")) {
            List<CaseFileProblem> found = assertTimeoutPreemptively(NO_HANG, () -> problems(file));
            assertPlain(found);
            assertThat(found).singleElement().satisfies(problem -> assertThat(problem.toString()).hasSizeLessThan(200));
        }
        List<CaseFileProblem> longId = problems("{\"child\": {\"id\": \"" + "z".repeat(5_000) + "\", \"dateOfBirth\": \"2015-01-01\"},"
                + " \"events\": []}");
        assertThat(longId).extracting(CaseFileProblem::toString).containsExactly(
                "f.json:1:18: child, id: expected text of at most 1000 characters; found text of 5000 characters");
    }

    /**
     * D10: the checks across events are linear. Thousands of placements, plans, court directions and
     * ends of placements that never started are read, with the right verdicts; the timing is in the
     * benchmarks ({@code CaseFileReadBenchmark}), not here.
     */
    @Test
    void d10_many_linked_events_are_checked_with_the_right_verdicts() {
        int many = 5_000;
        StringBuilder events = new StringBuilder("{\"type\": \"becameLookedAfter\", \"date\": \"2016-01-01\", \"legalStatus\": \"section20\"}");
        for (int i = 0; i < many; i++) {
            String day = LocalDate.of(2016, 1, 2).plusDays(i / 10).toString();
            events.append(", {\"type\": \"placementStarted\", \"date\": \"").append(day).append("\", \"placementId\": \"P-").append(i)
                    .append("\", \"placementType\": \"localAuthorityFosterCare\"}")
                    .append(", {\"type\": \"courtDirectionMade\", \"date\": \"").append(day).append("\", \"directionId\": \"D-").append(i)
                    .append("\", \"dueDate\": \"2030-01-01\"}")
                    .append(", {\"type\": \"childsPlanCreated\", \"date\": \"").append(day).append("\", \"kind\": \"childInNeed\","
                            + " \"planId\": \"PL-").append(i).append("\"}")
                    .append(", {\"type\": \"visit\", \"date\": \"").append(day).append("\", \"childSeen\": true, \"purpose\":"
                            + " \"lookedAfter\", \"seenAlone\": true, \"placementId\": \"P-").append(i).append("\"}")
                    .append(", {\"type\": \"placementEnded\", \"date\": \"").append(day).append("\", \"placementId\": \"P-").append(i)
                    .append("\"}");
        }
        assertThat(CaseFileReader.read("f.json", "{" + CHILD + ", \"events\": [" + events + "]}").isValid()).isTrue();
        StringBuilder unknownEnds = new StringBuilder("{\"type\": \"referral\", \"date\": \"2016-01-01\"}");
        for (int i = 0; i < many; i++) {
            unknownEnds.append(", {\"type\": \"placementEnded\", \"date\": \"2016-01-02\", \"placementId\": \"X-").append(i).append("\"}");
        }
        List<CaseFileProblem> found = problems("{" + CHILD + ", \"events\": [" + unknownEnds + "]}");
        assertThat(found).hasSize(many).allSatisfy(problem -> assertThat(problem.message())
                .endsWith("placementId: no placement with this placementId has started; expected the identifier of the open placement"));
    }

    /**
     * D11 and D4: deep nesting, numbers out of range, a number of 100,000 digits, NaN, a comment
     * and broken UTF-8 are each reported with a line and a column and without a library's words.
     */
    @Test
    void d11_a_document_beyond_the_limits_is_located_in_plain_words(@TempDir Path directory) throws IOException {
        assertThat(problems("[".repeat(10_000) + "]".repeat(10_000))).extracting(CaseFileProblem::toString).containsExactly(
                "f.json:1:34: nested more than 32 levels deep; expected a case file, which nests four levels at most");
        assertThat(problems("{\"child\": {\"id\": " + "9".repeat(100_000) + "}, \"events\": []}")).extracting(CaseFileProblem::toString)
                .containsExactly("f.json:1:100018: a number of more than 100 digits; expected a whole number such as 12");
        assertThat(problems("{\"child\": {\"id\": \"C\", \"dateOfBirth\": \"2015-01-01\"}, \"events\": [{\"type\":"
                + " \"familyTimeDirected\", \"date\": \"2024-01-01\", \"directedBy\": \"court\", \"intervalDays\": 1e309}]}"))
                .extracting(CaseFileProblem::toString).containsExactly("f.json:1:156: event 1 (familyTimeDirected), intervalDays:"
                        + " expected a whole number from -2147483648 to 2147483647; found 1e+309");
        for (String broken : List.of("{\"child\": NaN}", "// " + NAME + "\n{}", "{\"child\": {\"id\": " + NAME + "}}",
                "{\"a\": 1,}", "{'child': 1}", "{\"child\": {}} " + NAME, "{\"child\": \"" + NAME)) {
            assertPlain(problems(broken));
        }
        Path latin1 = Files.write(directory.resolve("latin1.json"), ("{\"child\": {\"id\": \"C-1\",\n \"name\": \"Zo\u00e9\"}}")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(CaseFileReader.read(latin1).problems()).extracting(CaseFileProblem::toString).containsExactly(latin1
                + ":2:13: not UTF-8 text: the byte 0xe9 here begins no UTF-8 character; expected a JSON case file in UTF-8");
        Path utf16 = Files.write(directory.resolve("utf16.json"), "{}".getBytes(StandardCharsets.UTF_16));
        assertThat(CaseFileReader.read(utf16).problems()).extracting(CaseFileProblem::message).containsExactly(
                "UTF-16 text (it starts with a UTF-16 byte-order mark); expected a JSON case file in UTF-8: save it as UTF-8");
    }

    /**
     * P13: a UTF-8 byte-order mark (Windows PowerShell and older Notepad write one) and Windows line
     * endings are accepted, in a file and in content, with lines counted as an editor counts them.
     */
    @Test
    void p13_a_byte_order_mark_and_windows_line_endings_are_accepted(@TempDir Path directory) throws IOException {
        String json = "\uFEFF{" + CHILD + ",\r\n \"events\": [\r\n  {\"type\": \"referral\", \"date\": \"2024-01-01\"}\r\n]}\r\n";
        Path file = Files.writeString(directory.resolve("windows.json"), json);
        assertThat(CaseFileReader.read(file).isValid()).isTrue();
        assertThat(CaseFileReader.read("f.json", json).isValid()).isTrue();
        assertThat(problems(json.replace("referral", "referal"))).extracting(CaseFileProblem::toString).singleElement().asString()
                .startsWith("f.json:3:12: event 1, type: unknown event type");
    }

    /**
     * P14: what the schema refuses the reader refuses: text for a boolean or a number, padded dates
     * and codes, an enum value by its constant's name, a null, two subjects, a {@code $schema} that
     * is not text; {@link SchemaAgreementTest} proves it over hundreds of mutants.
     */
    @Test
    void p14_the_leniencies_the_schema_never_had_are_gone() {
        assertThat(problems("{\"child\": {\"id\": \"C\", \"dateOfBirth\": \" 2015-01-01\", \"disabled\": \"true\", \"name\": null},"
                + " \"events\": [{\"type\": \"conferenceHeld\", \"date\": \"2024-03-01\", \"kind\": \"INITIAL\"},"
                + " {\"type\": \"familyTimeDirected\", \"date\": \"2024-04-03\", \"directedBy\": \"court \", \"intervalDays\": \"7\"}],"
                + " \"$schema\": 5}")).extracting(CaseFileProblem::toString).containsExactly(
                "f.json:1:38: child, dateOfBirth: expected a date such as 2024-03-05; found \" 2015-01-01\"",
                "f.json:1:65: child, disabled: expected true or false; found \"true\"",
                "f.json:1:81: child, name: found null; expected a value, or no field at all",
                "f.json:1:156: event 1 (conferenceHeld), kind: expected one of: initial, review; found \"INITIAL\" (did you mean initial?)",
                "f.json:1:235: event 2 (familyTimeDirected), directedBy: expected one of: court, socialWorker; found text of 6 characters"
                        + " (did you mean court?)",
                "f.json:1:261: event 2 (familyTimeDirected), intervalDays: expected a whole number; found \"7\"",
                "f.json:1:279: $schema: expected text of at most 1000 characters, where the schema is; found a number of 1 digit");
        assertThat(problems("{\"child\": {\"id\": \"C-1\", \"dateOfBirth\": \"2015-01-01\"}, \"worker\": {\"id\": \"W-1\","
                + " \"role\": \"teamManager\"}, \"events\": [{\"type\": \"referral\", \"date\": \"2024-01-01\"}]}"))
                .extracting(CaseFileProblem::message).containsExactly(
                        "a second subject; a case file is about one child, one complaint or one worker");
    }
}
