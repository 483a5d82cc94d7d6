package org.duly.domain.events;

import java.util.Optional;
import org.duly.domain.value.InvalidValueException;
import org.duly.domain.workforce.WorkerRole;
import org.immutables.value.Value;

/**
 * A visit to the child: the initial home visit of an assessment, child-in-need and child protection
 * visits, the child seen and spoken to alone within 24 hours in a section 47 enquiry (give
 * the time), statutory visits to a looked after child, private fostering visits and
 * the leaving care initial visit. Whether the child was seen, and seen alone, are facts of the visit: a
 * visit where the child was not seen does not meet a rule that needs the child seen.
 *
 * <p>Instances are immutable and
 * thread-safe.
 *
 * @see CaseEventType#VISIT
 */
@Value.Immutable
public interface Visit extends PlacementEvent {

    /**
     * Why the visit was made.
     *
     * @return the purpose
     */
    VisitPurpose purpose();

    /**
     * Whether the child was seen.
     *
     * @return true if so
     */
    boolean childSeen();

    /**
     * Whether the child was seen and spoken to alone.
     *
     * @return true if so
     */
    boolean seenAlone();

    /**
     * Why the child, though seen, was not spoken to alone, where the visit records it: a baby too young to talk is seen
     * but cannot be spoken to, and a section 47 visit that sees such a child meets the duty to see the child.
     *
     * @return the reason, or empty if none is recorded
     */
    Optional<NotSpokenToAloneReason> notSpokenToAloneBecause();

    /**
     * The role of the worker who visited, where recorded: a child in need must be seen by a social worker.
     *
     * @return the visitor role, or empty if not recorded
     */
    Optional<WorkerRole> visitorRole();

    /**
     * The placement visited, for statutory visits to a looked after child.
     *
     * @return the placement id, or empty if not recorded
     */
    @Override
    Optional<String> placementId();

    /**
     * A builder for a visit.
     *
     * <p>Example:
     * <pre>{@code
     * Visit visit = Visit.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .time(LocalTime.parse("14:30"))
     *     .purpose(VisitPurpose.SECTION_47_ENQUIRY)
     *     .childSeen(true)
     *     .seenAlone(true)
     *     .visitorRole(WorkerRole.SOCIAL_WORKER)
     *     .build();
     * assertThat(visit.dateTime()).contains(LocalDateTime.parse("2024-03-05T14:30"));
     * assertThat(visit.purpose()).isEqualTo(VisitPurpose.SECTION_47_ENQUIRY);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a visit, from {@link Visit#builder()}. */
    final class Builder extends ImmutableVisit.Builder {
        Builder() {
        }
    }

    /**
     * Checks the invariants of a single visit.
     *
     * @throws InvalidValueException naming the attribute at fault
     */
    @Value.Check
    default void checkInvariants() {
        InvalidValueException.check(!seenAlone() || childSeen(), "seenAlone",
                "a child seen alone must also be seen: childSeen is false but seenAlone is true");
        InvalidValueException.check(notSpokenToAloneBecause().isEmpty() || (childSeen() && !seenAlone()), "notSpokenToAloneBecause",
                "a reason for not speaking to the child alone needs the child seen and not seen alone");
    }
}
