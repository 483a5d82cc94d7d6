package org.duly.timescales.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The working-day calendar of England and Wales: Monday to Friday except bank holidays.
 *
 * <p>Inside gov.uk's published data (2012 to 2028, bundled with this class with its provenance in
 * {@code england-and-wales-bank-holidays.SOURCE.md}) the holidays are confirmed. Outside it they
 * come from the standard rules of the Banking and Financial Dealings Act 1971 and the royal
 * proclamations made every year since 1978 ({@link #standardRules()}), with the known one-off
 * changes ({@link #ONE_OFFS}); results that depend on a day after the data are provisional.
 *
 * <p>The supported range starts on 1978-01-01, the first year in which the standard rules held:
 * New Year's Day has been a bank holiday only since 1974 and the early May bank holiday only since
 * 1978; before 1971 the spring and summer holidays were Whit Monday and the first Monday of August,
 * and from 1965 to 1970 they were proclaimed year by year. The rules cannot reproduce those years,
 * so the calendar refuses them rather than guess. It ends on 2199-12-31.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EnglandAndWales {

    /** The dates the England and Wales calendar supports. */
    public static final DateRange SUPPORTED_RANGE =
            DateRange.of(LocalDate.of(1978, 1, 1), LocalDate.of(2199, 12, 31));

    /**
     * The one-off bank holidays since 1978: extra days and holidays moved by proclamation. Those from
     * 2012 are also in gov.uk's data; the earlier ones are known only from here.
     */
    public static final List<HolidayChange> ONE_OFFS = List.of(
            HolidayChange.added(LocalDate.of(1981, 7, 29), "Royal wedding (extra bank holiday)"),
            HolidayChange.moved(LocalDate.of(1995, 5, 1), LocalDate.of(1995, 5, 8), "Early May bank holiday (VE day)"),
            HolidayChange.added(LocalDate.of(1999, 12, 31), "Millennium celebrations (extra bank holiday)"),
            HolidayChange.moved(LocalDate.of(2002, 5, 27), LocalDate.of(2002, 6, 4), "Spring bank holiday"),
            HolidayChange.added(LocalDate.of(2002, 6, 3), "Queen's Golden Jubilee (extra bank holiday)"),
            HolidayChange.added(LocalDate.of(2011, 4, 29), "Royal wedding (extra bank holiday)"),
            HolidayChange.moved(LocalDate.of(2012, 5, 28), LocalDate.of(2012, 6, 4), "Spring bank holiday (substitute day)"),
            HolidayChange.added(LocalDate.of(2012, 6, 5), "Queen's Diamond Jubilee (extra bank holiday)"),
            HolidayChange.moved(LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8), "Early May bank holiday (VE day)"),
            HolidayChange.moved(LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2), "Spring bank holiday"),
            HolidayChange.added(LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday"),
            HolidayChange.added(LocalDate.of(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II"),
            HolidayChange.added(LocalDate.of(2023, 5, 8), "Bank holiday for the coronation of King Charles III"));

    private static final String PUBLISHED_DATA = "england-and-wales-bank-holidays.csv";
    private static final String SUBSTITUTE = " (substitute day)";

    private EnglandAndWales() {
    }

    /**
     * The England and Wales calendar, built once on first use.
     *
     * <p>Example:
     * <pre>{@code
     * WorkingCalendar calendar = EnglandAndWales.calendar();
     * assertThat(calendar.shift(LocalDate.parse("2022-09-16"), 1)).isEqualTo("2022-09-20");  // the State Funeral
     * }</pre>
     *
     * @return the calendar
     */
    public static WorkingCalendar calendar() {
        return Holder.CALENDAR;
    }

    /**
     * The holidays gov.uk publishes, as bundled: the text of {@code england-and-wales-bank-holidays.csv}.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(EnglandAndWales.publishedData()).startsWith("date,title");
     * }</pre>
     *
     * @return the CSV text
     */
    public static String publishedData() {
        try (InputStream in = EnglandAndWales.class.getResourceAsStream(PUBLISHED_DATA)) {
            if (in == null) {
                throw new IllegalStateException(PUBLISHED_DATA + " is missing from the duly-timescales jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PUBLISHED_DATA + " from the duly-timescales jar", e);
        }
    }

    /**
     * The standard rules with the one-off changes of {@link #ONE_OFFS}: the holidays of any
     * supported year, as the calendar uses them outside the published data.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(EnglandAndWales.rules().holidaysIn(1995)).extracting(NonWorkingDay::date)
     *     .contains(LocalDate.parse("1995-05-08")).doesNotContain(LocalDate.parse("1995-05-01"));
     * }</pre>
     *
     * @return the rules with the one-offs
     */
    public static HolidayRules rules() {
        return Holder.RULES;
    }

    /**
     * The standard rules alone, without one-off changes: New Year's Day, Good Friday, Easter Monday,
     * the early May bank holiday (first Monday of May), the spring bank holiday (last Monday of May),
     * the summer bank holiday (last Monday of August), Christmas Day and Boxing Day. A holiday that
     * falls on a weekend gives a substitute day on the next weekday that is not already a holiday,
     * named as gov.uk names it ("Boxing Day (substitute day)").
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(EnglandAndWales.standardRules().holidaysIn(2021)).map(NonWorkingDay::toString).contains(
     *     "Christmas Day (substitute day) 2021-12-27", "Boxing Day (substitute day) 2021-12-28");
     * }</pre>
     *
     * @return the standard rules
     */
    public static HolidayRules standardRules() {
        return EnglandAndWales::standardHolidays;
    }

    private static List<NonWorkingDay> standardHolidays(int year) {
        List<NonWorkingDay> days = new ArrayList<>();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        days.add(NonWorkingDay.isWeekend(newYear)
                ? NonWorkingDay.bankHoliday(newYear.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), "New Year's Day" + SUBSTITUTE)
                : NonWorkingDay.bankHoliday(newYear, "New Year's Day"));
        LocalDate easter = Easter.sunday(year);
        days.add(NonWorkingDay.bankHoliday(easter.minusDays(2), "Good Friday"));
        days.add(NonWorkingDay.bankHoliday(easter.plusDays(1), "Easter Monday"));
        days.add(NonWorkingDay.bankHoliday(
                LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)), "Early May bank holiday"));
        days.add(NonWorkingDay.bankHoliday(
                LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Spring bank holiday"));
        days.add(NonWorkingDay.bankHoliday(
                LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Summer bank holiday"));
        // Christmas Day and Boxing Day each keep their own day when it is a weekday; a weekend one
        // moves to the first weekday after 26 December that the other does not already take.
        LocalDate nextFree = LocalDate.of(year, 12, 27);
        for (String name : List.of("Christmas Day", "Boxing Day")) {
            LocalDate day = LocalDate.of(year, 12, name.equals("Christmas Day") ? 25 : 26);
            if (NonWorkingDay.isWeekend(day)) {
                while (NonWorkingDay.isWeekend(nextFree)) {
                    nextFree = nextFree.plusDays(1);
                }
                days.add(NonWorkingDay.bankHoliday(nextFree, name + SUBSTITUTE));
                nextFree = nextFree.plusDays(1);
            } else {
                days.add(NonWorkingDay.bankHoliday(day, name));
            }
        }
        days.sort(Comparator.comparing(NonWorkingDay::date));
        return List.copyOf(days);
    }

    /** Builds the calendar and the rules once, on first use. */
    private static final class Holder {
        static final HolidayRules RULES = standardRules().with(ONE_OFFS);
        static final WorkingCalendar CALENDAR = WorkingCalendar.builder("England and Wales")
                .supportedRange(SUPPORTED_RANGE)
                .holidayRules(RULES)
                .publishedHolidays(publishedData())
                .build();
    }
}
