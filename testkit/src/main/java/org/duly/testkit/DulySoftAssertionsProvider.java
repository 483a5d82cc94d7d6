package org.duly.testkit;

import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.SoftAssertionsProvider;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;

/**
 * Duly's soft assertions, to combine with AssertJ's or a consuming app's own as AssertJ combines
 * soft assertion providers: every failure is collected, the obligations reached from a schedule's
 * included, and reported together.
 *
 * <pre>{@code
 * public class OurSoftAssertions extends AbstractSoftAssertions
 *         implements StandardSoftAssertionsProvider, DulySoftAssertionsProvider, OurSoftAssertionsProvider {
 * }
 * }</pre>
 *
 * <p>{@link DulySoftAssertions} is the ready-made one.
 */
public interface DulySoftAssertionsProvider extends SoftAssertionsProvider {

    /**
     * Soft assertions on a schedule and the obligations reached from it.
     *
     * <p>Example:
     * <pre>{@code
     * softly.assertThat(schedule).obligation("cp.icpc").isDueOn("2024-04-08").isMet();
     * }</pre>
     *
     * @param actual the schedule
     * @return the assertions
     */
    @CheckReturnValue
    default ScheduleAssert assertThat(Schedule actual) {
        return proxySchedule(this, ScheduleAssert.class, actual);
    }

    /**
     * Soft assertions on one obligation.
     *
     * <p>Example:
     * <pre>{@code
     * softly.assertThat(schedule.entriesOf("cp.icpc").get(0)).isDueOn("2024-04-08");
     * }</pre>
     *
     * @param actual the obligation
     * @return the assertions
     */
    @CheckReturnValue
    default ObligationAssert assertThat(ScheduleEntry actual) {
        return proxy(ObligationAssert.class, ScheduleEntry.class, actual);
    }

    /**
     * Soft assertions on a schedule with a consuming app's own assertion class, the obligations
     * reached from it included: what its own soft assertion provider's {@code assertThat} returns.
     * AssertJ's {@code proxy(assertClass, Schedule.class, actual)} makes the schedule's own assertions
     * soft, but not those of the obligations it leads to: they fail at once, and an obligation that
     * cannot be reached comes back as null.
     *
     * <p>Example:
     * <pre>{@code
     * public interface OurSoftAssertionsProvider extends SoftAssertionsProvider {
     *     default OurScheduleAssert assertThat(Schedule actual) {
     *         return DulySoftAssertionsProvider.proxySchedule(this, OurScheduleAssert.class, actual);
     *     }
     * }
     * }</pre>
     *
     * @param softly the soft assertions that collect the failures
     * @param assertClass the assertion class, with a public constructor taking the schedule alone
     * @param actual the schedule
     * @param <S> the assertion class
     * @return the assertions
     */
    @CheckReturnValue
    static <S extends AbstractScheduleAssert<S, ?>> S proxySchedule(SoftAssertionsProvider softly, Class<S> assertClass, Schedule actual) {
        S proxied = softly.proxy(assertClass, Schedule.class, actual);
        // A field, not a method: the proxy would count a method call as an assertion that passed.
        proxied.softly = softly;
        return proxied;
    }
}
