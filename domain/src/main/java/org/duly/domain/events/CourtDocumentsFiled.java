package org.duly.domain.events;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Documents filed with the court after the application was issued: a day 1 document filed late, which completes
 * the day 1 filing on the day the last one is filed.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#COURT_DOCUMENTS_FILED
 */
@Value.Immutable
public interface CourtDocumentsFiled extends CareProceedingsEvent {

    /**
     * The proceedings the documents were filed in, where a child has more than one set.
     *
     * @return the proceedings id, or empty if not recorded
     */
    @Override
    Optional<String> proceedingsId();

    /**
     * The documents filed.
     *
     * @return the documents, possibly none
     */
    List<CourtDocument> documentsFiled();

    /**
     * A builder for documents filed with the court.
     *
     * <p>Example:
     * <pre>{@code
     * CourtDocumentsFiled courtDocumentsFiled = CourtDocumentsFiled.builder()
     *     .date(LocalDate.parse("2024-03-07"))
     *     .addDocumentsFiled(CourtDocument.GENOGRAM)
     *     .build();
     * assertThat(courtDocumentsFiled.documentsFiled()).containsExactly(CourtDocument.GENOGRAM);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for documents filed with the court, from {@link CourtDocumentsFiled#builder()}. */
    final class Builder extends ImmutableCourtDocumentsFiled.Builder {
        Builder() {
        }
    }
}
