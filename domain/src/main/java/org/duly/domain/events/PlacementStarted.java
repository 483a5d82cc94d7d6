package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A looked after child started living in a placement: a visit is due within 1 week, then visits at the
 * interval its type sets, a placement planning meeting within 5 working days and a change of
 * circumstances record. A move into semi-independent accommodation anchors a quality assurance visit;
 * a placement for adoption is when the life story book is given, and starts the adoption visits and reviews.
 * Optional attributes choose regulation 28's other visiting regimes: a placement intended to last until 18,
 * a connected person's temporary approval, a placement with parents before assessment.
 *
 * <p>It cannot precede the child's birth. Instances are
 * immutable and thread-safe.
 *
 * @see CaseEventType#PLACEMENT_STARTED
 */
@Value.Immutable
public interface PlacementStarted extends PlacementEvent {

    /**
     * The kind of placement.
     *
     * @return the placement type
     */
    PlacementType placementType();

    /**
     * The identifier of the placement, named by its end, visits and meetings.
     *
     * @return the placement id, or empty if not recorded
     */
    @Override
    Optional<String> placementId();

    /**
     * The identifier of the provider (home or agency), named by concerns, quality assurance visits and Ofsted
     * judgements.
     *
     * @return the provider id, or empty if not recorded
     */
    Optional<String> providerId();

    /**
     * Whether the placement is intended to last until the child is 18: after its first year, visits are due at
     * intervals of not more than 3 months (Care Planning, Placement and Case Review (England) Regulations 2010,
     * regulation 28(2)(c)(i)). False by default.
     *
     * @return true if so
     */
    @Value.Default
    default boolean intendedToLastUntil18() {
        return false;
    }

    /**
     * Whether the placement is with a connected person temporarily approved as a foster carer (regulation 24 of
     * the 2010 Regulations): visited at least weekly until the first review, then at intervals of not more than 4 weeks
     * (regulation 28(4)). False by default.
     *
     * @return true if so
     */
    @Value.Default
    default boolean temporaryApproval() {
        return false;
    }

    /**
     * Whether the child is placed with a parent before the assessment of the placement is complete (regulation
     * 19 of the 2010 Regulations): visited at least weekly until the first review, then at intervals of not more than 6
     * weeks (regulation 28(3)). False by default. A child living with a parent under an interim care order is visited as
     * regulation 28(4) says whatever this records: the placement type and the legal status tell.
     *
     * @return true if so
     */
    @Value.Default
    default boolean beforeAssessmentComplete() {
        return false;
    }

    /**
     * A builder for a start of a placement.
     *
     * <p>Example:
     * <pre>{@code
     * PlacementStarted placementStarted = PlacementStarted.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .placementType(PlacementType.INDEPENDENT_FOSTERING_AGENCY)
     *     .build();
     * assertThat(placementStarted.placementType()).isEqualTo(PlacementType.INDEPENDENT_FOSTERING_AGENCY);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a start of a placement, from {@link PlacementStarted#builder()}. */
    final class Builder extends ImmutablePlacementStarted.Builder {
        Builder() {
        }
    }
}
