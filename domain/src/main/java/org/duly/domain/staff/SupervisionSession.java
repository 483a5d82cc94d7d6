package org.duly.domain.staff;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A supervision session: monthly for social workers, fortnightly for newly qualified social workers
 *, every 4 to 6 weeks for other staff.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see StaffEventType#SUPERVISION_SESSION
 */
@Value.Immutable
public interface SupervisionSession extends StaffEvent {

    /**
     * The identifier of the supervisor, where recorded.
     *
     * @return the supervisor id, or empty if not recorded
     */
    Optional<String> supervisorId();

    /**
     * Whether it was a reflective group supervision session rather than personal supervision; the booklet sets
     * no frequency for these. False by default.
     *
     * @return true if so
     */
    @Value.Default
    default boolean reflectiveGroup() {
        return false;
    }

    /**
     * A builder for a supervision session.
     *
     * <p>Example:
     * <pre>{@code
     * SupervisionSession supervisionSession = SupervisionSession.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(supervisionSession.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a supervision session, from {@link SupervisionSession#builder()}. */
    final class Builder extends ImmutableSupervisionSession.Builder {
        Builder() {
        }
    }
}
