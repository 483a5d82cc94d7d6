package org.duly.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.duly.casefile.CaseFile;
import org.duly.casefile.CaseFileLine;
import org.duly.casefile.CaseFileProblem;
import org.duly.casefile.CaseFileReader;
import org.duly.domain.Checked;
import org.duly.timescales.calendar.CalendarRangeException;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.policy.Policy;

/**
 * The case files a command was given, read and scheduled one at a time so that one bad file never
 * costs the rest: each file's problems are kept with it and the command goes on to the next. Files
 * are named as given; a directory stands for the {@code .json} files under it (in any case, following
 * links, in name order, without {@code *.schema.json}). An entry of a directory that is not a regular
 * file (a named pipe, a device, a link to nothing, a link back to a folder above it) is reported and
 * never opened: opening a pipe would wait for ever. A date java.time cannot count with is a problem of
 * its file; any other unexpected failure while reading or scheduling one file becomes a problem of that
 * file too (an internal error, exit code 3), and is kept for {@code --debug}.
 */
final class CaseFileBatch {

    private static final String TOO_FAR = "a date in it is too far in the past or the future to count with";

    private final List<Path> files = new ArrayList<>();
    // Entries of a directory that looked like case files but could not be read (a pipe, a loop), or an empty directory.
    private int skippedEntries;
    // Case files read so far (a JSON Lines file counts each line), and those with a problem.
    private int cases;
    private int badCases;
    private final List<CaseFileProblem> problems = new ArrayList<>();
    private final List<Throwable> internalErrors = new ArrayList<>();

    private CaseFileBatch() {
    }

    /** The files named, as they are: a directory among them is a problem the reader reports. */
    static CaseFileBatch named(List<Path> files) {
        CaseFileBatch batch = new CaseFileBatch();
        files.forEach(batch::add);
        return batch;
    }

