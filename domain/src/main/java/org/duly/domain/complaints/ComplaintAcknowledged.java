package org.duly.domain.complaints;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The complainant was sent an acknowledgement, with the expected date of the response, within 3 working days of
 * receipt where the complaint was not resolved at once.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see ComplaintEventType#COMPLAINT_ACKNOWLEDGED
 */
@Value.Immutable
public interface ComplaintAcknowledged extends ComplaintEvent {

    /**
     * The date the acknowledgement said the response would come by.
     *
     * @return the expected response date, or empty if not recorded
     */
    Optional<LocalDate> expectedResponseDate();

    /**
     * A builder for an acknowledgement of a complaint.
     *
     * <p>Example:
     * <pre>{@code
     * ComplaintAcknowledged complaintAcknowledged = ComplaintAcknowledged.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .expectedResponseDate(LocalDate.parse("2024-04-02"))
     *     .build();
     * assertThat(complaintAcknowledged.expectedResponseDate()).contains(LocalDate.parse("2024-04-02"));
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for an acknowledgement of a complaint, from {@link ComplaintAcknowledged#builder()}. */
    final class Builder extends ImmutableComplaintAcknowledged.Builder {
        Builder() {
        }
    }
}
