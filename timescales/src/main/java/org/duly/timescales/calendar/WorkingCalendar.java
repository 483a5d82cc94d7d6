package org.duly.timescales.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which days are working days: Monday to Friday, except bank holidays and any closure days the
 * authority configured, over a stated range of dates.
 *
 * <p>Counting working days is the arithmetic every timescale stands on, so it follows one
 * convention everywhere: the date counted from is day 0, also when it is not a working day
 * (Saturday + 1 working day = Monday). Counting runs without loops over days and without
 * allocating: a prefix count of the region's working days over the whole supported range and the
 * list of those working days, built once when the region's calendar is built (about 2 MB for
 * England and Wales), and shared by every calendar derived from it. An authority's closure days
 * lie over those tables as a sorted array, consulted by binary search, so adding closures costs
 * time in proportion to the closures, not to the range, and each count costs a few nanoseconds more.
 *
 * <p>Holidays inside the region's published data are confirmed; beyond them they come from the
 * standard rules, and a result that depends on such a day is <em>provisional</em>
 * ({@link #explainShift(LocalDate, int)}), because a one-off holiday can still be proclaimed.
 * Outside {@link #supportedRange()} every method throws {@link CalendarRangeException}: the
 * calendar never silently answers with weekends only.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorkingCalendar {

    /** What the first closures added to a calendar add to its name: the region's name alone would hide them. */
    private static final String WITH_LOCAL_CLOSURES = " with local closures";
    private static final int[] NOT_CLOSED = new int[0];
    private static final NonWorkingDay[] NO_CLOSURES = new NonWorkingDay[0];

    private final String name;
    /** The region's weekends and bank holidays, shared by every calendar derived from it. */
    private final Days days;
    // The region's tables again, one reference fewer to follow on every count.
    private final int firstYear;
    private final int[] monthStart;
    private final int[] workingBefore;
    private final LocalDate[] workingDays;
    /**
     * The closure days as ordinals among the region's working days ({@code workingDays}), in
     * increasing order: a closure is always a day that would otherwise be a working day.
     */
    private final SortedOrdinals closed;
    /**
     * {@code closed[m] - m}: how many of this calendar's own working days come before the
     * {@code m}-th closure. Never decreasing, so finding the {@code k}-th working day is one search.
     */
    private final SortedOrdinals closedRank;
    /** The closure days with their names, in the order of {@link #closed}. */
    private final NonWorkingDay[] closures;

    private WorkingCalendar(String name, Days days, int[] closed, NonWorkingDay[] closures) {
        this.name = name;
        this.days = days;
        this.firstYear = days.firstYear;
        this.monthStart = days.monthStart;
        this.workingBefore = days.workingBefore;
        this.workingDays = days.workingDays;
        this.closures = closures;
        if (closed.length == 0) {
            this.closed = days.noClosures;
            this.closedRank = days.noClosures;
        } else {
            int[] rank = new int[closed.length];
            for (int m = 0; m < closed.length; m++) {
                rank[m] = closed[m] - m;
            }
            this.closed = new SortedOrdinals(closed, workingDays.length);
            this.closedRank = new SortedOrdinals(rank, workingDays.length);
        }
    }

    /**
     * Starts building a calendar from a region's holiday rules and its published holidays.
     *
     * <p>Example:
     * <pre>{@code
     * WorkingCalendar calendar = WorkingCalendar.builder("England and Wales")
     *     .supportedRange(DateRange.of(LocalDate.parse("1978-01-01"), LocalDate.parse("2199-12-31")))
     *     .holidayRules(EnglandAndWales.rules())
     *     .publishedHolidays(csvText)
     *     .build();
     * }</pre>
     *
     * @param name the calendar's name, as explanations show it ("England and Wales")
     * @return a new builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * The calendar's name, as explanations show it.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(EnglandAndWales.calendar().name()).isEqualTo("England and Wales");
     * }</pre>
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The dates this calendar knows. Every method throws {@link CalendarRangeException} for a date,
     * or a result, outside it.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(EnglandAndWales.calendar().supportedRange().endInclusive()).isEqualTo(LocalDate.parse("2199-12-31"));
     * }</pre>
     *
     * @return the supported range
     */
    public DateRange supportedRange() {
        return days.supportedRange;
    }

    /**
     * The last day covered by published holiday data. After it, holidays come from the standard
     * rules and results that depend on them are provisional.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(EnglandAndWales.calendar().confirmedThrough()).isEqualTo(LocalDate.parse("2028-12-31"));
     * }</pre>
     *
     * @return the last confirmed day
     */
    public LocalDate confirmedThrough() {
        return days.confirmedThrough;
    }

    /**
     * Checks whether a day is a working day: Monday to Friday and neither a bank holiday nor a
     * closure day.
     *
     * <p>Example:
     * <pre>{@code
     * WorkingCalendar calendar = EnglandAndWales.calendar();
     * assertThat(calendar.isWorkingDay(LocalDate.parse("2024-03-28"))).isTrue();   // Maundy Thursday
     * assertThat(calendar.isWorkingDay(LocalDate.parse("2024-03-29"))).isFalse();  // Good Friday
     * }</pre>
     *
     * @param date the day
     * @return true if it is a working day
     * @throws CalendarRangeException if the day is outside the supported range
     */
    public boolean isWorkingDay(LocalDate date) {
        int i = indexOf(date);
        int ordinal = workingBefore[i];
        return workingBefore[i + 1] != ordinal && closureAt(ordinal) < 0;
    }

    /**
     * The {@code n}-th working day after {@code date}, or before it when {@code n} is negative.
     * {@code date} is day 0 whether or not it is a working day, and {@code shift(date, 0)} is
     * {@code date} itself.
     *
     * <p>Example:
     * <pre>{@code
     * WorkingCalendar calendar = EnglandAndWales.calendar();
     * assertThat(calendar.shift(LocalDate.parse("2024-03-27"), 5)).isEqualTo("2024-04-05");   // over Easter
     * assertThat(calendar.shift(LocalDate.parse("2024-04-08"), -2)).isEqualTo("2024-04-04");
     * assertThat(calendar.shift(LocalDate.parse("2024-03-30"), 1)).isEqualTo("2024-04-02");   // Saturday is day 0
     * }</pre>
     *
     * @param date the day to count from
     * @param n how many working days to count: forwards if positive, backwards if negative
     * @return the day reached
     * @throws CalendarRangeException if {@code date} or the result is outside the supported range
     */
    public LocalDate shift(LocalDate date, int n) {
        int i = indexOf(date);
        if (n == 0) {
            return date;
        }
        // Working days up to and including date when counting forwards; strictly before it backwards.
        long ordinal = n > 0 ? (long) workingDaysBefore(i + 1) + n - 1 : (long) workingDaysBefore(i) + n;
        if (ordinal < 0 || ordinal >= workingDays.length - closures.length) {
            throw new CalendarRangeException(String.format(
                    "%s %s %d working day%s falls outside the range the %s calendar supports (%s)",
                    date, n > 0 ? "+" : "-", Math.abs((long) n), Math.abs((long) n) == 1 ? "" : "s",
                    name, days.supportedRange));
        }
        // The region's working day with this ordinal among those not closed: past every closure
        // that has at most that many of this calendar's working days before it.
        int k = (int) ordinal;
        return workingDays[closures.length == 0 ? k : k + closedRank.countBelow(k + 1)];
    }

    /**
     * Counts working days like {@link #shift(LocalDate, int)} and keeps what an explanation needs:
     * the skipped days with their names and whether the result is provisional.
     *
     * <p>Example:
     * <pre>{@code
     * WorkingDayShift shift = EnglandAndWales.calendar().explainShift(LocalDate.parse("2024-03-27"), 5);
     * assertThat(shift.result()).isEqualTo("2024-04-05");
     * assertThat(shift.skippedHolidays()).map(NonWorkingDay::name).containsExactly("Good Friday", "Easter Monday");
     * assertThat(shift.provisional()).isFalse();
     * }</pre>
     *
     * @param date the day to count from (day 0)
     * @param n how many working days to count: forwards if positive, backwards if negative
     * @return the result with its explanation
     * @throws CalendarRangeException if {@code date} or the result is outside the supported range
     */
    public WorkingDayShift explainShift(LocalDate date, int n) {
        LocalDate result = shift(date, n);
        // The days whose status decided the result: (date, result] forwards, [result, date) backwards.
        LocalDate lastExamined = n > 0 ? result : date.minusDays(1);
        boolean provisional = n != 0 && lastExamined.isAfter(days.confirmedThrough);
        return new WorkingDayShift(this, date, n, result, provisional);
    }

    /**
     * The number of working days in {@code (from, to]}: after {@code from}, up to and including
     * {@code to}. Negative when {@code to} is before {@code from}, so that
     * {@code workingDaysBetween(d, shift(d, n)) == n} for every positive {@code n}.
     *
     * <p>Example:
     * <pre>{@code
     * WorkingCalendar calendar = EnglandAndWales.calendar();
     * assertThat(calendar.workingDaysBetween(LocalDate.parse("2024-03-27"), LocalDate.parse("2024-04-05"))).isEqualTo(5);
     * assertThat(calendar.workingDaysBetween(LocalDate.parse("2024-04-05"), LocalDate.parse("2024-03-27"))).isEqualTo(-5);
     * }</pre>
     *
     * @param from the day counted from, not itself counted
     * @param to the last day counted
     * @return the number of working days, negative if reversed
     * @throws CalendarRangeException if either day is outside the supported range
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return workingDaysBefore(indexOf(to) + 1) - workingDaysBefore(indexOf(from) + 1);
    }

    /**
     * The day itself if it is a working day, otherwise the first working day after it.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(EnglandAndWales.calendar().nextWorkingDayOrSame(LocalDate.parse("2024-03-29"))).isEqualTo("2024-04-02");
     * }</pre>
     *
     * @param date the day
     * @return the first working day on or after it
     * @throws CalendarRangeException if the day or the result is outside the supported range
     */
    public LocalDate nextWorkingDayOrSame(LocalDate date) {
        return isWorkingDay(date) ? date : shift(date, 1);
    }

    /**
     * The day itself if it is a working day, otherwise the last working day before it.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(EnglandAndWales.calendar().previousWorkingDayOrSame(LocalDate.parse("2024-04-01"))).isEqualTo("2024-03-28");
     * }</pre>
     *
     * @param date the day
     * @return the last working day on or before it
     * @throws CalendarRangeException if the day or the result is outside the supported range
     */
    public LocalDate previousWorkingDayOrSame(LocalDate date) {
        return isWorkingDay(date) ? date : shift(date, -1);
    }

    /**
     * Why a day is not a working day, or empty if it is one.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(EnglandAndWales.calendar().nonWorkingDay(LocalDate.parse("2022-09-19")))
     *     .map(NonWorkingDay::name).contains("Bank Holiday for the State Funeral of Queen Elizabeth II");
     * }</pre>
     *
     * @param date the day
     * @return the non-working day, or empty on a working day
     * @throws CalendarRangeException if the day is outside the supported range
     */
    public Optional<NonWorkingDay> nonWorkingDay(LocalDate date) {
        int i = indexOf(date);
        int ordinal = workingBefore[i];
        if (workingBefore[i + 1] != ordinal) {
            int m = closureAt(ordinal);
            return m < 0 ? Optional.empty() : Optional.of(closures[m]);
        }
        NonWorkingDay holiday = days.holidays.get(date);
        return Optional.of(holiday != null ? holiday : NonWorkingDay.weekend(date));
    }

    /**
     * The bank holidays and closure days in a range, in date order; weekends are left out.
     *
     * <p>Example:
     * <pre>{@code
     * DateRange may2022 = DateRange.of(LocalDate.parse("2022-05-01"), LocalDate.parse("2022-06-30"));
     * assertThat(EnglandAndWales.calendar().namedNonWorkingDays(may2022)).map(NonWorkingDay::toString).containsExactly(
     *     "Early May bank holiday 2022-05-02", "Spring bank holiday 2022-06-02", "Platinum Jubilee bank holiday 2022-06-03");
     * }</pre>
     *
     * @param range the days to look at
     * @return the named non-working days among them
     * @throws CalendarRangeException if the range reaches outside the supported range
     */
    public List<NonWorkingDay> namedNonWorkingDays(DateRange range) {
        requireSupported(range);
        SortedMap<LocalDate, NonWorkingDay> holidays = days.holidays.subMap(range.start(), range.endInclusive().plusDays(1));
        int from = closed.countBelow(workingBefore[indexOf(range.start())]);
        int to = closed.countBelow(workingBefore[indexOf(range.endInclusive()) + 1]);
        if (from == to) {
            return holidays.isEmpty() ? List.of() : List.copyOf(holidays.values());
        }
        // Two lists in date order, never on the same day: a closure is always a day that would be a working day.
        List<NonWorkingDay> named = new ArrayList<>(holidays.size() + to - from);
        Iterator<NonWorkingDay> holiday = holidays.values().iterator();
        NonWorkingDay nextHoliday = holiday.hasNext() ? holiday.next() : null;
        for (int m = from; m < to; m++) {
            while (nextHoliday != null && nextHoliday.date().isBefore(closures[m].date())) {
                named.add(nextHoliday);
                nextHoliday = holiday.hasNext() ? holiday.next() : null;
            }
            named.add(closures[m]);
        }
        if (nextHoliday != null) {
            named.add(nextHoliday);
            holiday.forEachRemaining(named::add);
        }
        return List.copyOf(named);
    }

    /**
     * Every non-working day in a range, in date order: weekends named after their day of the week,
     * bank holidays and closures by their own names.
     *
     * <p>Example:
     * <pre>{@code
     * DateRange easter = DateRange.of(LocalDate.parse("2024-03-29"), LocalDate.parse("2024-04-01"));
     * assertThat(EnglandAndWales.calendar().nonWorkingDays(easter)).hasSize(4);
     * }</pre>
     *
     * @param range the days to look at
     * @return the non-working days among them
     * @throws CalendarRangeException if the range reaches outside the supported range
     */
    public List<NonWorkingDay> nonWorkingDays(DateRange range) {
        requireSupported(range);
        List<NonWorkingDay> found = new ArrayList<>();
        for (LocalDate day = range.start(); !day.isAfter(range.endInclusive()); day = day.plusDays(1)) {
            nonWorkingDay(day).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    /**
     * A copy of this calendar in which one more day is closed. A day that is already a bank holiday
     * keeps its bank holiday's name, and an earlier closure its own; a closure on a weekend changes
     * nothing. The first closures added to a calendar add "with local closures" to its name
     * ("England and Wales with local closures"), so that an explanation never names the region's
     * calendar for one it is not; {@link #withName(String)} gives the authority's own name.
     *
     * <p>Adding closures takes time in proportion to the closures, not to the supported range
     * (about a microsecond for ten days): a system may add an authority's closure days per request.
     *
     * <p>Example:
     * <pre>{@code
     * WorkingCalendar northshire = EnglandAndWales.calendar()
     *     .withClosure(LocalDate.parse("2024-12-27"), "Christmas closure");
     * assertThat(northshire.isWorkingDay(LocalDate.parse("2024-12-27"))).isFalse();
     * assertThat(northshire.name()).isEqualTo("England and Wales with local closures");
     * }</pre>
     *
     * @param date the day to close
     * @param closureName what the closure is called
     * @return the new calendar
     * @throws CalendarRangeException if the day is outside the supported range
     */
    public WorkingCalendar withClosure(LocalDate date, String closureName) {
        return withClosures(DateRange.ofDay(Objects.requireNonNull(date, "date")), closureName);
    }

    /**
     * A copy of this calendar in which every working day of a range is closed, such as the working
     * days between Christmas and New Year. Weekends and bank holidays in the range keep their names,
     * and so do days already closed; the name changes as {@link #withClosure(LocalDate, String)} says.
     *
     * <p>Example:
     * <pre>{@code
     * WorkingCalendar northshire = EnglandAndWales.calendar().withClosures(
     *     DateRange.of(LocalDate.parse("2024-12-24"), LocalDate.parse("2024-12-31")), "Christmas closure");
     * assertThat(northshire.workingDaysBetween(LocalDate.parse("2024-12-23"), LocalDate.parse("2025-01-02"))).isEqualTo(1);
     * }</pre>
     *
     * @param range the days to close
     * @param closureName what the closure is called
     * @return the new calendar
     * @throws CalendarRangeException if the range reaches outside the supported range
     */
    public WorkingCalendar withClosures(DateRange range, String closureName) {
        requireClosureName(closureName);
        requireSupported(range);
        // The region's working days in the range are the ordinals from the first to the end, in order.
        int first = workingBefore[indexOf(range.start())];
        int[] added = new int[workingBefore[indexOf(range.endInclusive()) + 1] - first];
        for (int k = 0; k < added.length; k++) {
            added[k] = first + k;
        }
        return withClosed(added, closureName);
    }

    /**
     * A copy of this calendar in which the given days are closed, as an authority lists its closure
     * days from its configuration. Weekends and bank holidays keep their names, and so do days
     * already closed; the name changes as {@link #withClosure(LocalDate, String)} says.
     *
     * <p>Example:
     * <pre>{@code
     * WorkingCalendar northshire = EnglandAndWales.calendar().withClosures(List.of(
     *     LocalDate.parse("2024-12-27"), LocalDate.parse("2024-12-30"), LocalDate.parse("2024-12-31")), "Christmas closure");
     * assertThat(northshire.shift(LocalDate.parse("2024-12-24"), 1)).isEqualTo("2025-01-02");
     * }</pre>
     *
     * @param dates the days to close, in any order
     * @param closureName what the closures are called
     * @return the new calendar
     * @throws CalendarRangeException if a day is outside the supported range
     */
    public WorkingCalendar withClosures(Collection<LocalDate> dates, String closureName) {
        requireClosureName(closureName);
        int[] added = new int[dates.size()];
        int count = 0;
        for (LocalDate date : dates) {
            int i = indexOf(Objects.requireNonNull(date, "a closure day"));
            if (workingBefore[i + 1] != workingBefore[i]) {
                added[count++] = workingBefore[i];
            }
        }
        added = Arrays.copyOf(added, count);
        Arrays.sort(added);
        return withClosed(added, closureName);
    }

    /**
     * This calendar with more of the region's working days closed.
     *
     * @param added ordinals among the region's working days, in increasing order, perhaps repeated or already closed
     */
    private WorkingCalendar withClosed(int[] added, String closureName) {
        int[] before = closed.values;
        int[] merged = new int[before.length + added.length];
        NonWorkingDay[] named = new NonWorkingDay[merged.length];
        int size = 0;
        for (int a = 0, b = 0; a < before.length || b < added.length; ) {
            // On a tie the earlier closure comes first and keeps its name; the later one is then a repeat.
            if (b == added.length || a < before.length && before[a] <= added[b]) {
                merged[size] = before[a];
                named[size++] = closures[a++];
            } else {
                int ordinal = added[b++];
                if (size == 0 || merged[size - 1] != ordinal) {
                    merged[size] = ordinal;
                    named[size++] = NonWorkingDay.closure(workingDays[ordinal], closureName);
                }
            }
        }
        if (size == before.length) {
            return this;
        }
        return new WorkingCalendar(before.length == 0 ? name + WITH_LOCAL_CLOSURES : name, days,
                Arrays.copyOf(merged, size), Arrays.copyOf(named, size));
    }

    /**
     * A copy of this calendar under another name, for an authority's own calendar.
     *
     * <p>Example:
     * <pre>{@code
     * WorkingCalendar northshire = EnglandAndWales.calendar()
     *     .withClosure(LocalDate.parse("2024-12-27"), "Christmas closure")
     *     .withName("Northshire County Council");
     * }</pre>
     *
     * @param newName the new name
     * @return the renamed calendar
     */
    public WorkingCalendar withName(String newName) {
        return new WorkingCalendar(requireName(newName), days, closed.values, closures);
    }

    /** The number of working days among the first {@code i} days of the range: the region's, less the closures among them. */
    private int workingDaysBefore(int i) {
        int regional = workingBefore[i];
        return closures.length == 0 ? regional : regional - closed.countBelow(regional);
    }

    /** Where the region's working day with this ordinal is among the closures, or -1 if it is not closed. */
    private int closureAt(int ordinal) {
        if (closures.length == 0) {
            return -1;
        }
        int m = closed.countBelow(ordinal);
        return m < closures.length && closed.values[m] == ordinal ? m : -1;
    }

    private int indexOf(LocalDate date) {
        long year = (long) date.getYear() - firstYear;
        if (year >= 0 && year < monthStart.length / 12) {
            int index = monthStart[(int) year * 12 + date.getMonthValue() - 1] + date.getDayOfMonth() - 1;
            if (index >= 0 && index < workingBefore.length - 1) {
                return index;
            }
        }
        throw new CalendarRangeException(String.format(
                "%s is outside the range the %s calendar supports (%s)", date, name, days.supportedRange));
    }

    private void requireSupported(DateRange range) {
        if (!days.supportedRange.encloses(range)) {
            throw new CalendarRangeException(String.format(
                    "%s reaches outside the range the %s calendar supports (%s)", range, name, days.supportedRange));
        }
    }

    private static String requireName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a calendar needs a name");
        }
        return name;
    }

    private static void requireClosureName(String closureName) {
        Objects.requireNonNull(closureName, "closureName");
        if (closureName.isBlank()) {
            throw new IllegalArgumentException("a closure needs a name");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WorkingCalendar that
                && name.equals(that.name)
                && days.supportedRange.equals(that.days.supportedRange)
                && days.confirmedThrough.equals(that.days.confirmedThrough)
                && days.holidays.equals(that.days.holidays)
                && Arrays.equals(closures, that.closures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, days.supportedRange, days.confirmedThrough, days.holidays, Arrays.hashCode(closures));
    }

    /**
     * The calendar in one line: {@code England and Wales (1978-01-01 to 2199-12-31, confirmed through 2028-12-31)}.
     *
     * @return name, range and confirmation
     */
    @Override
    public String toString() {
        return name + " (" + days.supportedRange + ", confirmed through " + days.confirmedThrough + ")";
    }

    /**
     * A region's days over its supported range, built once by {@link Builder#build()} and shared by
     * the calendars derived from it by closures and names.
     */
    private static final class Days {
        final DateRange supportedRange;
        final LocalDate confirmedThrough;
        final int firstYear;
        /**
         * {@code monthStart[12 * (year - firstYear) + month - 1]}: the index in the range of the 1st of
         * that month (negative before the range starts), so a date's index needs no division.
         */
        final int[] monthStart;
        /** {@code workingBefore[i]}: the number of the region's working days among the first {@code i} days of the range. */
        final int[] workingBefore;
        /** {@code workingDays[k]}: the range's {@code k}-th working day, from 0, ready to return without allocating. */
        final LocalDate[] workingDays;
        /** Bank holidays by date. */
        final SortedMap<LocalDate, NonWorkingDay> holidays;
        /** The closures of a calendar without any, shared. */
        final SortedOrdinals noClosures;

        Days(DateRange supportedRange, LocalDate confirmedThrough, SortedMap<LocalDate, NonWorkingDay> holidays) {
            this.supportedRange = supportedRange;
            this.confirmedThrough = confirmedThrough;
            this.holidays = holidays;
            long firstEpochDay = supportedRange.start().toEpochDay();
            this.firstYear = supportedRange.start().getYear();
            int years = supportedRange.endInclusive().getYear() - firstYear + 1;
            this.monthStart = new int[12 * years];
            for (int m = 0; m < monthStart.length; m++) {
                monthStart[m] = (int) (LocalDate.of(firstYear + m / 12, m % 12 + 1, 1).toEpochDay() - firstEpochDay);
            }
            int length = Math.toIntExact(supportedRange.lengthInDays());
            this.workingBefore = new int[length + 1];
            LocalDate[] working = new LocalDate[length];
            int count = 0;
            for (int i = 0; i < length; i++) {
                long epochDay = firstEpochDay + i;
                if (!isWeekendEpochDay(epochDay)) {
                    LocalDate day = LocalDate.ofEpochDay(epochDay);
                    if (!holidays.containsKey(day)) {
                        working[count++] = day;
                    }
                }
                workingBefore[i + 1] = count;
            }
            this.workingDays = Arrays.copyOf(working, count);
            this.noClosures = new SortedOrdinals(new int[0], count);
        }

        private static boolean isWeekendEpochDay(long epochDay) {
            // 1970-01-01 (epoch day 0) was a Thursday: Monday is 0 in this count, Saturday 5, Sunday 6.
            return Math.floorMod(epochDay + 3, 7) >= 5;
        }
    }

    /**
     * Ordinals in increasing order, with where each block of 256 possible ordinals starts among them,
     * so that counting those below a key searches one block: for closure days, a handful at most
     * (256 working days are about a year), and usually none. The index costs one {@code int} per
     * block, about 220 for England and Wales, built in one pass.
     */
    private static final class SortedOrdinals {
        private static final int BLOCK_BITS = 8;

        /** The ordinals, in increasing order; never changed. */
        final int[] values;
        /** {@code starts[b]}: how many ordinals are below {@code b << BLOCK_BITS}. */
        private final int[] starts;

        /**
         * @param values the ordinals, in increasing order
         * @param largestKey the largest key {@link #countBelow(int)} will be asked about
         */
        SortedOrdinals(int[] values, int largestKey) {
            this.values = values;
            int blocks = (largestKey >>> BLOCK_BITS) + 1;
            this.starts = new int[blocks + 1];
            int m = 0;
            for (int b = 0; b <= blocks; b++) {
                long bound = (long) b << BLOCK_BITS;
                while (m < values.length && values[m] < bound) {
                    m++;
                }
                starts[b] = m;
            }
        }

        /** How many ordinals are less than {@code key}, for a key from 0 to the largest given. */
        int countBelow(int key) {
            int block = key >>> BLOCK_BITS;
            int low = starts[block];
            int high = starts[block + 1];
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (values[middle] < key) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }

    /**
     * Builds a {@link WorkingCalendar} from holiday rules and published holidays. Published holidays
     * replace the rules for every year they cover; the calendar is confirmed through the end of the
     * last published year. Not thread-safe: build on one thread, then share the calendar.
     */
    public static final class Builder {

        private final String name;
        private DateRange supportedRange;
        private HolidayRules rules = year -> List.of();
        private final SortedMap<LocalDate, NonWorkingDay> published = new TreeMap<>();
        private LocalDate confirmedThrough;

        private Builder(String name) {
            this.name = requireName(name);
        }

        /**
         * The dates the calendar will know; required.
         *
         * <p>Example:
         * <pre>{@code
         * builder.supportedRange(DateRange.of(LocalDate.parse("1978-01-01"), LocalDate.parse("2199-12-31")));
         * }</pre>
         *
         * @param range the supported range
         * @return this builder
         */
        public Builder supportedRange(DateRange range) {
            this.supportedRange = Objects.requireNonNull(range, "range");
            return this;
        }

        /**
         * The rules that give the holidays of years the published data does not cover.
         *
         * <p>Example:
         * <pre>{@code
         * builder.holidayRules(EnglandAndWales.rules());
         * }</pre>
         *
         * @param holidayRules the rules
         * @return this builder
         */
        public Builder holidayRules(HolidayRules holidayRules) {
            this.rules = Objects.requireNonNull(holidayRules, "holidayRules");
            return this;
        }

        /**
         * Published bank holidays in the shape of gov.uk's data: a header line {@code date,title},
         * then one line per holiday, {@code 2024-03-29,Good Friday}. Every problem in the text is
         * reported at once, each with its line number.
         *
         * <p>Example:
         * <pre>{@code
         * builder.publishedHolidays("date,title\n2024-03-29,Good Friday\n2024-04-01,Easter Monday\n");
         * }</pre>
         *
         * @param csv the holidays as CSV text
         * @return this builder
         * @throws IllegalArgumentException listing every line that is not a holiday, and any year
         *     inside the data's span that has no holidays
         */
        public Builder publishedHolidays(String csv) {
            for (NonWorkingDay day : HolidayCsv.parse(csv)) {
                published.put(day.date(), day);
            }
            return this;
        }

        /**
         * One published bank holiday, given directly rather than as CSV.
         *
         * <p>Example:
         * <pre>{@code
         * builder.holiday(LocalDate.parse("2024-03-29"), "Good Friday");
         * }</pre>
         *
         * @param date the day, a weekday
         * @param holidayName its name
         * @return this builder
         * @throws IllegalArgumentException if the day is a weekend day
         */
        public Builder holiday(LocalDate date, String holidayName) {
            if (NonWorkingDay.isWeekend(date)) {
                throw new IllegalArgumentException(date + " (" + holidayName + ") is a weekend day, not a bank holiday");
            }
            published.put(date, NonWorkingDay.bankHoliday(date, holidayName));
            return this;
        }

        /**
         * The last day whose holidays are known for certain, when it is not the end of the last
         * published year: a test calendar that is complete by construction, say.
         *
         * <p>Example:
         * <pre>{@code
         * builder.confirmedThrough(LocalDate.parse("2099-12-31"));
         * }</pre>
         *
         * @param lastConfirmedDay the last confirmed day
         * @return this builder
         */
        public Builder confirmedThrough(LocalDate lastConfirmedDay) {
            this.confirmedThrough = Objects.requireNonNull(lastConfirmedDay, "lastConfirmedDay");
            return this;
        }

        /**
         * Builds the calendar.
         *
         * <p>Example:
         * <pre>{@code
         * WorkingCalendar calendar = builder.build();
         * }</pre>
         *
         * @return the calendar
         * @throws IllegalStateException if no supported range was given
         * @throws IllegalArgumentException if the published data reaches outside the supported range
         */
        public WorkingCalendar build() {
            if (supportedRange == null) {
                throw new IllegalStateException("the " + name + " calendar needs a supported range");
            }
            int firstPublishedYear = published.isEmpty() ? Integer.MAX_VALUE : published.firstKey().getYear();
            int lastPublishedYear = published.isEmpty() ? Integer.MIN_VALUE : published.lastKey().getYear();
            SortedMap<LocalDate, NonWorkingDay> days = new TreeMap<>();
            for (int year = supportedRange.start().getYear(); year <= supportedRange.endInclusive().getYear(); year++) {
                if (year < firstPublishedYear || year > lastPublishedYear) {
                    for (NonWorkingDay day : rules.holidaysIn(year)) {
                        days.put(day.date(), day);
                    }
                }
            }
            for (Map.Entry<LocalDate, NonWorkingDay> day : published.entrySet()) {
                if (!supportedRange.contains(day.getKey())) {
                    throw new IllegalArgumentException("published holiday " + day.getValue()
                            + " is outside the supported range " + supportedRange);
                }
                days.put(day.getKey(), day.getValue());
            }
            days.keySet().removeIf(date -> !supportedRange.contains(date));
            LocalDate confirmed = confirmedThrough != null ? confirmedThrough
                    : published.isEmpty() ? supportedRange.start().minusDays(1) : LocalDate.of(lastPublishedYear, 12, 31);
            return new WorkingCalendar(name, new Days(supportedRange, confirmed, days), NOT_CLOSED, NO_CLOSURES);
        }
    }
}
