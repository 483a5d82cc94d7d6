package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A concern about an externally commissioned placement: a provider challenge or disruption meeting is due
 * within 2 weeks; a concern shared by a social worker or IRO anchors a quality assurance visit within 4
 * weeks.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#PROVIDER_CONCERN
 */
@Value.Immutable
public interface ProviderConcern extends PlacementEvent {

    /**
     * Who raised it.
     *
     * @return the raised by
     */
    ConcernRaisedBy raisedBy();

    /**
     * The placement concerned, where placements carry identifiers.
     *
     * @return the placement id, or empty if not recorded
     */
    @Override
    Optional<String> placementId();

    /**
     * The provider concerned, where recorded.
     *
     * @return the provider id, or empty if not recorded
     */
    Optional<String> providerId();

    /**
     * A builder for a concern about a provider.
     *
     * <p>Example:
     * <pre>{@code
     * ProviderConcern providerConcern = ProviderConcern.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .raisedBy(ConcernRaisedBy.SOCIAL_WORKER)
     *     .build();
     * assertThat(providerConcern.raisedBy()).isEqualTo(ConcernRaisedBy.SOCIAL_WORKER);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a concern about a provider, from {@link ProviderConcern#builder()}. */
    final class Builder extends ImmutableProviderConcern.Builder {
        Builder() {
        }
    }
}
