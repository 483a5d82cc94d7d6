package org.duly.cli.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.duly.workflows.engine.ScheduleSummary;

/**
 * What every caseload format starts from: the summary, how many cases, the as-of dates, each team's
 * and each worker's timeliness (empty when no case records a team or worker), the work tray if one
 * was asked for, who holds each case with overdue work, and how many items a table or a page lists
 * at most (the overdue list, the work tray; CSV and JSON list them all).
 */
record Caseload(ScheduleSummary summary, int cases, long obligations, String asOf, List<CaseloadTally.HolderTimeliness> teams,
        List<CaseloadTally.HolderTimeliness> workers, Optional<CaseloadTally.Tray> tray, Function<String, Holder> holders, int listed) {

    static Caseload of(ScheduleSummary.Builder tally, List<CaseloadTally.HolderTimeliness> teams,
            List<CaseloadTally.HolderTimeliness> workers, Optional<CaseloadTally.Tray> tray, Function<String, Holder> holders,
            int listed) {
        List<LocalDate> dates = tally.asOf();
        // Normally one date; a caseload evaluated over several days says so rather than pick one.
        String asOf = dates.isEmpty() ? "-" : dates.size() == 1 ? dates.get(0).toString()
                : dates.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
        return new Caseload(tally.build(), Math.toIntExact(tally.schedules()), tally.entries(), asOf, List.copyOf(teams),
                List.copyOf(workers), tray, holders, listed);
    }

    /** Whether any case records a team or a worker: the reports then group by them. */
    boolean byHolder() {
        return !teams.isEmpty();
    }

    /** "… and 12 more (--format csv or json lists them all)" after a list cut at {@link #listed()} items, or nothing. */
    String more(int total) {
        return total > listed ? "… and " + (total - listed) + " more (--format csv or json lists them all)" : "";
    }

    String headline() {
        return "Caseload of " + cases + (cases == 1 ? " case" : " cases") + " as of " + asOf + ": "
                + ScheduleTable.counts(obligations, summary);
    }
}
