package org.duly.domain.complaints;

import java.util.Optional;
import org.duly.domain.value.InvalidValueException;
import org.duly.domain.value.Allocated;
import org.immutables.value.Value;

/**
 * A complaint: the subject of a complaint timeline, as a child is the subject of a case timeline.
 * The complainant's name is personal data and is redacted from {@code toString}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public interface Complaint extends Allocated {

    /**
     * The feedback team's identifier for the complaint.
     *
     * @return the identifier, never blank
     */
    String id();

    /**
     * The procedure it is handled under.
     *
     * @return corporate or statutory
     */
    ComplaintKind kind();

    /**
     * The complainant's name, where recorded. Redacted from {@code toString}.
     *
     * @return the name
     */
    @Value.Redacted
    Optional<String> complainantName();

    /**
     * The identifier of the child the complaint is about, where there is one.
     *
     * @return the child's identifier
     */
    Optional<String> childId();

    /**
     * Whether the complainant needs an advocate, which can extend stage 1. False by default.
     *
     * @return true if an advocate is needed
     */
    @Value.Default
    default boolean advocateNeeded() {
        return false;
    }

    /**
     * A builder for a complaint.
     *
     * <p>Example:
     * <pre>{@code
     * Complaint complaint = Complaint.builder().id("CF-88").kind(ComplaintKind.STATUTORY).complainantName("Ada Lovelace").build();
     * assertThat(complaint.toString()).doesNotContain("Ada");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a complaint, from {@link Complaint#builder()}. */
    final class Builder extends ImmutableComplaint.Builder {
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
        InvalidValueException.check(!id().isBlank(), "id", "a complaint needs an identifier; found a blank one");
    }
}
