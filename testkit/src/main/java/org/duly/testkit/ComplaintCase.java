package org.duly.testkit;

import static org.duly.testkit.Dates.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.duly.domain.ComplaintTimeline;
import org.duly.domain.complaints.Complaint;
import org.duly.domain.complaints.ComplaintAcknowledged;
import org.duly.domain.complaints.ComplaintEvent;
import org.duly.domain.complaints.ComplaintExtended;
import org.duly.domain.complaints.ComplaintKind;
import org.duly.domain.complaints.ComplaintReceived;
import org.duly.domain.complaints.ComplaintResolved;
import org.duly.domain.complaints.ComplaintResponse;
import org.duly.domain.complaints.ComplaintStage;
import org.duly.domain.complaints.EscalationRequested;
import org.duly.domain.complaints.ExtensionReason;
import org.duly.domain.complaints.ReviewPanelHeld;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.policy.Policy;

/**
 * A complaint for a test, written as it happened:
 *
 * <pre>{@code
 * Schedule schedule = ComplaintCase.statutory("CF-1").received("2024-03-04").response("2024-03-15", ComplaintStage.STAGE_1)
 *     .schedule("2024-03-20", policy);
 * }</pre>
 *
 * <p>Not thread-safe: build on one thread.
 */
public final class ComplaintCase {

    private final Complaint complaint;
    private final List<ComplaintEvent> events = new ArrayList<>();

    private ComplaintCase(String id, ComplaintKind kind) {
        this.complaint = Complaint.builder().id(Objects.requireNonNull(id, "id")).kind(kind).build();
    }

    /**
     * A statutory complaint (Children Act 1989 representations procedure).
     *
     * <p>Example:
     * <pre>{@code
     * ComplaintCase.statutory("CF-1").received("2024-03-04");
     * }</pre>
     *
     * @param id the complaint's id
     * @return the complaint
     */
    public static ComplaintCase statutory(String id) {
        return new ComplaintCase(id, ComplaintKind.STATUTORY);
    }

    /**
     * A corporate complaint.
     *
     * <p>Example:
     * <pre>{@code
     * ComplaintCase.corporate("CF-2").received("2024-03-04");
     * }</pre>
     *
     * @param id the complaint's id
     * @return the complaint
     */
    public static ComplaintCase corporate(String id) {
        return new ComplaintCase(id, ComplaintKind.CORPORATE);
    }

    /**
     * Any events, built with the domain's builders, in date order.
     *
     * <p>Example:
     * <pre>{@code
     * complaint.with(ComplaintResolved.builder().date(LocalDate.parse("2024-03-06")).build());
     * }</pre>
     *
     * @param more the events
     * @return this complaint
     */
    public ComplaintCase with(ComplaintEvent... more) {
        events.addAll(List.of(more));
        return this;
    }

    /**
     * Received.
     *
     * <p>Example:
     * <pre>{@code
     * complaint.received("2024-03-04");
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @return this complaint
     */
    public ComplaintCase received(String date) {
        return with(ComplaintReceived.builder().date(date(date)).build());
    }

    /**
     * Acknowledged.
     *
     * <p>Example:
     * <pre>{@code
     * complaint.acknowledged("2024-03-06");
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @return this complaint
     */
    public ComplaintCase acknowledged(String date) {
        return with(ComplaintAcknowledged.builder().date(date(date)).build());
    }

    /**
     * Resolved.
     *
     * <p>Example:
     * <pre>{@code
     * complaint.resolved("2024-03-06");
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @return this complaint
     */
    public ComplaintCase resolved(String date) {
        return with(ComplaintResolved.builder().date(date(date)).build());
    }

    /**
     * Responded to at a stage.
     *
     * <p>Example:
     * <pre>{@code
     * complaint.response("2024-03-15", ComplaintStage.STAGE_1);
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @param stage the stage
     * @return this complaint
     */
    public ComplaintCase response(String date, ComplaintStage stage) {
        return with(ComplaintResponse.builder().date(date(date)).stage(stage).build());
    }

    /**
     * Extended at a stage for a reason.
     *
     * <p>Example:
     * <pre>{@code
     * complaint.extended("2024-03-11", ComplaintStage.STAGE_1, ExtensionReason.COMPLEX_COMPLAINT);
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @param stage the stage
     * @param reason the reason
     * @return this complaint
     */
    public ComplaintCase extended(String date, ComplaintStage stage, ExtensionReason reason) {
        return with(ComplaintExtended.builder().date(date(date)).stage(stage).reason(reason).build());
    }

    /**
     * The complainant asks to escalate to a stage.
     *
     * <p>Example:
     * <pre>{@code
     * complaint.escalationRequested("2024-03-20", ComplaintStage.STAGE_2);
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @param toStage the stage asked for
     * @return this complaint
     */
    public ComplaintCase escalationRequested(String date, ComplaintStage toStage) {
        return with(EscalationRequested.builder().date(date(date)).toStage(toStage).build());
    }

    /**
     * A review panel held.
     *
     * <p>Example:
     * <pre>{@code
     * complaint.reviewPanel("2024-06-05");
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @return this complaint
     */
    public ComplaintCase reviewPanel(String date) {
        return with(ReviewPanelHeld.builder().date(date(date)).build());
    }

    /**
     * The timeline, checked as the domain checks it.
     *
     * <p>Example:
     * <pre>{@code
     * ComplaintTimeline timeline = complaint.timeline();
     * }</pre>
     *
     * @return the timeline
     * @throws AssertionError listing every problem
     */
    public ComplaintTimeline timeline() {
        return ValidTimelines.valid(ComplaintTimeline.check(complaint, events), "the complaint");
    }

    /**
     * The schedule under a policy, on the policy's calendar.
     *
     * <p>Example:
     * <pre>{@code
     * Schedule schedule = complaint.schedule("2024-04-01", policy);
     * }</pre>
     *
     * @param asOf the evaluation date, YYYY-MM-DD
     * @param policy the policy
     * @return the schedule
     */
    public Schedule schedule(String asOf, Policy policy) {
        return Engine.create().evaluate(timeline(), policy, LocalDate.parse(asOf));
    }
}
