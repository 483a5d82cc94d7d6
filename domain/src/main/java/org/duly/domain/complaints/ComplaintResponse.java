package org.duly.domain.complaints;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The response at a stage: the corporate full response (CC-2, CC-3), the statutory stage 1 response (SC-1) or
 * stage 2 adjudication (SC-2). The complainant then has 20 working days to ask to escalate (SC-3).
 *
 * <p>Serves CC-2, CC-3, SC-1, SC-2 and SC-3. Instances are immutable and thread-safe.
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
    static ImmutableComplaintResponse.Builder builder() {
        return ImmutableComplaintResponse.builder();
    }
}