    /** The files the arguments name, directories expanded, with a problem for each entry that cannot be read. */
    static CaseFileBatch expanding(List<Path> arguments) {
        CaseFileBatch batch = new CaseFileBatch();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                batch.expand(argument);
            } else {
                batch.add(argument);
            }
        }
        return batch;
    }

    /** The files to read, in order. */
    List<Path> files() {
        return List.copyOf(files);
    }

    /**
     * Reads one file: the case file, or empty with its problems kept.
     *
     * @param file one of {@link #files()}
     * @return the case file, if it has no problems
     */
    Optional<CaseFile> read(Path file) {
        // The same reading, with the same problems, as each case of forEachCase.
        return accept(done(file.toString(), 0, () -> CaseFileReader.read(file), caseFile -> caseFile), "reading");
    }

    /**
     * Reads every case of every file on {@code threads} threads and does {@code work} with each good
     * case file there, handing each result to {@code each} on this thread in the files' order (a
     * {@code .json} file is one case, a JSON Lines file one case per line), so that what {@code each}
     * builds is the same at any number of threads. The problems of a bad case, and a failure of the
     * work (said as {@code doing} it: "scheduling"), are kept, and the next case is read. Progress gets
     * the bytes of each case taken in, good or bad.
     *
     * @param threads how many threads read and work at once (1: all on this one)
     * @param doing what the work is, for the problem a failure of it makes: "scheduling"
     * @param work what to do with each good case file, on any thread
     * @param each what to do with each result, on this thread, in order
     * @param progress told the bytes of each case taken in
     */
    <T> void forEachCase(int threads, String doing, Function<CaseFile, T> work, Consumer<T> each, LongConsumer progress) {
        try (OrderedPool<Done<T>> pool = new OrderedPool<>(threads, "duly-cases", done -> {
            accept(done, doing).ifPresent(each);
            progress.accept(done.bytes());
        })) {
            for (Path file : files) {
                if (!isJsonLines(file)) {
                    long bytes = sizeOf(file);
                    pool.submit(() -> done(file.toString(), bytes, () -> CaseFileReader.read(file), work));
                    continue;
                }
                // Lines are split here, in order, and read on the pool: reading is the work, splitting is quick.
                try (Stream<CaseFileLine> lines = CaseFileReader.lines(file)) {
                    lines.forEach(line -> pool.submit(() -> done(line.source(), line.length(), line::read, work)));
                } catch (RuntimeException | StackOverflowError unexpected) {
                    pool.submitDone(new Done<>(file.toString(), 0, List.of(), Optional.empty(), Optional.of(unexpected), "reading"));
                }
            }
        }
    }

    /**
     * Schedules a case file read from this batch: the schedule, or empty with the problem kept. A
     * date the calendar cannot reach (a case in 1950, a due date past 2199) is a problem of the file.
     */
    Optional<Schedule> evaluate(CaseFile caseFile, Engine engine, Policy policy, LocalDate asOf) {
        try {
            return Optional.of(caseFile.evaluate(engine, policy, asOf));
        } catch (RuntimeException | StackOverflowError failed) {
            badCases++;
            return failedTo("scheduling", caseFile.source(), failed);
        }
    }

    /** What one case came to, made on any thread: its problems, or the work's result, or what failed while doing what. */
    record Done<T>(String source, long bytes, List<CaseFileProblem> problems, Optional<T> result, Optional<Throwable> failure,
            String doing) {
    }

    /** Reads one case and does the work with it, touching no batch, so that many can be done at once. */
    static <T> Done<T> done(String source, long bytes, Supplier<Checked<CaseFile, CaseFileProblem>> reading,
            Function<CaseFile, T> work) {
        Checked<CaseFile, CaseFileProblem> read;
        try {
            read = reading.get();
        } catch (DateTimeException outside) {
            // A date java.time cannot count with (year +999999999): the input's fault, though the reader should say where.
            return new Done<>(source, bytes, List.of(wholeFile(source, TOO_FAR)), Optional.empty(), Optional.empty(), "reading");
        } catch (RuntimeException | StackOverflowError unexpected) {
            return new Done<>(source, bytes, List.of(), Optional.empty(), Optional.of(unexpected), "reading");
        }
        if (!read.isValid()) {
            return new Done<>(source, bytes, read.problems(), Optional.empty(), Optional.empty(), "reading");
        }
        try {
            return new Done<>(source, bytes, List.of(), Optional.of(work.apply(read.value().orElseThrow())), Optional.empty(), "");
        } catch (RuntimeException | StackOverflowError failed) {
            return new Done<>(source, bytes, List.of(), Optional.empty(), Optional.of(failed), "");
        }
    }

    /** Takes one case into the batch: the work's result, or empty with its problems kept. */
    private <T> Optional<T> accept(Done<T> done, String doing) {
        cases++;
        if (!done.problems().isEmpty()) {
            badCases++;
            problems.addAll(done.problems());
            return Optional.empty();
        }
        if (done.failure().isPresent()) {
            badCases++;
            return done.doing().equals("reading") ? internal(done.source(), "reading", done.failure().get())
                    : failedTo(doing, done.source(), done.failure().get());
        }
        return done.result();
    }

    /** The sum of the named files' sizes: what progress counts to. */
    long totalBytes() {
        return files.stream().mapToLong(CaseFileBatch::sizeOf).sum();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException | RuntimeException unknown) {
            return 0;
        }
    }

    private <T> Optional<T> failedTo(String doing, String file, Throwable failed) {
        if (failed instanceof CalendarRangeException outside) {
            problems.add(wholeFile(file, "cannot be scheduled: " + outside.getMessage()));
        } else if (failed instanceof DateTimeException) {
            // java.time's own message names its fields ("Invalid value for Year"): say it in words instead.
            problems.add(wholeFile(file, "cannot be scheduled: " + TOO_FAR));
        } else {
            return internal(file, doing, failed);
        }
        return Optional.empty();
    }

    /** How many case files were read or found unreadable, the good and the bad: a JSON Lines file counts each line. */
    int size() {
        return cases + skippedEntries;
    }

    /** How many of them had a problem. */
    long bad() {
        return badCases + skippedEntries;
    }

    /** Throws the problems of every file, if there were any; {@code summary} adds to the count of them. */
    void throwIfProblems(String summary) {
        if (!problems.isEmpty()) {
            throw new InvalidCaseFilesException(problems, internalErrors, count() + summary);
        }
    }

    /** "3 problems in 2 of 50 case files". */
    String count() {
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + bad() + " of " + size()
                + (size() == 1 ? " case file" : " case files");
    }

    private <T> Optional<T> internal(String file, String doing, Throwable unexpected) {
        internalErrors.add(unexpected);
        problems.add(wholeFile(file, "internal error while " + doing + " it (" + unexpected.getClass().getSimpleName()
                + "); run again with --debug for the details, and please report it"));
        return Optional.empty();
    }

    private void add(Path file) {
        files.add(file);
    }

    private static CaseFileProblem wholeFile(Path file, String message) {
        return wholeFile(file.toString(), message);
    }

    private static CaseFileProblem wholeFile(String file, String message) {
        return new CaseFileProblem(file, 0, 0, message);
    }

    private void expand(Path directory) {
        List<Path> found = new ArrayList<>();
        List<CaseFileProblem> skipped = new ArrayList<>();
        try {
            Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                            if (!isCaseFileName(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attributes.isRegularFile()) {
                                found.add(file);
                            } else if (attributes.isSymbolicLink()) {
                                skipped.add(wholeFile(file, "a link to nothing (its target is missing, or it links to"
                                        + " itself); skipped"));
                            } else if (!attributes.isDirectory()) {
                                skipped.add(wholeFile(file, "not a regular file (a named pipe, a device or a socket);"
                                        + " skipped, as reading it could wait for ever"));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            skipped.add(wholeFile(file, e instanceof FileSystemLoopException
                                    ? "a link back to a folder above it (a loop); skipped"
                                    : "cannot be read (" + OutputFiles.why(e) + "); skipped"));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            skipped.add(wholeFile(directory, "cannot list the case files in this directory ("
                    + (e instanceof AccessDeniedException ? "permission denied" : OutputFiles.why(e)) + ")"));
        }
        found.stream().sorted().forEach(this::add);
        if (found.isEmpty() && skipped.isEmpty()) {
            skipped.add(wholeFile(directory, "no case files (*.json, *.jsonl) in this directory"));
        }
        skippedEntries += skipped.size();
        skipped.stream().sorted(CaseFileProblem.IN_FILE_ORDER).forEach(problems::add);
    }

    private static boolean isCaseFileName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") && !name.endsWith(".schema.json") || isJsonLines(file);
    }

    /** A caseload of one case file per line: {@code .jsonl} or {@code .ndjson}. */
    static boolean isJsonLines(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }
}
