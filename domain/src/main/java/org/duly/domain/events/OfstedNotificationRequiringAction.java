package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * Ofsted notified the council of something about the home where the child lives that requires immediate action
 * (other than a judgement of inadequate, which is an {@link OfstedJudgement}).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#OFSTED_NOTIFICATION_REQUIRING_ACTION
 */
@Value.Immutable
public interface OfstedNotificationRequiringAction extends CaseEvent {

    /**
     * A builder for an Ofsted notification requiring immediate action.
     *
     * <p>Example:
     * <pre>{@code
     * OfstedNotificationRequiringAction ofstedNotificationRequiringAction = OfstedNotificationRequiringAction.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(ofstedNotificationRequiringAction.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for an Ofsted notification requiring immediate action, from {@link OfstedNotificationRequiringAction#builder()}. */
    final class Builder extends ImmutableOfstedNotificationRequiringAction.Builder {
        Builder() {
        }
    }
}
