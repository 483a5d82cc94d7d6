package org.duly.testkit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

/** Dates as tests write them: "2024-03-01", or "2024-03-01T10:00" where the time matters. */
final class Dates {

    private Dates() {
    }

    static LocalDate date(String text) {
        return text.contains("T") ? LocalDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
    }

    static Optional<LocalTime> time(String text) {
        return text.contains("T") ? Optional.of(LocalDateTime.parse(text).toLocalTime()) : Optional.empty();
    }
}
