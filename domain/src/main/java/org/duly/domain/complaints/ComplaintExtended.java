package org.duly.domain.complaints;

import java.time.LocalDate;
import java.util.Optional;
import org.duly.domain.value.InvalidValueException;
import org.immutables.value.Value;

/**
 * The time to respond at a stage was extended, with the reason: a complex statutory complaint at stage 1
 *, an advocate needed, a stage 2 investigation to at most 65 working days, or an
 * exceptional corporate complaint past 90 days with the complainant told and a timescale agreed.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see ComplaintEventType#COMPLAINT_EXTENDED
 */
@Value.Immutable
public interface ComplaintExtended extends ComplaintEvent {

    /**
     * The stage extended.
     *
     * @return the stage
     */
    ComplaintStage stage();

    /**
     * Why.
     *
     * @return the reason
     */
    ExtensionReason reason();

    /**
     * The new date agreed for the response, where one was set.
     *
     * @return the agreed response date, or empty if not recorded
     */
    Optional<LocalDate> agreedResponseDate();

    /**
     * Whether the complainant was told of the extension and its timescale. False by default.
     *
     * @return true if so
     */
    @Value.Default
    default boolean complainantInformed() {
        return false;
    }

    /**
     * A builder for an extension of a complaint timescale.
     *
     * <p>Example:
     * <pre>{@code
     * ComplaintExtended complaintExtended = ComplaintExtended.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .stage(ComplaintStage.STAGE_1)
     *     .reason(ExtensionReason.COMPLEX_COMPLAINT)
     *     .build();
     * assertThat(complaintExtended.stage()).isEqualTo(ComplaintStage.STAGE_1);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for an extension of a complaint timescale, from {@link ComplaintExtended#builder()}. */
    final class Builder extends ImmutableComplaintExtended.Builder {
        Builder() {
        }
    }

    /**
     * Checks the invariants of a single extension of a complaint timescale.
     *
     * @throws InvalidValueException naming the attribute at fault
     */
    @Value.Check
    default void checkInvariants() {
        InvalidValueException.check(stage() != ComplaintStage.REVIEW_PANEL, "stage",
                "a review panel has no extension; expected stage1 or stage2");
        InvalidValueException.check(agreedResponseDate().map(agreed -> !agreed.isBefore(date())).orElse(true), "agreedResponseDate",
                "an extended response cannot be agreed for a day before the extension");
    }
}
