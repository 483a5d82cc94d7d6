package org.duly.testkit;

import static org.duly.testkit.Dates.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.duly.domain.StaffTimeline;
import org.duly.domain.staff.LeftPost;
import org.duly.domain.staff.ReflectiveCaseReviewAllocated;
import org.duly.domain.staff.ReflectiveCaseReviewCompleted;
import org.duly.domain.staff.RoleChanged;
import org.duly.domain.staff.StaffEvent;
import org.duly.domain.staff.StartedInPost;
import org.duly.domain.staff.SupervisionSession;
import org.duly.domain.workforce.Worker;
import org.duly.domain.workforce.WorkerRole;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.policy.Policy;

/**
 * A member of staff for a test, written as their time in post happened:
 *
 * <pre>{@code
 * Schedule schedule = StaffCase.worker("W-1", WorkerRole.SOCIAL_WORKER).startedOn("2024-01-08").supervised("2024-02-05")
 *     .schedule("2024-03-01", policy);
 * }</pre>
 *
 * <p>Not thread-safe: build on one thread.
 */
public final class StaffCase {

    private final Worker worker;
    private final WorkerRole startingRole;
    private final List<StaffEvent> events = new ArrayList<>();

    private StaffCase(String id, WorkerRole role) {
        this.worker = Worker.builder().id(Objects.requireNonNull(id, "id")).role(role).build();
        this.startingRole = role;
    }

    /**
     * A worker in a role.
     *
     * <p>Example:
     * <pre>{@code
     * StaffCase.worker("W-1", WorkerRole.NEWLY_QUALIFIED_SOCIAL_WORKER);
     * }</pre>
     *
     * @param id the worker's id
     * @param role their role
     * @return the worker
     */
    public static StaffCase worker(String id, WorkerRole role) {
        return new StaffCase(id, role);
    }

    /**
     * Any events, built with the domain's builders, in date order.
     *
     * <p>Example:
     * <pre>{@code
     * staff.with(LeftPost.builder().date(LocalDate.parse("2024-12-20")).build());
     * }</pre>
     *
     * @param more the events
     * @return this worker
     */
    public StaffCase with(StaffEvent... more) {
        events.addAll(List.of(more));
        return this;
    }

    /**
     * Started in post in their role.
     *
     * <p>Example:
     * <pre>{@code
     * staff.startedOn("2024-01-08");
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @return this worker
     */
    public StaffCase startedOn(String date) {
        return with(StartedInPost.builder().date(date(date)).role(startingRole).build());
    }

    /**
     * Changed role, such as from newly qualified to social worker.
     *
     * <p>Example:
     * <pre>{@code
     * staff.roleChanged("2025-01-08", WorkerRole.SOCIAL_WORKER);
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @param role the new role
     * @return this worker
     */
    public StaffCase roleChanged(String date, WorkerRole role) {
        return with(RoleChanged.builder().date(date(date)).role(role).build());
    }

    /**
     * A supervision session.
     *
     * <p>Example:
     * <pre>{@code
     * staff.supervised("2024-02-05");
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @return this worker
     */
    public StaffCase supervised(String date) {
        return with(SupervisionSession.builder().date(date(date)).build());
    }

    /**
     * A reflective case review allocated.
     *
     * <p>Example:
     * <pre>{@code
     * staff.reviewAllocated("2024-03-01", "RCR-7");
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @param reviewId the review's id
     * @return this worker
     */
    public StaffCase reviewAllocated(String date, String reviewId) {
        return with(ReflectiveCaseReviewAllocated.builder().date(date(date)).reviewId(reviewId).build());
    }

    /**
     * A reflective case review completed.
     *
     * <p>Example:
     * <pre>{@code
     * staff.reviewCompleted("2024-04-01", "RCR-7");
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @param reviewId the review's id
     * @return this worker
     */
    public StaffCase reviewCompleted(String date, String reviewId) {
        return with(ReflectiveCaseReviewCompleted.builder().date(date(date)).reviewId(reviewId).build());
    }

    /**
     * Left the post.
     *
     * <p>Example:
     * <pre>{@code
     * staff.left("2024-12-20");
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @return this worker
     */
    public StaffCase left(String date) {
        return with(LeftPost.builder().date(date(date)).build());
    }

    /**
     * The timeline, checked as the domain checks it.
     *
     * <p>Example:
     * <pre>{@code
     * StaffTimeline timeline = staff.timeline();
     * }</pre>
     *
     * @return the timeline
     * @throws AssertionError listing every problem
     */
    public StaffTimeline timeline() {
        return ValidTimelines.valid(StaffTimeline.check(worker, events), "the worker's record");
    }

    /**
     * The schedule under a policy, on the policy's calendar.
     *
     * <p>Example:
     * <pre>{@code
     * Schedule schedule = staff.schedule("2024-04-01", policy);
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
