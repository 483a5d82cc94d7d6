package org.duly.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one check every timeline shares: its events are in date order, and in time order within a day
 * where both have a time. An event out of order is reported with the position of the event it
 * should not precede: a case file must be in order, because a silent re-sort could hide a
 * data-entry error.
 */
final class TimelineOrder {

    private TimelineOrder() {
    }

    /**
     * Finds every event dated (or timed) before an event listed earlier. The list may hold only some
     * of the input (those that could be read): each event carries its input position.
     *
     * @param events the events, in input order
     * @return the problems, in input order; empty when the events are in order
     */
    static List<TimelineProblem> check(List<? extends PositionedEvent<?>> events) {
        List<TimelineProblem> problems = new ArrayList<>();
        PositionedEvent<?> latest = null;
        PositionedEvent<?> latestTimed = null;
        for (PositionedEvent<?> positioned : events) {
            LocalDate day = positioned.event().date();
            if (latest != null && day.isBefore(latest.event().date())) {
                problems.add(positioned.problem("date", day + " is before " + reference(latest)
                        + "; expected events in date order"));
                continue;
            }
            if (latest == null || day.isAfter(latest.event().date())) {
                latestTimed = null;
            }
            latest = positioned;
            Optional<LocalTime> at = positioned.event().time();
            if (at.isPresent()) {
                LocalTime before = latestTimed == null ? null : latestTimed.event().time().orElseThrow();
                if (before != null && at.get().isBefore(before)) {
                    problems.add(positioned.problem("time", at.get() + " on " + day + " is before "
                            + reference(latestTimed) + " at " + before + "; expected events in time order within a day"));
                    continue;
                }
                latestTimed = positioned;
            }
        }
        return problems;
    }

    /** How an order problem refers to the earlier event: by its case-file name, {@code event 1 (referral on 2024-03-05)}. */
    private static String reference(PositionedEvent<?> event) {
        return "event " + event.position() + " (" + event.name() + " on " + event.event().date() + ")";
    }
}
