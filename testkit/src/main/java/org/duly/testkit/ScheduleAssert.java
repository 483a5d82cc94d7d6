package org.duly.testkit;

import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;

/**
 * Assertions on a schedule, leading to the obligations of one rule (every assertion is described in
 * {@link AbstractScheduleAssert}, the class to extend with assertions of your own).
 *
 * <pre>{@code
 * assertThat(schedule).obligation("cp.icpc").isDueOn("2024-04-08").isOverdue();
 * assertThat(schedule).obligation("lac.reviews", 2).isDueOn("2024-06-01");
 * }</pre>
 *
 * <p>Not final: AssertJ's soft assertions work on a generated subclass of it.
 */
public class ScheduleAssert extends AbstractScheduleAssert<ScheduleAssert, ObligationAssert> {

    /**
     * Assertions on the schedule; {@link DulyAssertions#assertThat(Schedule)} reads better in a test.
     *
     * <p>Example:
     * <pre>{@code
     * new ScheduleAssert(schedule).hasNothingOverdue();
     * }</pre>
     *
     * @param actual the schedule
     */
    public ScheduleAssert(Schedule actual) {
        super(actual, ScheduleAssert.class);
    }

    /**
     * Duly's own assertions on an entry.
     *
     * <p>Example:
     * <pre>{@code
     * ObligationAssert icpc = obligationAssert(schedule.entriesOf("cp.icpc").get(0));
     * }</pre>
     *
     * @param entry the entry
     * @return the assertions
     */
    @Override
    protected ObligationAssert obligationAssert(ScheduleEntry entry) {
        return new ObligationAssert(entry);
    }
}
