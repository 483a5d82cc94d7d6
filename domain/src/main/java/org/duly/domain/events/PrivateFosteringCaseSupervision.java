package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The practice supervisor's supervision of a private fostering case, monthly in the booklet ("Practice Supervisor -
 * monthly supervision of PF case").
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#PRIVATE_FOSTERING_CASE_SUPERVISION
 */
@Value.Immutable
public interface PrivateFosteringCaseSupervision extends PrivateFosteringEvent {

    /**
     * The arrangement, where the child has had more than one.
     *
     * @return the arrangement id, or empty if not recorded
     */
    @Override
    Optional<String> arrangementId();

    /**
     * A builder for a private fostering case supervision.
     *
     * <p>Example:
     * <pre>{@code
     * PrivateFosteringCaseSupervision supervision = PrivateFosteringCaseSupervision.builder()
     *     .date(LocalDate.parse("2024-04-02"))
     *     .build();
     * assertThat(supervision.date()).isEqualTo("2024-04-02");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a private fostering case supervision, from {@link PrivateFosteringCaseSupervision#builder()}. */
    final class Builder extends ImmutablePrivateFosteringCaseSupervision.Builder {
        Builder() {
        }
    }
}
