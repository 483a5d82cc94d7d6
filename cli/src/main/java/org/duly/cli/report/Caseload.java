package org.duly.cli.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleSummary;

/** What every caseload format starts from: the summary, how many cases, and the as-of dates. */
record Caseload(ScheduleSummary summary, int cases, long obligations, String asOf) {

    static Caseload of(Collection<Schedule> schedules) {
        ScheduleSummary.Builder tally = ScheduleSummary.builder();
        schedules.forEach(tally::add);
        return of(tally);
    }

    static Caseload of(ScheduleSummary.Builder tally) {
        List<LocalDate> dates = tally.asOf();
        // Normally one date; a caseload evaluated over several days says so rather than pick one.
        String asOf = dates.isEmpty() ? "-" : dates.size() == 1 ? dates.get(0).toString()
                : dates.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
        return new Caseload(tally.build(), Math.toIntExact(tally.schedules()), tally.entries(), asOf);
    }

    String headline() {
        return "Caseload of " + cases + (cases == 1 ? " case" : " cases") + " as of " + asOf + ": "
                + ScheduleTable.counts(obligations, summary);
    }
}
