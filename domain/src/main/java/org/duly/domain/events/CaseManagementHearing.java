package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The first case management hearing of care proceedings, due between Day 12 and Day 18.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#CASE_MANAGEMENT_HEARING
 */
@Value.Immutable
public interface CaseManagementHearing extends CareProceedingsEvent {

    /**
     * The proceedings heard, where a child has more than one set.
     *
     * @return the proceedings id, or empty if not recorded
     */
    @Override
    Optional<String> proceedingsId();

    /**
     * A builder for a case management hearing.
     *
     * <p>Example:
     * <pre>{@code
     * CaseManagementHearing caseManagementHearing = CaseManagementHearing.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(caseManagementHearing.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a case management hearing, from {@link CaseManagementHearing#builder()}. */
    final class Builder extends ImmutableCaseManagementHearing.Builder {
        Builder() {
        }
    }
}
