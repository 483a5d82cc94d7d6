package org.duly.timescales;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.duly.timescales.annotations.CheckReturnValue;

/**
 * What meets a timescale's obligations: occurrences of an event, optionally linked to the anchor
 * occurrence they answer (a report shared for a particular conference). Without a link, each
 * obligation is met by the first unused occurrence in its matching range.
 *
 * <p>This class is immutable and thread-safe if its parts are.
 *
 * @param <F> the type of the occurrences that meet it
 * @param event the occurrences that meet it
 * @param link which anchor occurrence an occurrence answers, when the records say so
 */
@CheckReturnValue
public record Fulfilment<F>(Event<F> event, Optional<BiPredicate<Object, ? super F>> link) {

    /** Checks both parts are present. */
    public Fulfilment {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(link, "link");
    }

    /**
     * Met by occurrences of an event.
     *
     * <p>Example:
     * <pre>{@code
     * Fulfilment<Conference> byInitialConference = Fulfilment.by(CONFERENCE.where(initial()));
     * }</pre>
     *
     * @param <F> the type of the occurrences
     * @param event the event
     * @return the fulfilment
     */
    public static <F> Fulfilment<F> by(Event<F> event) {
        return new Fulfilment<>(event, Optional.empty());
    }

    /**
     * The same fulfilment, counting an occurrence only for the anchor occurrence it answers.
     *
     * <p>Example:
     * <pre>{@code
     * Fulfilment<ReportShared> report = Fulfilment.by(REPORT_SHARED)
     *     .linkedBy((conference, shared) -> shared.conferenceDate().equals(((Conference) conference).date()));
     * }</pre>
     *
     * @param newLink given the anchor's occurrence and a candidate, whether the candidate answers it
     * @return the fulfilment
     */
    public Fulfilment<F> linkedBy(BiPredicate<Object, ? super F> newLink) {
        return new Fulfilment<>(event, Optional.of(newLink));
    }
}
