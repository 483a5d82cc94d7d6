package org.duly.domain.complaints;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The complaint was resolved, and the resolution confirmed to the complainant in writing; resolved within 3
 * working days of receipt, it needs no acknowledgement.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see ComplaintEventType#COMPLAINT_RESOLVED
 */
@Value.Immutable
public interface ComplaintResolved extends ComplaintEvent {

    /**
     * A builder for a complaint resolved.
     *
     * <p>Example:
     * <pre>{@code
     * ComplaintResolved complaintResolved = ComplaintResolved.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(complaintResolved.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a complaint resolved, from {@link ComplaintResolved#builder()}. */
    final class Builder extends ImmutableComplaintResolved.Builder {
        Builder() {
        }
    }
}
