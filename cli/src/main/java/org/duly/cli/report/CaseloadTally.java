package org.duly.cli.report;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Labels;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;
import org.duly.workflows.engine.ScheduleSummary;
import org.duly.workflows.policy.Area;
import org.duly.workflows.policy.Rule;

/**
 * A caseload tallied as its schedules come, for {@link CaseloadFormat}: the summary (counts, overdue
 * list, each rule's timeliness), each team's and each worker's timeliness, and, when asked, the work
 * tray: every open obligation due by a date, grouped by team and worker. Only the entries a filter
 * keeps are counted. Schedules added in the same order give the same report.
 *
 * <p>This class is mutable and not thread-safe: add from one thread.
 *
 * <p>Example:
 * <pre>{@code
 * CaseloadTally tally = CaseloadTally.of(entry -> true, Optional.of(LocalDate.parse("2024-09-16")));
 * tally.add(schedule, Holder.of(timeline.allocation()));
 * System.out.print(CaseloadFormat.TABLE.render(tally));
 * }</pre>
 */
public final class CaseloadTally {

    /** Open obligations: still owed, with a due date. */
    private static final Predicate<Status> OPEN = status -> status == Status.OVERDUE || status == Status.DUE_SOON
            || status == Status.UPCOMING;

    private final Predicate<? super ScheduleEntry> counted;
    private final Optional<LocalDate> dueBy;
    private final ScheduleSummary.Builder summary = ScheduleSummary.builder();
    private final Map<Holder, ScheduleSummary.Timeliness.Builder> teams = new TreeMap<>(Holder.ORDER);
    private final Map<Holder, ScheduleSummary.Timeliness.Builder> workers = new TreeMap<>(Holder.ORDER);
    private final List<DueItem> tray = new ArrayList<>();
    /** Who holds each case with an overdue item, for the overdue list's team and worker; only those, to keep memory flat. */
    private final Map<String, Holder> overdueHolders = new java.util.HashMap<>();
    /** One holder object per team and worker, however many cases they hold: a national caseload keeps millions of cases' holders otherwise. */
    private final Map<Holder, Holder> holders = new java.util.HashMap<>();
    private boolean anyHolder;
    private int listed = Integer.MAX_VALUE;

    private CaseloadTally(Predicate<? super ScheduleEntry> counted, Optional<LocalDate> dueBy) {
        this.counted = counted;
        this.dueBy = dueBy;
    }

    /**
     * An empty tally.
     *
     * <p>Example:
     * <pre>{@code
     * CaseloadTally childProtection = CaseloadTally.of(entry -> entry.rule().id().startsWith("cp."), Optional.empty());
     * }</pre>
     *
     * @param counted which entries to count (all, for the whole caseload)
     * @param dueBy the last due date of the work tray, or empty for no work tray
     * @return the tally
     */
    public static CaseloadTally of(Predicate<? super ScheduleEntry> counted, Optional<LocalDate> dueBy) {
        return new CaseloadTally(counted, dueBy);
    }

    /**
     * Counts one case's schedule.
     *
     * <p>Example:
     * <pre>{@code
     * tally.add(engine.evaluate(timeline, policy, asOf), Holder.of(timeline.allocation()));
     * }</pre>
     *
     * @param schedule the case's schedule
     * @param caseHolder who holds the case's work
     * @return this tally
     */
    public CaseloadTally add(Schedule schedule, Holder caseHolder) {
        Holder holder = holders.computeIfAbsent(caseHolder, same -> same);
        summary.add(schedule, counted);
        anyHolder |= !holder.equals(Holder.NONE);
        ScheduleSummary.Timeliness.Builder team = null;
        ScheduleSummary.Timeliness.Builder worker = null;
        for (ScheduleEntry entry : schedule.entries()) {
            if (!counted.test(entry)) {
                continue;
            }
            if (ScheduleSummary.Timeliness.counts(entry)) {
                if (team == null) {
                    team = teams.computeIfAbsent(new Holder(holder.team(), Optional.empty()), id -> ScheduleSummary.Timeliness.builder());
                    worker = workers.computeIfAbsent(holder, id -> ScheduleSummary.Timeliness.builder());
                }
                team.add(entry);
                worker.add(entry);
            }
            if (entry.status() == Status.OVERDUE && !holder.equals(Holder.NONE)) {
                overdueHolders.putIfAbsent(schedule.subject(), holder);
            }
            if (dueBy.isPresent() && OPEN.test(entry.status()) && !entry.due().orElseThrow().isAfter(dueBy.get())) {
                tray.add(DueItem.of(schedule, entry, holder));
            }
        }
        return this;
    }

