package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * Management oversight was recorded in the section 47 workflow.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#SECTION_47_MANAGEMENT_OVERSIGHT
 */
@Value.Immutable
public interface Section47ManagementOversight extends CaseEvent {

    /**
     * A builder for a management oversight of a section 47 enquiry.
     *
     * <p>Example:
     * <pre>{@code
     * Section47ManagementOversight section47ManagementOversight = Section47ManagementOversight.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(section47ManagementOversight.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a management oversight of a section 47 enquiry, from {@link Section47ManagementOversight#builder()}. */
    final class Builder extends ImmutableSection47ManagementOversight.Builder {
        Builder() {
        }
    }
}
