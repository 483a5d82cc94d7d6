package org.duly.workflows.engine;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.duly.timescales.Closing;
import org.duly.timescales.Explanation;
import org.duly.timescales.MetBy;
import org.duly.timescales.Status;
import org.duly.workflows.policy.Rule;

/**
 * One occurrence of a rule in a schedule, as one of six outcomes: still {@link Owed}, {@link Met},
 * {@link Missed}, {@link NotRequired} (discharged, or ended before it fell due),
 * {@link NotApplicable}, or {@link CannotCompute} (a fact is missing). Each carries what its outcome
 * needs and nothing else: only a met entry has what met it, only a closed one what closed it.
 *
 * <pre>{@code
 * for (ScheduleEntry entry : schedule.entries()) {
 *     if (entry instanceof ScheduleEntry.Met met && met.status() == Status.MET_LATE) {
 *         System.out.println(met.rule().id() + " was met " + met.daysLate() + " days late");
 *     }
 * }
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface ScheduleEntry {

    /**
     * The rule, in the version in force when the clock started.
     *
     * @return the rule
     */
    Rule rule();

    /**
     * The date that version came into force, if it has one.
     *
     * @return the date
     */
    Optional<LocalDate> ruleInForceFrom();

    /**
     * Which run of the rule, from 1: each anchor occurrence of a recurrence starts one (each period
     * of care starts a new chain of reviews).
     *
     * @return the chain
     */
    int chain();

    /**
     * Which occurrence within the chain, from 1 (the 2nd review); for a deadline, which time it arose.
     *
     * @return the occurrence
     */
    int occurrence();

    /**
     * Where it stands on the evaluation date.
     *
     * @return the status
     */
    Status status();

    /**
     * When it was owed, for every outcome that has dates: all but not applicable, and cannot compute
     * where no date could be counted.
     *
     * @return the window
     */
    Optional<Window> window();

    /**
     * Why: the explanation of its dates, then how it was met, closed or judged, in plain English.
     *
     * @return the explanation in words
     */
    String explanationInEnglish();

    /**
     * The day its clock started, when it has dates.
     *
     * @return the day
     */
    default Optional<LocalDate> clockStartedOn() {
        return window().map(Window::clockStartedOn);
    }

    /**
     * The earliest day it can be met, when its window says.
     *
     * @return the day
     */
    default Optional<LocalDate> windowStart() {
        return window().flatMap(Window::opens);
    }

    /**
     * Its due date, when it has dates.
     *
     * @return the due date
     */
    default Optional<LocalDate> due() {
        return window().map(Window::due);
    }

    /**
     * The moment it is due by, for rules in hours.
     *
     * @return the moment
     */
    default Optional<ZonedDateTime> dueAt() {
        return window().flatMap(Window::dueAt);
    }

    /**
     * The ideal date of "ideally P, at most Q".
     *
     * @return the ideal date
     */
    default Optional<LocalDate> target() {
        return window().flatMap(Window::ideal);
    }

    /**
     * Why its dates are what they are, when it has dates.
     *
     * @return the explanation
     */
    default Optional<Explanation> explanation() {
        return window().map(Window::explanation);
    }

    /**
     * What met it: present only for a met entry (and a cannot-compute entry whose record lacked a time).
     *
     * @return the record that met it
     */
    default Optional<MetBy> metBy() {
        return Optional.empty();
    }

    /**
     * Why it has the status it has, in a phrase, for every status but the met ones: what closed it,
     * why it does not apply, what is missing; for one still owed, how far work recorded for it fell
     * short, where the rule says so (empty otherwise).
     *
     * @return the reason
     */
    default Optional<String> reason() {
        return Optional.empty();
    }

    /**
     * For a recurrence, how many further intervals passed in full while it was not done: a five-month
     * gap in six-weekly visits misses 2 more than the one met late. Timeliness counts each against.
     *
     * @return the intervals missed, 0 when none
     */
    default int intervalsMissed() {
        return 0;
    }

    /**
     * Whether the due date depends on bank holidays not yet published.
     *
     * @return true if provisional
     */
    default boolean provisional() {
        return window().map(Window::provisional).orElse(false);
    }

    /**
     * How many days past its due date an overdue obligation is on a date; 0 when it is not overdue.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(entry.daysOverdue(LocalDate.parse("2024-04-10"))).isEqualTo(2);
     * }</pre>
     *
     * @param asOf the date
     * @return the days overdue
     */
    default long daysOverdue(LocalDate asOf) {
        return status() == Status.OVERDUE ? window().map(w -> w.daysLate(asOf)).orElse(0L) : 0L;
    }

    /**
     * The label that tells it from the rule's other entries: "3" for the 3rd occurrence, "2.3" for the
     * 3rd of the 2nd chain.
     *
     * @return the label
     */
    default String label() {
        return Labels.of(chain(), occurrence());
    }

    /**
     * Still owed on the evaluation date: upcoming, due soon or overdue.
     *
     * @param rule the rule
     * @param ruleInForceFrom when its version came into force
     * @param chain which run
     * @param occurrence which occurrence
     * @param dates when it is owed
     * @param status UPCOMING, DUE_SOON or OVERDUE
     * @param intervalsMissed for an overdue recurrence, further intervals passed in full by the evaluation date
     * @param shortfall how far work recorded in its window fell short of meeting it, where the rule says: "the record on
     *     2024-07-10 fell short: 5 direct-work and 3 observation sessions of the 12 and 12"
     */
    record Owed(Rule rule, Optional<LocalDate> ruleInForceFrom, int chain, int occurrence, Window dates, Status status,
            int intervalsMissed, Optional<String> shortfall) implements ScheduleEntry {
        /**
         * Checks every part is present and the status is an open one.
         *
         * @throws IllegalArgumentException if the status is not UPCOMING, DUE_SOON or OVERDUE
         */
        public Owed {
            Entries.require(rule, ruleInForceFrom, dates);
            Objects.requireNonNull(shortfall, "shortfall");
            if (!Objects.requireNonNull(status, "status").isOpen()) {
                throw new IllegalArgumentException("an owed entry is upcoming, due soon or overdue, not " + status);
            }
        }

        @Override
        public Optional<Window> window() {
            return Optional.of(dates);
        }

        @Override
        public String explanationInEnglish() {
            List<String> notes = new ArrayList<>();
            if (intervalsMissed > 0) {
                notes.add(Entries.intervals(intervalsMissed) + " passed in full without it");
            }
            shortfall.ifPresent(notes::add);
            return Entries.joined(dates.explanation().inEnglish(), notes);
        }

        /**
         * How far work recorded in its window fell short of meeting it, where the rule says; otherwise empty.
         *
         * <p>Example:
         * <pre>{@code
         * assertThat(entry.reason()).contains("the record on 2024-07-10 fell short: 5 direct-work and 3 observation"
         *     + " sessions of the 12 and 12");
         * }</pre>
         *
         * @return the shortfall
         */
        @Override
        public Optional<String> reason() {
            return shortfall;
        }

        @Override
        public String toString() {
            return Entries.line(this, "");
        }
    }

    /**
     * Met, on time or late.
     *
     * @param rule the rule
     * @param ruleInForceFrom when its version came into force
     * @param chain which run
     * @param occurrence which occurrence
     * @param dates when it was owed
     * @param met what met it, and how it was matched
     * @param late whether it was met after its due date (or moment)
     * @param intervalsMissed for a recurrence met late, further intervals passed in full before it was done
     */
    record Met(Rule rule, Optional<LocalDate> ruleInForceFrom, int chain, int occurrence, Window dates, MetBy met, boolean late,
            int intervalsMissed) implements ScheduleEntry {
        /** Checks every part is present. */
        public Met {
            Entries.require(rule, ruleInForceFrom, dates);
            Objects.requireNonNull(met, "met");
        }

        @Override
        public Status status() {
            return late ? Status.MET_LATE : Status.MET;
        }

        @Override
        public Optional<Window> window() {
            return Optional.of(dates);
        }

        @Override
        public Optional<MetBy> metBy() {
            return Optional.of(met);
        }

        @Override
        public int intervalsMissed() {
            return intervalsMissed;
        }

        /**
         * How many days after its due date it was met; 0 when on time.
         *
         * @return the days late
         */
        public long daysLate() {
            return late ? dates.daysLate(met.date()) : 0;
        }

        /**
         * How many days after the ideal date of "ideally P, at most Q" it was met; 0 when by the ideal or without one.
         *
         * @return the days past the ideal
         */
        public long daysPastIdeal() {
            return dates.daysPastIdeal(met.date());
        }

        @Override
        public String explanationInEnglish() {
            List<String> notes = new ArrayList<>();
            met.how().ifPresent(how -> notes.add("met " + how));
            if (late) {
                long days = daysLate();
                notes.add(days == 0 ? "met late, after " + dates.dueAt().map(at -> at.toLocalTime().toString()).orElse("the due time")
                        + " on its due day" : "met " + days + (days == 1 ? " day" : " days") + " late");
            }
            if (intervalsMissed > 0) {
                notes.add(Entries.intervals(intervalsMissed) + " passed in full before it was done");
            }
            if (daysPastIdeal() > 0) {
                notes.add("met " + daysPastIdeal() + " days after the ideal date " + dates.ideal().orElseThrow());
            }
            return Entries.joined(dates.explanation().inEnglish(), notes);
        }

        @Override
        public String toString() {
            return Entries.line(this, " by " + met);
        }
    }

    /**
     * Not done by its due date, and it can no longer be: what closed it came after the due date.
     *
     * @param rule the rule
     * @param ruleInForceFrom when its version came into force
     * @param chain which run
     * @param occurrence which occurrence
     * @param dates when it was owed
     * @param closedBy what closed it: the case closing, the next occurrence superseding it, its window ending
     * @param intervalsMissed for a recurrence, further intervals passed in full before it closed
     */
    record Missed(Rule rule, Optional<LocalDate> ruleInForceFrom, int chain, int occurrence, Window dates, Closing closedBy,
            int intervalsMissed) implements ScheduleEntry {
        /** Checks every part is present. */
        public Missed {
            Entries.require(rule, ruleInForceFrom, dates);
            Objects.requireNonNull(closedBy, "closedBy");
        }

        @Override
        public Status status() {
            return Status.MISSED;
        }

        @Override
        public Optional<Window> window() {
            return Optional.of(dates);
        }

        @Override
        public Optional<String> reason() {
            return Optional.of(closedBy.inEnglish());
        }

        @Override
        public int intervalsMissed() {
            return intervalsMissed;
        }

        /**
         * How many days after its due date it could no longer be done.
         *
         * @return the days late
         */
        public long daysLate() {
            return dates.daysLate(closedBy.by().date());
        }

        @Override
        public String explanationInEnglish() {
            List<String> notes = new ArrayList<>();
            long days = daysLate();
            notes.add("missed: not done, and " + closedBy.inEnglish() + ", " + days + (days == 1 ? " day" : " days") + " after it was due");
            if (intervalsMissed > 0) {
                notes.add(Entries.intervals(intervalsMissed) + " passed in full before then");
            }
            return Entries.joined(dates.explanation().inEnglish(), notes);
        }

        @Override
        public String toString() {
            return Entries.line(this, " (" + closedBy + ")");
        }
    }

    /**
     * Not required: an outcome made the work unnecessary, or what it belonged to ended before it fell due.
     *
     * @param rule the rule
     * @param ruleInForceFrom when its version came into force
     * @param chain which run
     * @param occurrence which occurrence
     * @param dates when it would have been owed
     * @param closedBy what discharged or ended it
     */
    record NotRequired(Rule rule, Optional<LocalDate> ruleInForceFrom, int chain, int occurrence, Window dates, Closing closedBy)
            implements ScheduleEntry {
        /** Checks every part is present. */
        public NotRequired {
            Entries.require(rule, ruleInForceFrom, dates);
            Objects.requireNonNull(closedBy, "closedBy");
        }

        @Override
        public Status status() {
            return Status.NOT_REQUIRED;
        }

        @Override
        public Optional<Window> window() {
            return Optional.of(dates);
        }

        @Override
        public Optional<String> reason() {
            return Optional.of(closedBy.inEnglish());
        }

        @Override
        public String explanationInEnglish() {
            return Entries.joined(dates.explanation().inEnglish(), List.of("not required: " + closedBy.inEnglish()));
        }

        @Override
        public String toString() {
            return Entries.line(this, " (" + closedBy + ")");
        }
    }

    /**
     * The rule's condition did not hold, judged when the clock started or when it fell due, as the rule says.
     *
     * @param rule the rule
     * @param ruleInForceFrom when its version came into force
     * @param chain which run
     * @param occurrence which occurrence
     * @param why why it does not apply: "applies only to privately fostered children; not so on 2024-05-01, when it fell due"
     */
    record NotApplicable(Rule rule, Optional<LocalDate> ruleInForceFrom, int chain, int occurrence, String why)
            implements ScheduleEntry {
        /** Checks every part is present. */
        public NotApplicable {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(ruleInForceFrom, "ruleInForceFrom");
            Objects.requireNonNull(why, "why");
        }

        @Override
        public Status status() {
            return Status.NOT_APPLICABLE;
        }

        @Override
        public Optional<Window> window() {
            return Optional.empty();
        }

        @Override
        public Optional<String> reason() {
            return Optional.of(why);
        }

        @Override
        public String explanationInEnglish() {
            return why;
        }

        @Override
        public String toString() {
            return Entries.line(this, " (" + why + ")");
        }
    }

    /**
     * A fact the rule needs is missing: the entry says which, and what for.
     *
     * @param rule the rule
     * @param ruleInForceFrom when its version came into force
     * @param chain which run
     * @param occurrence which occurrence
     * @param dates when it is owed, where the dates could be counted (a record without its time, for a rule in hours)
     * @param missing what is missing, and what it is needed for
     * @param candidate the record whose missing detail leaves its status unknown, when there is one
     */
    record CannotCompute(Rule rule, Optional<LocalDate> ruleInForceFrom, int chain, int occurrence, Optional<Window> dates,
            org.duly.timescales.CannotCompute missing, Optional<MetBy> candidate) implements ScheduleEntry {
        /** Checks every part is present. */
        public CannotCompute {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(ruleInForceFrom, "ruleInForceFrom");
            Objects.requireNonNull(dates, "dates");
            Objects.requireNonNull(missing, "missing");
            Objects.requireNonNull(candidate, "candidate");
        }

        @Override
        public Status status() {
            return Status.CANNOT_COMPUTE;
        }

        @Override
        public Optional<Window> window() {
            return dates;
        }

        @Override
        public Optional<MetBy> metBy() {
            return candidate;
        }

        @Override
        public Optional<String> reason() {
            return Optional.of(missing.toString());
        }

        @Override
        public String explanationInEnglish() {
            return dates.map(w -> w.explanation().inEnglish() + "; " + missing).orElse(missing.toString());
        }

        @Override
        public String toString() {
            return Entries.line(this, candidate.map(met -> " by " + met).orElse("") + " (" + missing + ")");
        }
    }
}

/** What every kind of entry shares in its checks and its words. */
final class Entries {

    private Entries() {
    }

    static void require(Rule rule, Optional<LocalDate> ruleInForceFrom, Window dates) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(ruleInForceFrom, "ruleInForceFrom");
        Objects.requireNonNull(dates, "dates");
    }

    static String intervals(int count) {
        return count + (count == 1 ? " further interval" : " further intervals");
    }

    static String joined(String explanation, List<String> notes) {
        return notes.isEmpty() ? explanation : explanation + "; " + String.join("; ", notes);
    }

    /** The entry in one line: "cp.icpc #1 due 2024-04-08: MET by the initial child protection conference on 2024-04-04". */
    static String line(ScheduleEntry entry, String rest) {
        return entry.rule().id() + " #" + entry.label() + entry.due().map(date -> " due " + date).orElse("") + ": "
                + entry.status() + rest;
    }
}
