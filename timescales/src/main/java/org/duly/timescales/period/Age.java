package org.duly.timescales.period;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An age in whole years and months: 16, or 16 years and 6 months. It is attained at the start of
 * the anniversary of the date of birth; for someone born on 29 February, or on a day a month lacks,
 * the {@link LeapDayBirthdays} rule says which day.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param years whole years, 0 or more
 * @param months further months, 0 to 11
 */
public record Age(int years, int months) {

    /**
     * Checks the age is not negative and the months are under a year.
     *
     * @throws IllegalArgumentException if it is not
     */
    public Age {
        if (years < 0 || months < 0 || months > 11) {
            throw new IllegalArgumentException("an age is whole years and 0 to 11 months, not " + years + " years and "
                    + months + " months");
        }
    }

    /**
     * An age in whole years.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Age.of(16)).hasToString("16");
     * }</pre>
     *
     * @param years the years
     * @return the age
     */
    public static Age of(int years) {
        return new Age(years, 0);
    }

    /**
     * An age in years and months.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Age.of(16, 6)).hasToString("16 years and 6 months");
     * }</pre>
     *
     * @param years the years
     * @param months the further months, 0 to 11
     * @return the age
     */
    public static Age of(int years, int months) {
        return new Age(years, months);
    }

    /**
     * The day this age is attained by someone born on {@code dateOfBirth}, with the rounding it
     * needed, if any (born 29 February, 16 in a year without one).
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Age.of(16).attainedOn(LocalDate.parse("2008-02-29"), LeapDayBirthdays.MARCH_1).date())
     *     .isEqualTo("2024-02-29");
     * assertThat(Age.of(17).attainedOn(LocalDate.parse("2008-02-29"), LeapDayBirthdays.MARCH_1).date())
     *     .isEqualTo("2025-03-01");
     * }</pre>
     *
     * @param dateOfBirth the date of birth
     * @param rule the day of a birthday that falls on a day the month lacks
     * @return the day, with any rounding
     */
    public DateSum attainedOn(LocalDate dateOfBirth, LeapDayBirthdays rule) {
        return DateSum.of(dateOfBirth, years, months, 0, rule.rounding());
    }

    /**
     * Someone's age in whole years on a date.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Age.yearsOn(LocalDate.parse("2008-02-29"), LocalDate.parse("2025-02-28"), LeapDayBirthdays.MARCH_1)).isEqualTo(16);
     * assertThat(Age.yearsOn(LocalDate.parse("2008-02-29"), LocalDate.parse("2025-02-28"), LeapDayBirthdays.FEBRUARY_28)).isEqualTo(17);
     * }</pre>
     *
     * @param dateOfBirth the date of birth
     * @param date the date, not before the date of birth
     * @param rule the day of a birthday that falls on a day the month lacks
     * @return the age in completed years
     * @throws IllegalArgumentException if {@code date} is before the date of birth
     */
    public static int yearsOn(LocalDate dateOfBirth, LocalDate date, LeapDayBirthdays rule) {
        Objects.requireNonNull(rule, "rule");
        if (date.isBefore(dateOfBirth)) {
            throw new IllegalArgumentException("no age on " + date + ", before the date of birth");
        }
        int years = date.getYear() - dateOfBirth.getYear();
        return Age.of(years).attainedOn(dateOfBirth, rule).date().isAfter(date) ? years - 1 : years;
    }

    /**
     * Whether someone is at least this age on a date.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Age.of(5).reachedOn(LocalDate.parse("2019-06-01"), LocalDate.parse("2024-06-01"), LeapDayBirthdays.MARCH_1)).isTrue();
     * }</pre>
     *
     * @param dateOfBirth the date of birth
     * @param date the date
     * @param rule the day of a birthday that falls on a day the month lacks
     * @return true if the age is attained on or before {@code date}
     */
    public boolean reachedOn(LocalDate dateOfBirth, LocalDate date, LeapDayBirthdays rule) {
        return !attainedOn(dateOfBirth, rule).date().isAfter(date);
    }

    /**
     * The age as the booklet writes it: "16", "16 years and 6 months".
     *
     * @return the age in words
     */
    @Override
    public String toString() {
        return months == 0 ? Integer.toString(years)
                : years + " years and " + months + (months == 1 ? " month" : " months");
    }
}
