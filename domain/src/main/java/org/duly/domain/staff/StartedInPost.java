package org.duly.domain.staff;

import java.time.LocalDate;
import org.duly.domain.workforce.WorkerRole;
import org.immutables.value.Value;

/**
 * The worker started in post with a role: supervision is due from here at the frequency of the role.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see StaffEventType#STARTED_IN_POST
 */
@Value.Immutable
public interface StartedInPost extends StaffEvent {

    /**
     * The role started in.
     *
     * @return the role
     */
    WorkerRole role();

    /**
     * A builder for a start in post.
     *
     * <p>Example:
     * <pre>{@code
     * StartedInPost startedInPost = StartedInPost.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .role(WorkerRole.NEWLY_QUALIFIED_SOCIAL_WORKER)
     *     .build();
     * assertThat(startedInPost.role()).isEqualTo(WorkerRole.NEWLY_QUALIFIED_SOCIAL_WORKER);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a start in post, from {@link StartedInPost#builder()}. */
    final class Builder extends ImmutableStartedInPost.Builder {
        Builder() {
        }
    }
}
