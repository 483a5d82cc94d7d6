package org.duly.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * The one check every timeline shares: its events are in date order, and in time order within a day
 * where both have a time. An event out of order is reported with the position of the event it
 * should not precede: a case file must be in order, because a silent re-sort could hide a
 * data-entry error.
 */
public final class TimelineOrder {

    private TimelineOrder() {
    }

    /**
     * Finds every event dated (or timed) before an event listed earlier.
     *
     * <p>Example:
     * <pre>{@code
     * List<LocalDate> dates = List.of(LocalDate.parse("2024-03-05"), LocalDate.parse("2024-03-01"));
     * assertThat(TimelineOrder.check(dates, date -> date, date -> Optional.empty(), date -> "visit"))
     *     .extracting(TimelineProblem::message)
     *     .containsExactly("2024-03-01 is before event 1 (visit on 2024-03-05); expected events in date order");
     * }</pre>
     *
     * @param events the events, in input order
     * @param date an event's date
     * @param time an event's time of day, if known
     * @param name an event's case-file name
     * @param <E> the event type
     * @return the problems, in input order; empty when the events are in order
     */
    public static <E> List<TimelineProblem> check(List<? extends E> events, Function<? super E, LocalDate> date,
            Function<? super E, Optional<LocalTime>> time, Function<? super E, String> name) {
        return checkIndexed(events, i -> i + 1, date, time, name);
    }

    /**
     * Finds every event dated (or timed) before an event listed earlier, where the list holds only
     * some of the input (those that could be read), so that positions are the input's.
     *
     * <p>Example:
     * <pre>{@code
     * List<Integer> positions = List.of(2, 5);
     * List<LocalDate> read = List.of(LocalDate.parse("2024-03-05"), LocalDate.parse("2024-03-01"));
     * assertThat(TimelineOrder.check(read, positions::get, date -> date, date -> Optional.empty(), date -> "visit"))
     *     .extracting(TimelineProblem::position).containsExactly(5);
     * }</pre>
     *
     * @param events the events, in input order
     * @param position the input position, from 1, of the event at an index of {@code events}
     * @param date an event's date
     * @param time an event's time of day, if known
     * @param name an event's case-file name
     * @param <E> the event type
     * @return the problems, in input order; empty when the events are in order
     */
    public static <E> List<TimelineProblem> check(List<? extends E> events, IntUnaryOperator position,
            Function<? super E, LocalDate> date, Function<? super E, Optional<LocalTime>> time,
            Function<? super E, String> name) {
        return checkIndexed(events, position, date, time, name);
    }

    private static <E> List<TimelineProblem> checkIndexed(List<? extends E> events, IntUnaryOperator position,
            Function<? super E, LocalDate> date, Function<? super E, Optional<LocalTime>> time,
            Function<? super E, String> name) {
        List<TimelineProblem> problems = new ArrayList<>();
        int latest = -1;
        int latestTimed = -1;
        for (int i = 0; i < events.size(); i++) {
            E event = events.get(i);
            LocalDate day = date.apply(event);
            if (latest >= 0 && day.isBefore(date.apply(events.get(latest)))) {
                problems.add(TimelineProblem.of(position.applyAsInt(i), name.apply(event), "date", day + " is before "
                        + reference(events.get(latest), position.applyAsInt(latest), date, name)
                        + "; expected events in date order"));
                continue;
            }
            if (latest < 0 || day.isAfter(date.apply(events.get(latest)))) {
                latestTimed = -1;
            }
            latest = i;
            Optional<LocalTime> at = time.apply(event);
            if (at.isPresent()) {
                if (latestTimed >= 0 && at.get().isBefore(time.apply(events.get(latestTimed)).orElseThrow())) {
                    problems.add(TimelineProblem.of(position.applyAsInt(i), name.apply(event), "time", at.get() + " on "
                            + day + " is before "
                            + reference(events.get(latestTimed), position.applyAsInt(latestTimed), date, name) + " at "
                            + time.apply(events.get(latestTimed)).orElseThrow()
                            + "; expected events in time order within a day"));
                    continue;
                }
                latestTimed = i;
            }
        }
        return problems;
    }

    private static <E> String reference(E event, int position, Function<? super E, LocalDate> date,
            Function<? super E, String> name) {
        return "event " + position + " (" + name.apply(event) + " on " + date.apply(event) + ")";
    }
}
