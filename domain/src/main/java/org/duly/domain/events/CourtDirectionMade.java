package org.duly.domain.events;

import java.time.LocalDate;
import java.util.Optional;
import org.duly.domain.value.InvalidValueException;
import org.immutables.value.Value;

/**
 * The court directed the local authority to do something (file a report, an updated assessment, arrange family
 * time) by a date it set: the timescale is as directed. Compliance names the direction by its
 * identifier.
 *
 * <p>It cannot precede the child's birth. Instances are immutable and thread-safe.
 *
 * @see CaseEventType#COURT_DIRECTION_MADE
 */
@Value.Immutable
public interface CourtDirectionMade extends CaseEvent {

    /**
     * The identifier of the direction, named by the compliance that meets it.
     *
     * @return the direction id
     */
    String directionId();

    /**
     * The date the court set.
     *
     * @return the due date
     */
    LocalDate dueDate();

    /**
     * What was directed, where recorded.
     *
     * @return the description, or empty if not recorded
     */
    Optional<String> description();

    /**
     * A builder for a court direction.
     *
     * <p>Example:
     * <pre>{@code
     * CourtDirectionMade courtDirectionMade = CourtDirectionMade.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .directionId("D-1")
     *     .dueDate(LocalDate.parse("2024-04-02"))
     *     .build();
     * assertThat(courtDirectionMade.directionId()).isEqualTo("D-1");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a court direction, from {@link CourtDirectionMade#builder()}. */
    final class Builder extends ImmutableCourtDirectionMade.Builder {
        Builder() {
        }
    }

    /**
     * Checks the invariants of a single court direction.
     *
     * @throws InvalidValueException naming the attribute at fault
     */
    @Value.Check
    default void checkInvariants() {
        InvalidValueException.check(!directionId().isBlank(), "directionId",
                "a court direction needs an identifier for its compliance to name; found a blank one");
        InvalidValueException.check(!dueDate().isBefore(date()), "dueDate",
                "a court direction cannot be due before the day it was made");
    }
}
