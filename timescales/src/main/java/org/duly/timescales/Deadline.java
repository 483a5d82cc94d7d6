package org.duly.timescales;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
     * occurrence of the end on or after its clock started. Met obligations keep their status; one not
     * done and already due when the end came is missed (a miss stays a miss); one not yet due is not
     * required; what is done after the end does not count.
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
     * The same deadline, discharged by an outcome that makes the work unnecessary: an occurrence not
     * done when the outcome is recorded (on or after its clock started) is not required, whenever the
     * outcome comes, and is never overdue.
     *
     * <p>Example:
     * <pre>{@code
     * Deadline icpc = within(workingDays(15)).of(SECTION_47_STRATEGY_DISCUSSION).dischargedBy(NO_CONFERENCE_NEEDED);
     * assertThat(icpc.inWords()).endsWith(", discharged by the enquiry concluding that no conference is needed");
     * }</pre>
     *
     * @param outcome the outcome that discharges it
     * @return the deadline
     */
    default Deadline dischargedBy(Anchor outcome) {
        return new Discharged(this, outcome, Optional.empty());
    }

    /**
     * The same deadline, discharged by an outcome for the same id: an outcome recorded for one
     * placement does not discharge another's.
     *
     * <p>Example:
     * <pre>{@code
     * Deadline seen = within(workingDays(5)).of(REFERRAL).dischargedBy(DECIDED_NO_FURTHER_ACTION, SAME_REFERRAL);
     * }</pre>
     *
     * @param outcome the outcome that discharges it
     * @param link which outcome belongs to which occurrence, where both carry an id
     * @return the deadline
     */
    default Deadline dischargedBy(Anchor outcome, Link link) {
        return new Discharged(this, outcome, Optional.of(link));
    }

    /**
     * The same deadline, each occurrence superseded by the next occurrence of its anchor: work done
     * from the next one's day on meets the new occurrence, never the old, and an old one not done is
     * missed if it was already due, otherwise not required.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(within(workingDays(5)).of(REFERRAL).untilTheNext().inWords())
     *     .isEqualTo("within 5 working days of the referral, until the next referral");
     * }</pre>
     *
     * @return the deadline
     */
    default Deadline untilTheNext() {
        return new Superseded(this, Optional.empty());
    }

    /**
     * The same deadline, each occurrence superseded by the next occurrence of its anchor with the same
     * id: a court direction varied under its own id replaces it, other directions do not.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(asDirectedBy(DIRECTION, Direction::dueDate).untilTheNext(SAME_DIRECTION).inWords())
     *     .isEqualTo("by the due date set in the direction, until the next direction for the same direction");
     * }</pre>
     *
     * @param link which anchor occurrences are the same thing, where they carry an id
     * @return the deadline
     */
    default Deadline untilTheNext(Link link) {
        return new Superseded(this, Optional.of(link));
    }

    /**
     * The same deadline, moved to a longer one by an extension recorded on or before the due date it
     * extends: an extension recorded after the deadline passed does not turn a late response into one
     * on time.
     *
     * <p>Example:
     * <pre>{@code
     * Deadline stage1 = within(workingDays(10)).of(RECEIVED).extendedBy(EXTENDED, within(workingDays(20)).of(RECEIVED));
     * }</pre>
     *
     * @param <E> the type of the extensions
     * @param extension the event that extends it
     * @param longer the deadline once extended, counted as it says (from the same anchor, paired occurrence by occurrence)
     * @return the deadline
     */
    default <E> Deadline extendedBy(Event<E> extension, Deadline longer) {
        return new Extended<>(this, extension, Optional.of(longer), Optional.empty());
    }

    /**
     * The same deadline, moved to the date an extension agrees, when the extension is recorded on or
     * before the due date it extends. A later extension recorded in time replaces an earlier one's date.
     *
     * <p>Example:
     * <pre>{@code
     * Deadline stage1 = within(workingDays(10)).of(RECEIVED).extendedBy(ADVOCATE_EXTENSION, Extension::agreedDate);
     * }</pre>
     *
     * @param <E> the type of the extensions
     * @param extension the event that extends it
     * @param agreedDate the date it agrees, empty when it agrees none
     * @return the deadline
     */
    default <E> Deadline extendedBy(Event<E> extension, Function<? super E, Optional<LocalDate>> agreedDate) {
        return new Extended<>(this, extension, Optional.empty(), Optional.of(agreedDate));
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
            // Periods of different units are never compared, so a window's two ends share one unit; a window that opens
            // the day after its anchor ("within 6 weeks after") opens in days whatever unit it closes in.
            if (opens.getClass() != closes.getClass() && !opensTheDayAfter(opens)) {
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
                        + ", " + dayNumbering();
            }
            if (opensTheDayAfter(opens)) {
                return "within " + closes.inWords() + " after " + anchor.inWords();
            }
            return "between " + opens.inWords() + " and " + closes.inWords() + " after " + anchor.inWords();
        }

        /** Whether a window opens the day after its anchor: "within 6 weeks after", not "between 1 day and 42 days after". */
        private static boolean opensTheDayAfter(DayPeriod opens) {
            return opens instanceof Days days && days.count() == 1;
        }

        /** How the days are numbered, for explanations: "counting the application as day 1". */
        String dayNumbering() {
            return "counting " + anchor.inWords() + " as day 1";
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
            String limitWords = limit.inWords();
            // A limit that says "at the latest" itself is not told so twice.
            return "ideally " + target.inWords() + ", and "
                    + (limitWords.startsWith("at the latest ") ? limitWords : limitWords + " at the latest");
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

        /** Ends one after another ({@code .until(a).until(b)}) are said once: "until a or b". */
        @Override
        public String inWords() {
            List<String> ends = new ArrayList<>();
            Deadline inner = this;
            while (inner instanceof Until until) {
                ends.add(0, until.end().inWords(Anchor.Form.CLAUSE));
                inner = until.deadline();
            }
            return inner.inWords() + ", until " + String.join(" or ", ends);
        }

        @Override
        public List<Period> periods() {
            return deadline.periods();
        }
    }

    /**
     * A deadline discharged by an outcome that makes the work unnecessary.
     *
     * @param deadline the deadline
     * @param outcome what discharges it
     * @param link which outcome belongs to which occurrence, where both carry an id
     */
    record Discharged(Deadline deadline, Anchor outcome, Optional<Link> link) implements Deadline {
        /** Checks every part is present. */
        @Internal
        public Discharged {
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(link, "link");
        }

        /**
         * "discharged when" an outcome said as a clause ("when the complaint is resolved"), "discharged by"
         * one said as a noun ("by the adoption order"); outcomes one after another are said once: "discharged
         * when the window closes or the complaint is resolved".
         */
        @Override
        public String inWords() {
            List<Discharged> outcomes = new ArrayList<>();
            Deadline inner = this;
            while (inner instanceof Discharged discharged) {
                outcomes.add(0, discharged);
                inner = discharged.deadline();
            }
            StringBuilder words = new StringBuilder(inner.inWords()).append(", discharged");
            String previous = "";
            for (int i = 0; i < outcomes.size(); i++) {
                Discharged each = outcomes.get(i);
                String how = each.outcome().hasClause() ? "when" : "by";
                words.append(i == 0 ? " " : " or ").append(how.equals(previous) ? "" : how + " ")
                        .append(each.outcome().inWords(each.outcome().hasClause() ? Anchor.Form.CLAUSE : Anchor.Form.NOUN))
                        .append(each.link().map(l -> " " + l.inWords()).orElse(""));
                previous = how;
            }
            return words.toString();
        }

        @Override
        public List<Period> periods() {
            return deadline.periods();
        }
    }

    /**
     * A deadline whose occurrences are each superseded by the next occurrence of its anchor.
     *
     * @param deadline the deadline
     * @param link which anchor occurrences are the same thing, where they carry an id
     */
    record Superseded(Deadline deadline, Optional<Link> link) implements Deadline {
        /** Checks every part is present. */
        @Internal
        public Superseded {
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(link, "link");
        }

        @Override
        public String inWords() {
            return deadline.inWords() + ", until the next " + Evaluator.anchorNoun(deadline) + link.map(l -> " " + l.inWords()).orElse("");
        }

        @Override
        public List<Period> periods() {
            return deadline.periods();
        }
    }

    /**
     * A deadline an extension can move, when it is recorded on or before the due date it extends.
     *
     * @param <E> the type of the extensions
     * @param deadline the deadline
     * @param extension the event that extends it
     * @param longer the deadline once extended, when the extension moves it to another period
     * @param agreedDate the date the extension agrees, when it sets one
     */
    record Extended<E>(Deadline deadline, Event<E> extension, Optional<Deadline> longer,
            Optional<Function<? super E, Optional<LocalDate>>> agreedDate) implements Deadline {
        /**
         * Checks every part is present, and one of the two ways to extend.
         *
         * @throws IllegalArgumentException unless exactly one of longer and agreedDate is present
         */
        @Internal
        public Extended {
            Objects.requireNonNull(deadline, "deadline");
            Objects.requireNonNull(extension, "extension");
            Objects.requireNonNull(longer, "longer");
            Objects.requireNonNull(agreedDate, "agreedDate");
            if (longer.isPresent() == agreedDate.isPresent()) {
                throw new IllegalArgumentException("an extension moves a deadline either to a longer one or to an agreed date");
            }
        }

        /**
         * The deadline, then what each extension moves it to: "within 10 working days of receipt, or
         * within 20 working days with the extension for a complex complaint, or by the date set in the
         * extension for an advocate, each extension recorded by then". A longer period from the same
         * anchor is not told the anchor again.
         */
        @Override
        public String inWords() {
            List<Extended<?>> extensions = new ArrayList<>();
            Deadline inner = this;
            while (inner instanceof Extended<?> extended) {
                extensions.add(0, extended);
                inner = extended.deadline();
            }
            Optional<Anchor> innerAnchor = inner instanceof Within within ? Optional.of(within.anchor()) : Optional.empty();
            StringBuilder words = new StringBuilder(inner.inWords());
            for (Extended<?> each : extensions) {
                words.append(", or ").append(each.optionWords(innerAnchor));
            }
            return words.append(extensions.size() == 1 ? " recorded by then" : ", each extension recorded by then").toString();
        }

        private String optionWords(Optional<Anchor> innerAnchor) {
            if (longer.isEmpty()) {
                return "by the date set in " + extension.inWords();
            }
            Deadline extended = longer.get();
            String words = extended instanceof Within within && innerAnchor.equals(Optional.of(within.anchor()))
                    ? "within " + within.period().inWords() : extended.inWords();
            return words + " with " + extension.inWords();
        }

        @Override
        public List<Period> periods() {
            return longer.map(l -> Stream.concat(deadline.periods().stream(), l.periods().stream()).toList())
                    .orElseGet(deadline::periods);
        }
    }

    /**
     * Due on the anchor's own day: "immediately".
     *
     * <p>What "immediately" means when the anchor falls on a weekend or a bank holiday is decided
     * here, once, and a rule says which it means. {@code immediately().on(A)} is the calendar day
     * itself: a Saturday's anchor is due that Saturday, for work that does not wait for an office
     * (a strategy discussion, a child seen). {@code immediately().on(A).orTheNextWorkingDay()} is the
     * anchor's day when it is a working day, otherwise the next working day on the policy's calendar:
     * office work started by something that happened out of hours (an online request on a Saturday, an
     * escalation on Good Friday) is due on the first day the office is open, and done then it is on
     * time. Work done from the anchor's own day counts either way. An anchor on a Friday evening is
     * still due that Friday: the day is a working day, and "immediately" does not wait for the next.
     *
     * @param anchor the anchor
     * @param nextWorkingDay true when an anchor on a non-working day is due on the next working day
     */
    record Immediately(Anchor anchor, boolean nextWorkingDay) implements Deadline {
        /** Checks the anchor is present. */
        @Internal
        public Immediately {
            Objects.requireNonNull(anchor, "anchor");
        }

        /**
         * The same deadline, due on the next working day when the anchor's day is not a working day:
         * a request made on a Saturday is due on the Monday (the Tuesday after a bank holiday Monday).
         *
         * <p>Example:
         * <pre>{@code
         * Deadline chronology = immediately().on(REFERRAL).orTheNextWorkingDay();
         * assertThat(chronology.inWords())
         *     .isEqualTo("immediately on the referral (the next working day when that is not a working day)");
         * }</pre>
         *
         * @return the deadline
         */
        public Immediately orTheNextWorkingDay() {
            return new Immediately(anchor, true);
        }

        @Override
        public String inWords() {
            return "immediately on " + anchor.inWords() + (nextWorkingDay ? " (the next working day when that is not a working day)" : "");
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
     * sets". A direction that sets no date cannot be computed, and says what it needs.
     *
     * @param <O> the type of the directing occurrences
     * @param direction the event that directs
     * @param dueDate where the date it sets is; empty when the direction sets none
     * @param dateWords the date in words, for a direction that sets none: "the date of the first session"
     */
    record AsDirected<O>(Event<O> direction, Function<? super O, Optional<LocalDate>> dueDate, String dateWords) implements Deadline {
        /** Checks every part is present. */
        @Internal
        public AsDirected {
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(dueDate, "dueDate");
            Objects.requireNonNull(dateWords, "dateWords");
        }

        @Override
        public String inWords() {
            return "by " + dateWords + " set in " + direction.inWords();
        }

        @Override
        public List<Period> periods() {
            return List.of();
        }
    }

    /**
     * The sooner or the later of two deadlines, each explained: "within 1 month of the birth or
     * within 3 months of the initial conference, whichever is sooner". Where a case can have only one
     * of the two anchors (a worker starts in one role), the choice is the one that applies, and says
     * so: "whichever applies".
     *
     * @param sooner true for whichever is sooner, false for whichever is later
     * @param first one deadline
     * @param second the other
     * @param exclusive true when a case has an anchor for one of the deadlines only: the one that applies
     */
    record WhicheverIs(boolean sooner, Deadline first, Deadline second, boolean exclusive) implements Deadline {
        /** Checks both deadlines are present. */
        @Internal
        public WhicheverIs {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(second, "second");
        }

        /**
         * The sooner or the later of two deadlines that can both apply.
         *
         * @param sooner true for whichever is sooner, false for whichever is later
         * @param first one deadline
         * @param second the other
         */
        @Internal
        public WhicheverIs(boolean sooner, Deadline first, Deadline second) {
            this(sooner, first, second, false);
        }

        /**
         * The deadlines listed once, however they are nested: the sooner of a sooner and a third is
         * "a, b or c, whichever is soonest". A deadline whose own words have a comma or a semicolon (the
         * later of two inside the sooner of two, one with an end or an extension) is put in brackets, so
         * its words keep together.
         */
        @Override
        public String inWords() {
            Optional<String> laterDate = laterAgreedDate();
            if (laterDate.isPresent()) {
                return laterDate.get();
            }
            List<String> options = new ArrayList<>();
            list(this, options);
            String last = options.remove(options.size() - 1);
            String which = exclusive ? "applies"
                    : "is " + (options.size() == 1 ? (sooner ? "sooner" : "later") : (sooner ? "soonest" : "latest"));
            return String.join(", ", options) + " or " + last + ", whichever " + which;
        }

        /**
         * The later of a period and the same period extended to an agreed date is the period, or a later date
         * agreed: "within 90 days of receipt, or by a later date set in the extension recorded by then".
         */
        private Optional<String> laterAgreedDate() {
            if (sooner || exclusive || !(first instanceof Within period) || !(second instanceof Extended<?> extended)
                    || extended.longer().isPresent() || !(extended.deadline() instanceof Within extendable)
                    || !period.period().equals(extendable.period()) || !sameKind(period.anchor(), extendable.anchor())) {
                return Optional.empty();
            }
            return Optional.of(period.inWords() + ", or by a later date set in " + extended.extension().inWords() + " recorded by then");
        }

        private static boolean sameKind(Anchor one, Anchor other) {
            return one instanceof Event<?> a && other instanceof Event<?> b && a.type().equals(b.type());
        }

        private void list(Deadline deadline, List<String> options) {
            if (deadline instanceof WhicheverIs same && same.sooner() == sooner && same.exclusive() == exclusive) {
                list(same.first(), options);
                list(same.second(), options);
                return;
            }
            String words = deadline.inWords();
            options.add(words.contains(",") || words.contains(";") ? "(" + words + ")" : words);
        }

        @Override
        public List<Period> periods() {
            return Stream.concat(first.periods().stream(), second.periods().stream()).toList();
        }
    }
}
