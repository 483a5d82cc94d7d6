package org.duly.policies.derbyshire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.policies.derbyshire.JourneyFixture.d;
import static org.duly.policies.derbyshire.JourneyFixture.lines;

import java.util.List;
import java.util.stream.Collectors;
import org.duly.domain.ComplaintTimeline;
import org.duly.domain.TimelineProblem;
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
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.junit.jupiter.api.Test;

/** A statutory complaint through every stage, with extensions; and a corporate complaint beside it. */
class ComplaintJourneyTest {

    private static ComplaintTimeline complaint(ComplaintKind kind, List<ComplaintEvent> events) {
        return ComplaintTimeline.check(Complaint.builder().id("CF-88").kind(kind).complainantName("Pat Complainant").build(), events)
                .orElseThrow(problems -> new AssertionError(problems.stream().map(TimelineProblem::toString)
                        .collect(Collectors.joining("\n"))));
    }

    private static Schedule schedule(ComplaintTimeline timeline, String asOf) {
        return Engine.create().evaluate(timeline, DerbyshirePracticeStandards.policy(), d(asOf));
    }

    private static final ComplaintTimeline STATUTORY = complaint(ComplaintKind.STATUTORY, List.of(
            ComplaintReceived.builder().date(d("2024-03-04")).build(),
            ComplaintExtended.builder().date(d("2024-03-11")).stage(ComplaintStage.STAGE_1).reason(ExtensionReason.COMPLEX_COMPLAINT)
                    .build(),
            ComplaintResponse.builder().date(d("2024-04-03")).stage(ComplaintStage.STAGE_1).build(),
            EscalationRequested.builder().date(d("2024-04-15")).toStage(ComplaintStage.STAGE_2).build(),
            ComplaintExtended.builder().date(d("2024-05-01")).stage(ComplaintStage.STAGE_2).reason(ExtensionReason.COMPLEX_COMPLAINT)
                    .build(),
            ComplaintResponse.builder().date(d("2024-06-28")).stage(ComplaintStage.STAGE_2).build(),
            EscalationRequested.builder().date(d("2024-07-10")).toStage(ComplaintStage.REVIEW_PANEL).build(),
            ReviewPanelHeld.builder().date(d("2024-08-21")).build()));

    @Test
    void stage_1_is_extended_to_20_working_days_for_a_complex_complaint() {
        Schedule beforeExtension = schedule(STATUTORY, "2024-03-08");
        assertThat(lines(beforeExtension, "complaints.statutory.stage-1")).containsExactly("1.1 2024-03-18 UPCOMING");
        // Before any extension, the date is said plainly; the rule's own words say what could extend it.
        assertThat(beforeExtension.entriesOf("complaints.statutory.stage-1").get(0).explanationInEnglish()).isEqualTo(
                "10 working days after receipt of the complaint on 2024-03-04 is 2024-03-18, on the England and Wales calendar,"
                        + " skipping 4 weekend days");
        Schedule afterResponse = schedule(STATUTORY, "2024-04-04");
        // 20 working days from 4 March skip Good Friday and Easter Monday: due 4 April; answered on the 3rd.
        assertThat(lines(afterResponse, "complaints.statutory.stage-1")).containsExactly("1.1 2024-04-03 MET");
    }

    @Test
    void stage_2_runs_25_working_days_or_65_once_extended_then_the_complainant_has_20_to_escalate() {
        Schedule schedule = schedule(STATUTORY, "2024-09-01");
        assertThat(lines(schedule, "complaints.statutory.stage-2")).containsExactly("1.1 2024-07-17 MET");
        assertThat(lines(schedule, "complaints.statutory.escalation-window")).containsExactly("1.1 2024-07-26 MET");
        assertThat(lines(schedule, "complaints.statutory.review-panel")).containsExactly("1.1 2024-08-21 MET");
        // A statutory complaint owes nothing under the corporate procedure.
        assertThat(schedule.entriesOf("complaints.corporate.response")).singleElement()
                .satisfies(entry -> assertThat(entry.status().name()).isEqualTo("NOT_APPLICABLE"));
    }

    @Test
    void a_review_panel_held_a_day_late_is_met_late() {
        ComplaintTimeline late = complaint(ComplaintKind.STATUTORY, List.of(
                ComplaintReceived.builder().date(d("2024-03-04")).build(),
                ComplaintResponse.builder().date(d("2024-03-15")).stage(ComplaintStage.STAGE_1).build(),
                EscalationRequested.builder().date(d("2024-03-18")).toStage(ComplaintStage.STAGE_2).build(),
                ComplaintResponse.builder().date(d("2024-04-19")).stage(ComplaintStage.STAGE_2).build(),
                EscalationRequested.builder().date(d("2024-04-22")).toStage(ComplaintStage.REVIEW_PANEL).build(),
                ReviewPanelHeld.builder().date(d("2024-06-06")).build()));
        Schedule schedule = schedule(late, "2024-06-10");
        // 30 working days from 22 April skip the early May and spring bank holidays: due 5 June.
        assertThat(lines(schedule, "complaints.statutory.review-panel")).containsExactly("1.1 2024-06-05 MET_LATE");
        assertThat(lines(schedule, "complaints.statutory.stage-1")).containsExactly("1.1 2024-03-18 MET");
    }

    @Test
    void a_corporate_complaint_resolved_within_3_working_days_needs_no_acknowledgement() {
        ComplaintTimeline resolved = complaint(ComplaintKind.CORPORATE, List.of(
                ComplaintReceived.builder().date(d("2024-03-04")).build(),
                org.duly.domain.complaints.ComplaintResolved.builder().date(d("2024-03-06")).build()));
        Schedule schedule = schedule(resolved, "2024-04-10");
        assertThat(lines(schedule, "complaints.corporate.acknowledged")).containsExactly("1.1 2024-03-07 NOT_REQUIRED");
        // The resolution is the response the complainant waits for: met, on the day it was resolved.
        assertThat(lines(schedule, "complaints.corporate.response")).containsExactly("1.1 2024-04-01 MET");
        ComplaintTimeline open = complaint(ComplaintKind.CORPORATE, List.of(
                ComplaintReceived.builder().date(d("2024-03-04")).build(),
                ComplaintAcknowledged.builder().date(d("2024-03-07")).expectedResponseDate(d("2024-04-01")).build()));
        Schedule openSchedule = schedule(open, "2024-04-10");
        assertThat(lines(openSchedule, "complaints.corporate.acknowledged")).containsExactly("1.1 2024-03-07 MET");
        assertThat(lines(openSchedule, "complaints.corporate.response")).containsExactly("1.1 2024-04-01 OVERDUE");
        assertThat(openSchedule.toString()).doesNotContain("Pat", "Complainant");
    }

    @Test
    void an_agreed_later_date_sets_the_exceptional_final_response() {
        ComplaintTimeline extended = complaint(ComplaintKind.CORPORATE, List.of(
                ComplaintReceived.builder().date(d("2024-01-08")).build(),
                ComplaintAcknowledged.builder().date(d("2024-01-09")).build(),
                ComplaintExtended.builder().date(d("2024-03-01")).stage(ComplaintStage.STAGE_1)
                        .reason(ExtensionReason.ONGOING_INTERNAL_PROCEDURES).agreedResponseDate(d("2024-05-31"))
                        .complainantInformed(true).build()));
        Schedule schedule = schedule(extended, "2024-05-01");
        assertThat(lines(schedule, "complaints.corporate.agreed-timescale")).containsExactly("1.1 2024-05-31 UPCOMING");
    }
}
