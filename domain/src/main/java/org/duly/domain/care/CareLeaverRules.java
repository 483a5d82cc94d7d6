package org.duly.domain.care;

import java.util.Objects;
import org.duly.timescales.period.Age;
import org.duly.timescales.period.LeapDayBirthdays;

/**
 * The choices the statute and the booklet leave to policy when deciding care leaver categories: how
 * long a former relevant child and a qualifying care leaver stay in their category, and the day a
 * 29 February birthday falls on.
 *
 * <p>By the statute as first enacted, leaving care support ran to 21 (section 23C(6)), beyond it
 * only while in education or training (section 23C(7), to 25 since 2014, 24 before). The Children
 * and Social Work Act 2017 extended personal adviser support to every care leaver up to 25 who
 * wants it, in force from 1 April 2018 (section 23CZB); a practice standards booklet says "support to 21
 * (24/25 in education); contact at least yearly until 25". The policy in force on the date being
 * judged decides which applies: pass {@code Age.of(25)} as {@link #formerRelevantUntil()} where the
 * extension applies to the young person, and a former relevant child aged 21 to 24 then stays
 * {@link CareLeaverCategory#FORMER_RELEVANT}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param formerRelevantUntil the age at which a former relevant child leaves the category
 * @param qualifyingUntil the age at which a qualifying care leaver leaves the category
 * @param birthdays the day a 29 February birthday falls on in other years
 */
public record CareLeaverRules(Age formerRelevantUntil, Age qualifyingUntil, LeapDayBirthdays birthdays) {

    /** The statute without extensions: both categories to 21; 29 February birthdays on 1 March. */
    public static final CareLeaverRules STATUTE = new CareLeaverRules(Age.of(21), Age.of(21), LeapDayBirthdays.MARCH_1);

    /**
     * Checks every part is present and no category ends before 18.
     *
     * @throws IllegalArgumentException if an upper age is under 18
     */
    public CareLeaverRules {
        Objects.requireNonNull(formerRelevantUntil, "formerRelevantUntil");
        Objects.requireNonNull(qualifyingUntil, "qualifyingUntil");
        Objects.requireNonNull(birthdays, "birthdays");
        if (formerRelevantUntil.years() < 18 || qualifyingUntil.years() < 18) {
            throw new IllegalArgumentException("leaving care categories run at least to 18");
        }
    }

    /**
     * These rules with former relevant children kept in their category to another age: 25 for the
     * 2017 extension.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CareLeaverRules.STATUTE.withFormerRelevantUntil(Age.of(25)).formerRelevantUntil()).isEqualTo(Age.of(25));
     * }</pre>
     *
     * @param age the age at which a former relevant child leaves the category
     * @return the changed rules
     */
    public CareLeaverRules withFormerRelevantUntil(Age age) {
        return new CareLeaverRules(age, qualifyingUntil, birthdays);
    }

    /**
     * These rules with qualifying care leavers kept in their category to another age.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CareLeaverRules.STATUTE.withQualifyingUntil(Age.of(25)).qualifyingUntil()).isEqualTo(Age.of(25));
     * }</pre>
     *
     * @param age the age at which a qualifying care leaver leaves the category
     * @return the changed rules
     */
    public CareLeaverRules withQualifyingUntil(Age age) {
        return new CareLeaverRules(formerRelevantUntil, age, birthdays);
    }

    /**
     * These rules with another day for 29 February birthdays.
     *
     * @param rule the day a 29 February birthday falls on in other years
     * @return the changed rules
     */
    public CareLeaverRules withBirthdays(LeapDayBirthdays rule) {
        return new CareLeaverRules(formerRelevantUntil, qualifyingUntil, rule);
    }
}
