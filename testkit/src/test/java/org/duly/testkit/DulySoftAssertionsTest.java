package org.duly.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.duly.testkit.DulyAssertionsTest.SCHEDULE;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.duly.workflows.engine.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.opentest4j.MultipleFailuresError;

/** Soft assertions collect every failure, those of the obligations reached from a schedule included, and report them together. */
class DulySoftAssertionsTest {

    private static final String WRONG_DUE_DATE = "Expected cp.icpc to be due on 2024-04-05 but it is due on 2024-04-08";
    private static final String WRONG_STATUS = "Expected cp.icpc to be MET but it is OVERDUE";

    @Test
    void two_failing_assertions_on_an_obligation_are_both_reported() {
        DulySoftAssertions softly = new DulySoftAssertions();
        softly.assertThat(SCHEDULE).obligation("cp.icpc").isDueOn("2024-04-05").isMet();
        softly.assertThat(SCHEDULE).hasObligations("cp.icpc", 1);
        assertThat(softly.errorsCollected()).hasSize(2);
        assertThatThrownBy(softly::assertAll)
                .isInstanceOf(MultipleFailuresError.class)
                .hasMessageContaining("Multiple Failures (2 failures)")
                .hasMessageContaining(WRONG_DUE_DATE)
                .hasMessageContaining(WRONG_STATUS)
                .hasMessageContaining("because 15 working days after the strategy discussion");
    }

    @Test
    void they_sit_beside_assertjs_own_soft_assertions() {
        DulySoftAssertions softly = new DulySoftAssertions();
        softly.assertThat(SCHEDULE.subject()).isEqualTo("C-2");
        softly.assertThat(SCHEDULE.entriesOf("cp.icpc").get(0)).isMet();
        softly.assertThat(SCHEDULE).hasNothingOverdue();
        assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).satisfiesExactly(
                subject -> assertThat(subject).contains("\"C-2\""),
                status -> assertThat(status).startsWith(WRONG_STATUS),
                overdue -> assertThat(overdue).startsWith("Expected nothing overdue on 2024-04-09 but:"));
    }

    @Test
    void an_obligation_that_cannot_be_reached_is_reported_and_the_assertions_after_it_go_on() {
        DulySoftAssertions softly = new DulySoftAssertions();
        softly.assertThat(SCHEDULE).obligation("cp.icpcc").isMet();
        softly.assertThat(SCHEDULE).obligation("cp.icpc").isMet();
        assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).satisfiesExactly(
                typo -> assertThat(typo).contains("has no rule cp.icpcc (did you mean cp.icpc?)"),
                nothingToCheck -> assertThat(nothingToCheck).contains("Expecting actual not to be null"),
                status -> assertThat(status).startsWith(WRONG_STATUS));
    }

    @Test
    void assertjs_own_proxy_makes_the_schedules_assertions_soft() {
        SoftAssertions softly = new SoftAssertions();
        softly.proxy(ScheduleAssert.class, Schedule.class, SCHEDULE).hasObligations("cp.icpc", 2).hasNothingOverdue();
        softly.proxy(ObligationAssert.class, org.duly.workflows.engine.ScheduleEntry.class, SCHEDULE.entriesOf("cp.icpc").get(0))
                .isDueOn("2024-04-05").isMet();
        assertThat(softly.errorsCollected()).extracting(Throwable::getMessage).satisfiesExactly(
                count -> assertThat(count).startsWith("Expected 2 obligations of cp.icpc but it has 1"),
                overdue -> assertThat(overdue).startsWith("Expected nothing overdue"),
                due -> assertThat(due).startsWith(WRONG_DUE_DATE),
                status -> assertThat(status).startsWith(WRONG_STATUS));
    }

    @Test
    void assert_softly_and_try_with_resources_report_at_the_end() {
        assertThatThrownBy(() -> DulySoftAssertions.assertSoftly(softly -> {
            softly.assertThat(SCHEDULE).obligation("cp.icpc").isDueOn("2024-04-05");
            softly.assertThat(SCHEDULE).obligation("cp.icpc").isMet();
        })).hasMessageContainingAll(WRONG_DUE_DATE, WRONG_STATUS);
        assertThatThrownBy(() -> {
            try (AutoCloseableDulySoftAssertions softly = new AutoCloseableDulySoftAssertions()) {
                softly.assertThat(SCHEDULE).obligation("cp.icpc").isDueOn("2024-04-05");
                softly.assertThat(SCHEDULE).obligation("cp.icpc").isMet();
            }
        }).hasMessageContainingAll(WRONG_DUE_DATE, WRONG_STATUS);
        DulySoftAssertions.assertSoftly(softly -> softly.assertThat(SCHEDULE).obligation("cp.icpc").isDueOn("2024-04-08").isOverdue());
    }

    @Test
    void junits_extension_injects_them_and_reports_every_failure_after_the_test() {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Injected.class)).build(), listener);
        TestExecutionSummary summary = listener.getSummary();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
        assertThat(summary.getFailures()).singleElement()
                .satisfies(failure -> assertThat(failure.getTestIdentifier().getDisplayName()).isEqualTo("two_wrong_expectations()"))
                .extracting(TestExecutionSummary.Failure::getException)
                .isInstanceOfSatisfying(MultipleFailuresError.class, failures -> assertThat(failures.getFailures())
                        .extracting(Throwable::getMessage)
                        .satisfiesExactly(due -> assertThat(due).startsWith(WRONG_DUE_DATE), status -> assertThat(status).startsWith(WRONG_STATUS)));
    }

    /** Run by the test above only: nested classes are not among the test classes Maven runs. */
    @ExtendWith(SoftAssertionsExtension.class)
    static class Injected {

        @InjectSoftAssertions
        private DulySoftAssertions softly;

        @Test
        void two_wrong_expectations() {
            softly.assertThat(SCHEDULE).obligation("cp.icpc").isDueOn("2024-04-05").isMet();
        }

        @Test
        void right_expectations() {
            softly.assertThat(SCHEDULE).obligation("cp.icpc").isDueOn("2024-04-08").isOverdue();
            softly.assertThat(List.of(SCHEDULE)).hasSize(1);
        }
    }
}
