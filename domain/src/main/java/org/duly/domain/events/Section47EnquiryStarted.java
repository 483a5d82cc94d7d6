package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * A section 47 enquiry started: it is to be completed within 15 working days, with management oversight
 * within 7 working days and the child seen alone within 24 hours (give the time).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#SECTION_47_ENQUIRY_STARTED
 */
@Value.Immutable
public interface Section47EnquiryStarted extends CaseEvent {

    /**
     * A builder for a start of a section 47 enquiry.
     *
     * <p>Example:
     * <pre>{@code
     * Section47EnquiryStarted section47EnquiryStarted = Section47EnquiryStarted.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .time(LocalTime.parse("14:30"))
     *     .build();
     * assertThat(section47EnquiryStarted.dateTime()).contains(LocalDateTime.parse("2024-03-05T14:30"));
     * assertThat(section47EnquiryStarted.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a start of a section 47 enquiry, from {@link Section47EnquiryStarted#builder()}. */
    final class Builder extends ImmutableSection47EnquiryStarted.Builder {
        Builder() {
        }
    }
}
