package org.duly.testkit;

import org.assertj.core.annotation.CheckReturnValue;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;

/**
 * The entry point of Duly's assertions, beside AssertJ's (both can be imported statically: the
 * overloads do not clash):
 *
 * <pre>{@code
 * import static org.duly.testkit.DulyAssertions.assertThat;
 *
 * assertThat(schedule).obligation("cp.icpc").isDueOn("2024-04-08").isOverdue();
 * }</pre>
 *
 * <p>For failures collected and reported together, use {@link DulySoftAssertions}. A consuming app
 * with assertions of its own ({@link AbstractScheduleAssert}) gives them an entry point of its own
 * in the same way.
 */
@CheckReturnValue
public class DulyAssertions {

    /**
     * For an entry point that adds to this one: its static methods stay reachable through the
     * subclass.
     *
     * <p>Example:
     * <pre>{@code
     * public class OurAssertions extends DulyAssertions {
     *     public static OurCaseAssert assertThat(OurCase actual) {
     *         return new OurCaseAssert(actual);
     *     }
     * }
     * }</pre>
     */
    protected DulyAssertions() {
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
