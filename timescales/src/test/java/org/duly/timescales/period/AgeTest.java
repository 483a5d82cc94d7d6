package org.duly.timescales.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AgeTest {

    @ParameterizedTest(name = "born {0}, age {1}: {3} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2008-02-29 | 16                    | MARCH_1     | 2024-02-29
            2008-02-29 | 17                    | MARCH_1     | 2025-03-01
            2008-02-29 | 17                    | FEBRUARY_28 | 2025-02-28
            2008-08-31 | 16 years and 6 months | MARCH_1     | 2025-03-01
            2008-08-31 | 16 years and 6 months | FEBRUARY_28 | 2025-02-28
            2009-05-12 | 18                    | MARCH_1     | 2027-05-12
            """)
    void the_day_an_age_is_attained(LocalDate born, String age, LeapDayBirthdays rule, LocalDate expected) {
        Age parsed = age.contains("years") ? Age.of(16, 6) : Age.of(Integer.parseInt(age));
        assertThat(parsed).hasToString(age);
        assertThat(parsed.attainedOn(born, rule).date()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "born {0}, on {1}: {3} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2008-02-29 | 2025-02-28 | MARCH_1     | 16
            2008-02-29 | 2025-03-01 | MARCH_1     | 17
            2008-02-29 | 2025-02-28 | FEBRUARY_28 | 17
            2008-02-29 | 2024-02-28 | MARCH_1     | 15
            2008-02-29 | 2024-02-29 | MARCH_1     | 16
            2010-06-15 | 2015-06-14 | MARCH_1     | 4
            2010-06-15 | 2015-06-15 | MARCH_1     | 5
            2010-06-15 | 2010-06-15 | MARCH_1     | 0
            """)
    void age_on_a_date_changes_at_the_start_of_the_birthday(LocalDate born, LocalDate on, LeapDayBirthdays rule, int years) {
        assertThat(Age.yearsOn(born, on, rule)).isEqualTo(years);
    }

    @Test
    void no_age_before_birth_and_no_negative_ages() {
        assertThatThrownBy(() -> Age.yearsOn(LocalDate.parse("2020-01-02"), LocalDate.parse("2020-01-01"), LeapDayBirthdays.MARCH_1))
                .hasMessage("no age on 2020-01-01, before the date of birth");
        assertThatThrownBy(() -> Age.of(16, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Age.of(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an age is whole years and 0 to 11 months, not -1 years and 0 months");
        assertThatThrownBy(() -> Age.of(16, -1)).isInstanceOf(IllegalArgumentException.class);
        // The edges are ages: birth, and a month short of a birthday.
        assertThat(Age.of(0).years()).isZero();
        assertThat(Age.of(16, 11).months()).isEqualTo(11);
        assertThat(Age.of(16, 0)).isEqualTo(Age.of(16));
    }

    @Test
    void age_in_years_agrees_with_the_day_each_age_is_attained() {
        qt().withExamples(3_000)
                .forAll(integers().between((int) LocalDate.of(1990, 1, 1).toEpochDay(), (int) LocalDate.of(2030, 12, 31).toEpochDay()),
                        integers().between(0, 10_000))
                .checkAssert((bornDay, daysLater) -> {
                    LocalDate born = LocalDate.ofEpochDay(bornDay);
                    LocalDate on = born.plusDays(daysLater);
                    for (LeapDayBirthdays rule : LeapDayBirthdays.values()) {
                        int years = Age.yearsOn(born, on, rule);
                        assertThat(Age.of(years).reachedOn(born, on, rule)).isTrue();
                        assertThat(Age.of(years + 1).reachedOn(born, on, rule)).isFalse();
                        // Monotone: a day later, never younger.
                        assertThat(Age.yearsOn(born, on.plusDays(1), rule)).isBetween(years, years + 1);
                    }
                });
    }
}