    /**
     * Lists at most so many items in the overdue list and the work tray of a table or a page, saying
     * how many more there are; CSV and JSON list them all.
     *
     * <p>Example:
     * <pre>{@code
     * tally.listing(50);
     * }</pre>
     *
     * @param most the most items listed, at least 1
     * @return this tally
     * @throws IllegalArgumentException if {@code most} is less than 1
     */
    public CaseloadTally listing(int most) {
        if (most < 1) {
            throw new IllegalArgumentException("a list shows at least 1 item, not " + most);
        }
        this.listed = most;
        return this;
    }

    /**
     * How many cases were added.
     *
     * @return the number of cases
     */
    public long cases() {
        return summary.schedules();
    }

    /** What every format renders. */
    Caseload caseload() {
        List<HolderTimeliness> byTeam = new ArrayList<>();
        List<HolderTimeliness> byWorker = new ArrayList<>();
        if (anyHolder) {
            teams.forEach((team, tally) -> byTeam.add(new HolderTimeliness(team, tally.build(team.teamLabel(), team.teamLabel()))));
            workers.forEach((holder, tally) -> byWorker.add(new HolderTimeliness(holder,
                    tally.build(holder.workerLabel(), holder.workerLabel()))));
        }
        Optional<Tray> due = dueBy.map(date -> new Tray(date, tray.stream().sorted(DueItem.ORDER).toList()));
        return Caseload.of(summary, byTeam, byWorker, due, subject -> overdueHolders.getOrDefault(subject, Holder.NONE),
                listed);
    }

    /** One team's timeliness (the holder has no worker), or one worker's with the team they hold the cases for. */
    record HolderTimeliness(Holder holder, ScheduleSummary.Timeliness timeliness) {
    }

    /** The work tray: every open obligation due by a date, by team, worker and due date. */
    record Tray(LocalDate dueBy, List<DueItem> items) {
    }

    /**
     * One open obligation in the work tray: compact, holding no schedule and no records.
     *
     * @param holder who holds the case
     * @param subject the case's id
     * @param area the rule's area
     * @param rule the rule
     * @param chain the entry's chain
     * @param occurrence the entry's occurrence in its chain
     * @param due the due date
     * @param dueTime the time of day it is due by, for a rule in hours
     * @param status overdue, due soon or upcoming
     * @param reason in one line, why it is owed by then (or how far recorded work fell short)
     */
    record DueItem(Holder holder, String subject, Area area, Rule rule, int chain, int occurrence, LocalDate due,
            Optional<LocalTime> dueTime, Status status, String reason) {

        static final Comparator<DueItem> ORDER = Comparator.comparing(DueItem::holder, Holder.ORDER)
                .thenComparing(DueItem::due).thenComparing(item -> item.dueTime().orElse(LocalTime.MAX))
                .thenComparing(DueItem::subject).thenComparing(item -> item.rule().id())
                .thenComparingInt(DueItem::chain).thenComparingInt(DueItem::occurrence);

        static DueItem of(Schedule schedule, ScheduleEntry entry, Holder holder) {
            return new DueItem(holder, schedule.subject(), schedule.areaOf(entry), entry.rule(), entry.chain(), entry.occurrence(),
                    entry.due().orElseThrow(), entry.dueAt().map(at -> at.toLocalTime()), entry.status(),
                    entry.reason().orElseGet(entry::explanationInEnglish));
        }

        /** "3", or "2.3" for the 3rd of the 2nd chain. */
        String label() {
            return Labels.of(chain, occurrence);
        }
    }
}
