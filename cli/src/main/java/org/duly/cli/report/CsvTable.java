package org.duly.cli.report;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One CSV table that writes itself row by row, so that a national caseload's overdue list (a million
 * rows and more) goes to its file as it is formatted, never held as one string.
 *
 * <p>Example:
 * <pre>{@code
 * CsvTable overdue = CaseloadFormat.csvTables(tally).get("overdue");
 * try (Writer out = Files.newBufferedWriter(Path.of("overdue.csv"))) {
 *     overdue.writeTo(out);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface CsvTable {

    /**
     * Writes the table, header first, each record ended by CRLF.
     *
     * <p>Example:
     * <pre>{@code
     * StringBuilder text = new StringBuilder();
     * table.writeTo(text);
     * }</pre>
     *
     * @param out where to write it
     * @throws IOException if {@code out} cannot be written
     */
    void writeTo(Appendable out) throws IOException;

    /**
     * The table as one text: for a small table, or a test.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseloadFormat.csvTables(tally).get("status").text()).startsWith("status,count\r\n");
     * }</pre>
     *
     * @return the CSV text
     */
    default String text() {
        StringBuilder text = new StringBuilder();
        try {
            writeTo(text);
        } catch (IOException e) {
            throw new UncheckedIOException("a string builder does no I/O", e);
        }
        return text.toString();
    }
}
