package org.duly.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.duly.domain.Checked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A caseload as JSON Lines: one case file per line, read a line at a time, every problem located by
 * the file's line number and the column in that line, and a line that cannot be read never costing
 * the others.
 */
class CaseFileLinesTest {

    private static final String NAME = "Zebedee Quillfeather";

    private static String child(String id, String events) {
        return "{\"child\": {\"id\": \"" + id + "\", \"dateOfBirth\": \"2015-01-01\", \"name\": \"" + NAME + "\"}, \"events\": ["
                + events + "]}";
    }

    private static List<Checked<CaseFile, CaseFileProblem>> read(Path file) {
        try (Stream<Checked<CaseFile, CaseFileProblem>> cases = CaseFileReader.readLines(file)) {
            return cases.toList();
        }
    }

    @Test
    void each_line_is_a_case_file_or_its_problems_located_in_the_file(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("caseload.jsonl");
        Files.writeString(file, String.join("\n",
                child("C-1", "{\"type\": \"referral\", \"date\": \"2024-03-01\"}"),
                child("C-2", "{\"type\": \"referral\", \"date\": \"2024-02-30\"}"),
                "",
                "   ",
                child("C-3", "{\"type\": \"referral\", \"date\": \"2024-03-04\"}")) + "\n");
        List<Checked<CaseFile, CaseFileProblem>> cases = read(file);
        assertThat(cases).hasSize(3);
        assertThat(cases.get(0).value().orElseThrow().source()).isEqualTo(file + ":1");
        assertThat(cases.get(0).value().orElseThrow().timeline().subjectId()).isEqualTo("C-1");
        assertThat(cases.get(1).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(file.toString());
            assertThat(problem.line()).isEqualTo(2);
            // The column in the line is the column the same case file alone would give.
            CaseFileProblem alone = CaseFileReader.read("alone.json", child("C-2", "{\"type\": \"referral\", \"date\": \"2024-02-30\"}"))
                    .problems().get(0);
            assertThat(problem.column()).isEqualTo(alone.column()).isGreaterThan(100);
            assertThat(problem.message()).isEqualTo(alone.message());
            assertThat(problem.toString()).startsWith(file + ":2:").contains("date").doesNotContain("Zebedee");
        });
        assertThat(cases.get(2).value().orElseThrow().source()).isEqualTo(file + ":5");
    }

    @Test
    void a_byte_order_mark_windows_line_endings_and_no_final_line_feed_are_accepted(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("windows.jsonl");
        Files.writeString(file, "\uFEFF" + child("C-1", "") + "\r\n" + child("C-2", ""), StandardCharsets.UTF_8);
        assertThat(read(file)).map(read -> read.value().orElseThrow().timeline().subjectId()).containsExactly("C-1", "C-2");
    }

    @Test
    void a_line_that_is_not_json_or_not_utf8_costs_only_itself(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("mixed.jsonl");
        byte[] notUtf8 = child("C-2", "").replace("C-2", "C-\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, concat(child("C-1", "").getBytes(StandardCharsets.UTF_8), "\n{\"child\": \n".getBytes(StandardCharsets.UTF_8),
                notUtf8, "\n".getBytes(StandardCharsets.UTF_8), child("C-4", "").getBytes(StandardCharsets.UTF_8)));
        List<Checked<CaseFile, CaseFileProblem>> cases = read(file);
        assertThat(cases).hasSize(4);
        assertThat(cases.get(0).isValid()).isTrue();
        assertThat(cases.get(1).problems()).allSatisfy(problem -> assertThat(problem.line()).isEqualTo(2));
        assertThat(cases.get(2).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).startsWith("not UTF-8 text");
        });
        assertThat(cases.get(3).value().orElseThrow().source()).isEqualTo(file + ":4");
    }

    @Test
    void a_line_longer_than_a_case_file_may_be_is_refused_and_the_next_is_read(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("long.jsonl");
        byte[] huge = new byte[CaseFileReader.LARGEST_FILE + 10];
        java.util.Arrays.fill(huge, (byte) 'z');
        Files.write(file, concat(huge, "\n".getBytes(StandardCharsets.UTF_8), child("C-2", "").getBytes(StandardCharsets.UTF_8)));
        List<Checked<CaseFile, CaseFileProblem>> cases = read(file);
        assertThat(cases.get(0).problems()).singleElement().hasToString(file + ":1: a line longer than 64 MB; expected one case"
                + " file per line");
        assertThat(cases.get(1).value().orElseThrow().timeline().subjectId()).isEqualTo("C-2");
    }

    @Test
    void a_file_that_cannot_be_read_is_one_problem(@TempDir Path directory) throws Exception {
        assertThat(read(directory.resolve("missing.jsonl"))).singleElement()
                .satisfies(read -> assertThat(read.problems()).singleElement().hasToString(directory.resolve("missing.jsonl")
                        + ": no such file"));
        assertThat(read(directory)).singleElement().satisfies(read -> assertThat(read.problems().get(0).message())
                .isEqualTo("a directory; expected a case file"));
        Path fifo = directory.resolve("pipe.jsonl");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0) {
            assertThat(read(fifo)).singleElement().satisfies(read -> assertThat(read.problems().get(0).message())
                    .startsWith("not a regular file"));
        }
    }

    @Test
    void the_stream_is_lazy_reading_only_the_lines_asked_for(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("many.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            lines.append(child("C-" + i, "{\"type\": \"referral\", \"date\": \"2024-03-01\"}")).append('\n');
        }
        lines.append("not json at all\n");
        Files.writeString(file, lines);
        try (Stream<Checked<CaseFile, CaseFileProblem>> cases = CaseFileReader.readLines(file)) {
            assertThat(cases.limit(2).map(read -> read.value().orElseThrow().timeline().subjectId())).containsExactly("C-0", "C-1");
        }
        assertThat(read(file)).hasSize(1_001).last().satisfies(read -> assertThat(read.problems().get(0).line()).isEqualTo(1_001));
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    @Test
    void lines_split_without_reading_read_on_many_threads_give_what_reading_them_in_turn_gives(@TempDir Path directory)
            throws IOException {
        Path file = directory.resolve("caseload.jsonl");
        StringBuilder text = new StringBuilder("\n  \n");
        for (int i = 1; i <= 500; i++) {
            String date = i % 7 == 0 ? "2024-02-30" : "2024-03-0" + (1 + i % 9);
            text.append(child("C-" + i, "{\"type\": \"referral\", \"date\": \"" + date + "\"}")).append(i % 3 == 0 ? "\r\n" : "\n");
        }
        Files.writeString(file, text);
        List<String> inTurn = read(file).stream().map(CaseFileLinesTest::outcome).toList();
        List<String> parallel;
        List<CaseFileLine> lines;
        try (Stream<CaseFileLine> split = CaseFileReader.lines(file)) {
            lines = split.toList();
        }
        try (Stream<CaseFileLine> split = CaseFileReader.lines(file)) {
            parallel = split.parallel().map(CaseFileLine::read).map(CaseFileLinesTest::outcome).toList();
        }
        assertThat(parallel).hasSize(500).isEqualTo(inTurn);
        assertThat(inTurn.get(6)).startsWith("[" + file + ":9:").contains("no day of the calendar");
        // Every byte of the file is some line's: the blank lines before the first count in its length.
        assertThat(lines.stream().mapToLong(CaseFileLine::length).sum()).isEqualTo(Files.size(file));
        assertThat(lines.get(0).source()).isEqualTo(file + ":3");
        assertThat(lines.get(0).lineNumber()).isEqualTo(3);
        assertThat(lines.get(0).toString()).doesNotContain("Zebedee").contains(":3");
    }

    private static String outcome(Checked<CaseFile, CaseFileProblem> read) {
        return read.value().map(caseFile -> caseFile.source() + " " + caseFile.timeline().subjectId())
                .orElseGet(() -> read.problems().toString());
    }
}
