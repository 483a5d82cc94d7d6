package org.duly.testkit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.duly.timescales.calendar.DateRange;
import org.duly.timescales.calendar.EnglandAndWales;
import org.duly.timescales.calendar.WorkingCalendar;

/**
 * Fixed calendars for tests: the England and Wales calendar as Duly ships it, or a calendar whose
 * holidays the test states, so that a test does not depend on which bank holidays are published. A
 * policy carries its calendar: evaluate on a fixed one with {@code policy.withCalendar(...)}.
 */
public final class TestCalendars {

    private static final DateRange RANGE = DateRange.of(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31));

    private TestCalendars() {
    }

    /**
     * England and Wales, as Duly ships it.
     *
     * <p>Example:
     * <pre>{@code
     * Schedule schedule = kase.schedule("2024-04-01", policy.withCalendar(TestCalendars.englandAndWales()));
     * }</pre>
     *
     * @return the calendar
     */
    public static WorkingCalendar englandAndWales() {
        return EnglandAndWales.calendar();
    }

    /**
     * Monday to Friday, no holidays at all, 2000 to 2099; everything in it is confirmed.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(TestCalendars.weekendsOnly().shift(LocalDate.parse("2024-03-28"), 1)).isEqualTo("2024-03-29");
     * }</pre>
     *
     * @return the calendar
     */
    public static WorkingCalendar weekendsOnly() {
        return withHolidays();
    }

    /**
     * Monday to Friday except the holidays given, 2000 to 2099; everything in it is confirmed.
     *
     * <p>Example:
     * <pre>{@code
     * WorkingCalendar calendar = TestCalendars.withHolidays("2024-03-29 Good Friday", "2024-04-01 Easter Monday");
     * }</pre>
     *
     * @param holidays each "YYYY-MM-DD Name"
     * @return the calendar
     * @throws IllegalArgumentException if a holiday is not "YYYY-MM-DD Name" or falls on a weekend
     */
    public static WorkingCalendar withHolidays(String... holidays) {
        WorkingCalendar.Builder builder = WorkingCalendar.builder("test calendar").supportedRange(RANGE)
                .confirmedThrough(RANGE.endInclusive());
        for (String holiday : holidays) {
            int space = holiday.indexOf(' ');
            LocalDate date;
            try {
                date = LocalDate.parse(space < 0 ? holiday : holiday.substring(0, space));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("a holiday is 'YYYY-MM-DD Name', not '" + holiday + "'", e);
            }
            if (space < 0) {
                throw new IllegalArgumentException("a holiday is 'YYYY-MM-DD Name', not '" + holiday + "'");
            }
            builder.holiday(date, holiday.substring(space + 1));
        }
        return builder.build();
    }
}
