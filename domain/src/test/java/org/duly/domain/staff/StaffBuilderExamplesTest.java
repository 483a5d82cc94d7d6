package org.duly.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.duly.domain.workforce.WorkerRole;
import org.junit.jupiter.api.Test;

/** Runs the {@code Example:} of every event type's {@code builder()} Javadoc, word for word. */
class StaffBuilderExamplesTest {

    @Test
    void started_in_post() {
        StartedInPost startedInPost = StartedInPost.builder()
            .date(LocalDate.parse("2024-03-05"))
            .role(WorkerRole.NEWLY_QUALIFIED_SOCIAL_WORKER)
            .build();
        assertThat(startedInPost.role()).isEqualTo(WorkerRole.NEWLY_QUALIFIED_SOCIAL_WORKER);
    }

    @Test
    void role_changed() {
        RoleChanged roleChanged = RoleChanged.builder()
            .date(LocalDate.parse("2024-03-05"))
            .role(WorkerRole.SOCIAL_WORKER)
            .build();
        assertThat(roleChanged.role()).isEqualTo(WorkerRole.SOCIAL_WORKER);
    }

    @Test
    void left_post() {
        LeftPost leftPost = LeftPost.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(leftPost.date()).isEqualTo("2024-03-05");
    }

    @Test
    void supervision_session() {
        SupervisionSession supervisionSession = SupervisionSession.builder()
            .date(LocalDate.parse("2024-03-05"))
            .build();
        assertThat(supervisionSession.date()).isEqualTo("2024-03-05");
    }

    @Test
    void reflective_case_review_allocated() {
        ReflectiveCaseReviewAllocated reflectiveCaseReviewAllocated = ReflectiveCaseReviewAllocated.builder()
            .date(LocalDate.parse("2024-03-05"))
            .reviewId("RCR-7")
            .build();
        assertThat(reflectiveCaseReviewAllocated.reviewId()).isEqualTo("RCR-7");
    }

    @Test
    void reflective_case_review_completed() {
        ReflectiveCaseReviewCompleted reflectiveCaseReviewCompleted = ReflectiveCaseReviewCompleted.builder()
            .date(LocalDate.parse("2024-03-05"))
            .reviewId("RCR-7")
            .build();
        assertThat(reflectiveCaseReviewCompleted.reviewId()).isEqualTo("RCR-7");
    }
}
