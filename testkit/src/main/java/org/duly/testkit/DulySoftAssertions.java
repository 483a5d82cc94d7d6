package org.duly.testkit;

import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.api.StandardSoftAssertionsProvider;

/**
 * Soft assertions on schedules, beside AssertJ's own: every failure is collected, those of the
 * obligations reached from a schedule included, and {@link #assertAll()} reports them together.
 *
 * <pre>{@code
 * DulySoftAssertions softly = new DulySoftAssertions();
 * softly.assertThat(schedule).obligation("cp.icpc").isDueOn("2024-04-08").isMet();
 * softly.assertThat(schedule).hasNothingOverdue();
 * softly.assertThat(schedule.subject()).isEqualTo("C-1");
 * softly.assertAll();
 * }</pre>
 *
 * <p>With JUnit 5, AssertJ's extension injects it and reports after each test:
 * {@code @ExtendWith(SoftAssertionsExtension.class)} on the class and
 * {@code @InjectSoftAssertions DulySoftAssertions softly;} as a field. {@link AutoCloseableDulySoftAssertions}
 * reports at the end of a try-with-resources block.
 */
public class DulySoftAssertions extends AbstractSoftAssertions implements StandardSoftAssertionsProvider, DulySoftAssertionsProvider {

    /**
     * Soft assertions with nothing collected yet.
     *
     * <p>Example:
     * <pre>{@code
     * DulySoftAssertions softly = new DulySoftAssertions();
     * }</pre>
     */
    public DulySoftAssertions() {
    }

    /**
     * Runs the assertions softly and reports every failure together at the end.
     *
     * <p>Example:
     * <pre>{@code
     * DulySoftAssertions.assertSoftly(softly -> {
     *     softly.assertThat(schedule).obligation("cp.icpc").isDueOn("2024-04-08");
     *     softly.assertThat(schedule).hasNothingOverdue();
     * });
     * }</pre>
     *
     * @param softly the assertions
     */
    public static void assertSoftly(Consumer<DulySoftAssertions> softly) {
        SoftAssertionsProvider.assertSoftly(DulySoftAssertions.class, softly);
    }
}
