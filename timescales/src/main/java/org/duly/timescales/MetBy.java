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
 * @param how how it was matched, where that needs saying: "for the same placement", "3 days before the
 *     clock started, within the 5 working days allowed"
 */
public record MetBy(String description, LocalDate date, Optional<LocalDateTime> dateTime, Object occurrence, Optional<String> how) {

    /** Checks every part is present. */
    public MetBy {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dateTime, "dateTime");
        Objects.requireNonNull(occurrence, "occurrence");
        Objects.requireNonNull(how, "how");
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

    /**
     * The occurrence in words with how it was matched: "the placement planning meeting on 2024-03-01
     * (for the same placement; 2 working days before the clock started, within the 5 working days allowed)".
     *
     * @return what met the obligation, when, and how
     */
    public String inEnglish() {
        return toString() + how.map(words -> " (" + words + ")").orElse("");
    }
}
