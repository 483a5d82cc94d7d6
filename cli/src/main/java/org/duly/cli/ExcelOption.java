package org.duly.cli;

import org.duly.cli.report.CsvTable;
import org.duly.cli.text.Csv;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --excel}, for every command that writes CSV: the CSV starts with a UTF-8 byte-order mark, so
 * that Excel on Windows reads its accents and dashes as written. Mix it in with
 * {@code @Mixin ExcelOption excel;} (every report has it through {@link ReportOptions}) and pass each
 * CSV text it writes, file by file, through {@link #csv(String)}; any other text through
 * {@link #notCsv(String)}, which refuses the option.
 */
final class ExcelOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--excel",
            description = "For CSV: start it with a UTF-8 byte-order mark, so that Excel shows every character as written.")
    private boolean excel;

    /**
     * Whether {@code --excel} was given.
     *
     * @return true if the CSV is for Excel
     */
    boolean excel() {
        return excel;
    }

    /**
     * A CSV text as it is written: after a byte-order mark with {@code --excel}, as it is without.
     *
     * <p>Example:
     * <pre>{@code
     * OutputFiles.write(path, excelOption.csv(CaseloadCsv.render(caseload)));
     * }</pre>
     *
     * @param csv the CSV text
     * @return the text to write
     */
    String csv(String csv) {
        return excel ? Csv.forExcel(csv) : csv;
    }

    /**
     * A CSV table as it is written, row by row: after a byte-order mark with {@code --excel}, as
     * {@link #csv(String)} gives a text too large to be one string.
     *
     * @param table the table
     * @return the text to write
     */
    OutputFiles.Text csv(CsvTable table) {
        return out -> {
            if (excel) {
                out.write(Csv.BYTE_ORDER_MARK);
            }
            table.writeTo(out);
        };
    }

    /**
     * A text that is not CSV, as it is written: {@code --excel} with it is a usage error, not ignored.
     *
     * @param text the text
     * @return the same text
     * @throws ParameterException if {@code --excel} was given
     */
    String notCsv(String text) {
        if (excel) {
            throw new ParameterException(spec.commandLine(), "--excel is for --format csv only");
        }
        return text;
    }
}
