package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Ofsted notified the council of its judgement of the home where the child lives; an inadequate judgement
 * anchors a quality assurance visit within 4 weeks.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#OFSTED_JUDGEMENT
 */
@Value.Immutable
public interface OfstedJudgement extends CaseEvent {

    /**
     * The overall judgement.
     *
     * @return the grade
     */
    OfstedGrade grade();

    /**
     * The provider judged, where recorded.
     *
     * @return the provider id, or empty if not recorded
     */
    Optional<String> providerId();

    /**
     * A builder for an Ofsted judgement.
     *
     * <p>Example:
     * <pre>{@code
     * OfstedJudgement ofstedJudgement = OfstedJudgement.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .grade(OfstedGrade.INADEQUATE)
     *     .build();
     * assertThat(ofstedJudgement.grade()).isEqualTo(OfstedGrade.INADEQUATE);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for an Ofsted judgement, from {@link OfstedJudgement#builder()}. */
    final class Builder extends ImmutableOfstedJudgement.Builder {
        Builder() {
        }
    }
}
