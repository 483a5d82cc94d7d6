package org.duly.timescales;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.duly.timescales.annotations.CheckReturnValue;
import org.duly.timescales.annotations.Internal;
import org.duly.timescales.period.Days;
import org.duly.timescales.period.Months;
import org.duly.timescales.period.Period;
import org.duly.timescales.period.Weeks;
import org.duly.timescales.period.Years;

/**
 * How long after the previous occurrence of a recurring obligation the next is due: a period, an
 * ideal period with a limit, or a choice made by a condition at the previous occurrence ("6 months
 * under 5, 12 months from 5"). Counted from the actual date of the previous occurrence. Build them
 * with {@link Timescales}: the constructors of the records are {@link Internal}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
@CheckReturnValue
public sealed interface Interval {

    /**
     * The interval as it follows "then": "within 3 months".
     *
     * @return the interval in words
     */
    String withinWords();

    /**
     * The interval as it follows "then", repeated: "at least every 6 months".
     *
     * @return the interval in words
     */
    String everyWords();

    /** The periods in the interval. */
    List<Period> periods();

    /**
     * What the interval reads of the case to choose or set its length: the reads of a condition that
     * chooses ({@link Either}) and of an interval set by the case ({@link SetBy}); none for a period.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(either(months(6)).when(UNDER_FIVE).otherwise(months(12)).reads()).isEqualTo(UNDER_FIVE.reads());
     * }</pre>
     *
     * @return the reads
     */
    default Reads reads() {
        return Reads.none();
    }

    /**
     * "every P" as a policy author says it: "weekly", "fortnightly", "monthly", "yearly", "daily" for
     * one of the unit (two weeks for "fortnightly"), never "every 1 week"; otherwise "every 6 weeks".
     *
     * @param period the period
     * @return the words
     */
    private static String every(Period period) {
        if (period instanceof Weeks && period.count() == 2) {
            return "fortnightly";
        }
        if (period.count() == 1) {
            if (period instanceof Weeks) {
                return "weekly";
            }
            if (period instanceof Months) {
                return "monthly";
            }
            if (period instanceof Years) {
                return "yearly";
            }
            if (period instanceof Days) {
                return "daily";
            }
        }
        return "every " + period.inWords();
    }

    /**
     * A period.
     *
     * @param period the period
     */
    record Of(Period period) implements Interval {
        /** Checks the period is present. */
        @Internal
        public Of {
            Objects.requireNonNull(period, "period");
        }

        @Override
        public String withinWords() {
            return "within " + period.inWords();
        }

        @Override
        public String everyWords() {
            return "at least " + every(period);
        }

        @Override
        public List<Period> periods() {
            return List.of(period);
        }
    }

    /**
     * An ideal period and a limit: "ideally every 6 weeks, and at least every 3 months".
     *
     * @param target the ideal period
     * @param limit the longest period allowed
     */
    record IdeallyAtMost(Period target, Period limit) implements Interval {
        /** Checks both periods are present. */
        @Internal
        public IdeallyAtMost {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(limit, "limit");
        }

        @Override
        public String withinWords() {
            return "ideally within " + target.inWords() + " and at most within " + limit.inWords();
        }

        @Override
        public String everyWords() {
            return "ideally " + every(target) + " and at least " + every(limit);
        }

        @Override
        public List<Period> periods() {
            return List.of(target, limit);
        }
    }

    /**
     * One interval when a condition holds at the previous occurrence, another when it does not.
     *
     * @param when the condition, tested at the date of the previous occurrence
     * @param then the interval when it holds
     * @param otherwise the interval when it does not
     */
    record Either(When when, Interval then, Interval otherwise) implements Interval {
        /** Checks every part is present. */
        @Internal
        public Either {
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(then, "then");
            Objects.requireNonNull(otherwise, "otherwise");
        }

        @Override
        public String withinWords() {
            return then.withinWords() + " when " + when.description() + ", otherwise " + otherwise.withinWords();
        }

        @Override
        public String everyWords() {
            return then.everyWords() + " when " + when.description() + ", otherwise " + otherwise.everyWords();
        }

        @Override
        public List<Period> periods() {
            return Stream.concat(then.periods().stream(), otherwise.periods().stream()).toList();
        }

        @Override
        public Reads reads() {
            return when.reads().and(then.reads()).and(otherwise.reads());
        }
    }

    /**
     * An interval set case by case, read on the date of the previous occurrence: "as often as the direction in force
     * sets". Where none is set, the recurrence ends with the previous occurrence.
     *
     * @param words the interval in words
     * @param period the period set on a date, empty when none is
     * @param reads what the period reads of the case ({@link Reads})
     */
    record SetBy(String words, BiFunction<LocalDate, Facts, Optional<Period>> period, Reads reads) implements Interval {
        /** Checks every part is present. */
        @Internal
        public SetBy {
            Objects.requireNonNull(words, "words");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(reads, "reads");
        }

        @Override
        public String withinWords() {
            return words;
        }

        @Override
        public String everyWords() {
            return words;
        }

        @Override
        public List<Period> periods() {
            return List.of();
        }
    }
}
