package org.duly.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The result of checking records: a value, or every problem that kept it from being made, never
 * both and never neither. Duly's checks report every problem at once, each located (a timeline's
 * {@link TimelineProblem}s, a case file's problems with line and column), rather than stopping at
 * the first, so a person can put a whole file right in one pass.
 *
 * <p>Read it as {@link java.util.Optional} is read: {@link #isValid()} and {@link #value()}, or
 * {@link #orElseThrow()} to have the value or an exception carrying every problem (for a timeline,
 * an {@link InvalidTimelineException}). Problems are already redacted by whoever checked: no
 * problem, and so no exception message, contains a person's name.
 *
 * <p>This class is immutable and thread-safe if the value is.
 *
 * @param <T> the type of the value
 * @param <P> the type of a problem, such as {@link TimelineProblem}
 */
public final class Checked<T, P> {

    private final T value;
    private final List<P> problems;
    private final Function<? super List<P>, ? extends RuntimeException> failure;

    private Checked(T value, List<P> problems, Function<? super List<P>, ? extends RuntimeException> failure) {
        this.value = value;
        this.problems = problems;
        this.failure = failure;
    }

    /**
     * A value that passed every check.
     *
     * <p>Example:
     * <pre>{@code
     * Checked<String, TimelineProblem> checked = Checked.valid("C-1");
     * assertThat(checked.value()).contains("C-1");
     * assertThat(checked.problems()).isEmpty();
     * }</pre>
     *
     * @param value the value
     * @param <T> the type of the value
     * @param <P> the type of a problem
     * @return the valid result
     */
    public static <T, P> Checked<T, P> valid(T value) {
        return new Checked<>(Objects.requireNonNull(value, "value"), List.of(),
                problems -> new IllegalStateException("a valid result has no problems"));
    }

    /**
     * Problems that kept a value from being made, and the exception {@link #orElseThrow()} throws
     * with them.
     *
     * <p>Example:
     * <pre>{@code
     * Checked<CaseTimeline, TimelineProblem> checked = Checked.invalid(
     *     List.of(TimelineProblem.of(2, "referral", "date", "missing; expected a date such as 2024-03-05")),
     *     InvalidTimelineException::new);
     * assertThat(checked.isValid()).isFalse();
     * assertThatThrownBy(checked::orElseThrow).isInstanceOf(InvalidTimelineException.class);
     * }</pre>
     *
     * @param problems every problem found, at least one, in the order to report them
     * @param exception makes the exception that carries the problems
     * @param <T> the type of the value
     * @param <P> the type of a problem
     * @return the invalid result
     * @throws IllegalArgumentException if there are no problems
     */
    public static <T, P> Checked<T, P> invalid(List<? extends P> problems,
            Function<? super List<P>, ? extends RuntimeException> exception) {
        List<P> copy = List.copyOf(problems);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("an invalid result needs at least one problem");
        }
        return new Checked<>(null, copy, Objects.requireNonNull(exception, "exception"));
    }

    /**
     * Whether the value passed every check.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseTimeline.check(child, events).isValid()).isTrue();
     * }</pre>
     *
     * @return true if there is a value, false if there are problems
     */
    public boolean isValid() {
        return value != null;
    }

    /**
     * The value, if it passed every check.
     *
     * <p>Example:
     * <pre>{@code
     * Optional<CaseTimeline> timeline = CaseTimeline.check(child, events).value();
     * }</pre>
     *
     * @return the value, or empty if there are problems
     */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Every problem found, in the order the checker reports them (for a timeline, by position).
     *
     * <p>Example:
     * <pre>{@code
     * CaseTimeline.check(child, events).problems().forEach(problem -> log.warn(problem.toString()));
     * }</pre>
     *
     * @return the problems, unmodifiable; empty if the value is valid
     */
    public List<P> problems() {
        return problems;
    }

    /**
     * The value, or an exception carrying every problem.
     *
     * <p>Example:
     * <pre>{@code
     * CaseTimeline timeline = CaseTimeline.check(child, events).orElseThrow();   // or InvalidTimelineException
     * }</pre>
     *
     * @return the value
     * @throws RuntimeException the checker's exception with every problem, such as an
     *     {@link InvalidTimelineException}, if there are problems
     */
    public T orElseThrow() {
        if (value == null) {
            throw failure.apply(problems);
        }
        return value;
    }

    /**
     * The value, or an exception of the caller's making from every problem.
     *
     * <p>Example:
     * <pre>{@code
     * CaseTimeline timeline = CaseTimeline.check(child, events)
     *     .orElseThrow(problems -> new IllegalArgumentException(problems.size() + " problems"));
     * }</pre>
     *
     * @param exception makes the exception from the problems
     * @param <X> the type of the exception
     * @return the value
     * @throws X if there are problems
     */
    public <X extends Throwable> T orElseThrow(Function<? super List<P>, ? extends X> exception) throws X {
        if (value == null) {
            throw exception.apply(problems);
        }
        return value;
    }

    /**
     * The result with the value transformed, or the same problems.
     *
     * <p>Example:
     * <pre>{@code
     * Checked<String, TimelineProblem> id = CaseTimeline.check(child, events).map(CaseTimeline::subjectId);
     * }</pre>
     *
     * @param mapper transforms a valid value
     * @param <U> the type of the new value
     * @return a result with the transformed value, or with the same problems
     */
    public <U> Checked<U, P> map(Function<? super T, ? extends U> mapper) {
        return value == null ? new Checked<>(null, problems, failure) : Checked.valid(mapper.apply(value));
    }

    /**
     * Whether the other object is a result with an equal value, or equal problems.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Checked<?, ?> that && Objects.equals(value, that.value) && problems.equals(that.problems);
    }

    /**
     * A hash code over the value or the problems.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(value, problems);
    }

    /**
     * The result in words: {@code valid(...)} with the value, or {@code invalid[...]} with the problems.
     *
     * @return the result in words
     */
    @Override
    public String toString() {
        return value != null ? "valid(" + value + ")" : "invalid" + problems;
    }
}
