package org.duly.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.duly.domain.complaints.Complaint;
import org.duly.domain.complaints.ComplaintAcknowledged;
import org.duly.domain.complaints.ComplaintEvent;
import org.duly.domain.complaints.ComplaintExtended;
import org.duly.domain.complaints.ComplaintKind;
import org.duly.domain.complaints.ComplaintReceived;
import org.duly.domain.complaints.ComplaintResponse;
import org.duly.domain.complaints.ComplaintStage;
import org.duly.domain.complaints.EscalationRequested;
import org.duly.domain.complaints.ExtensionReason;
import org.duly.domain.complaints.ReviewPanelHeld;
import org.junit.jupiter.api.Test;

class ComplaintTimelineTest {

    private static final Complaint STATUTORY = Complaint.builder().id("CF-88").kind(ComplaintKind.STATUTORY)
            .complainantName("Zebedee Quartermaine").build();
    private static final Complaint CORPORATE = Complaint.builder().from(STATUTORY).kind(ComplaintKind.CORPORATE).build();

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static ComplaintReceived received(String iso) {
        return ComplaintReceived.builder().date(day(iso)).build();
    }

    private static ComplaintResponse response(String iso, ComplaintStage stage) {
        return ComplaintResponse.builder().date(day(iso)).stage(stage).build();
    }

    private static EscalationRequested escalation(String iso, ComplaintStage stage) {
        return EscalationRequested.builder().date(day(iso)).toStage(stage).build();
    }

    private static List<String> problems(Complaint complaint, ComplaintEvent... events) {
        Checked<ComplaintTimeline, TimelineProblem> built = ComplaintTimeline.check(complaint, List.of(events));
        assertThat(built.isValid()).as("expected problems").isFalse();
        return built.problems().stream().map(TimelineProblem::toString).toList();
    }

    @Test
    void a_statutory_complaint_goes_through_its_three_stages_in_order() {
        ComplaintTimeline timeline = ComplaintTimeline.of(STATUTORY, List.of(
                received("2024-03-01"),
                ComplaintAcknowledged.builder().date(day("2024-03-04")).expectedResponseDate(day("2024-03-15")).build(),
                ComplaintExtended.builder().date(day("2024-03-12")).stage(ComplaintStage.STAGE_1)
                        .reason(ExtensionReason.COMPLEX_COMPLAINT).build(),
                response("2024-03-28", ComplaintStage.STAGE_1),
                escalation("2024-04-10", ComplaintStage.STAGE_2),
                ComplaintExtended.builder().date(day("2024-05-01")).stage(ComplaintStage.STAGE_2)
                        .reason(ExtensionReason.OTHER).agreedResponseDate(day("2024-07-01")).complainantInformed(true).build(),
                response("2024-06-20", ComplaintStage.STAGE_2),
                escalation("2024-07-05", ComplaintStage.REVIEW_PANEL),
                ReviewPanelHeld.builder().date(day("2024-08-01")).build()));
        assertThat(timeline.receivedOn()).contains(day("2024-03-01"));
        assertThat(timeline.eventsOf(ComplaintResponse.class)).extracting(ComplaintResponse::stage)
                .containsExactly(ComplaintStage.STAGE_1, ComplaintStage.STAGE_2);
        assertThat(timeline.toString()).doesNotContain("Zebedee");
    }

    @Test
    void a_stage_is_reached_only_after_the_response_before_it_and_a_request_to_escalate() {
        assertThat(problems(STATUTORY, received("2024-03-01"), escalation("2024-03-05", ComplaintStage.STAGE_2),
                response("2024-03-28", ComplaintStage.STAGE_2), ReviewPanelHeld.builder().date(day("2024-04-01")).build()))
                .containsExactly(
                        "event 2 (escalationRequested), toStage: asks for stage2 before any stage1 response; expected that"
                                + " response first",
                        "event 4 (reviewPanelHeld), date: at reviewPanel with no request to escalate to it; expected"
                                + " escalationRequested first");
    }

    @Test
    void nothing_happens_to_a_complaint_before_it_is_received_and_a_corporate_one_has_no_review_panel() {
        assertThat(problems(CORPORATE, ComplaintAcknowledged.builder().date(day("2024-03-01")).build(), received("2024-03-01"),
                response("2024-03-20", ComplaintStage.STAGE_1), response("2024-04-20", ComplaintStage.STAGE_2),
                escalation("2024-05-01", ComplaintStage.REVIEW_PANEL), received("2024-05-02")))
                .containsExactly(
                        "event 1 (complaintAcknowledged), date: comes before the complaint was received; expected"
                                + " complaintReceived first",
                        "event 4 (complaintResponse), stage: at stage2 with no request to escalate to it; expected"
                                + " escalationRequested first",
                        "event 5 (escalationRequested), toStage: a corporate complaint has no review panel; expected stage1"
                                + " or stage2",
                        "event 6 (complaintReceived), date: the complaint was already received; expected one receipt (a new"
                                + " complaint is a new timeline)");
    }

    @Test
    void events_out_of_order_are_reported() {
        assertThat(problems(STATUTORY, received("2024-03-05"), response("2024-03-01", ComplaintStage.STAGE_1)))
                .containsExactly("event 2 (complaintResponse), date: 2024-03-01 is before event 1 (complaintReceived on"
                        + " 2024-03-05); expected events in date order");
    }
}
