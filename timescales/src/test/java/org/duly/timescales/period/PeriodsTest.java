package org.duly.timescales.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.duly.timescales.period.Periods.days;
import static org.duly.timescales.period.Periods.hours;
import static org.duly.timescales.period.Periods.months;
import static org.duly.timescales.period.Periods.weeks;
import static org.duly.timescales.period.Periods.workingDays;
import static org.duly.timescales.period.Periods.years;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.duly.timescales.calendar.EnglandAndWales;
import org.duly.timescales.calendar.NonWorkingDay;
import org.duly.timescales.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodsTest {

    private static final WorkingCalendar CALENDAR = EnglandAndWales.calendar();

    @Test
    void hours_are_elapsed_time_while_days_are_calendar_days_across_the_clock_change() {
        ZonedDateTime noon = ZonedDateTime.of(LocalDateTime.parse("2024-03-30T12:00"), Hours.LONDON);
        assertThat(hours(24).addTo(noon).toLocalDateTime()).isEqualTo("2024-03-31T13:00");
        assertThat(noon.plusDays(1).toLocalDateTime()).isEqualTo("2024-03-31T12:00");
        assertThat(days(1).addTo(noon.toLocalDate(), CALENDAR).result()).isEqualTo("2024-03-31");
        // And back in autumn: 24 hours from noon on 26 October 2024 is 11:00 on the 27th.
        ZonedDateTime autumn = ZonedDateTime.of(LocalDateTime.parse("2024-10-26T12:00"), Hours.LONDON);
        assertThat(hours(24).addTo(autumn).toLocalDateTime()).isEqualTo("2024-10-27T11:00");
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-03-27 | 5 working days | 2024-04-05
            2024-02-01 | 28 days        | 2024-02-29
            2024-01-31 | 1 month        | 2024-02-29
            2023-01-31 | 1 month        | 2023-02-28
            2024-01-31 | 3 months       | 2024-04-30
            2024-02-29 | 1 year         | 2025-02-28
            2024-03-01 | 6 weeks        | 2024-04-12
            """)
    void periods_count_forwards(LocalDate from, String period, LocalDate expected) {
        assertThat(parse(period).addTo(from, CALENDAR).result()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} - {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-04-08 | 2 working days | 2024-04-04
            2024-03-31 | 1 month        | 2024-02-29
            2023-03-31 | 1 month        | 2023-02-28
            2024-06-01 | 12 weeks       | 2024-03-09
            2025-02-28 | 1 year         | 2024-02-28
            2024-03-10 | 9 days         | 2024-03-01
            """)
    void periods_count_backwards(LocalDate from, String period, LocalDate expected) {
        PeriodStep step = parse(period).subtractFrom(from, CALENDAR);
        assertThat(step.result()).isEqualTo(expected);
        assertThat(step.backwards()).isTrue();
    }

    private static DayPeriod parse(String text) {
        String[] parts = text.split(" ", 2);
        int n = Integer.parseInt(parts[0]);
        return switch (parts[1]) {
            case "working days" -> workingDays(n);
            case "days" -> days(n);
            case "weeks" -> weeks(n);
            case "month", "months" -> months(n);
            case "year", "years" -> years(n);
            default -> throw new IllegalArgumentException(text);
        };
    }

    @Test
    void a_working_day_step_keeps_the_skipped_holidays_and_the_provisional_flag() {
        PeriodStep easter = workingDays(5).addTo(LocalDate.parse("2024-03-27"), CALENDAR);
        assertThat(easter.skippedHolidays()).map(NonWorkingDay::name).containsExactly("Good Friday", "Easter Monday");
        assertThat(easter.skippedWeekendDays()).isEqualTo(2);
        assertThat(easter.provisional()).isFalse();
        assertThat(easter).hasToString("2024-03-27 + 5 working days = 2024-04-05");
        assertThat(workingDays(1).addTo(LocalDate.parse("2028-12-29"), CALENDAR).provisional()).isTrue();
        assertThat(days(10).addTo(LocalDate.parse("2028-12-29"), CALENDAR).provisional()).isFalse();
    }

    @Test
    void a_month_step_reports_its_rounding() {
        PeriodStep step = months(1).addTo(LocalDate.parse("2023-01-31"), CALENDAR);
        assertThat(step.adjustment()).map(Object::toString)
                .contains("31 February 2023 does not exist: rounded down to the last day of the month, 2023-02-28");
        assertThatThrownBy(() -> months(1, MonthEndRounding.REJECT).addTo(LocalDate.parse("2023-01-31"), CALENDAR))
                .isInstanceOf(MonthEndAmbiguityException.class)
                .hasMessage("2023-01-31 + 1 month: 31 February 2023 does not exist: rejected: the policy does not say which day is meant");
        assertThatThrownBy(() -> months(1, MonthEndRounding.REJECT).subtractFrom(LocalDate.parse("2023-03-31"), CALENDAR))
                .hasMessageStartingWith("2023-03-31 - 1 month: 31 February 2023 does not exist");
    }

    @Test
    void periods_of_different_units_are_never_equal() {
        assertThat(weeks(1)).isNotEqualTo(days(7));
        assertThat(years(1)).isNotEqualTo(months(12));
        assertThat(months(3)).isEqualTo(months(3, MonthEndRounding.DOWN)).isNotEqualTo(months(3, MonthEndRounding.UP));
    }

    @Test
    void periods_say_themselves_as_the_booklet_does() {
        assertThat(workingDays(1).inWords()).isEqualTo("1 working day");
        assertThat(workingDays(15).inWords()).isEqualTo("15 working days");
        assertThat(weeks(1)).hasToString("1 week");
        assertThat(months(3).inWords()).isEqualTo("3 months");
        assertThat(years(1).inWords()).isEqualTo("1 year");
        assertThat(hours(24).inWords()).isEqualTo("24 hours");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            days         | -1 days
            weeks        | -1 weeks
            months       | -1 months
            years        | -1 years
            hours        | -1 hours
            working days | -1 working days
            """)
    void every_unit_refuses_a_negative_count(String unit, String counted) {
        org.junit.jupiter.api.function.Executable make = switch (unit) {
            case "days" -> () -> days(-1);
            case "weeks" -> () -> weeks(-1);
            case "months" -> () -> months(-1);
            case "years" -> () -> years(-1);
            case "hours" -> () -> hours(-1);
            default -> () -> workingDays(-1);
        };
        assertThatThrownBy(make::execute).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a period cannot be negative: " + counted + " (say 'before' in the timescale instead)");
    }

    @Test
    void every_unit_says_itself_in_words_and_as_a_string() {
        assertThat(days(1)).hasToString("1 day");
        assertThat(days(28)).hasToString("28 days");
        assertThat(workingDays(15)).hasToString("15 working days");
        assertThat(months(1)).hasToString("1 month");
        assertThat(years(2)).hasToString("2 years");
        assertThat(hours(1)).hasToString("1 hour");
        assertThat(hours(72)).hasToString("72 hours");
    }

    @Test
    void another_rounding_gives_another_period_of_the_same_count() {
        assertThat(months(1).withRounding(MonthEndRounding.UP)).isEqualTo(months(1, MonthEndRounding.UP));
        assertThat(months(1).withRounding(MonthEndRounding.UP).addTo(LocalDate.parse("2013-01-31"), CALENDAR).result())
                .isEqualTo("2013-03-01");
        assertThat(years(1).withRounding(MonthEndRounding.UP)).isEqualTo(years(1, MonthEndRounding.UP));
        assertThat(years(1).withRounding(MonthEndRounding.UP).addTo(LocalDate.parse("2012-02-29"), CALENDAR).result())
                .isEqualTo("2013-03-01");
        assertThat(hours(24, Hours.LONDON)).isEqualTo(hours(24));
        assertThat(hours(24, java.time.ZoneOffset.UTC).zone()).isEqualTo(java.time.ZoneOffset.UTC);
    }

    @Test
    void a_sum_reaches_the_first_and_last_years_java_time_knows() {
        LocalDate last = LocalDate.of(java.time.Year.MAX_VALUE, 12, 1);
        assertThat(DateSum.of(last, 0, 0, 30, MonthEndRounding.DOWN).date()).isEqualTo(LocalDate.MAX);
        assertThat(DateSum.of(last.minusMonths(1), 0, 1, 0, MonthEndRounding.DOWN).date()).isEqualTo(last);
        LocalDate first = LocalDate.of(java.time.Year.MIN_VALUE, 2, 1);
        assertThat(DateSum.of(first, 0, -1, 0, MonthEndRounding.DOWN).date()).isEqualTo(LocalDate.MIN);
        assertThat(DateSum.of(first, 0, -1, 0, MonthEndRounding.DOWN).wasRounded()).isFalse();
    }

    @ParameterizedTest(name = "{0} {1} years {2} months: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2012-02-29 |  1 |  0 | 2012-02-29 + 1 year: 29 February 2013 does not exist
            2012-08-31 |  1 |  6 | 2012-08-31 + 1 year 6 months: 31 February 2014 does not exist
            2013-03-31 |  0 | -1 | 2013-03-31 - 1 month: 31 February 2013 does not exist
            2016-02-29 | -3 |  0 | 2016-02-29 - 3 years: 29 February 2013 does not exist
            2015-05-31 | -2 | -3 | 2015-05-31 - 2 years 3 months: 31 February 2013 does not exist
            """)
    void a_rejected_sum_says_the_arithmetic_it_refused(LocalDate start, int years, int months, String message) {
        assertThatThrownBy(() -> DateSum.of(start, years, months, 0, MonthEndRounding.REJECT))
                .isInstanceOf(MonthEndAmbiguityException.class)
                .hasMessageStartingWith(message)
                .satisfies(e -> assertThat(((MonthEndAmbiguityException) e).adjustment().rounding()).isEqualTo(MonthEndRounding.REJECT));
    }

    @Test
    void only_a_day_past_the_end_of_the_month_is_rounded() {
        assertThatThrownBy(() -> new MonthEndAdjustment(java.time.YearMonth.of(2013, 2), 28, MonthEndRounding.DOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2013-02 has a day 28: nothing to round");
        assertThatThrownBy(() -> new MonthEndAdjustment(java.time.YearMonth.of(2013, 2), 32, MonthEndRounding.DOWN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new MonthEndAdjustment(java.time.YearMonth.of(2013, 2), 29, MonthEndRounding.DOWN).roundedTo())
                .contains(LocalDate.parse("2013-02-28"));
        assertThat(new MonthEndAdjustment(java.time.YearMonth.of(2013, 4), 31, MonthEndRounding.DOWN).roundedTo())
                .contains(LocalDate.parse("2013-04-30"));
    }

    @Test
    void negative_periods_are_refused_with_a_hint() {
        assertThatThrownBy(() -> workingDays(-2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a period cannot be negative: -2 working days (say 'before' in the timescale instead)");
    }

    @Test
    void month_end_ambiguities_list_the_anchor_days_that_round() {
        assertThat(months(1).monthEndAmbiguities()).map(MonthEndAmbiguity::toString).containsExactly(
                "29 January + 1 month = 28 February when February has 28 days, rounded down to the last day of the month",
                "30 January + 1 month = 28 February (29 in a leap year), rounded down to the last day of the month",
                "31 January + 1 month = 28 February (29 in a leap year), rounded down to the last day of the month",
                "31 March + 1 month = 30 April, rounded down to the last day of the month",
                "31 May + 1 month = 30 June, rounded down to the last day of the month",
                "31 August + 1 month = 30 September, rounded down to the last day of the month",
                "31 October + 1 month = 30 November, rounded down to the last day of the month");
        assertThat(months(1, MonthEndRounding.UP).monthEndAmbiguities()).map(MonthEndAmbiguity::toString)
                .contains("31 January + 1 month = 1 March, rounded up to the first day of the next month");
        assertThat(years(1).monthEndAmbiguities()).map(MonthEndAmbiguity::toString).containsExactly(
                "29 February + 1 year = 28 February, rounded down to the last day of the month");
        assertThat(months(6, MonthEndRounding.REJECT).monthEndAmbiguities()).map(MonthEndAmbiguity::toString)
                .contains("31 March + 6 months has no date: rejected: the policy does not say which day is meant");
        assertThat(months(12).monthEndAmbiguities()).map(MonthEndAmbiguity::toString).containsExactly(
                "29 February + 12 months = 28 February, rounded down to the last day of the month");
        assertThat(weeks(6).monthEndAmbiguities()).isEmpty();
        assertThat(workingDays(20).monthEndAmbiguities()).isEmpty();
    }

    @Test
    void a_sum_of_months_agrees_with_java_time_on_every_day_of_four_years_and_every_offset_to_five_years() {
        for (LocalDate start = LocalDate.parse("2023-01-01"); start.isBefore(LocalDate.parse("2027-01-01")); start = start.plusDays(1)) {
            for (int offset = -60; offset <= 60; offset++) {
                java.time.YearMonth target = java.time.YearMonth.from(start).plusMonths(offset);
                DateSum sum = DateSum.of(start, offset / 12, offset % 12, 3, MonthEndRounding.DOWN);
                LocalDate expected = (start.getDayOfMonth() <= target.lengthOfMonth() ? target.atDay(start.getDayOfMonth())
                        : target.atEndOfMonth()).plusDays(3);
                assertThat(sum.date()).as("%s %+d months", start, offset).isEqualTo(expected);
                assertThat(sum.wasRounded()).isEqualTo(start.getDayOfMonth() > target.lengthOfMonth());
            }
        }
    }

    @Test
    void a_sum_outside_the_years_java_time_knows_is_refused() {
        assertThatThrownBy(() -> DateSum.of(LocalDate.MAX, 1, 0, 0, MonthEndRounding.DOWN)).isInstanceOf(java.time.DateTimeException.class);
    }
}
