package org.duly.domain.workforce;

import java.util.Optional;
import org.duly.domain.value.InvalidValueException;
import org.duly.domain.value.Allocated;
import org.immutables.value.Value;

/**
 * A member of staff: the subject of supervision records and, for managers, of
 * reflective case review allocations. The name is personal data and is redacted from
 * {@code toString}. The role is the one held when the records begin; later changes are events
 * ({@code org.duly.domain.staff.RoleChanged}).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public interface Worker extends Allocated {

    /**
     * The case management system's identifier for the worker.
     *
     * @return the identifier, never blank
     */
    String id();

    /**
     * The worker's name, where the record carries one. Redacted from {@code toString}.
     *
     * @return the name
     */
    @Value.Redacted
    Optional<String> name();

    /**
     * The role held when the records begin.
     *
     * @return the role
     */
    WorkerRole role();

    /**
     * A builder for a worker.
     *
     * <p>Example:
     * <pre>{@code
     * Worker worker = Worker.builder().id("W-17").name("Ada Lovelace").role(WorkerRole.NEWLY_QUALIFIED_SOCIAL_WORKER).build();
     * assertThat(worker.toString()).doesNotContain("Ada").contains("W-17");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a worker, from {@link Worker#builder()}. */
    final class Builder extends ImmutableWorker.Builder {
        Builder() {
        }
    }

    /**
     * Checks the identifier is not blank.
     *
     * @throws InvalidValueException if it is
     */
    @Value.Check
    default void checkInvariants() {
        Allocated.check(this);
        InvalidValueException.check(!id().isBlank(), "id", "a worker needs an identifier; found a blank one");
    }
}
