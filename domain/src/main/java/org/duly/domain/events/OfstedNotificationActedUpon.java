package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The immediate action an Ofsted notification required was taken.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#OFSTED_NOTIFICATION_ACTED_UPON
 */
@Value.Immutable
public interface OfstedNotificationActedUpon extends CaseEvent {

    /**
     * A builder for an Ofsted notification acted upon.
     *
     * <p>Example:
     * <pre>{@code
     * OfstedNotificationActedUpon ofstedNotificationActedUpon = OfstedNotificationActedUpon.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(ofstedNotificationActedUpon.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for an Ofsted notification acted upon, from {@link OfstedNotificationActedUpon#builder()}. */
    final class Builder extends ImmutableOfstedNotificationActedUpon.Builder {
        Builder() {
        }
    }
}
