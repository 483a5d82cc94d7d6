package org.duly.domain.complaints;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The complaint was received: the acknowledgement, the corporate full response and the
 * statutory stage 1 response count from it.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see ComplaintEventType#COMPLAINT_RECEIVED
 */
@Value.Immutable
public interface ComplaintReceived extends ComplaintEvent {

    /**
     * A builder for a complaint received.
     *
     * <p>Example:
     * <pre>{@code
     * ComplaintReceived complaintReceived = ComplaintReceived.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(complaintReceived.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a complaint received, from {@link ComplaintReceived#builder()}. */
    final class Builder extends ImmutableComplaintReceived.Builder {
        Builder() {
        }
    }
}
