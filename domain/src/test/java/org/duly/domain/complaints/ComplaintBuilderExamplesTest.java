package org.duly.domain.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Runs the {@code Example:} of every event type's {@code builder()} Javadoc, word for word. */
class ComplaintBuilderExamplesTest {

    @Test
    void complaint_received() {
        ComplaintReceived complaintReceived = ComplaintReceived.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(complaintReceived.date()).isEqualTo("2024-03-05");
    }

    @Test
    void complaint_acknowledged() {
        ComplaintAcknowledged complaintAcknowledged = ComplaintAcknowledged.builder()
            .date(LocalDate.parse("2024-03-05"))
            .expectedResponseDate(LocalDate.parse("2024-04-02"))
            .build();
        assertThat(complaintAcknowledged.expectedResponseDate()).contains(LocalDate.parse("2024-04-02"));
    }

    @Test
    void complaint_resolved() {
        ComplaintResolved complaintResolved = ComplaintResolved.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(complaintResolved.date()).isEqualTo("2024-03-05");
    }

    @Test
    void complaint_response() {
        ComplaintResponse complaintResponse = ComplaintResponse.builder()
            .date(LocalDate.parse("2024-03-05"))
            .stage(ComplaintStage.STAGE_1)
            .build();
        assertThat(complaintResponse.stage()).isEqualTo(ComplaintStage.STAGE_1);
    }

    @Test
    void complaint_extended() {
        ComplaintExtended complaintExtended = ComplaintExtended.builder()
            .date(LocalDate.parse("2024-03-05"))
            .stage(ComplaintStage.STAGE_1)
            .reason(ExtensionReason.COMPLEX_COMPLAINT)
            .build();
        assertThat(complaintExtended.stage()).isEqualTo(ComplaintStage.STAGE_1);
    }

    @Test
    void escalation_requested() {
        EscalationRequested escalationRequested = EscalationRequested.builder()
            .date(LocalDate.parse("2024-03-05"))
            .toStage(ComplaintStage.STAGE_2)
            .build();
        assertThat(escalationRequested.toStage()).isEqualTo(ComplaintStage.STAGE_2);
    }

    @Test
    void review_panel_held() {
        ReviewPanelHeld reviewPanelHeld = ReviewPanelHeld.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(reviewPanelHeld.date()).isEqualTo("2024-03-05");
    }
}
