package org.duly.testkit;

import org.duly.workflows.engine.ScheduleEntry;

/**
 * Assertions on one obligation of a schedule: its dates, its status, what met it, its explanation
 * (every assertion is described in {@link AbstractObligationAssert}, the class to extend with
 * assertions of your own).
 *
 * <pre>{@code
 * assertThat(schedule).obligation("cp.icpc").isDueOn("2024-04-08").isMet();
 * }</pre>
 *
 * <p>Not final: AssertJ's soft assertions work on a generated subclass of it.
 */
public class ObligationAssert extends AbstractObligationAssert<ObligationAssert> {

    /**
     * Assertions on the entry; {@link DulyAssertions#assertThat(ScheduleEntry)} reads better in a test.
     *
     * <p>Example:
     * <pre>{@code
     * new ObligationAssert(schedule.entriesOf("cp.icpc").get(0)).isMet();
     * }</pre>
     *
     * @param actual the entry
     */
    public ObligationAssert(ScheduleEntry actual) {
        super(actual, ObligationAssert.class);
    }
}
