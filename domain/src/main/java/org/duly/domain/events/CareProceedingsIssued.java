package org.duly.domain.events;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An application for a care or supervision order was filed with the court: Day 1 of the proceedings, which are
 * to be completed within 26 weeks. The documents filed with it are listed; service on Day 2
 * and the case management hearing between Day 12 and Day 18 count from it.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and
 * thread-safe.
 *
 * @see CaseEventType#CARE_PROCEEDINGS_ISSUED
 */
@Value.Immutable
public interface CareProceedingsIssued extends CareProceedingsEvent {

    /**
     * The identifier of the proceedings (for example the court's case number), where a child has more than one
     * set.
     *
     * @return the proceedings id, or empty if not recorded
     */
    @Override
    Optional<String> proceedingsId();

    /**
     * The documents attached to the application.
     *
     * @return the documents filed, possibly none
     */
    List<CourtDocument> documentsFiled();

    /**
     * Whether the social work statement refers to, and the local authority relies on, a current assessment, which
     * must then be filed on day 1 too. False by default: no assessment is owed unless one is relied on.
     *
     * @return true if so
     */
    @Value.Default
    default boolean reliesOnAnAssessment() {
        return false;
    }

    /**
     * A builder for a care proceedings issued.
     *
     * <p>Example:
     * <pre>{@code
     * CareProceedingsIssued careProceedingsIssued = CareProceedingsIssued.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .addDocumentsFiled(CourtDocument.CHRONOLOGY)
     *     .reliesOnAnAssessment(true)
     *     .build();
     * assertThat(careProceedingsIssued.documentsFiled()).containsExactly(CourtDocument.CHRONOLOGY);
     * assertThat(careProceedingsIssued.reliesOnAnAssessment()).isTrue();
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a care proceedings issued, from {@link CareProceedingsIssued#builder()}. */
    final class Builder extends ImmutableCareProceedingsIssued.Builder {
        Builder() {
        }
    }
}
