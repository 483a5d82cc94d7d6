package org.duly.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.duly.domain.value.InvalidValueException;
import org.duly.timescales.period.Age;
import org.duly.timescales.period.LeapDayBirthdays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChildTest {

    private static Child bornOn(LocalDate date) {
        return Child.builder().id("C-1").dateOfBirth(date).build();
    }

    @ParameterizedTest(name = "born {0}, on {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2010-06-15 | 2024-06-14 | 13
            2010-06-15 | 2024-06-15 | 14
            2008-02-29 | 2024-02-28 | 15
            2008-02-29 | 2024-02-29 | 16
            2008-02-29 | 2025-02-28 | 16
            2008-02-29 | 2025-03-01 | 17
            2010-06-15 | 2010-06-15 | 0
            """)
    void the_age_changes_at_the_start_of_the_birthday_and_29_february_birthdays_fall_on_1_march(
            LocalDate born, LocalDate on, int years) {
        assertThat(bornOn(born).ageOn(on)).contains(years);
    }

    @Test
    void the_29_february_rule_is_a_choice() {
        Child leapling = bornOn(LocalDate.parse("2008-02-29"));
        assertThat(leapling.ageOn(LocalDate.parse("2025-02-28"), LeapDayBirthdays.FEBRUARY_28)).contains(17);
        assertThat(leapling.dateAttaining(Age.of(17), LeapDayBirthdays.FEBRUARY_28)).contains(LocalDate.parse("2025-02-28"));
        assertThat(leapling.dateAttaining(Age.of(17))).contains(LocalDate.parse("2025-03-01"));
    }

    @ParameterizedTest(name = "born {0}, attains {1} years {2} months on {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2010-06-15 | 16 | 0 | 2026-06-15
            2008-08-31 | 16 | 6 | 2025-03-01
            2008-02-29 | 18 | 0 | 2026-03-01
            2008-02-29 | 16 | 0 | 2024-02-29
            """)
    void the_day_an_age_is_attained(LocalDate born, int years, int months, LocalDate expected) {
        assertThat(bornOn(born).dateAttaining(Age.of(years, months))).contains(expected);
    }

    @Test
    void an_unborn_child_has_no_age_and_no_birthdays_but_has_gestational_dates() {
        Child unborn = Child.builder().id("C-2").expectedDateOfDelivery(LocalDate.parse("2024-09-30")).build();
        assertThat(unborn.ageOn(LocalDate.parse("2024-06-01"))).isEmpty();
        assertThat(unborn.dateAttaining(Age.of(16))).isEmpty();
        assertThat(unborn.dateReachingGestation(28)).contains(LocalDate.parse("2024-07-08"));
        assertThat(unborn.dateReachingGestation(40)).contains(LocalDate.parse("2024-09-30"));
        assertThatThrownBy(() -> unborn.dateReachingGestation(41)).isInstanceOf(IllegalArgumentException.class);
        assertThat(bornOn(LocalDate.parse("2020-01-01")).ageOn(LocalDate.parse("2019-12-31"))).isEmpty();
    }

    @Test
    void a_child_needs_an_identifier_and_a_date_of_birth_or_expected_delivery() {
        assertThatThrownBy(() -> Child.builder().id(" ").dateOfBirth(LocalDate.parse("2020-01-01")).build())
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("id");
        assertThatThrownBy(() -> Child.builder().id("C-3").build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("expected date of delivery");
    }

    @Test
    void to_string_redacts_the_name_and_dates() {
        Child child = Child.builder().id("C-1042").name("Zebedee Quartermaine").dateOfBirth(LocalDate.parse("2011-04-23"))
                .disabled(true).build();
        assertThat(child.toString()).contains("C-1042", "disabled=true", "(redacted)")
                .doesNotContain("Zebedee", "Quartermaine", "2011");
    }

    @Test
    void age_is_monotone_in_the_date_and_agrees_with_the_day_each_age_is_attained() {
        qt().withExamples(2_000)
                .forAll(integers().between((int) LocalDate.of(1995, 1, 1).toEpochDay(), (int) LocalDate.of(2030, 12, 31).toEpochDay()),
                        integers().between(0, 9_000), integers().between(0, 25))
                .checkAssert((bornDay, daysLater, years) -> {
                    Child child = bornOn(LocalDate.ofEpochDay(bornDay));
                    LocalDate on = child.dateOfBirth().orElseThrow().plusDays(daysLater);
                    assertThat(child.ageOn(on.plusDays(1)).orElseThrow()).isBetween(child.ageOn(on).orElseThrow(),
                            child.ageOn(on).orElseThrow() + 1);
                    LocalDate birthday = child.dateAttaining(Age.of(years)).orElseThrow();
                    assertThat(child.ageOn(birthday)).contains(years);
                    if (years > 0) {
                        assertThat(child.ageOn(birthday.minusDays(1))).contains(years - 1);
                    }
                });
    }
}
