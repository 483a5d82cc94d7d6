package org.duly.timescales.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * A day that is not a working day, with the reason in words: a weekend day, a bank holiday or a
 * day the authority closed. Explanations name every day they skip ("skipped Good Friday
 * 2024-03-29").
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date the day
 * @param name what the day is, as people call it ("Good Friday", "Saturday")
 * @param kind why it is not a working day
 */
public record NonWorkingDay(LocalDate date, String name, Kind kind) {

    // Looked up once: explanations name every weekend day they skip.
    private static final String SATURDAY = DayOfWeek.SATURDAY.getDisplayName(TextStyle.FULL, Locale.UK);
    private static final String SUNDAY = DayOfWeek.SUNDAY.getDisplayName(TextStyle.FULL, Locale.UK);

    /** Why a day is not a working day. */
    public enum Kind {
        /** Saturday or Sunday. */
        WEEKEND,
        /** A bank holiday, including substitute days and one-off holidays. */
        BANK_HOLIDAY,
        /** A day the authority closed, such as the working days between Christmas and New Year. */
        CLOSURE
    }

    /**
     * Checks that every part is present and the name is not blank.
     *
     * @throws IllegalArgumentException if the name is blank
     */
    public NonWorkingDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a non-working day needs a name: " + date);
        }
    }

    /**
     * A bank holiday.
     *
     * <p>Example:
     * <pre>{@code
     * NonWorkingDay goodFriday = NonWorkingDay.bankHoliday(LocalDate.parse("2024-03-29"), "Good Friday");
     * assertThat(goodFriday).hasToString("Good Friday 2024-03-29");
     * }</pre>
     *
     * @param date the day
     * @param name its name, as published
     * @return the bank holiday
     */
    public static NonWorkingDay bankHoliday(LocalDate date, String name) {
        return new NonWorkingDay(date, name, Kind.BANK_HOLIDAY);
    }

    /**
     * A day the authority closed.
     *
     * <p>Example:
     * <pre>{@code
     * NonWorkingDay closed = NonWorkingDay.closure(LocalDate.parse("2024-12-27"), "Christmas closure");
     * assertThat(closed.kind()).isEqualTo(NonWorkingDay.Kind.CLOSURE);
     * }</pre>
     *
     * @param date the day
     * @param name what the closure is called
     * @return the closure day
     */
    public static NonWorkingDay closure(LocalDate date, String name) {
        return new NonWorkingDay(date, name, Kind.CLOSURE);
    }

    /**
     * A Saturday or Sunday, named after its day of the week.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(NonWorkingDay.weekend(LocalDate.parse("2024-03-30")).name()).isEqualTo("Saturday");
     * }</pre>
     *
     * @param date a Saturday or a Sunday
     * @return the weekend day
     * @throws IllegalArgumentException if the date is a weekday
     */
    public static NonWorkingDay weekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (!isWeekend(date)) {
            throw new IllegalArgumentException(date + " is a " + day + ", not a weekend day");
        }
        return new NonWorkingDay(date, day == DayOfWeek.SATURDAY ? SATURDAY : SUNDAY, Kind.WEEKEND);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /**
     * The day as an explanation names it: {@code Good Friday 2024-03-29}.
     *
     * @return name and date
     */
    @Override
    public String toString() {
        return name + " " + date;
    }
}
