package org.duly.domain.events;

import org.immutables.value.Value;

/**
 * The child's change of circumstances workflow was completed, on entering care, a placement move or a change of
 * legal status.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#CHANGE_OF_CIRCUMSTANCES
 */
@Value.Immutable
public interface ChangeOfCircumstances extends CaseEvent {

    /**
     * What changed.
     *
     * @return the reason
     */
    ChangeOfCircumstancesReason reason();

    /**
     * A builder for a change of circumstances record.
     *
     * <p>Example:
     * <pre>{@code
     * ChangeOfCircumstances changeOfCircumstances = ChangeOfCircumstances.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .reason(ChangeOfCircumstancesReason.ENTERED_CARE)
     *     .build();
     * assertThat(changeOfCircumstances.reason()).isEqualTo(ChangeOfCircumstancesReason.ENTERED_CARE);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a change of circumstances record, from {@link ChangeOfCircumstances#builder()}. */
    final class Builder extends ImmutableChangeOfCircumstances.Builder {
        Builder() {
        }
    }
}
