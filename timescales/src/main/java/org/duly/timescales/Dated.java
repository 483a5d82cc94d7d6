package org.duly.timescales;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Occurrences with their dates and times, asked of each occurrence once per case: an occurrence's
 * date is a call through an interface that a great many event classes implement, and without this
 * the same occurrence's date would be asked for by every event of its type, and again by its anchor
 * points and its candidates.
 *
 * <p>This class is immutable and thread-safe: its arrays are never written once it is made.
 *
 * @param <O> the type of the occurrences
 */
final class Dated<O> {

    private static final Dated<?> NONE = new Dated<>(List.of(), new LocalDate[0], newTimes(0));

    private final List<O> occurrences;
    private final LocalDate[] dates;
    private final Optional<LocalDateTime>[] times;

    private Dated(List<O> occurrences, LocalDate[] dates, Optional<LocalDateTime>[] times) {
        this.occurrences = occurrences;
        this.dates = dates;
        this.times = times;
    }

    /** No occurrences. */
    @SuppressWarnings("unchecked")
    static <O> Dated<O> none() {
        return (Dated<O>) NONE;
    }

    /** Every one of these occurrences, in the order given, with its date and time as the event says where they are. */
    static <O> Dated<O> of(List<O> occurrences, Event<O> event) {
        int size = occurrences.size();
        LocalDate[] dates = new LocalDate[size];
        Optional<LocalDateTime>[] times = newTimes(size);
        for (int i = 0; i < size; i++) {
            O occurrence = occurrences.get(i);
            dates[i] = event.dateOf(occurrence);
            times[i] = event.dateTimeOf(occurrence);
        }
        return new Dated<>(occurrences, dates, times);
    }

    /** Some of these, by their places in the order given: {@code places} is not kept, nor changed. */
    Dated<O> only(int[] places, int count) {
        if (count == 0) {
            return none();
        }
        Object[] kept = new Object[count];
        LocalDate[] keptDates = new LocalDate[count];
        Optional<LocalDateTime>[] keptTimes = newTimes(count);
        for (int i = 0; i < count; i++) {
            kept[i] = occurrences.get(places[i]);
            keptDates[i] = dates[places[i]];
            keptTimes[i] = times[places[i]];
        }
        @SuppressWarnings("unchecked")
        List<O> list = (List<O>) Collections.unmodifiableList(Arrays.asList(kept));
        return new Dated<>(list, keptDates, keptTimes);
    }

    /** The one at a place. */
    Dated<O> only(int place) {
        return new Dated<>(List.of(occurrences.get(place)), new LocalDate[] {dates[place]}, newTimes(times[place]));
    }

    /** Whether they are in date order: an event counted at another date (a conference at the date it is scheduled for) may not be. */
    boolean inDateOrder() {
        for (int i = 1; i < dates.length; i++) {
            if (dates[i].isBefore(dates[i - 1])) {
                return false;
            }
        }
        return true;
    }

    /** The same occurrences in date order, those of one date in the order given. */
    Dated<O> inDateOrderNow() {
        Integer[] order = new Integer[dates.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // A stable sort, as sorting the occurrences themselves by date was.
        Arrays.sort(order, (a, b) -> dates[a].compareTo(dates[b]));
        int[] places = new int[order.length];
        for (int i = 0; i < places.length; i++) {
            places[i] = order[i];
        }
        return only(places, places.length);
    }

    int size() {
        return dates.length;
    }

    boolean isEmpty() {
        return dates.length == 0;
    }

    /** The occurrences, unmodifiable. */
    List<O> occurrences() {
        return occurrences;
    }

    O occurrence(int place) {
        return occurrences.get(place);
    }

    LocalDate date(int place) {
        return dates[place];
    }

    Optional<LocalDateTime> dateTime(int place) {
        return times[place];
    }

    @SafeVarargs
    @SuppressWarnings("unchecked")
    private static Optional<LocalDateTime>[] newTimes(Optional<LocalDateTime>... times) {
        return times;
    }

    @SuppressWarnings("unchecked")
    private static Optional<LocalDateTime>[] newTimes(int size) {
        return (Optional<LocalDateTime>[]) new Optional<?>[size];
    }
}
