package org.duly.testkit;

import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;

/**
 * The entry point of Duly's assertions, beside AssertJ's:
 *
 * <pre>{@code
 * import static org.duly.testkit.DulyAssertions.assertThat;
 *
 * assertThat(schedule).obligation("cp.icpc").isDueOn("2024-04-08").isOverdue();
 * }</pre>
 */
public final class DulyAssertions {

    private DulyAssertions() {
    }

    /**
     * Assertions on a schedule.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("lac.reviews", 2).isDueOn("2024-06-01").isMet();
     * }</pre>
     *
     * @param schedule the schedule
     * @return the assertions
     */
    public static ScheduleAssert assertThat(Schedule schedule) {
        return new ScheduleAssert(schedule);
    }

    /**
     * Assertions on one obligation.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule.entriesOf("cp.icpc").get(0)).isDueOn("2024-04-08");
     * }</pre>
     *
     * @param entry the obligation
     * @return the assertions
     */
    public static ObligationAssert assertThat(ScheduleEntry entry) {
        return new ObligationAssert(entry);
    }
}
