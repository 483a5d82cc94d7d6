package org.duly.domain.care;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.duly.domain.events.PlacementStarted;
import org.duly.domain.events.PlacementType;

/**
 * A placement as it ran: its type, the day it started and the day it ended (the first day the child
 * no longer lived there; a move ends one placement and starts the next on the same day), or open.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param started the event that started it, with its type and identifiers
 * @param end the day it ended; empty while the child still lives there
 * @param endedByTheNext whether no end was recorded and the next placement's start ended it that day, as
 *     consecutive episodes do in the national SSDA903 return
 */
public record Placement(PlacementStarted started, Optional<LocalDate> end, boolean endedByTheNext) {

    /** Checks both parts are present. */
    public Placement {
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(end, "end");
    }

    /**
     * A placement with its end as recorded, or open.
     *
     * @param started the event that started it
     * @param end the day it ended; empty while the child still lives there
     */
    public Placement(PlacementStarted started, Optional<LocalDate> end) {
        this(started, end, false);
    }

    /**
     * How it ended, in words, for explanations: "ended on 2024-02-01", "ended on 2024-02-01, when the next
     * placement started (no end was recorded)", or "open".
     *
     * @return the end in words
     */
    public String endInWords() {
        return end.map(day -> "ended on " + day + (endedByTheNext ? ", when the next placement started (no end was recorded)" : ""))
                .orElse("open");
    }

    /**
     * The kind of placement.
     *
     * @return the type
     */
    public PlacementType type() {
        return started.placementType();
    }

    /**
     * The day it started.
     *
     * @return the start date
     */
    public LocalDate start() {
        return started.date();
    }

    /**
     * Whether the child lives in it on a day, after that day's events.
     *
     * <p>Example:
     * <pre>{@code
     * Placement placement = new Placement(PlacementStarted.builder().date(LocalDate.parse("2024-01-01"))
     *     .placementType(PlacementType.LOCAL_AUTHORITY_FOSTER_CARE).build(), Optional.of(LocalDate.parse("2024-02-01")));
     * assertThat(placement.isCurrentOn(LocalDate.parse("2024-01-31"))).isTrue();
     * assertThat(placement.isCurrentOn(LocalDate.parse("2024-02-01"))).isFalse();
     * }</pre>
     *
     * @param date the day
     * @return true from the start day up to, not including, the end day
     */
    public boolean isCurrentOn(LocalDate date) {
        return !date.isBefore(start()) && end.map(date::isBefore).orElse(true);
    }
}
