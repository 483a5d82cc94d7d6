package org.duly.timescales;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.duly.timescales.annotations.CheckReturnValue;

/**
 * Records that belong together because the case file gives them one id: a placement planning
 * meeting and the placement it names, a court direction and its compliance, a change-of-circumstances
 * record and the change it records. A link is named by what the records share ("placement") and
 * reads that id from each kind of record that carries one.
 *
 * <p>Where both records carry the id, only records with the same id are linked; where either lacks
 * it, the link says nothing and matching falls back to dates (the most recent open occurrence whose
 * window contains the record).
 *
 * <pre>{@code
 * Link SAME_PLACEMENT = Link.named("placement")
 *     .reading(PlacementStarted.class, started -> Optional.of(started.placementId()))
 *     .reading(PlacementPlanningMeeting.class, PlacementPlanningMeeting::placementId);
 * Fulfilment.by(PLACEMENT_PLANNING_MEETING).linkedBy(SAME_PLACEMENT);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if its functions are.
 */
@CheckReturnValue
public final class Link {

    private record Reader<T>(Class<T> type, Function<? super T, ? extends Optional<?>> id) {
        Optional<?> read(Object occurrence) {
            return type.isInstance(occurrence) ? Objects.requireNonNull(id.apply(type.cast(occurrence)), "id") : Optional.empty();
        }
    }

    private final String shared;
    private final List<Reader<?>> readers;

    private Link(String shared, List<Reader<?>> readers) {
        this.shared = Words.require(shared, "what linked records share");
        this.readers = List.copyOf(readers);
    }

    /**
     * A link by what the records share, in words that follow "the same": "placement", "court direction".
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(Link.named("placement").inWords()).isEqualTo("for the same placement");
     * }</pre>
     *
     * @param shared what the linked records share
     * @return the link, reading no record's id yet
     * @throws IllegalArgumentException if the words are blank
     */
    public static Link named(String shared) {
        return new Link(shared, List.of());
    }

    /**
     * The same link, reading the id from one more kind of record.
     *
     * <p>Example:
     * <pre>{@code
     * Link samePlacement = Link.named("placement")
     *     .reading(PlacementStarted.class, started -> Optional.of(started.placementId()));
     * }</pre>
     *
     * @param <T> the kind of record
     * @param type the kind of record
     * @param id where its id is, empty when the record does not say
     * @return the link
     */
    public <T> Link reading(Class<T> type, Function<? super T, ? extends Optional<?>> id) {
        List<Reader<?>> more = new ArrayList<>(readers);
        more.add(new Reader<>(Objects.requireNonNull(type, "type"), Objects.requireNonNull(id, "id")));
        return new Link(shared, more);
    }

    /**
     * The id a record carries for this link, if its kind is read and it gives one.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(SAME_PLACEMENT.idOf(new PlacementStarted(date, "P1"))).contains("P1");
     * }</pre>
     *
     * @param occurrence a record
     * @return its id, or empty
     */
    public Optional<?> idOf(Object occurrence) {
        if (occurrence == null) {
            return Optional.empty();
        }
        for (Reader<?> reader : readers) {
            Optional<?> id = reader.read(occurrence);
            if (id.isPresent()) {
                return id;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether two records may belong together: true unless both carry an id and the ids differ.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(SAME_PLACEMENT.allows(placementP1, meetingForP2)).isFalse();
     * assertThat(SAME_PLACEMENT.allows(placementP1, meetingWithoutAnId)).isTrue();
     * }</pre>
     *
     * @param one a record
     * @param other another record
     * @return whether the link allows them to belong together
     */
    public boolean allows(Object one, Object other) {
        Optional<?> a = idOf(one);
        if (a.isEmpty()) {
            return true;
        }
        Optional<?> b = idOf(other);
        return b.isEmpty() || a.get().equals(b.get());
    }

    /**
     * What the linked records share: "placement".
     *
     * @return the shared thing in words
     */
    public String shared() {
        return shared;
    }

    /**
     * The link as it follows a record's words: "for the same placement".
     *
     * @return the link in words
     */
    public String inWords() {
        return "for the same " + shared;
    }

    @Override
    public String toString() {
        return inWords();
    }
}
