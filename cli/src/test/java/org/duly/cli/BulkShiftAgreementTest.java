package org.duly.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bulk mode of {@code duly workdays shift --stdin} against an independent implementation of
 * the conventions, written here from scratch: gov.uk's holidays read straight from the bundled
 * CSV, and a day-by-day count in which the start date is day 0.
 */
class BulkShiftAgreementTest {

    private static final int LINES = 40_000;

    private static Set<LocalDate> govUkHolidays() throws IOException {
        try (InputStream in = BulkShiftAgreementTest.class.getResourceAsStream(
                "/org/duly/timescales/calendar/england-and-wales-bank-holidays.csv")) {
            Set<LocalDate> holidays = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && Character.isDigit(line.charAt(0))) {
                    holidays.add(LocalDate.parse(line.split(",")[0]));
                }
            }
            return holidays;
        }
    }

    private static LocalDate independentShift(Set<LocalDate> holidays, LocalDate start, int n) {
        LocalDate day = start;
        for (int left = Math.abs(n); left > 0; ) {
            day = day.plusDays(Integer.signum(n));
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !holidays.contains(day)) {
                left--;
            }
        }
        return day;
    }

    @Test
    void bulk_mode_agrees_with_an_independent_implementation_on_random_dates_from_2012_to_2028() throws IOException {
        Set<LocalDate> holidays = govUkHolidays();
        assertThat(holidays).hasSize(140);
        Random random = new Random(20261122L);
        // Start dates and counts chosen so that every answer stays inside the published years.
        long first = LocalDate.of(2012, 7, 1).toEpochDay();
        long last = LocalDate.of(2028, 6, 30).toEpochDay();
        StringBuilder input = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            LocalDate start = LocalDate.ofEpochDay(first + random.nextInt((int) (last - first + 1)));
            int n = random.nextInt(201) - 100;
            input.append(start).append(' ').append(n).append('\n');
            expected.add(independentShift(holidays, start, n).toString());
        }

        CommandLineRun run = CommandLineRun.dulyWithInput(input.toString(), "workdays", "shift", "--stdin");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out().lines().toList()).containsExactlyElementsOf(expected);
    }
}
