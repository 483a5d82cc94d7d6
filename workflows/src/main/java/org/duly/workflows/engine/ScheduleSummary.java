package org.duly.workflows.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.duly.timescales.Status;
import org.duly.workflows.policy.Area;
import org.duly.workflows.policy.Rule;

/**
 * A schedule, or a caseload of schedules, summarised as councils report timeliness: counts by
 * status (and by area), the overdue items from the most overdue, and for each rule the share of its
 * due occurrences met on time.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param counts the number of entries in each status
 * @param countsByArea the number of entries in each status, area by area, in the order of the policy's areas
 * @param overdue the overdue entries, most days overdue first
 * @param timeliness for each rule with due occurrences, how many were met on time, in the order rules first appear
 */
public record ScheduleSummary(Map<Status, Long> counts, Map<Area, Map<Status, Long>> countsByArea,
        List<Overdue> overdue, List<Timeliness> timeliness) {

    /** Copies every part. */
    public ScheduleSummary {
        counts = Map.copyOf(counts);
        countsByArea = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(countsByArea));
        overdue = List.copyOf(overdue);
        timeliness = List.copyOf(timeliness);
    }

    /**
     * One overdue obligation of one subject, as a caseload report lists it: compact, so that a caseload
     * of millions keeps its overdue list without the schedules (no explanation, no records).
     *
     * @param subject the subject's id
     * @param area the area of practice its rule is filed under
     * @param rule the rule
     * @param chain the entry's chain (1 unless its rule starts a new chain at each anchor)
     * @param occurrence the entry's occurrence within its chain
     * @param due its due date
     * @param daysOverdue how many days past its due date on the evaluation date
     */
    public record Overdue(String subject, Area area, Rule rule, int chain, int occurrence, LocalDate due, long daysOverdue) {
        /** Checks every part is present. */
        public Overdue {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(due, "due");
        }

        /**
         * An overdue entry of a schedule.
         *
         * <p>Example:
         * <pre>{@code
         * Overdue late = Overdue.of(schedule, entry);
         * }</pre>
         *
         * @param schedule the schedule
         * @param entry one of its entries, overdue
         * @return the overdue item
         * @throws IllegalArgumentException if the entry is not overdue
         */
        public static Overdue of(Schedule schedule, ScheduleEntry entry) {
            if (entry.status() != Status.OVERDUE) {
                throw new IllegalArgumentException("not overdue: " + entry.rule().id() + " #" + entry.label());
            }
            return new Overdue(schedule.subject(), schedule.areaOf(entry), entry.rule(), entry.chain(), entry.occurrence(),
                    entry.due().orElseThrow(), entry.daysOverdue(schedule.asOf()));
        }

        /**
         * The label that tells it from the rule's other entries, as {@link ScheduleEntry#label()} says it.
         *
         * <p>Example:
         * <pre>{@code
         * assertThat(late.label()).isEqualTo("2");
         * }</pre>
         *
         * @return "3" for the 3rd occurrence, "2.3" for the 3rd of the 2nd chain
         */
        public String label() {
            return Labels.of(chain, occurrence);
        }

        /**
         * The order of a caseload's overdue list: most days overdue first, then by subject, rule id,
         * chain and occurrence.
         */
        public static final Comparator<Overdue> MOST_OVERDUE_FIRST = Comparator.comparingLong(Overdue::daysOverdue).reversed()
                .thenComparing(Overdue::subject).thenComparing(o -> o.rule().id())
                .thenComparingInt(Overdue::chain).thenComparingInt(Overdue::occurrence);
    }

    /**
     * How timely one rule's occurrences were: of those owed and due by the evaluation date, the share
     * met on time. Met late, overdue and missed count against it, and so does every further interval
     * a recurrence passed in full without its work (a five-month gap in six-weekly visits counts 3
     * against, not 1). Not required, not applicable and cannot compute are not counted.
     *
     * @param ruleId the rule's id
     * @param title the rule's title
     * @param metOnTime occurrences met on or before their due date
     * @param metLate occurrences met after it
     * @param overdue occurrences not met, past their due date and still open
     * @param missed occurrences not met that can no longer be
     * @param intervalsMissed further intervals of recurrences passed in full without their work
     * @param pastIdeal occurrences met by their limit but after the ideal date of "ideally P, at most Q"
     */
    public record Timeliness(String ruleId, String title, long metOnTime, long metLate, long overdue, long missed,
            long intervalsMissed, long pastIdeal) {
        /**
         * The occurrences that were due: met on time, met late, overdue or missed, with the further intervals missed.
         *
         * @return the count
         */
        public long due() {
            return metOnTime + metLate + overdue + missed + intervalsMissed;
        }

        /**
         * The share met on time, from 0 to 1.
         *
         * <p>Example:
         * <pre>{@code
         * assertThat(new Timeliness("cp.icpc", "Initial conference", 3, 1, 0, 0, 0, 0).share()).isEqualTo(0.75);
         * }</pre>
         *
         * @return the share, 1 when nothing was due
         */
        public double share() {
            return due() == 0 ? 1.0 : (double) metOnTime / due();
        }

        /**
         * Whether an entry counts towards timeliness: met, met late, overdue or missed.
         *
         * <p>Example:
         * <pre>{@code
         * assertThat(Timeliness.counts(upcomingEntry)).isFalse();
         * }</pre>
         *
         * @param entry the entry
         * @return true if it counts
         */
        public static boolean counts(ScheduleEntry entry) {
            return switch (entry.status()) {
                case MET, MET_LATE, OVERDUE, MISSED -> true;
                default -> false;
            };
        }

        /**
         * An empty builder, to count the timeliness of a team's or a worker's entries as they come.
         *
         * <p>Example:
         * <pre>{@code
         * Timeliness.Builder team = Timeliness.builder();
         * }</pre>
         *
         * @return the builder
         */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * Counts how timely entries were as they come, for a rule, a team or a worker: the counting
         * behind {@link Timeliness}. Entries that are not counted (not required, not applicable, cannot
         * compute, upcoming, due soon) are passed over.
         *
         * <p>This class is mutable and not thread-safe.
         *
         * <p>Example:
         * <pre>{@code
         * Timeliness.Builder team = Timeliness.builder();
         * schedule.entries().forEach(team::add);
         * Timeliness timeliness = team.build("TEAM-A", "Team A");
         * }</pre>
         */
        public static final class Builder {
            private long metOnTime;
            private long metLate;
            private long overdue;
            private long missed;
            private long intervalsMissed;
            private long pastIdeal;

            private Builder() {
            }

            /**
             * Counts an entry, if it counts towards timeliness ({@link Timeliness#counts}).
             *
             * <p>Example:
             * <pre>{@code
             * team.add(entry);
             * }</pre>
             *
             * @param entry the entry
             * @return this builder
             */
            public Builder add(ScheduleEntry entry) {
                switch (entry.status()) {
                    case MET -> metOnTime++;
                    case MET_LATE -> metLate++;
                    case OVERDUE -> overdue++;
                    case MISSED -> missed++;
                    default -> {
                        return this;
                    }
                }
                intervalsMissed += entry.intervalsMissed();
                if (entry instanceof ScheduleEntry.Met met && met.daysPastIdeal() > 0) {
                    pastIdeal++;
                }
                return this;
            }

            /**
             * The timeliness counted so far, under an id and a title.
             *
             * <p>Example:
             * <pre>{@code
             * assertThat(team.build("TEAM-A", "TEAM-A").share()).isEqualTo(0.75);
             * }</pre>
             *
             * @param id what was counted: a rule's id, a team's, a worker's
             * @param title its title
             * @return the timeliness
             */
            public Timeliness build(String id, String title) {
                return new Timeliness(id, title, metOnTime, metLate, overdue, missed, intervalsMissed, pastIdeal);
            }
        }
    }

    /**
     * Summarises schedules, such as a caseload's.
     *
     * <p>Example:
     * <pre>{@code
     * ScheduleSummary caseload = ScheduleSummary.of(schedules);
     * }</pre>
     *
     * @param schedules the schedules
     * @return the summary
     */
    public static ScheduleSummary of(Collection<Schedule> schedules) {
        Builder tally = builder();
        schedules.forEach(tally::add);
        return tally.build();
    }

    /**
     * An empty summary to add schedules to as they come.
     *
     * <p>Example:
     * <pre>{@code
     * ScheduleSummary.Builder tally = ScheduleSummary.builder();
     * }</pre>
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A summary built as schedules come, so that a caseload is summarised without holding its
     * schedules: each schedule added is counted and can then be dropped. Schedules added in the same
     * order give the same summary.
     *
     * <p>This class is mutable and not thread-safe: add from one thread (a pipeline that evaluates in
     * parallel adds the results in the caseload's order).
     *
     * <p>Example:
     * <pre>{@code
     * ScheduleSummary.Builder tally = ScheduleSummary.builder();
     * for (CaseTimeline child : caseload) {
     *     tally.add(engine.evaluate(child, policy, asOf));
     * }
     * ScheduleSummary summary = tally.build();
     * }</pre>
     */
    public static final class Builder {
        private final Map<Status, Long> counts = new EnumMap<>(Status.class);
        private final Map<Area, Map<Status, Long>> byArea = new HashMap<>();
        private final List<Area> areaOrder = new ArrayList<>();
        private final List<Overdue> overdue = new ArrayList<>();
        private final Map<String, Timeliness.Builder> tallies = new LinkedHashMap<>();
        private final Map<String, String> titles = new LinkedHashMap<>();
        private final java.util.SortedSet<LocalDate> asOf = new java.util.TreeSet<>();
        private long schedules;
        private long entries;

        private Builder() {
        }

        /**
         * Counts one schedule.
         *
         * <p>Example:
         * <pre>{@code
         * tally.add(engine.evaluate(timeline, policy, asOf));
         * }</pre>
         *
         * @param schedule the schedule
         * @return this builder
         */
        public Builder add(Schedule schedule) {
            return add(schedule, entry -> true);
        }

        /**
         * Counts one schedule, and of its entries only those a filter keeps: a caseload report for one
         * area, one rule or some statuses. The schedule counts as one whatever the filter keeps.
         *
         * <p>Example:
         * <pre>{@code
         * tally.add(schedule, entry -> entry.rule().id().startsWith("cp."));
         * }</pre>
         *
         * @param schedule the schedule
         * @param counted whether an entry is counted
         * @return this builder
         */
        public Builder add(Schedule schedule, Predicate<? super ScheduleEntry> counted) {
            schedules++;
            asOf.add(schedule.asOf());
            for (Area area : schedule.policy().areas()) {
                if (!areaOrder.contains(area)) {
                    areaOrder.add(area);
                }
            }
            for (ScheduleEntry entry : schedule.entries()) {
                if (!counted.test(entry)) {
                    continue;
                }
                entries++;
                counts.merge(entry.status(), 1L, Long::sum);
                byArea.computeIfAbsent(schedule.areaOf(entry), area -> new EnumMap<>(Status.class))
                        .merge(entry.status(), 1L, Long::sum);
                if (entry.status() == Status.OVERDUE) {
                    overdue.add(Overdue.of(schedule, entry));
                }
                if (Timeliness.counts(entry)) {
                    tallies.computeIfAbsent(entry.rule().id(), id -> Timeliness.builder()).add(entry);
                    titles.putIfAbsent(entry.rule().id(), entry.rule().title());
                }
            }
            return this;
        }

        /**
         * How many schedules were added.
         *
         * @return the number of schedules
         */
        public long schedules() {
            return schedules;
        }

        /**
         * How many entries the schedules added had, in every status.
         *
         * @return the number of entries
         */
        public long entries() {
            return entries;
        }

        /**
         * The evaluation dates of the schedules added, in order: normally one.
         *
         * @return the dates
         */
        public List<LocalDate> asOf() {
            return List.copyOf(asOf);
        }

        /**
         * The summary of the schedules added so far.
         *
         * <p>Example:
         * <pre>{@code
         * assertThat(tally.build().count(Status.OVERDUE)).isEqualTo(3);
         * }</pre>
         *
         * @return the summary
         */
        public ScheduleSummary build() {
            List<Overdue> sorted = new ArrayList<>(overdue);
            sorted.sort(Overdue.MOST_OVERDUE_FIRST);
            List<Timeliness> timeliness = new ArrayList<>();
            tallies.forEach((id, tally) -> timeliness.add(tally.build(id, titles.get(id))));
            Map<Area, Map<Status, Long>> ordered = new LinkedHashMap<>();
            // Copies, so that adding more to the tally never changes a summary already taken.
            areaOrder.stream().filter(byArea::containsKey).forEach(area -> ordered.put(area,
                    java.util.Collections.unmodifiableMap(new EnumMap<>(byArea.get(area)))));
            return new ScheduleSummary(counts, ordered, sorted, timeliness);
        }
    }

    /**
     * The number of entries in a status.
     *
     * @param status the status
     * @return the count
     */
    public long count(Status status) {
        return counts.getOrDefault(status, 0L);
    }
}
