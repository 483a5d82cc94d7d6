package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The local authority complied with a court direction, named by its identifier.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#COURT_DIRECTION_COMPLIED
 */
@Value.Immutable
public interface CourtDirectionComplied extends CaseEvent {

    /**
     * The identifier of the direction complied with.
     *
     * @return the direction id
     */
    String directionId();

    /**
     * A builder for a compliance with a court direction.
     *
     * <p>Example:
     * <pre>{@code
     * CourtDirectionComplied courtDirectionComplied = CourtDirectionComplied.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .directionId("D-1")
     *     .build();
     * assertThat(courtDirectionComplied.directionId()).isEqualTo("D-1");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a compliance with a court direction, from {@link CourtDirectionComplied#builder()}. */
    final class Builder extends ImmutableCourtDirectionComplied.Builder {
        Builder() {
        }
    }
}
