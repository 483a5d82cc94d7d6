package org.duly.domain.complaints;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The response at a stage: the corporate full response, the statutory stage 1 response or
 * stage 2 adjudication. The complainant then has 20 working days to ask to escalate.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see ComplaintEventType#COMPLAINT_RESPONSE
 */
@Value.Immutable
public interface ComplaintResponse extends ComplaintEvent {

    /**
     * The stage responded to.
     *
     * @return the stage
     */
    ComplaintStage stage();

    /**
     * A builder for a response to a complaint.
     *
     * <p>Example:
     * <pre>{@code
     * ComplaintResponse complaintResponse = ComplaintResponse.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .stage(ComplaintStage.STAGE_1)
     *     .build();
     * assertThat(complaintResponse.stage()).isEqualTo(ComplaintStage.STAGE_1);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a response to a complaint, from {@link ComplaintResponse#builder()}. */
    final class Builder extends ImmutableComplaintResponse.Builder {
        Builder() {
        }
    }
}
