package org.duly.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.duly.domain.value.Allocated;
import org.duly.domain.value.InvalidValueException;
import org.duly.timescales.period.Age;
import org.duly.timescales.period.LeapDayBirthdays;
import org.immutables.value.Value;

/**
 * The child a case is about: an identifier, a date of birth or, for an unborn child, an expected
 * date of delivery, and the flags the booklet's timescales turn on (disability, complex needs,
 * likely need of adult services).
 *
 * <p>The name and dates are personal data: {@code toString} shows them as {@code (redacted)}, and
 * no validation message ever contains the name.
 *
 * <p>Ages are attained at the start of the birthday; someone born on 29 February attains an age on
 * 1 March in a year without one unless another {@link LeapDayBirthdays} rule is given. The
 * arithmetic is {@link Age}'s.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public interface Child extends Allocated {

    /** Weeks from the start of a pregnancy (the first day of the last period) to the expected date of delivery. */
    int FULL_TERM_WEEKS = 40;

    /**
     * The case management system's identifier for the child.
     *
     * @return the identifier, never blank
     */
    String id();

    /**
     * The child's name, where the record carries one. Redacted from {@code toString}.
     *
     * @return the name
     */
    @Value.Redacted
    Optional<String> name();

    /**
     * The date of birth; empty for a child not yet born.
     *
     * @return the date of birth
     */
    @Value.Redacted
    Optional<LocalDate> dateOfBirth();

    /**
     * The expected date of delivery of an unborn child.
     *
     * @return the expected date of delivery
     */
    @Value.Redacted
    Optional<LocalDate> expectedDateOfDelivery();

    /**
     * Whether the child is disabled: private fostering then runs to 18, not 16, and
     * long-term disability support plans are reviewed 3-monthly. False by default.
     *
     * @return true if the child is disabled
     */
    @Value.Default
    default boolean disabled() {
        return false;
    }

    /**
     * Whether the child has complex needs: the preparation for adulthood record is due by 14, not
     * 16, and the transition plan review starts at 14. False by default.
     *
     * @return true if the child has complex needs
     */
    @Value.Default
    default boolean complexNeeds() {
        return false;
    }

    /**
     * Whether the child has special educational needs (SEN support, or an education, health and care plan): with a
     * disability, the booklet's "SEND", for whom child exploitation work may go on to 25. False by default.
     *
     * @return true if the child has special educational needs
     */
    @Value.Default
    default boolean specialEducationalNeeds() {
        return false;
    }

    /**
     * Whether the young person is likely to need support from adult services after 18, which
     * brings in the preparation for adulthood record and referral and the
     * transition plan review. False by default.
     *
     * @return true if adult services are likely to be needed
     */
    @Value.Default
    default boolean likelyToNeedAdultServices() {
        return false;
    }

    /**
     * A builder for a child.
     *
     * <p>Example:
     * <pre>{@code
     * Child child = Child.builder().id("C-1042").name("Ada Lovelace").dateOfBirth(LocalDate.parse("2008-02-29")).build();
     * assertThat(child.ageOn(LocalDate.parse("2024-02-29"))).contains(16);
     * assertThat(child.toString()).doesNotContain("Ada").doesNotContain("2008");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a child, from {@link Child#builder()}. */
    final class Builder extends ImmutableChild.Builder {
        Builder() {
        }
    }

    /**
     * The child's age in whole years on a date, with birthdays on 29 February falling on 1 March
     * in other years.
     *
     * <p>Example:
     * <pre>{@code
     * Child child = Child.builder().id("C-1").dateOfBirth(LocalDate.parse("2008-02-29")).build();
     * assertThat(child.ageOn(LocalDate.parse("2025-02-28"))).contains(16);
     * assertThat(child.ageOn(LocalDate.parse("2025-03-01"))).contains(17);
     * }</pre>
     *
     * @param date the date
     * @return the age, or empty if the child has no date of birth or the date is before it
     */
    default Optional<Integer> ageOn(LocalDate date) {
        return ageOn(date, LeapDayBirthdays.MARCH_1);
    }

    /**
     * The child's age in whole years on a date, under a given rule for 29 February birthdays.
     *
     * <p>Example:
     * <pre>{@code
     * Child child = Child.builder().id("C-1").dateOfBirth(LocalDate.parse("2008-02-29")).build();
     * assertThat(child.ageOn(LocalDate.parse("2025-02-28"), LeapDayBirthdays.FEBRUARY_28)).contains(17);
     * }</pre>
     *
     * @param date the date
     * @param rule the day a 29 February birthday falls on in other years
     * @return the age, or empty if the child has no date of birth or the date is before it
     */
    default Optional<Integer> ageOn(LocalDate date, LeapDayBirthdays rule) {
        return dateOfBirth().filter(born -> !date.isBefore(born)).map(born -> Age.yearsOn(born, date, rule));
    }

    /**
     * The day the child attains an age, with birthdays on 29 February falling on 1 March in other years.
     *
     * <p>Example:
     * <pre>{@code
     * Child child = Child.builder().id("C-1").dateOfBirth(LocalDate.parse("2008-08-31")).build();
     * assertThat(child.dateAttaining(Age.of(16))).contains(LocalDate.parse("2024-08-31"));
     * assertThat(child.dateAttaining(Age.of(16, 6))).contains(LocalDate.parse("2025-03-01"));
     * }</pre>
     *
     * @param age the age
     * @return the day, or empty if the child has no date of birth
     */
    default Optional<LocalDate> dateAttaining(Age age) {
        return dateAttaining(age, LeapDayBirthdays.MARCH_1);
    }

    /**
     * The day the child attains an age, under a given rule for days a month lacks.
     *
     * <p>Example:
     * <pre>{@code
     * Child child = Child.builder().id("C-1").dateOfBirth(LocalDate.parse("2008-02-29")).build();
     * assertThat(child.dateAttaining(Age.of(17), LeapDayBirthdays.FEBRUARY_28)).contains(LocalDate.parse("2025-02-28"));
     * }</pre>
     *
     * @param age the age
     * @param rule the day a birthday the month lacks falls on
     * @return the day, or empty if the child has no date of birth
     */
    default Optional<LocalDate> dateAttaining(Age age, LeapDayBirthdays rule) {
        return dateOfBirth().map(born -> age.attainedOn(born, rule).date());
    }

    /**
     * The day an unborn child reaches a gestational age, counted back from the expected date of
     * delivery at {@value #FULL_TERM_WEEKS} weeks: a pre-birth conference is due before 28 weeks.
     *
     * <p>Example:
     * <pre>{@code
     * Child unborn = Child.builder().id("C-2").expectedDateOfDelivery(LocalDate.parse("2024-09-30")).build();
     * assertThat(unborn.dateReachingGestation(28)).contains(LocalDate.parse("2024-07-08"));
     * }</pre>
     *
     * @param weeks the gestational age in weeks, 0 to {@value #FULL_TERM_WEEKS}
     * @return the day, or empty without an expected date of delivery
     * @throws IllegalArgumentException if {@code weeks} is outside 0 to {@value #FULL_TERM_WEEKS}
     */
    default Optional<LocalDate> dateReachingGestation(int weeks) {
        if (weeks < 0 || weeks > FULL_TERM_WEEKS) {
            throw new IllegalArgumentException("a gestational age is 0 to " + FULL_TERM_WEEKS + " weeks, not " + weeks);
        }
        return expectedDateOfDelivery().map(due -> due.minusWeeks(FULL_TERM_WEEKS - weeks));
    }

    /**
     * Checks the child has an identifier and a date of birth or expected date of delivery.
     *
     * @throws InvalidValueException naming the attribute at fault
     */
    @Value.Check
    default void checkInvariants() {
        Allocated.check(this);
        InvalidValueException.check(!id().isBlank(), "id", "a child needs an identifier; found a blank one");
        InvalidValueException.check(dateOfBirth().isPresent() || expectedDateOfDelivery().isPresent(), "dateOfBirth",
                "a child needs a date of birth or, if unborn, an expected date of delivery; found neither");
    }
}
