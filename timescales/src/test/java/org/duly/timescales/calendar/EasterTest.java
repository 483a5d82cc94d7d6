package org.duly.timescales.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EasterTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
        "1978, 1978-03-26", "1981, 1981-04-19", "2000, 2000-04-23", "2008, 2008-03-23", "2011, 2011-04-24",
        "2019, 2019-04-21", "2024, 2024-03-31", "2038, 2038-04-25", "2049, 2049-04-18", "2100, 2100-03-28",
        "2160, 2160-03-23", "2199, 2199-04-14"
    })
    void easter_sunday_of_known_years(int year, LocalDate expected) {
        assertThat(Easter.sunday(year)).isEqualTo(expected);
    }

    @Test
    void easter_is_always_a_sunday_between_22_march_and_25_april() {
        for (int year = 1978; year <= 2199; year++) {
            LocalDate easter = Easter.sunday(year);
            assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
        }
    }
}
