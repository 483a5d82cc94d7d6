package org.duly.timescales.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final WorkingCalendar CALENDAR = EnglandAndWales.calendar();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void explain_shift_names_every_skipped_day() {
        WorkingDayShift shift = CALENDAR.explainShift(date("2024-03-27"), 5);
        assertThat(shift.result()).isEqualTo("2024-04-05");
        assertThat(shift.skippedDays()).map(NonWorkingDay::toString).containsExactly(
                "Good Friday 2024-03-29", "Saturday 2024-03-30", "Sunday 2024-03-31", "Easter Monday 2024-04-01");
        assertThat(shift.skippedHolidays()).map(NonWorkingDay::name).containsExactly("Good Friday", "Easter Monday");
        assertThat(shift.provisional()).isFalse();
        assertThat(shift).hasToString("2024-03-27 + 5 working days = 2024-04-05");
    }

    @Test
    void explain_shift_backwards_skips_the_days_before_the_start() {
        WorkingDayShift shift = CALENDAR.explainShift(date("2024-04-08"), -2);
        assertThat(shift.result()).isEqualTo("2024-04-04");
        assertThat(shift.skippedDays()).map(NonWorkingDay::toString)
                .containsExactly("Saturday 2024-04-06", "Sunday 2024-04-07");
        assertThat(shift).hasToString("2024-04-08 - 2 working days = 2024-04-04");
    }

    @Test
    void a_zero_shift_skips_nothing_and_is_never_provisional() {
        WorkingDayShift shift = CALENDAR.explainShift(date("2100-01-01"), 0);
        assertThat(shift.result()).isEqualTo("2100-01-01");
        assertThat(shift.skippedDays()).isEmpty();
        assertThat(shift.provisional()).isFalse();
    }

    @Test
    void a_result_that_depends_on_a_day_after_the_published_data_is_provisional() {
        // 2028-12-29 is the last working day of the data; the next one depends on 2029's holidays.
        assertThat(CALENDAR.explainShift(date("2028-12-28"), 1).provisional()).isFalse();
        WorkingDayShift next = CALENDAR.explainShift(date("2028-12-29"), 1);
        assertThat(next.result()).isEqualTo("2029-01-02");
        assertThat(next.provisional()).isTrue();
        assertThat(next).hasToString("2028-12-29 + 1 working day = 2029-01-02 (provisional)");
        // Counting back from 2029-01-01 looks only at days of 2028; from 2029-01-02 it looks at New Year's Day 2029.
        assertThat(CALENDAR.explainShift(date("2029-01-01"), -1).provisional()).isFalse();
        assertThat(CALENDAR.explainShift(date("2029-01-02"), -1).provisional()).isTrue();
    }

    @Test
    void next_and_previous_working_day_or_same() {
        assertThat(CALENDAR.nextWorkingDayOrSame(date("2024-03-28"))).isEqualTo("2024-03-28");
        assertThat(CALENDAR.nextWorkingDayOrSame(date("2024-03-29"))).isEqualTo("2024-04-02");
        assertThat(CALENDAR.previousWorkingDayOrSame(date("2024-04-02"))).isEqualTo("2024-04-02");
        assertThat(CALENDAR.previousWorkingDayOrSame(date("2024-04-01"))).isEqualTo("2024-03-28");
    }

    @Test
    void non_working_day_says_why() {
        assertThat(CALENDAR.nonWorkingDay(date("2024-03-28"))).isEmpty();
        assertThat(CALENDAR.nonWorkingDay(date("2024-03-30"))).contains(NonWorkingDay.weekend(date("2024-03-30")));
        assertThat(CALENDAR.nonWorkingDay(date("2024-03-29")))
                .contains(NonWorkingDay.bankHoliday(date("2024-03-29"), "Good Friday"));
    }

    @Test
    void named_non_working_days_leave_out_weekends() {
        DateRange easter = DateRange.of(date("2024-03-25"), date("2024-04-07"));
        assertThat(CALENDAR.namedNonWorkingDays(easter)).map(NonWorkingDay::toString)
                .containsExactly("Good Friday 2024-03-29", "Easter Monday 2024-04-01");
        assertThat(CALENDAR.nonWorkingDays(easter)).hasSize(6);
    }

    @Test
    void closures_make_a_new_calendar_and_leave_the_old_one_alone() {
        DateRange christmas = DateRange.of(date("2024-12-24"), date("2024-12-31"));
        WorkingCalendar derbyshire = CALENDAR.withClosures(christmas, "Christmas closure").withName("Derbyshire");

        assertThat(derbyshire.namedNonWorkingDays(christmas)).map(NonWorkingDay::toString).containsExactly(
                "Christmas closure 2024-12-24", "Christmas Day 2024-12-25", "Boxing Day 2024-12-26",
                "Christmas closure 2024-12-27", "Christmas closure 2024-12-30", "Christmas closure 2024-12-31");
        assertThat(derbyshire.shift(date("2024-12-23"), 1)).isEqualTo("2025-01-02");
        assertThat(derbyshire.name()).isEqualTo("Derbyshire");
        assertThat(CALENDAR.shift(date("2024-12-23"), 1)).isEqualTo("2024-12-24");
        assertThat(derbyshire).isNotEqualTo(CALENDAR);
        assertThat(CALENDAR.withClosure(date("2024-12-27"), "Closure"))
                .isEqualTo(CALENDAR.withClosure(date("2024-12-27"), "Closure"));
    }

    @Test
    void a_closure_on_a_holiday_keeps_the_holidays_name() {
        WorkingCalendar closed = CALENDAR.withClosure(date("2024-12-25"), "Closure");
        assertThat(closed.nonWorkingDay(date("2024-12-25"))).map(NonWorkingDay::name).contains("Christmas Day");
    }

    @Test
    void a_calendar_loaded_from_csv_uses_the_data_for_its_years_and_the_rules_elsewhere() {
        WorkingCalendar test = WorkingCalendar.builder("Test")
                .supportedRange(DateRange.of(date("2020-01-01"), date("2030-12-31")))
                .holidayRules(EnglandAndWales.standardRules())
                .publishedHolidays("date,title\n2024-03-29,Good Friday\n2025-06-02,\"Founder's Day, observed\"\n")
                .build();
        assertThat(test.confirmedThrough()).isEqualTo("2025-12-31");
        assertThat(test.isWorkingDay(date("2024-04-01"))).isTrue();       // 2024 comes from the data only
        assertThat(test.isWorkingDay(date("2025-06-02"))).isFalse();
        assertThat(test.nonWorkingDay(date("2025-06-02"))).map(NonWorkingDay::name).contains("Founder's Day, observed");
        assertThat(test.isWorkingDay(date("2026-04-06"))).isFalse();      // Easter Monday 2026 by the rules
        assertThat(test).hasToString("Test (2020-01-01 to 2030-12-31, confirmed through 2025-12-31)");
    }

    @Test
    void bad_published_data_reports_every_problem_with_its_line() {
        String csv = String.join("\n",
                "date,title",
                "2024-03-29,Good Friday",
                "2024-13-01,Nothing",
                "2024-03-30,A Saturday",
                "2024-03-29,Good Friday again",
                "no comma here",
                "2024-05-06,",
                "2026-05-04,Early May bank holiday",
                "");
        assertThatThrownBy(() -> WorkingCalendar.builder("Broken").publishedHolidays(csv))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the published holidays have 6 problems:\n"
                        + "  line 3: '2024-13-01' is not a date (expected YYYY-MM-DD)\n"
                        + "  line 4: 2024-03-30 (A Saturday) is a weekend day, not a bank holiday\n"
                        + "  line 5: 2024-03-29 is listed twice\n"
                        + "  line 6: expected 'date,title' but found 'no comma here'\n"
                        + "  line 7: the holiday on 2024-05-06 has no title\n"
                        + "  no holidays for 2025, inside the span of the data");
        assertThatThrownBy(() -> WorkingCalendar.builder("Broken").publishedHolidays("when,what\n"))
                .hasMessageContaining("line 1: expected the header 'date,title' but found 'when,what'");
    }

    @Test
    void a_calendar_needs_a_range_and_published_data_inside_it() {
        assertThatThrownBy(() -> WorkingCalendar.builder("No range").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the No range calendar needs a supported range");
        assertThatThrownBy(() -> WorkingCalendar.builder("Short")
                .supportedRange(DateRange.of(date("2025-01-01"), date("2025-12-31")))
                .publishedHolidays("date,title\n2024-03-29,Good Friday\n")
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("published holiday Good Friday 2024-03-29 is outside the supported range 2025-01-01 to 2025-12-31");
    }

    @Test
    void a_range_that_starts_and_ends_inside_a_month_refuses_the_days_outside_it() {
        WorkingCalendar spring = WorkingCalendar.builder("Spring")
                .supportedRange(DateRange.of(date("2024-03-15"), date("2024-04-20")))
                .holidayRules(EnglandAndWales.standardRules())
                .build();
        assertThat(spring.shift(date("2024-03-15"), 1)).isEqualTo("2024-03-18");
        assertThat(spring.shift(date("2024-04-19"), -1)).isEqualTo("2024-04-18");
        assertThat(spring.isWorkingDay(date("2024-04-01"))).isFalse();
        assertThatThrownBy(() -> spring.isWorkingDay(date("2024-03-14")))
                .isInstanceOf(CalendarRangeException.class)
                .hasMessage("2024-03-14 is outside the range the Spring calendar supports (2024-03-15 to 2024-04-20)");
        assertThatThrownBy(() -> spring.isWorkingDay(date("2024-04-21"))).isInstanceOf(CalendarRangeException.class);
        assertThatThrownBy(() -> spring.isWorkingDay(date("2023-04-01"))).isInstanceOf(CalendarRangeException.class);
        assertThatThrownBy(() -> spring.isWorkingDay(LocalDate.MAX)).isInstanceOf(CalendarRangeException.class);
        assertThatThrownBy(() -> spring.isWorkingDay(LocalDate.MIN)).isInstanceOf(CalendarRangeException.class);
        assertThatThrownBy(() -> spring.shift(date("2024-04-19"), 1))
                .hasMessage("2024-04-19 + 1 working day falls outside the range the Spring calendar supports"
                        + " (2024-03-15 to 2024-04-20)");
        // No published data: nothing is confirmed, every result that looks at a day is provisional.
        assertThat(spring.explainShift(date("2024-03-15"), 1).provisional()).isTrue();
    }

    @Test
    void a_calendar_can_be_given_its_holidays_one_by_one_and_say_how_far_it_is_confirmed() {
        WorkingCalendar test = WorkingCalendar.builder("Test")
                .supportedRange(DateRange.of(date("2024-01-01"), date("2024-12-31")))
                .holiday(date("2024-03-29"), "Good Friday")
                .confirmedThrough(date("2024-12-31"))
                .build();
        assertThat(test.isWorkingDay(date("2024-03-29"))).isFalse();
        assertThat(test.isWorkingDay(date("2024-04-01"))).isTrue();
        assertThat(test.explainShift(date("2024-12-30"), 1).provisional()).isFalse();
        assertThatThrownBy(() -> WorkingCalendar.builder("Test").holiday(date("2024-03-30"), "A Saturday"))
                .hasMessage("2024-03-30 (A Saturday) is a weekend day, not a bank holiday");
    }

    @Test
    void a_zero_shift_and_a_shift_of_one_say_themselves_as_arithmetic() {
        assertThat(CALENDAR.explainShift(date("2024-03-27"), 0)).hasToString("2024-03-27 + 0 working days = 2024-03-27");
        assertThat(CALENDAR.explainShift(date("2024-03-28"), 1)).hasToString("2024-03-28 + 1 working day = 2024-04-02");
        assertThat(CALENDAR.explainShift(date("2024-04-02"), -1)).hasToString("2024-04-02 - 1 working day = 2024-03-28");
        assertThat(CALENDAR.explainShift(date("2028-12-29"), 1)).hasToString("2028-12-29 + 1 working day = 2029-01-02 (provisional)");
    }

    @Test
    void listing_the_days_of_a_range_outside_the_calendar_is_refused() {
        DateRange early = DateRange.of(date("1977-12-20"), date("1978-01-10"));
        assertThatThrownBy(() -> CALENDAR.nonWorkingDays(early)).isInstanceOf(CalendarRangeException.class)
                .hasMessage("1977-12-20 to 1978-01-10 reaches outside the range the England and Wales calendar supports"
                        + " (1978-01-01 to 2199-12-31)");
        assertThatThrownBy(() -> CALENDAR.namedNonWorkingDays(early)).isInstanceOf(CalendarRangeException.class)
                .hasMessage("1977-12-20 to 1978-01-10 reaches outside the range the England and Wales calendar supports"
                        + " (1978-01-01 to 2199-12-31)");
        DateRange late = DateRange.of(date("2199-12-20"), date("2200-01-10"));
        assertThatThrownBy(() -> CALENDAR.nonWorkingDays(late)).hasMessageStartingWith("2199-12-20 to 2200-01-10 reaches outside");
        assertThatThrownBy(() -> CALENDAR.namedNonWorkingDays(late)).hasMessageStartingWith("2199-12-20 to 2200-01-10 reaches outside");
    }

    @Test
    void closures_need_a_name() {
        assertThatThrownBy(() -> CALENDAR.withClosures(List.of(date("2024-12-27")), " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void with_closures_the_range_still_ends_at_its_last_open_working_day() {
        WorkingCalendar year = WorkingCalendar.builder("Year")
                .supportedRange(DateRange.of(date("2024-01-01"), date("2024-12-31")))
                .holidayRules(EnglandAndWales.standardRules())
                .build()
                .withClosures(List.of(date("2024-12-24"), date("2024-01-02")), "Office closed");
        // The first working day is 2 January, closed: 3 January is the first open one.
        assertThat(year.shift(date("2024-12-31"), -251)).isEqualTo("2024-01-03");
        assertThatThrownBy(() -> year.shift(date("2024-12-31"), -252)).isInstanceOf(CalendarRangeException.class);
        assertThat(year.shift(date("2024-12-23"), 3)).isEqualTo("2024-12-31");
        assertThatThrownBy(() -> year.shift(date("2024-12-23"), 4)).isInstanceOf(CalendarRangeException.class);
    }

    @Test
    void a_line_that_is_only_a_title_or_a_quoted_empty_title_is_reported() {
        assertThatThrownBy(() -> WorkingCalendar.builder("Broken").publishedHolidays("date,title\n,Good Friday\n"))
                .hasMessage("the published holidays have 1 problem:\n  line 2: '' is not a date (expected YYYY-MM-DD)");
        assertThatThrownBy(() -> WorkingCalendar.builder("Broken").publishedHolidays("date,title\n2024-03-29,\"\"\n"))
                .hasMessage("the published holidays have 1 problem:\n  line 2: the holiday on 2024-03-29 has no title");
        WorkingCalendar quoted = WorkingCalendar.builder("Quoted")
                .supportedRange(DateRange.of(date("2024-01-01"), date("2024-12-31")))
                .publishedHolidays("date,title\n2024-03-29,\"Good Friday, observed\"\n")
                .build();
        assertThat(quoted.nonWorkingDay(date("2024-03-29"))).map(NonWorkingDay::name).contains("Good Friday, observed");
    }

    @Test
    void date_ranges_refuse_to_run_backwards() {
        assertThatThrownBy(() -> DateRange.of(date("2024-01-02"), date("2024-01-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a date range cannot end (2024-01-01) before it starts (2024-01-02)");
        assertThat(DateRange.of(date("2024-02-01"), date("2024-02-29")).lengthInDays()).isEqualTo(29);
    }
}
