package org.duly.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.duly.timescales.calendar.DateRange;
import org.duly.timescales.calendar.EnglandAndWales;
import org.duly.timescales.calendar.NonWorkingDay;
import org.duly.timescales.calendar.WorkingCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code duly holidays YEAR}: the bank holidays of a year in England and Wales. */
@Command(
        name = "holidays",
        mixinStandardHelpOptions = true,
        description = "Lists the bank holidays of YEAR in England and Wales, and says when they are provisional.")
final class HolidaysCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "YEAR", description = "The year, such as 2024.")
    private int year;

    @Override
    public Integer call() {
        WorkingCalendar calendar = EnglandAndWales.calendar();
        DateRange supported = calendar.supportedRange();
        // Compare years first: LocalDate.of fails on a year such as 2147483647 before any range could be checked.
        if (year < supported.start().getYear() || year > supported.endInclusive().getYear()
                || !supported.encloses(DateRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))) {
            throw new InvalidInputException("YEAR: " + year + " is outside the years the " + calendar.name()
                    + " calendar supports (" + supported + ")");
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<NonWorkingDay> holidays = calendar.namedNonWorkingDays(DateRange.of(first, last));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Bank holidays in " + calendar.name() + ", " + year + ":");
        for (NonWorkingDay holiday : holidays) {
            out.println("  " + holiday.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK) + " "
                    + holiday.date() + "  " + holiday.name());
        }
        if (last.isAfter(calendar.confirmedThrough())) {
            out.println("Provisional: gov.uk has published bank holidays only through " + calendar.confirmedThrough()
                    + "; these come from the standard rules, and a one-off holiday may still be proclaimed.");
        }
        return ExitCode.OK;
    }
}
