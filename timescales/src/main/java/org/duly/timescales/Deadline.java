package org.duly.timescales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.duly.timescales.annotations.CheckReturnValue;
import org.duly.timescales.annotations.Internal;
import org.duly.timescales.period.Days;
import org.duly.timescales.period.DayPeriod;
import org.duly.timescales.period.MonthEndAmbiguity;
import org.duly.timescales.period.Period;

/**
 * A timescale with one obligation per anchor occurrence: within a period of it, at least a period
 * before it, in a window after it, the sooner or later of two deadlines, ideally one period and at
 * most another, immediately, by a birthday, or as directed. Build them with {@link Timescales}: the
 * constructors of the records are {@link Internal}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
@CheckReturnValue
public sealed interface Deadline extends Timescale {

    /** The periods this deadline counts, for listing month-end ambiguities. */
    List<Period> periods();

    @Override
    default List<MonthEndAmbiguity> monthEndAmbiguities() {
        return periods().stream().distinct().flatMap(period -> period.monthEndAmbiguities().stream()).toList();
    }

    /**
     * The same deadline, no longer owed once an end comes: each obligation ends at the first
     * occurrence of the end on or after its clock started. Met obligations keep their status; those
     * not met and due on or after the end are dropped; what is done after the end does not count.
     *
     * <p>Example:
     * <pre>{@code
     * Deadline scrutiny = within(months(6)).of(CHILD_IN_NEED_PLAN_STARTED).until(CHILD_IN_NEED_PLAN_ENDED);
     * assertThat(scrutiny.inWords()).isEqualTo("within 6 months of the child in need plan starting, until the plan ends");
     * }</pre>
     *
     * @param end what ends it
     * @return the deadline
     */
    default Deadline until(Anchor end) {
        return new Until(this, end);
    }

    /**
     * Due within a period of the anchor: "within 15 working days of the strategy discussion".
     *
     * @param period the period
     * @param anchor what it counts from
     */
    record Within(Period period, Anchor anchor) implements Deadline {
        /** Checks both parts are present. */
        @Internal
        public Within {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(anchor, "anchor");
        }

        @Override
        public String inWords() {
            return "within " + period.inWords() + " of " + anchor.inWords();
        }

        @Override
        public List<Period> periods() {
            return List.of(period);
        }
    }

    /**
     * Due no later than a period after the anchor, and met by anything done before then, even
     * before the anchor itself: "at the latest within 10 working days of the adoption order".
     *
     * @param period the period
     * @param anchor what it counts from
     */
    record AtTheLatest(DayPeriod period, Anchor anchor) implements Deadline {
        /** Checks both parts are present. */
        @Internal
        public AtTheLatest {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(anchor, "anchor");
        }

        @Override
        public String inWords() {
            return "at the latest " + period.inWords() + " after " + anchor.inWords();
        }

        @Override
        public List<Period> periods() {
            return List.of(period);
        }
    }

    /**
     * Due at least a period before the anchor: "at least 2 working days before the conference". The
     * anchor's own date is not counted.
     *
     * @param period the period
     * @param anchor what it counts back from
     */
    record AtLeastBefore(DayPeriod period, Anchor anchor) implements Deadline {
        /** Checks both parts are present. */
        @Internal
        public AtLeastBefore {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(anchor, "anchor");
        }

        @Override
        public String inWords() {
            return "at least " + period.inWords() + " before " + anchor.inWords();
        }

        @Override
        public List<Period> periods() {
            return List.of(period);
        }
    }

    /**
     * A window: opens a period after the anchor, closes a longer period after it. When the policy
     * numbers its days ("between day 12 and day 18"), the anchor's date is day 1.
     *
     * @param opens the period after the anchor at which the window opens
     * @param closes the period after the anchor at which it closes, its due date
     * @param anchor what it counts from
     * @param numberedDays true when the policy numbers days from the anchor as day 1
     */
    record Between(DayPeriod opens, DayPeriod closes, Anchor anchor, boolean numberedDays) implements Deadline {
        /**
         * Checks the parts are present and numbered days are days.
         *
         * @throws IllegalArgumentException if numbered days are not counted in days
         */
        @Internal
        public Between {
            Objects.requireNonNull(opens, "opens");
            Objects.requireNonNull(closes, "closes");
            Objects.requireNonNull(anchor, "anchor");
            if (numberedDays && !(opens instanceof Days && closes instanceof Days)) {
                throw new IllegalArgumentException("numbered days are counted in days");
            }
            // Periods of different units are never compared, so a window's two ends share one unit.
            if (opens.getClass() != closes.getClass()) {
                throw new IllegalArgumentException("a window opens and closes in one unit, not " + opens.inWords()
                        + " and " + closes.inWords());
            }
            if (opens.count() > closes.count()) {
                throw new IllegalArgumentException("a window cannot close (" + closes.inWords() + ") before it opens ("
                        + opens.inWords() + ")");
            }
        }

        @Override
        public String inWords() {
            if (numberedDays) {
                return "between day " + (((Days) opens).count() + 1) + " and day " + (((Days) closes).count() + 1)
                        + ", " + anchor.inWords() + " being day 1";
            }
            return "between " + opens.inWords() + " and " + closes.inWords() + " after " + anchor.inWords();
        }

        /** How the days are numbered, for explanations: "the application being day 1". */
        String dayNumbering() {
            return anchor.inWords() + " being day 1";
        }

        @Override
        public List<Period> periods() {
            return List.of(opens, closes);
        }
    }

    /**
     * An ideal period and a limit on one obligation: "ideally within 16 weeks, and at most within
     * 26 weeks". Due by the limit; the ideal date is reported beside it.
     *
     * @param target the ideal period
     * @param limit the longest period allowed
     * @param anchor what both count from
     */
    record IdeallyWithin(Period target, Period limit, Anchor anchor) implements Deadline {
        /** Checks every part is present. */
        @Internal
        public IdeallyWithin {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(anchor, "anchor");
        }

        @Override
        public String inWords() {
            return "ideally within " + target.inWords() + " and at most within " + limit.inWords() + " of " + anchor.inWords();
        }

        @Override
        public List<Period> periods() {
            return List.of(target, limit);
        }
    }

    /**
     * An ideal deadline and a limit counted from different anchors: "where possible by the 16th
     * birthday, and within 3 months of becoming eligible at the latest". Due by the limit; the
     * ideal date is reported beside it.
     *
     * @param target the ideal deadline
     * @param limit the deadline at the latest
     */
    record TargetAndLimit(Deadline target, Deadline limit) implements Deadline {
        /** Checks both parts are present. */
        @Internal
        public TargetAndLimit {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(limit, "limit");
        }

        @Override
        public String inWords() {
            return "ideally " + target.inWords() + ", and " + limit.inWords() + " at the latest";
        }

        @Override
        public List<Period> periods() {
            return Stream.concat(target.periods().stream(), limit.periods().stream()).toList();
        }
    }

    /**
     * A deadline that is no longer owed once an end comes.
     *
     * @param deadline the deadline
     * @param end what ends it
     */
    record Until(Deadline deadline, Anchor end) implements Deadline {
        /** Checks both parts are present. */
        @Internal
        public Until {
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(end, "end");
        }

        @Override
        public String inWords() {
            return deadline.inWords() + ", until " + end.inWords();
        }

        @Override
        public List<Period> periods() {
            return deadline.periods();
        }
    }

    /**
     * Due on the anchor's own day: "immediately".
     *
     * @param anchor the anchor
     */
    record Immediately(Anchor anchor) implements Deadline {
        /** Checks the anchor is present. */
        @Internal
        public Immediately {
            Objects.requireNonNull(anchor, "anchor");
        }

        @Override
        public String inWords() {
            return "immediately on " + anchor.inWords();
        }

        @Override
        public List<Period> periods() {
            return List.of();
        }
    }

    /**
     * Due by the anchor's date, such as a birthday: "by the 16th birthday". Done on the day itself
     * is on time.
     *
     * @param anchor the anchor
     */
    record By(Anchor anchor) implements Deadline {
        /** Checks the anchor is present. */
        @Internal
        public By {
            Objects.requireNonNull(anchor, "anchor");
        }

        @Override
        public String inWords() {
            return "by " + anchor.inWords();
        }

        @Override
        public List<Period> periods() {
            return List.of();
        }
    }

    /**
     * Due by a date set case by case, by the event that directs it: "within the timeframe the court
     * sets".
     *
     * @param <O> the type of the directing occurrences
     * @param direction the event that directs
     * @param dueDate where the date it sets is
     */
    record AsDirected<O>(Event<O> direction, Function<? super O, LocalDate> dueDate) implements Deadline {
        /** Checks both parts are present. */
        @Internal
        public AsDirected {
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(dueDate, "dueDate");
        }

        @Override
        public String inWords() {
            return "by the date set in " + direction.inWords();
        }

        @Override
        public List<Period> periods() {
            return List.of();
        }
    }

    /**
     * The sooner or the later of two deadlines, each explained: "within 1 month of the birth or
     * within 3 months of the initial conference, whichever is sooner".
     *
     * @param sooner true for whichever is sooner, false for whichever is later
     * @param first one deadline
     * @param second the other
     */
    record WhicheverIs(boolean sooner, Deadline first, Deadline second) implements Deadline {
        /** Checks both deadlines are present. */
        @Internal
        public WhicheverIs {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }

        /**
         * The deadlines listed once, however they are nested: the sooner of a sooner and a third is
         * "a, b or c, whichever is soonest". A deadline whose own words have a comma (the later of
         * two inside the sooner of two, one with an end) is put in brackets, so its words keep together.
         */
        @Override
        public String inWords() {
            List<String> options = new ArrayList<>();
            list(this, options);
            String last = options.remove(options.size() - 1);
            String which = options.size() == 1 ? (sooner ? "sooner" : "later") : (sooner ? "soonest" : "latest");
            return String.join(", ", options) + " or " + last + ", whichever is " + which;
        }

        private void list(Deadline deadline, List<String> options) {
            if (deadline instanceof WhicheverIs same && same.sooner() == sooner) {
                list(same.first(), options);
                list(same.second(), options);
                return;
            }
            String words = deadline.inWords();
            options.add(words.contains(",") ? "(" + words + ")" : words);
        }

        @Override
        public List<Period> periods() {
            return Stream.concat(first.periods().stream(), second.periods().stream()).toList();
        }
    }
}
