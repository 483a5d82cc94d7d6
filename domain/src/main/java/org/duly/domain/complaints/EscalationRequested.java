package org.duly.domain.complaints;

import java.time.LocalDate;
import org.duly.domain.value.InvalidValueException;
import org.immutables.value.Value;

/**
 * The complainant asked to escalate to the next stage: within 20 working days of the response. A request
 * for stage 2 starts its 25 working days; a request for a review panel, its 30.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see ComplaintEventType#ESCALATION_REQUESTED
 */
@Value.Immutable
public interface EscalationRequested extends ComplaintEvent {

    /**
     * The stage asked for.
     *
     * @return the to stage
     */
    ComplaintStage toStage();

    /**
     * A builder for a request to escalate a complaint.
     *
     * <p>Example:
     * <pre>{@code
     * EscalationRequested escalationRequested = EscalationRequested.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .toStage(ComplaintStage.STAGE_2)
     *     .build();
     * assertThat(escalationRequested.toStage()).isEqualTo(ComplaintStage.STAGE_2);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a request to escalate a complaint, from {@link EscalationRequested#builder()}. */
    final class Builder extends ImmutableEscalationRequested.Builder {
        Builder() {
        }
    }

    /**
     * Checks the invariants of a single request to escalate a complaint.
     *
     * @throws InvalidValueException naming the attribute at fault
     */
    @Value.Check
    default void checkInvariants() {
        InvalidValueException.check(toStage() != ComplaintStage.STAGE_1, "toStage",
                "a complaint escalates to stage2 or reviewPanel, not stage1");
    }
}
