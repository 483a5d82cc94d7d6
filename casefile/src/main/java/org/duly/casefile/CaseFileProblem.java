package org.duly.casefile;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem in a case file: the file, the line and column where it is (0 when the problem is
 * about the whole file), and what was wrong and what was expected. The message never quotes a
 * name from the file.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param file the file as the user named it
 * @param line the line, from 1; 0 for the whole file
 * @param column the column, from 1; 0 for the whole line or file
 * @param message what was wrong and what was expected, such as
 *     {@code event 3 (strategyDiscussion), initiatedSection47: expected true or false; found "yes"}
 */
public record CaseFileProblem(String file, int line, int column, String message) {

    /** Problems in reading order: by file, then line, then column. */
    public static final Comparator<CaseFileProblem> IN_FILE_ORDER = Comparator.comparing(CaseFileProblem::file)
            .thenComparingInt(CaseFileProblem::line).thenComparingInt(CaseFileProblem::column);

    /** Checks the fields. */
    public CaseFileProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("a line and a column count from 1 (0 when unknown)");
        }
    }

    /**
     * The problem as a compiler would print it, so that editors can jump to it.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(new CaseFileProblem("cases/cp.json", 12, 7, "event 3 (visit), date: missing; expected a date")
     *     .toString()).isEqualTo("cases/cp.json:12:7: event 3 (visit), date: missing; expected a date");
     * }</pre>
     *
     * @return {@code file:line:column: message}, or {@code file: message} for the whole file
     */
    @Override
    public String toString() {
        if (line == 0) {
            return file + ": " + message;
        }
        return file + ":" + line + (column == 0 ? "" : ":" + column) + ": " + message;
    }
}
