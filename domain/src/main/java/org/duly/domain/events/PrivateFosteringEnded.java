package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A private fostering arrangement ended: statutory visits stop, and its actual length counts toward the
 * 28 days of the definition.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#PRIVATE_FOSTERING_ENDED
 */
@Value.Immutable
public interface PrivateFosteringEnded extends PrivateFosteringEvent {

    /**
     * The arrangement ended, where the child has had more than one.
     *
     * @return the arrangement id, or empty if not recorded
     */
    @Override
    Optional<String> arrangementId();

    /**
     * A builder for an end of a private fostering arrangement.
     *
     * <p>Example:
     * <pre>{@code
     * PrivateFosteringEnded privateFosteringEnded = PrivateFosteringEnded.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(privateFosteringEnded.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for an end of a private fostering arrangement, from {@link PrivateFosteringEnded#builder()}. */
    final class Builder extends ImmutablePrivateFosteringEnded.Builder {
        Builder() {
        }
    }
}
