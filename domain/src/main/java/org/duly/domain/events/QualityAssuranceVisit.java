package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A visit by the quality assurance team to the child's home: within 6 weeks of a move into semi-independent
 * accommodation, 4 weeks of concerns from a social worker or IRO, 4 weeks of an Ofsted inadequate
 * judgement.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#QUALITY_ASSURANCE_VISIT
 */
@Value.Immutable
public interface QualityAssuranceVisit extends CaseEvent {

    /**
     * Why it was made.
     *
     * @return the reason
     */
    QualityAssuranceVisitReason reason();

    /**
     * The provider visited, where recorded.
     *
     * @return the provider id, or empty if not recorded
     */
    Optional<String> providerId();

    /**
     * A builder for a quality assurance visit.
     *
     * <p>Example:
     * <pre>{@code
     * QualityAssuranceVisit qualityAssuranceVisit = QualityAssuranceVisit.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .reason(QualityAssuranceVisitReason.OFSTED_INADEQUATE)
     *     .build();
     * assertThat(qualityAssuranceVisit.reason()).isEqualTo(QualityAssuranceVisitReason.OFSTED_INADEQUATE);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a quality assurance visit, from {@link QualityAssuranceVisit#builder()}. */
    final class Builder extends ImmutableQualityAssuranceVisit.Builder {
        Builder() {
        }
    }
}
