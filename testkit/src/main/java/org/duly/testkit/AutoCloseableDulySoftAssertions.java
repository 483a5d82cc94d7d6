package org.duly.testkit;

import org.assertj.core.api.AutoCloseableSoftAssertionsProvider;

/**
 * {@link DulySoftAssertions} that report every failure together when a try-with-resources block
 * closes them.
 *
 * <pre>{@code
 * try (AutoCloseableDulySoftAssertions softly = new AutoCloseableDulySoftAssertions()) {
 *     softly.assertThat(schedule).obligation("cp.icpc").isDueOn("2024-04-08");
 *     softly.assertThat(schedule).hasNothingOverdue();
 * }
 * }</pre>
 */
public class AutoCloseableDulySoftAssertions extends DulySoftAssertions implements AutoCloseableSoftAssertionsProvider {

    /**
     * Soft assertions with nothing collected yet.
     *
     * <p>Example:
     * <pre>{@code
     * try (AutoCloseableDulySoftAssertions softly = new AutoCloseableDulySoftAssertions()) {
     *     softly.assertThat(schedule).hasNothingOverdue();
     * }
     * }</pre>
     */
    public AutoCloseableDulySoftAssertions() {
    }
}
