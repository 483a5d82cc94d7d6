package org.duly.timescales;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.duly.timescales.period.MonthEndAdjustment;

/**
 * One date a timescale counted from: an occurrence of an event, a birthday, a fact's date, or the
 * previous occurrence of a recurring obligation.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param description what it is, as an explanation names it: "the strategy discussion"
 * @param date its date
 * @param dateTime its local date and time, when known (needed by hours)
 * @param adjustment the month-end rounding that gave the date, for a birthday on 29 February
 * @param source the occurrence it came from, for events; empty for birthdays and facts
 * @param occurrence for the previous occurrence of a recurring obligation, which one it was (2 for the
 *     2nd); 0 otherwise
 */
public record AnchorPoint(
        String description, LocalDate date, Optional<LocalDateTime> dateTime,
        Optional<MonthEndAdjustment> adjustment, Optional<Object> source, int occurrence) {

    /** Checks every part is present. */
    public AnchorPoint {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dateTime, "dateTime");
        Objects.requireNonNull(adjustment, "adjustment");
        Objects.requireNonNull(source, "source");
    }

    /**
     * A date with what it is, for anchors that are not occurrences: "the case closing on 2024-05-01".
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(AnchorPoint.of("the case closing", LocalDate.parse("2024-05-01"))).hasToString("the case closing on 2024-05-01");
     * }</pre>
     *
     * @param description what it is
     * @param date its date
     * @return the anchor point
     */
    public static AnchorPoint of(String description, LocalDate date) {
        return new AnchorPoint(description, date, Optional.empty(), Optional.empty(), Optional.empty(), 0);
    }

    /**
     * The anchor as an explanation says it: "the strategy discussion on 2024-03-14", with the time
     * when it is known.
     *
     * @return the anchor in words
     */
    @Override
    public String toString() {
        return description + (occurrence > 0 ? " (" + Ordinals.of(occurrence) + ")" : "") + " on " + dateTime.map(time -> time.toLocalDate() + " at " + time.toLocalTime()).orElse(date.toString())
                + adjustment.map(rounding -> " (" + rounding + ")").orElse("");
    }
}
