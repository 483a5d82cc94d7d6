package org.duly.domain.staff;

import java.time.LocalDate;
import org.duly.domain.workforce.WorkerRole;
import org.immutables.value.Value;

/**
 * The worker's role changed (a newly qualified social worker completing the ASYE, a promotion to team manager):
 * the supervision frequency and reflective case review allocations follow the new
 * role.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see StaffEventType#ROLE_CHANGED
 */
@Value.Immutable
public interface RoleChanged extends StaffEvent {

    /**
     * The new role.
     *
     * @return the role
     */
    WorkerRole role();

    /**
     * A builder for a change of role.
     *
     * <p>Example:
     * <pre>{@code
     * RoleChanged roleChanged = RoleChanged.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .role(WorkerRole.SOCIAL_WORKER)
     *     .build();
     * assertThat(roleChanged.role()).isEqualTo(WorkerRole.SOCIAL_WORKER);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a change of role, from {@link RoleChanged#builder()}. */
    final class Builder extends ImmutableRoleChanged.Builder {
        Builder() {
        }
    }
}
