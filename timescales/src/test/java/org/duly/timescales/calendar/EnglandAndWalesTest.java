package org.duly.timescales.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EnglandAndWalesTest {

    private static final WorkingCalendar CALENDAR = EnglandAndWales.calendar();

    /** The gov.uk data, read here line by line, independently of the calendar's own parser. */
    private static Map<LocalDate, String> published() {
        return EnglandAndWales.publishedData().lines()
                .skip(1)
                .filter(line -> !line.isBlank())
                .collect(Collectors.toMap(
                        line -> LocalDate.parse(line.substring(0, line.indexOf(','))),
                        line -> line.substring(line.indexOf(',') + 1),
                        (a, b) -> { throw new AssertionError("duplicate " + a); },
                        TreeMap::new));
    }

    private static Map<LocalDate, String> fromRules(HolidayRules rules) {
        return IntStream.rangeClosed(2012, 2028).boxed()
                .flatMap(year -> rules.holidaysIn(year).stream())
                .collect(Collectors.toMap(NonWorkingDay::date, NonWorkingDay::name, (a, b) -> a + " & " + b, TreeMap::new));
    }

    @Test
    void the_standard_rules_reproduce_every_published_holiday_from_2012_to_2028_except_the_one_offs() {
        Map<LocalDate, String> published = published();
        Map<LocalDate, String> rules = fromRules(EnglandAndWales.standardRules());

        Map<LocalDate, String> onlyPublished = new TreeMap<>(published);
        onlyPublished.keySet().removeAll(rules.keySet());
        Map<LocalDate, String> onlyRules = new TreeMap<>(rules);
        onlyRules.keySet().removeAll(published.keySet());

        // The one-offs, written out: extra days and the days they displaced.
        assertThat(onlyPublished).containsOnlyKeys(
                LocalDate.parse("2012-06-04"), LocalDate.parse("2012-06-05"),
                LocalDate.parse("2020-05-08"),
                LocalDate.parse("2022-06-02"), LocalDate.parse("2022-06-03"), LocalDate.parse("2022-09-19"),
                LocalDate.parse("2023-05-08"));
        assertThat(onlyRules).containsOnlyKeys(
                LocalDate.parse("2012-05-28"), LocalDate.parse("2020-05-04"), LocalDate.parse("2022-05-30"));

        // Every other day has the same name as gov.uk gives it, substitute days included.
        Map<LocalDate, String> common = new TreeMap<>(rules);
        common.keySet().retainAll(published.keySet());
        assertThat(common).hasSize(published.size() - onlyPublished.size());
        common.forEach((date, name) -> assertThat(name).as(date.toString()).isEqualTo(published.get(date)));
    }

    @Test
    void the_rules_with_the_one_offs_reproduce_the_published_holidays_exactly() {
        assertThat(fromRules(EnglandAndWales.rules())).isEqualTo(published());
    }

    @Test
    void the_calendar_holds_every_published_holiday_with_its_published_name() {
        Map<LocalDate, String> inCalendar = CALENDAR
                .namedNonWorkingDays(DateRange.of(LocalDate.parse("2012-01-01"), LocalDate.parse("2028-12-31")))
                .stream().collect(Collectors.toMap(NonWorkingDay::date, NonWorkingDay::name, (a, b) -> a, TreeMap::new));
        assertThat(inCalendar).isEqualTo(published());
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1981-07-29 | Wednesday | Royal wedding (extra bank holiday)
            1995-05-08 | Monday    | Early May bank holiday (VE day)
            1999-12-31 | Friday    | Millennium celebrations (extra bank holiday)
            2002-06-03 | Monday    | Queen's Golden Jubilee (extra bank holiday)
            2002-06-04 | Tuesday   | Spring bank holiday
            2011-04-29 | Friday    | Royal wedding (extra bank holiday)
            2012-06-05 | Tuesday   | Queen's Diamond Jubilee (extra bank holiday)
            2022-09-19 | Monday    | Bank Holiday for the State Funeral of Queen Elizabeth II
            2023-05-08 | Monday    | Bank holiday for the coronation of King Charles III
            """)
    void the_calendar_holds_the_one_off_holidays(LocalDate date, String weekday, String name) {
        assertThat(date.getDayOfWeek().toString()).isEqualToIgnoringCase(weekday);
        assertThat(CALENDAR.isWorkingDay(date)).isFalse();
        assertThat(CALENDAR.nonWorkingDay(date)).contains(NonWorkingDay.bankHoliday(date, name));
    }

    @ParameterizedTest(name = "{0} {1} is a working day: its holiday moved")
    @CsvSource(delimiter = '|', textBlock = """
            1995-05-01 | Monday
            2002-05-27 | Monday
            2012-05-28 | Monday
            2020-05-04 | Monday
            2022-05-30 | Monday
            """)
    void the_days_a_moved_holiday_left_are_working_days(LocalDate date, String weekday) {
        assertThat(date.getDayOfWeek().toString()).isEqualToIgnoringCase(weekday);
        assertThat(CALENDAR.isWorkingDay(date)).isTrue();
    }

    @Test
    void every_year_outside_the_data_has_the_eight_standard_holidays_all_on_weekdays() {
        for (int y = 1978; y <= 2199; y++) {
            int year = y;
            if (year >= 2012 && year <= 2028) {
                continue;
            }
            List<NonWorkingDay> holidays = EnglandAndWales.rules().holidaysIn(year);
            int expected = 8 + (int) EnglandAndWales.ONE_OFFS.stream()
                    .filter(change -> change.year() == year && change instanceof HolidayChange.Added).count();
            assertThat(holidays).as("holidays of %s", year).hasSize(expected);
            assertThat(holidays).as("holidays of %s", year)
                    .allSatisfy(day -> assertThat(NonWorkingDay.isWeekend(day.date())).isFalse());
            Set<LocalDate> dates = holidays.stream().map(NonWorkingDay::date).collect(Collectors.toSet());
            assertThat(dates).as("distinct days in %s", year).hasSize(holidays.size());
        }
    }

    @ParameterizedTest(name = "Christmas {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2032 | Saturday | Christmas Day (substitute day) 2032-12-27 | Boxing Day (substitute day) 2032-12-28
            2033 | Sunday   | Boxing Day 2033-12-26                    | Christmas Day (substitute day) 2033-12-27
            2037 | Friday   | Christmas Day 2037-12-25                 | Boxing Day (substitute day) 2037-12-28
            2030 | Wednesday| Christmas Day 2030-12-25                 | Boxing Day 2030-12-26
            """)
    void christmas_on_a_weekend_gives_substitute_days_after_the_data(int year, String weekday, String first, String second) {
        assertThat(LocalDate.of(year, 12, 25).getDayOfWeek().toString()).isEqualToIgnoringCase(weekday);
        assertThat(CALENDAR.namedNonWorkingDays(DateRange.of(LocalDate.of(year, 12, 20), LocalDate.of(year, 12, 31))))
                .map(NonWorkingDay::toString).containsExactly(first, second);
    }

    @Test
    void new_years_day_on_a_weekend_moves_to_the_monday() {
        assertThat(CALENDAR.nonWorkingDay(LocalDate.parse("2033-01-03")))   // 1 January 2033 is a Saturday
                .map(NonWorkingDay::name).contains("New Year's Day (substitute day)");
        assertThat(CALENDAR.nonWorkingDay(LocalDate.parse("2034-01-02")))   // 1 January 2034 is a Sunday
                .map(NonWorkingDay::name).contains("New Year's Day (substitute day)");
    }

    @Test
    void the_calendar_is_confirmed_through_the_end_of_the_published_data() {
        assertThat(CALENDAR.confirmedThrough()).isEqualTo(LocalDate.parse("2028-12-31"));
        assertThat(CALENDAR.supportedRange())
                .isEqualTo(DateRange.of(LocalDate.parse("1978-01-01"), LocalDate.parse("2199-12-31")));
        assertThat(CALENDAR.name()).isEqualTo("England and Wales");
    }

    @Test
    void outside_the_supported_range_there_is_a_clear_error_not_a_weekends_only_answer() {
        assertThatThrownBy(() -> CALENDAR.shift(LocalDate.parse("2400-01-03"), 1))
                .isInstanceOf(CalendarRangeException.class)
                .hasMessage("2400-01-03 is outside the range the England and Wales calendar supports"
                        + " (1978-01-01 to 2199-12-31)");
        assertThatThrownBy(() -> CALENDAR.isWorkingDay(LocalDate.parse("1977-12-30")))
                .isInstanceOf(CalendarRangeException.class)
                .hasMessageContaining("1977-12-30 is outside the range");
        assertThatThrownBy(() -> CALENDAR.shift(LocalDate.parse("2199-12-30"), 2))
                .isInstanceOf(CalendarRangeException.class)
                .hasMessage("2199-12-30 + 2 working days falls outside the range the England and Wales calendar"
                        + " supports (1978-01-01 to 2199-12-31)");
        assertThatThrownBy(() -> CALENDAR.shift(LocalDate.parse("1978-01-03"), -1))
                .isInstanceOf(CalendarRangeException.class)
                .hasMessageStartingWith("1978-01-03 - 1 working day falls outside");
        assertThatThrownBy(() -> CALENDAR.workingDaysBetween(LocalDate.parse("2024-01-01"), LocalDate.parse("2200-01-01")))
                .isInstanceOf(CalendarRangeException.class);
    }

    @Test
    void the_ends_of_the_range_still_answer() {
        assertThat(CALENDAR.shift(LocalDate.parse("2199-12-30"), 1)).isEqualTo("2199-12-31");
        assertThat(CALENDAR.shift(LocalDate.parse("1978-01-03"), 0)).isEqualTo("1978-01-03");
        // 1978-01-02 was the New Year's Day substitute: the first working day of the range is the 3rd.
        assertThat(CALENDAR.shift(LocalDate.parse("1978-01-04"), -1)).isEqualTo("1978-01-03");
    }

    @Test
    void the_bundled_data_reads_with_its_header() {
        assertThat(EnglandAndWales.publishedData()).startsWith("date,title\n2012-01-02,New Year's Day (substitute day)");
        assertThat(published()).hasSize(140);
    }

    @Test
    void the_standard_holidays_of_a_year_come_in_date_order_even_when_christmas_day_moves_past_boxing_day() {
        // 2022: Christmas Day on a Sunday, its substitute on Tuesday 27th, after Boxing Day on the Monday.
        assertThat(EnglandAndWales.standardRules().holidaysIn(2022)).map(NonWorkingDay::toString).endsWith(
                "Boxing Day 2022-12-26", "Christmas Day (substitute day) 2022-12-27");
        assertThat(EnglandAndWales.standardRules().holidaysIn(2022)).extracting(NonWorkingDay::date).isSorted();
    }

    @Test
    void one_off_changes_apply_in_their_year_only_and_keep_the_holidays_in_date_order() {
        HolidayChange veDay = HolidayChange.moved(LocalDate.parse("2020-05-04"), LocalDate.parse("2020-05-08"),
                "Early May bank holiday (VE day)");
        HolidayChange jubilee = HolidayChange.added(LocalDate.parse("2020-05-05"), "An extra day");
        assertThat(veDay.year()).isEqualTo(2020);
        assertThat(jubilee.year()).isEqualTo(2020);
        HolidayRules changed = EnglandAndWales.standardRules().with(List.of(veDay, jubilee));
        assertThat(changed.holidaysIn(2020)).map(NonWorkingDay::toString).containsSubsequence(
                "Easter Monday 2020-04-13", "An extra day 2020-05-05", "Early May bank holiday (VE day) 2020-05-08",
                "Spring bank holiday 2020-05-25");
        assertThat(changed.holidaysIn(2020)).extracting(NonWorkingDay::date).isSorted()
                .doesNotContain(LocalDate.parse("2020-05-04"));
        assertThat(changed.holidaysIn(2021)).isEqualTo(EnglandAndWales.standardRules().holidaysIn(2021));
    }

    @Test
    void a_holiday_moves_within_its_year_and_only_from_a_day_that_is_a_holiday() {
        assertThatThrownBy(() -> HolidayChange.moved(LocalDate.parse("2020-12-28"), LocalDate.parse("2021-01-04"), "Moved"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a holiday moves within its year: 2020-12-28 to 2021-01-04");
        HolidayRules wrong = EnglandAndWales.standardRules().with(List.of(
                HolidayChange.moved(LocalDate.parse("2020-05-05"), LocalDate.parse("2020-05-08"), "Moved")));
        assertThatThrownBy(() -> wrong.holidaysIn(2020)).isInstanceOf(IllegalStateException.class)
                .hasMessage("no holiday on 2020-05-05 to move to 2020-05-08");
    }

    @Test
    void rules_applied_to_a_year_they_do_not_change_are_the_standard_rules() {
        Function<Integer, List<NonWorkingDay>> standard = EnglandAndWales.standardRules()::holidaysIn;
        assertThat(EnglandAndWales.rules().holidaysIn(2024)).isEqualTo(standard.apply(2024));
    }
}
