package org.duly.domain.staff;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The worker left post: supervision and reflective case reviews stop.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see StaffEventType#LEFT_POST
 */
@Value.Immutable
public interface LeftPost extends StaffEvent {

    /**
     * A builder for a leaving post.
     *
     * <p>Example:
     * <pre>{@code
     * LeftPost leftPost = LeftPost.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(leftPost.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a leaving post, from {@link LeftPost#builder()}. */
    final class Builder extends ImmutableLeftPost.Builder {
        Builder() {
        }
    }
}
