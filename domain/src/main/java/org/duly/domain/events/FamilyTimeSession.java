package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * A family time session took place.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#FAMILY_TIME_SESSION
 */
@Value.Immutable
public interface FamilyTimeSession extends CaseEvent {

    /**
     * Whether it was supervised. False by default.
     *
     * @return true if so
     */
    @Value.Default
    default boolean supervised() {
        return false;
    }

    /**
     * A builder for a family time session.
     *
     * <p>Example:
     * <pre>{@code
     * FamilyTimeSession familyTimeSession = FamilyTimeSession.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(familyTimeSession.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a family time session, from {@link FamilyTimeSession#builder()}. */
    final class Builder extends ImmutableFamilyTimeSession.Builder {
        Builder() {
        }
    }
}
