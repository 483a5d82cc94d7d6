package org.duly.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Duly's result of a check: a value, or every problem, and an exception that carries them all. */
class CheckedTest {

    private static final TimelineProblem MISSING_DATE = TimelineProblem.of(2, "referral", "date", "missing; expected a date");
    private static final TimelineProblem NO_DISCUSSION = TimelineProblem.of(3, "conferenceHeld", "date",
            "no strategy discussion before it");

    @Test
    void a_valid_result_has_its_value_and_no_problems() {
        Checked<String, TimelineProblem> valid = Checked.valid("C-1");
        assertThat(valid.isValid()).isTrue();
        assertThat(valid.value()).contains("C-1");
        assertThat(valid.problems()).isEmpty();
        assertThat(valid.orElseThrow()).isEqualTo("C-1");
        assertThat(valid.orElseThrow(problems -> new AssertionError("not thrown"))).isEqualTo("C-1");
        assertThat(valid.map(String::length)).isEqualTo(Checked.valid(3));
        assertThat(valid).hasToString("valid(C-1)");
    }

    @Test
    void an_invalid_result_has_every_problem_in_order_and_no_value() {
        Checked<String, TimelineProblem> invalid = Checked.invalid(List.of(MISSING_DATE, NO_DISCUSSION), InvalidTimelineException::new);
        assertThat(invalid.isValid()).isFalse();
        assertThat(invalid.value()).isEmpty();
        assertThat(invalid.problems()).containsExactly(MISSING_DATE, NO_DISCUSSION);
        assertThat(invalid.map(String::length).problems()).containsExactly(MISSING_DATE, NO_DISCUSSION);
        assertThat(invalid).isEqualTo(Checked.invalid(List.of(MISSING_DATE, NO_DISCUSSION), problems -> new IllegalStateException()))
                .hasSameHashCodeAs(Checked.invalid(List.of(MISSING_DATE, NO_DISCUSSION), problems -> new IllegalStateException()))
                .isNotEqualTo(Checked.invalid(List.of(MISSING_DATE), InvalidTimelineException::new));
        assertThatThrownBy(() -> invalid.problems().add(MISSING_DATE)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void or_else_throw_throws_the_checkers_exception_carrying_every_problem() {
        Checked<String, TimelineProblem> invalid = Checked.invalid(List.of(MISSING_DATE, NO_DISCUSSION), InvalidTimelineException::new);
        assertThatThrownBy(invalid::orElseThrow)
                .isInstanceOfSatisfying(InvalidTimelineException.class, e -> assertThat(e.problems())
                        .containsExactly(MISSING_DATE, NO_DISCUSSION))
                .hasMessage("the timeline has 2 problems: event 2 (referral), date: missing; expected a date;"
                        + " event 3 (conferenceHeld), date: no strategy discussion before it");
        assertThatThrownBy(() -> invalid.map(String::length).orElseThrow()).isInstanceOf(InvalidTimelineException.class);
        assertThatThrownBy(() -> invalid.orElseThrow(problems -> new IllegalStateException(problems.size() + " problems")))
                .isInstanceOf(IllegalStateException.class).hasMessage("2 problems");
    }

    @Test
    void an_invalid_result_needs_a_problem_and_a_valid_one_a_value() {
        assertThatThrownBy(() -> Checked.invalid(List.of(), InvalidTimelineException::new))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Checked.valid(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new InvalidTimelineException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
