package org.duly.timescales;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The occurrence that met an obligation.
 *
 * <p>This class is immutable and thread-safe if the occurrence is.
 *
 * @param description what it was: "the initial child protection conference"
 * @param date its date
 * @param dateTime its local date and time, when recorded
 * @param occurrence the occurrence itself, as the caller supplied it in the facts
 */
public record MetBy(String description, LocalDate date, Optional<LocalDateTime> dateTime, Object occurrence) {

    /** Checks every part is present. */
    public MetBy {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dateTime, "dateTime");
        Objects.requireNonNull(occurrence, "occurrence");
    }

    /**
     * The occurrence in words: "the initial child protection conference on 2024-04-04".
     *
     * @return what met the obligation, and when
     */
    @Override
    public String toString() {
        return description + " on " + dateTime.map(time -> time.toLocalDate() + " at " + time.toLocalTime()).orElse(date.toString());
    }
}
