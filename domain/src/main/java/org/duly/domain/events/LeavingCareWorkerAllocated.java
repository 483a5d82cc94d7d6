package org.duly.domain.events;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A leaving care worker was allocated: the initial visit is due within 4 weeks.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#LEAVING_CARE_WORKER_ALLOCATED
 */
@Value.Immutable
public interface LeavingCareWorkerAllocated extends CaseEvent {

    /**
     * The identifier of the worker allocated, where recorded.
     *
     * @return the worker id, or empty if not recorded
     */
    Optional<String> workerId();

    /**
     * A builder for a leaving care worker allocated.
     *
     * <p>Example:
     * <pre>{@code
     * LeavingCareWorkerAllocated leavingCareWorkerAllocated = LeavingCareWorkerAllocated.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(leavingCareWorkerAllocated.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a leaving care worker allocated, from {@link LeavingCareWorkerAllocated#builder()}. */
    final class Builder extends ImmutableLeavingCareWorkerAllocated.Builder {
        Builder() {
        }
    }
}
