package org.duly.domain.complaints;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The review panel of a statutory complaint was held: within 30 working days of the request.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see ComplaintEventType#REVIEW_PANEL_HELD
 */
@Value.Immutable
public interface ReviewPanelHeld extends ComplaintEvent {

    /**
     * A builder for a review panel.
     *
     * <p>Example:
     * <pre>{@code
     * ReviewPanelHeld reviewPanelHeld = ReviewPanelHeld.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .build();
     * assertThat(reviewPanelHeld.date()).isEqualTo("2024-03-05");
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a review panel, from {@link ReviewPanelHeld#builder()}. */
    final class Builder extends ImmutableReviewPanelHeld.Builder {
        Builder() {
        }
    }
}
