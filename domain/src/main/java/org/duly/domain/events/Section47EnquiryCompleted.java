package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * A section 47 enquiry was completed; its report is the social worker's report for an initial conference.
 *
 * <p>It ends the initial conference's timescale when it concludes that no initial conference is
 * needed. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#SECTION_47_ENQUIRY_COMPLETED
 */
@Value.Immutable
public interface Section47EnquiryCompleted extends CaseEvent {

    /**
     * Whether the enquiry concluded that an initial child protection conference is needed; true
     * unless the record says otherwise, so that a conference is expected rather than silently not.
     *
     * @return true if a conference is needed
     */
    @Value.Default
    default boolean conferenceRequired() {
        return true;
    }

    /**
     * A builder for a completion of a section 47 enquiry.
     *
     * <p>Example:
     * <pre>{@code
     * Section47EnquiryCompleted section47EnquiryCompleted = Section47EnquiryCompleted.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(section47EnquiryCompleted.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a completion of a section 47 enquiry, from {@link Section47EnquiryCompleted#builder()}. */
    final class Builder extends ImmutableSection47EnquiryCompleted.Builder {
        Builder() {
        }
    }
}
