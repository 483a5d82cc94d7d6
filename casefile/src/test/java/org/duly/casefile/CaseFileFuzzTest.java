package org.duly.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.duly.domain.Checked;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.policy.Policy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeded fuzz test of issue 11, the reader's half: hundreds of mutated case files (the
 * mutations of the campaign in {@code shared/findings/reliability.md} and more: {@link
 * CaseFileMutations}), and mutated bytes, go through {@link CaseFileReader#read}; those that read
 * are evaluated with the Derbyshire policy ({@link Engine#evaluate}) and written as JSON
 * ({@link ScheduleJson#write}). It fails on any exception that escapes, any problem without a line
 * and a column, any message or output holding the planted name or a Java class name, and any file
 * that takes longer than a generous limit. The command line's half is the command line's own test.
 */
class CaseFileFuzzTest {

    private static final long SEED = 1_122_2026L;
    private static final int FILES = 640;
    /** Generous: a file takes milliseconds; a hang or quadratic work takes far longer. */
    private static final long LIMIT_NANOS = 10_000_000_000L;
    private static final Policy POLICY = DerbyshirePracticeStandards.policy();
    private static final Engine ENGINE = Engine.create();

    /** What went wrong with each file that went wrong, and how many files read and were scheduled. */
    private final List<String> failures = new ArrayList<>();
    private int valid;
    private int scheduled;

    @Test
    void no_mutant_lets_out_an_exception_an_unlocated_message_a_class_name_or_the_name(@TempDir Path directory) throws IOException {
        List<CaseFileMutations.Mutant> mutants = CaseFileMutations.mutants(SEED, FILES, true);
        Random random = new Random(SEED);
        for (int i = 0; i < mutants.size(); i++) {
            CaseFileMutations.Mutant mutant = mutants.get(i);
            // One in eight through a file, so that the path's checks and the decoding are fuzzed too.
            Path file = i % 8 == 0 ? Files.writeString(directory.resolve("m" + i + ".json"), mutant.json()) : null;
            run(mutant.label(), () -> file == null ? CaseFileReader.read(mutant.label(), mutant.json()) : CaseFileReader.read(file), random);
        }
        assertThat(failures).isEmpty();
        assertThat(mutants).hasSize(FILES);
        assertThat(valid).as("mutants that read, and were scheduled").isGreaterThan(FILES / 10);
        assertThat(scheduled).isGreaterThanOrEqualTo(valid);
    }

    @Test
    void no_mutated_bytes_let_out_an_exception_an_unlocated_message_or_the_name(@TempDir Path directory) throws IOException {
        Random random = new Random(SEED + 1);
        List<byte[]> originals = CaseFileMutations.examples().values().stream()
                .map(example -> CaseFileMutations.write(example).replace("\"id\":\"", "\"name\":\"" + CaseFileMutations.NAME + "\",\"id\":\"")
                        .getBytes(StandardCharsets.UTF_8)).toList();
        for (int i = 0; i < 120; i++) {
            byte[] bytes = originals.get(random.nextInt(originals.size())).clone();
            String how;
            switch (i % 6) {
                case 0 -> {
                    bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
                    how = "a byte that begins no UTF-8 character";
                }
                case 1 -> {
                    bytes = java.util.Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 1));
                    how = "cut short";
                }
                case 2 -> {
                    bytes = new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
                    how = "UTF-16";
                }
                case 3 -> {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(0x20);
                    how = "a control character";
                }
                case 4 -> {
                    for (int flip = 0; flip < 5; flip++) {
                        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                    }
                    how = "five random bytes";
                }
                default -> {
                    bytes = (new String(bytes, StandardCharsets.UTF_8).replace("Zebedee", "Z\u00e9bedee")).getBytes(StandardCharsets.ISO_8859_1);
                    how = "Latin-1";
                }
            }
            Path file = Files.write(directory.resolve("b" + i + ".json"), bytes);
            run("bytes #" + i + " (" + how + ")", () -> CaseFileReader.read(file), random);
        }
        assertThat(failures).isEmpty();
    }

    /** Reads one file, checks every problem, schedules it if it reads, and records what went wrong. */
    private void run(String label, java.util.function.Supplier<Checked<CaseFile, CaseFileProblem>> reading, Random random) {
        long start = System.nanoTime();
        try {
            Checked<CaseFile, CaseFileProblem> read = reading.get();
            for (CaseFileProblem problem : read.problems()) {
                if (problem.line() < 1 || problem.column() < 1) {
                    failures.add(label + ": a problem without a line and a column: " + problem);
                }
                check(label, problem.toString());
            }
            if (read.isValid()) {
                valid++;
                CaseFile caseFile = read.orElseThrow();
                check(label, caseFile.toString());
                for (LocalDate asOf : asOfDates(caseFile, random)) {
                    Schedule schedule = ENGINE.evaluate(caseFile.timeline(), POLICY, asOf);
                    check(label, ScheduleJson.write(Journey.of(caseFile.timeline()), schedule));
                    check(label, schedule.toString());
                }
                scheduled++;
            } else {
                try {
                    read.orElseThrow();
                } catch (InvalidCaseFileException expected) {
                    check(label, expected.getMessage());
                }
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            failures.add(label + ": " + e);
        }
        long took = System.nanoTime() - start;
        if (took > LIMIT_NANOS) {
            failures.add(label + ": took " + took / 1_000_000 + " ms");
        }
    }

    /** The day after the last event, and a day up to a year and a half later: within the calendar's range. */
    private static List<LocalDate> asOfDates(CaseFile caseFile, Random random) {
        LocalDate last = caseFile.timeline().events().isEmpty() ? LocalDate.of(2024, 6, 30)
                : caseFile.timeline().events().get(caseFile.timeline().events().size() - 1).date();
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate date : List.of(last.plusDays(1), last.plusDays(random.nextInt(550)))) {
            dates.add(date.isAfter(CaseFileSchema.LAST_DATE) ? CaseFileSchema.LAST_DATE : date);
        }
        return dates;
    }

    private void check(String label, String output) {
        String lower = output.toLowerCase(Locale.ROOT);
        for (String part : List.of("zebedee", "z\u00e9bedee", "quux", "marchbanks")) {
            if (lower.contains(part)) {
                failures.add(label + ": the planted name in " + output.substring(0, Math.min(output.length(), 300)));
            }
        }
        for (String internal : List.of("Exception", "StreamReadConstraints", "java.", "com.fasterxml", "Invalid value for")) {
            if (output.contains(internal)) {
                failures.add(label + ": an internal name (" + internal + ") in " + output.substring(0, Math.min(output.length(), 300)));
            }
        }
    }
}
