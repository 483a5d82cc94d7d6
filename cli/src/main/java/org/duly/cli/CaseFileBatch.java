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
import java.util.stream.Stream;
import org.duly.casefile.CaseFile;
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
        cases++;
        Checked<CaseFile, CaseFileProblem> read;
        try {
            read = CaseFileReader.read(file);
        } catch (DateTimeException outside) {
            // A date java.time cannot count with (year +999999999): the input's fault, though the reader should say where.
            badCases++;
            problems.add(wholeFile(file, TOO_FAR));
            return Optional.empty();
        } catch (RuntimeException | StackOverflowError unexpected) {
            badCases++;
            return internal(file.toString(), "reading", unexpected);
        }
        if (!read.isValid()) {
            badCases++;
        }
        problems.addAll(read.problems());
        return read.value();
    }

    /**
     * Reads every case of one file, giving each good one to {@code each} in the file's order: a
     * {@code .json} file is one case, a JSON Lines file ({@code .jsonl}, {@code .ndjson}) one case per
     * line, read a line at a time. The problems of a bad case are kept and the next is read.
     *
     * @param file one of {@link #files()}
     * @param each what to do with each good case file
     */
    void readEach(Path file, Consumer<CaseFile> each) {
        if (!isJsonLines(file)) {
            read(file).ifPresent(each);
            return;
        }
        try (Stream<Checked<CaseFile, CaseFileProblem>> lines = CaseFileReader.readLines(file)) {
            lines.forEach(read -> {
                cases++;
                if (!read.isValid()) {
                    badCases++;
                    problems.addAll(read.problems());
                }
                read.value().ifPresent(each);
            });
        } catch (DateTimeException outside) {
            badCases++;
            problems.add(wholeFile(file, TOO_FAR));
        } catch (RuntimeException | StackOverflowError unexpected) {
            badCases++;
            internal(file.toString(), "reading", unexpected);
        }
    }

    /**
     * Schedules a case file read from this batch: the schedule, or empty with the problem kept. A
     * date the calendar cannot reach (a case in 1950, a due date past 2199) is a problem of the file.
     */
    Optional<Schedule> evaluate(CaseFile caseFile, Engine engine, Policy policy, LocalDate asOf) {
        return accept(evaluated(caseFile, engine, policy, asOf));
    }

    /** A case file scheduled, or what went wrong: made on any thread, {@link #accept accepted} on the batch's own. */
    record Evaluated(String source, Optional<Schedule> schedule, Optional<Throwable> failure) {
    }

    /** Schedules a case file without touching the batch, so that many can be scheduled at once. */
    static Evaluated evaluated(CaseFile caseFile, Engine engine, Policy policy, LocalDate asOf) {
        try {
            return new Evaluated(caseFile.source(), Optional.of(caseFile.evaluate(engine, policy, asOf)), Optional.empty());
        } catch (RuntimeException | StackOverflowError failed) {
            return new Evaluated(caseFile.source(), Optional.empty(), Optional.of(failed));
        }
    }

    /** Takes a scheduled case file into the batch: its schedule, or empty with its problem kept. */
    Optional<Schedule> accept(Evaluated evaluated) {
        if (evaluated.failure().isPresent()) {
            badCases++;
            return failedToSchedule(evaluated.source(), evaluated.failure().get());
        }
        return evaluated.schedule();
    }

    private Optional<Schedule> failedToSchedule(String file, Throwable failed) {
        if (failed instanceof CalendarRangeException outside) {
            problems.add(wholeFile(file, "cannot be scheduled: " + outside.getMessage()));
        } else if (failed instanceof DateTimeException) {
            // java.time's own message names its fields ("Invalid value for Year"): say it in words instead.
            problems.add(wholeFile(file, "cannot be scheduled: " + TOO_FAR));
        } else {
            return internal(file, "scheduling", failed);
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
