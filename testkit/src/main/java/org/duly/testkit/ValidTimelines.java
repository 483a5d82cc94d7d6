package org.duly.testkit;

import java.util.stream.Collectors;
import org.duly.domain.Checked;
import org.duly.domain.TimelineProblem;

/** The one way the case builders turn a checked timeline into a test failure: every problem, one a line. */
final class ValidTimelines {

    private ValidTimelines() {
    }

    /**
     * The timeline, or an assertion error listing every problem.
     *
     * @param checked the checked timeline
     * @param subject what is not valid, such as "the case"
     * @return the timeline
     */
    static <T> T valid(Checked<T, TimelineProblem> checked, String subject) {
        return checked.orElseThrow(problems -> new AssertionError(subject + " is not a valid timeline:\n  "
                + problems.stream().map(TimelineProblem::toString).collect(Collectors.joining("\n  "))));
    }
}
