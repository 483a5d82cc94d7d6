package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * Contact between the leaving care worker and a care leaver: after 18 at least 6 a year; at least yearly
 * to 25, and yearly for qualifying care leavers.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#CARE_LEAVER_CONTACT
 */
@Value.Immutable
public interface CareLeaverContact extends CaseEvent {

    /**
     * Whether the young person was seen in person.
     *
     * @return true if so
     */
    boolean inPerson();

    /**
     * A builder for a contact with a care leaver.
     *
     * <p>Example:
     * <pre>{@code
     * CareLeaverContact careLeaverContact = CareLeaverContact.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .inPerson(true)
     *     .build();
     * assertThat(careLeaverContact.inPerson()).isTrue();
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a contact with a care leaver, from {@link CareLeaverContact#builder()}. */
    final class Builder extends ImmutableCareLeaverContact.Builder {
        Builder() {
        }
    }
}
