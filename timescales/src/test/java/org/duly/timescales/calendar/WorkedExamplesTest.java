package org.duly.timescales.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples of working-day arithmetic on the England and Wales calendar, as a policy author would check them. */
class WorkedExamplesTest {

    private static final WorkingCalendar CALENDAR = EnglandAndWales.calendar();

    @ParameterizedTest(name = "{1} {0} {2} working days = {4} {3} ({5})")
    @CsvSource(delimiter = '|', textBlock = """
            # from     | weekday   |   n | expected   | weekday   | why
            2024-03-27 | Wednesday |   5 | 2024-04-05 | Friday    | Good Friday and Easter Monday skipped
            2022-12-24 | Saturday  |  45 | 2023-03-01 | Wednesday | a Saturday is day 0; three Christmas and New Year holidays skipped
            2022-09-16 | Friday    |   1 | 2022-09-20 | Tuesday   | the State Funeral of Queen Elizabeth II
            2024-04-08 | Monday    |  -2 | 2024-04-04 | Thursday  | counting back: the Monday itself is not counted
            2024-03-30 | Saturday  |   1 | 2024-04-02 | Tuesday   | Saturday + 1 is the first working day after Easter Monday
            2024-03-29 | Friday    |   0 | 2024-03-29 | Friday    | zero working days from a holiday is the holiday itself
            2022-06-01 | Wednesday |   1 | 2022-06-06 | Monday    | the Platinum Jubilee weekend
            2023-05-05 | Friday    |   1 | 2023-05-09 | Tuesday   | the Coronation bank holiday
            2029-12-21 | Friday    |   2 | 2029-12-27 | Thursday  | after the published data: Christmas and Boxing Day by the rules
            """)
    void shift(LocalDate from, String fromWeekday, int n, LocalDate expected, String expectedWeekday, String why) {
        assertThat(from.getDayOfWeek().toString()).isEqualToIgnoringCase(fromWeekday);
        assertThat(expected.getDayOfWeek().toString()).isEqualToIgnoringCase(expectedWeekday);
        assertThat(CALENDAR.shift(from, n)).as(why).isEqualTo(expected);
    }

    @ParameterizedTest(name = "working days in ({0}, {1}] = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            # from     | to         |  n | why
            2024-03-27 | 2024-04-05 |  5 | the shift above, counted back
            2024-04-05 | 2024-03-27 | -5 | reversed, negative
            2024-03-29 | 2024-04-01 |  0 | Good Friday to Easter Monday: no working day
            2024-03-28 | 2024-03-28 |  0 | a day to itself
            2022-12-24 | 2023-03-01 | 45 | the 45 working days above
            """)
    void working_days_between(LocalDate from, LocalDate to, int expected, String why) {
        assertThat(CALENDAR.workingDaysBetween(from, to)).as(why).isEqualTo(expected);
    }
}
