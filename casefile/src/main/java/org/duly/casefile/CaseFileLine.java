package org.duly.casefile;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.duly.domain.Checked;

/**
 * One line of a JSON Lines caseload as it was split from its file, not yet read: {@link #read()}
 * decodes, parses and checks it, on any thread. So a caseload's lines can be split from the file on
 * one thread and read on many, in the file's order or not, and each still says where it came from
 * ({@code caseload.jsonl:12}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Example:
 * <pre>{@code
 * try (Stream<CaseFileLine> lines = CaseFileReader.lines(Path.of("caseload.jsonl"))) {
 *     lines.parallel().map(CaseFileLine::read).filter(Checked::isValid).count();
 * }
 * }</pre>
 */
public final class CaseFileLine {

    private final String file;
    private final int lineNumber;
    private final long length;
    private final byte[] content;
    private final Optional<CaseFileProblem> problem;
    private final Function<String, CaseFileReader> readers;

    private CaseFileLine(String file, int lineNumber, long length, byte[] content, Optional<CaseFileProblem> problem,
            Function<String, CaseFileReader> readers) {
        this.file = file;
        this.lineNumber = lineNumber;
        this.length = length;
        this.content = content;
        this.problem = problem;
        this.readers = readers;
    }

    /** A line's content, without its line ending or a byte-order mark. */
    static CaseFileLine of(String file, int lineNumber, long length, byte[] content, Function<String, CaseFileReader> readers) {
        return new CaseFileLine(file, lineNumber, length, Objects.requireNonNull(content, "content"), Optional.empty(), readers);
    }

    /** A line, or a whole file (line 0), that is a problem before it is read: too long, or a file that cannot be read. */
    static CaseFileLine problem(String file, int lineNumber, long length, String message) {
        return new CaseFileLine(file, lineNumber, length, null, Optional.of(new CaseFileProblem(file, lineNumber, 0, message)),
                source -> {
                    throw new IllegalStateException("a problem line is not read");
                });
    }

    /**
     * Where the line is: the file and line number, as a case file read from it names its source.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(line.source()).isEqualTo("caseload.jsonl:12");
     * }</pre>
     *
     * @return {@code FILE:LINE}, or the file's name alone for a problem of the whole file
     */
    public String source() {
        return lineNumber == 0 ? file : file + ":" + lineNumber;
    }

    /**
     * The line's number in its file, from 1; 0 for a problem of the whole file (it cannot be read).
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(line.lineNumber()).isEqualTo(12);
     * }</pre>
     *
     * @return the line number
     */
    public int lineNumber() {
        return lineNumber;
    }

    /**
     * How many bytes of the file the line took, its line ending included (the blank lines before it
     * too): what a progress report counts against the file's size.
     *
     * <p>Example:
     * <pre>{@code
     * long done = lines.stream().mapToLong(CaseFileLine::length).sum();
     * }</pre>
     *
     * @return the bytes
     */
    public long length() {
        return length;
    }

    /**
     * Reads the line: its case file, or every problem in it, located by the file's line number and
     * the column in that line. Reading the same line again gives an equal result.
     *
     * <p>Example:
     * <pre>{@code
     * Checked<CaseFile, CaseFileProblem> read = line.read();
     * read.value().ifPresent(caseFile -> engine.evaluate(caseFile.timeline(), policy, asOf));
     * }</pre>
     *
     * @return the case file or its problems
     */
    public Checked<CaseFile, CaseFileProblem> read() {
        if (problem.isPresent()) {
            return Checked.invalid(List.of(problem.get()), InvalidCaseFileException::new);
        }
        Optional<CaseFileProblem> notText = CaseFileBytes.notUtf8(file, content);
        if (notText.isPresent()) {
            return Checked.invalid(List.of(onThisLine(notText.get())), InvalidCaseFileException::new);
        }
        Checked<CaseFile, CaseFileProblem> read = readers.apply(source()).readLine(new String(content, StandardCharsets.UTF_8));
        if (read.isValid()) {
            return read;
        }
        return Checked.invalid(read.problems().stream().map(this::onThisLine).toList(), InvalidCaseFileException::new);
    }

    /** A problem found in the line, located in the file: the line's number, the column in it. */
    private CaseFileProblem onThisLine(CaseFileProblem found) {
        return new CaseFileProblem(file, found.line() == 0 ? lineNumber : lineNumber + found.line() - 1, found.column(),
                found.message());
    }

    /** Never the content: a line is a child's case. */
    @Override
    public String toString() {
        return "CaseFileLine[" + source() + ", " + length + " bytes]";
    }
}
