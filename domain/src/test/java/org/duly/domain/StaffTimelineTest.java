package org.duly.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.duly.domain.staff.LeftPost;
import org.duly.domain.staff.ReflectiveCaseReviewAllocated;
import org.duly.domain.staff.ReflectiveCaseReviewCompleted;
import org.duly.domain.staff.RoleChanged;
import org.duly.domain.staff.StaffEvent;
import org.duly.domain.staff.StartedInPost;
import org.duly.domain.staff.SupervisionSession;
import org.duly.domain.workforce.Worker;
import org.duly.domain.workforce.WorkerRole;
import org.junit.jupiter.api.Test;

class StaffTimelineTest {

    private static final Worker NEWLY_QUALIFIED = Worker.builder().id("W-17").name("Zebedee Quartermaine")
            .role(WorkerRole.NEWLY_QUALIFIED_SOCIAL_WORKER).build();

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static SupervisionSession supervision(String iso) {
        return SupervisionSession.builder().date(day(iso)).build();
    }

    private static List<String> problems(Worker worker, StaffEvent... events) {
        Checked<StaffTimeline, TimelineProblem> built = StaffTimeline.check(worker, List.of(events));
        assertThat(built.isValid()).as("expected problems").isFalse();
        return built.problems().stream().map(TimelineProblem::toString).toList();
    }

    @Test
    void the_role_on_a_day_follows_starts_and_changes_in_post() {
        StaffTimeline timeline = StaffTimeline.of(NEWLY_QUALIFIED, List.of(
                StartedInPost.builder().date(day("2023-09-04")).role(WorkerRole.NEWLY_QUALIFIED_SOCIAL_WORKER).build(),
                supervision("2023-09-15"), supervision("2023-09-29"),
                RoleChanged.builder().date(day("2024-09-02")).role(WorkerRole.SOCIAL_WORKER).build(),
                supervision("2024-10-01"),
                RoleChanged.builder().date(day("2026-01-05")).role(WorkerRole.TEAM_MANAGER).build(),
                ReflectiveCaseReviewAllocated.builder().date(day("2026-02-02")).reviewId("RCR-1").build(),
                ReflectiveCaseReviewCompleted.builder().date(day("2026-03-02")).reviewId("RCR-1").build(),
                LeftPost.builder().date(day("2026-06-30")).build()));
        assertThat(timeline.roleOn(day("2024-09-01"))).isEqualTo(WorkerRole.NEWLY_QUALIFIED_SOCIAL_WORKER);
        assertThat(timeline.roleOn(day("2024-09-02"))).isEqualTo(WorkerRole.SOCIAL_WORKER);
        assertThat(timeline.roleOn(day("2026-01-05"))).isEqualTo(WorkerRole.TEAM_MANAGER);
        assertThat(timeline.eventsOf(SupervisionSession.class)).hasSize(3);
        assertThat(timeline.leftPostOn()).contains(day("2026-06-30"));
        assertThat(timeline.toString()).doesNotContain("Zebedee");
    }

    @Test
    void reviews_go_to_managers_and_are_completed_after_allocation_and_nothing_follows_leaving() {
        assertThat(problems(NEWLY_QUALIFIED,
                supervision("2024-01-05"),
                StartedInPost.builder().date(day("2024-01-06")).role(WorkerRole.SOCIAL_WORKER).build(),
                ReflectiveCaseReviewAllocated.builder().date(day("2024-02-01")).reviewId("RCR-1").build(),
                ReflectiveCaseReviewCompleted.builder().date(day("2024-03-01")).reviewId("RCR-2").build(),
                LeftPost.builder().date(day("2024-03-31")).build(),
                supervision("2024-04-05")))
                .containsExactly(
                        "event 2 (startedInPost), date: a start in post after other events; expected it first, or a roleChanged",
                        "event 3 (reflectiveCaseReviewAllocated), date: allocated to a worker whose role on 2024-02-01 is"
                                + " socialWorker; expected a teamManager or headOfService",
                        "event 4 (reflectiveCaseReviewCompleted), reviewId: no review with this reviewId was allocated before it; expected"
                                + " its allocation first",
                        "event 6 (supervisionSession), date: comes after the worker left post at event 5; expected no events"
                                + " after leaving");
    }
}
