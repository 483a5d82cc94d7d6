package org.duly.timescales.period;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * A number of elapsed hours on the time line of a zone, Europe/London unless the rule says
 * otherwise: 24 hours is not 1 day across a clock change (24 hours from 12:00 on Saturday
 * 30 March 2024 is 13:00 on Sunday 31 March).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param count how many hours, 0 or more
 * @param zone the zone of the local times counted from
 */
public record Hours(int count, ZoneId zone) implements Period {

    /** The zone of English children's social care. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    /**
     * Checks the count is not negative.
     *
     * @throws IllegalArgumentException if it is
     */
    public Hours {
        Periods.requireNotNegative(count, "hours");
        Objects.requireNonNull(zone, "zone");
    }

    /**
     * Counts the hours forwards on the time line.
     *
     * <p>Example:
     * <pre>{@code
     * ZonedDateTime noon = ZonedDateTime.of(LocalDateTime.parse("2024-03-30T12:00"), Hours.LONDON);
     * assertThat(Periods.hours(24).addTo(noon).toLocalDateTime()).isEqualTo("2024-03-31T13:00");
     * }</pre>
     *
     * @param dateTime the date-time counted from
     * @return the date-time reached, in this period's zone
     */
    public ZonedDateTime addTo(ZonedDateTime dateTime) {
        return dateTime.withZoneSameInstant(zone).plusHours(count);
    }

    @Override
    public String inWords() {
        return Words.count(count, "hour", "hours");
    }

    @Override
    public String toString() {
        return inWords();
    }
}
