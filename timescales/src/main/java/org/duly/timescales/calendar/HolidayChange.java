package org.duly.timescales.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A one-off change to the holidays the standard rules give for a year: an extra bank holiday (a
 * jubilee, a royal wedding, a state funeral) or a bank holiday moved by proclamation (the early May
 * bank holiday moved to VE day).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface HolidayChange permits HolidayChange.Added, HolidayChange.Moved {

    /**
     * An extra bank holiday.
     *
     * <p>Example:
     * <pre>{@code
     * HolidayChange funeral = HolidayChange.added(LocalDate.parse("2022-09-19"),
     *     "Bank Holiday for the State Funeral of Queen Elizabeth II");
     * assertThat(funeral.year()).isEqualTo(2022);
     * }</pre>
     *
     * @param date the day
     * @param name its name, as proclaimed
     * @return the change
     */
    static HolidayChange added(LocalDate date, String name) {
        return new Added(NonWorkingDay.bankHoliday(date, name));
    }

    /**
     * A bank holiday that the rules put on one day, moved to another.
     *
     * <p>Example:
     * <pre>{@code
     * HolidayChange veDay = HolidayChange.moved(LocalDate.parse("2020-05-04"), LocalDate.parse("2020-05-08"),
     *     "Early May bank holiday (VE day)");
     * }</pre>
     *
     * @param from the day the rules give
     * @param to the day it moves to, in the same year
     * @param name its name on the new day
     * @return the change
     */
    static HolidayChange moved(LocalDate from, LocalDate to, String name) {
        return new Moved(from, NonWorkingDay.bankHoliday(to, name));
    }

    /**
     * The year this change applies to.
     *
     * @return the year
     */
    int year();

    /**
     * Applies this change to the holidays of its year.
     *
     * @param holidays the holidays before the change
     * @return the holidays after it
     * @throws IllegalStateException if a moved holiday is not among {@code holidays}
     */
    List<NonWorkingDay> applyTo(List<NonWorkingDay> holidays);

    /**
     * An extra bank holiday.
     *
     * @param day the holiday
     */
    record Added(NonWorkingDay day) implements HolidayChange {
        /** Checks the day is present. */
        public Added {
            Objects.requireNonNull(day, "day");
        }

        @Override
        public int year() {
            return day.date().getYear();
        }

        @Override
        public List<NonWorkingDay> applyTo(List<NonWorkingDay> holidays) {
            List<NonWorkingDay> result = new ArrayList<>(holidays);
            result.add(day);
            return List.copyOf(result);
        }
    }

    /**
     * A bank holiday moved from the day the rules give to another.
     *
     * @param from the day the rules give
     * @param to the holiday on its new day
     */
    record Moved(LocalDate from, NonWorkingDay to) implements HolidayChange {
        /**
         * Checks both days are in one year.
         *
         * @throws IllegalArgumentException if they are not
         */
        public Moved {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from.getYear() != to.date().getYear()) {
                throw new IllegalArgumentException("a holiday moves within its year: " + from + " to " + to.date());
            }
        }

        @Override
        public int year() {
            return from.getYear();
        }

        @Override
        public List<NonWorkingDay> applyTo(List<NonWorkingDay> holidays) {
            List<NonWorkingDay> result = new ArrayList<>(holidays);
            if (!result.removeIf(day -> day.date().equals(from))) {
                throw new IllegalStateException("no holiday on " + from + " to move to " + to.date());
            }
            result.add(to);
            return List.copyOf(result);
        }
    }
}
