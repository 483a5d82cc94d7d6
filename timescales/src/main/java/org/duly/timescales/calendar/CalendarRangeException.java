package org.duly.timescales.calendar;

import java.time.DateTimeException;

/**
 * Thrown when a date, or the result of counting working days, lies outside the range a calendar
 * supports. A calendar never guesses beyond its range: outside it, it cannot know the holidays.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CalendarRangeException extends DateTimeException {

    private static final long serialVersionUID = 1L;

    CalendarRangeException(String message) {
        super(message);
    }
}
