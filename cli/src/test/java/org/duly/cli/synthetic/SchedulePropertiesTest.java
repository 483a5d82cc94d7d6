package org.duly.cli.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.duly.domain.CaseTimeline;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;
import org.duly.workflows.engine.ScheduleSummary;
import org.duly.workflows.engine.Window;
import org.duly.workflows.policy.Policy;
import org.junit.jupiter.api.Test;

/**
 * The Derbyshire catalogue over random synthetic children (the generator the command line and the
 * benchmarks use), as properties with shrinking: the counts add up to the entries, timeliness counts
 * what DESIGN says it counts, no record meets two occurrences of a rule unless the rule says it
 * covers them, no entry is met by a record after the evaluation date or before its clock could
 * start, and the same case always gives the same schedule.
 */
class SchedulePropertiesTest {

    private static final Policy POLICY = DerbyshirePracticeStandards.policy();
    private static final Engine ENGINE = Engine.create();

    private static Schedule schedule(long seed, int index, int daysAfterStart) {
        CaseTimeline child = SyntheticCases.child(seed, index);
        return ENGINE.evaluate(child, POLICY, SyntheticCases.EARLIEST_START.plusDays(daysAfterStart));
    }

    @Test
    void the_counts_add_up_and_timeliness_counts_what_design_says() {
        qt().withExamples(150).forAll(longs().between(0, 1_000_000), integers().between(0, 50), integers().between(0, 1_500))
                .checkAssert((seed, index, days) -> {
                    Schedule schedule = schedule(seed, index, days);
                    ScheduleSummary summary = schedule.summary();
                    assertThat(Arrays.stream(Status.values()).mapToLong(summary::count).sum()).isEqualTo(schedule.entries().size());
                    for (ScheduleSummary.Timeliness rule : summary.timeliness()) {
                        List<ScheduleEntry> entries = schedule.entriesOf(rule.ruleId());
                        assertThat(rule.metOnTime()).isEqualTo(entries.stream().filter(e -> e.status() == Status.MET).count());
                        assertThat(rule.metLate()).isEqualTo(entries.stream().filter(e -> e.status() == Status.MET_LATE).count());
                        assertThat(rule.overdue()).isEqualTo(entries.stream().filter(e -> e.status() == Status.OVERDUE).count());
                        assertThat(rule.missed()).isEqualTo(entries.stream().filter(e -> e.status() == Status.MISSED).count());
                        assertThat(rule.intervalsMissed()).isEqualTo(entries.stream().mapToLong(ScheduleEntry::intervalsMissed).sum());
                    }
                    // Not required and not applicable never count against anyone.
                    assertThat(schedule.entries()).filteredOn(e -> !e.status().countsInTimeliness())
                            .allSatisfy(e -> assertThat(e.intervalsMissed()).isZero());
                });
    }

    @Test
    void no_record_meets_two_occurrences_unless_its_rule_covers_them_and_none_from_the_future() {
        qt().withExamples(150).forAll(longs().between(0, 1_000_000), integers().between(0, 50), integers().between(0, 1_500))
                .checkAssert((seed, index, days) -> {
                    Schedule schedule = schedule(seed, index, days);
                    for (String ruleId : schedule.entries().stream().map(e -> e.rule().id()).distinct().toList()) {
                        List<ScheduleEntry> entries = schedule.entriesOf(ruleId);
                        boolean covering = entries.get(0).rule().metBy().map(f -> f.coversEveryOpenOccurrence()).orElse(false);
                        Map<Object, Integer> uses = new IdentityHashMap<>();
                        for (ScheduleEntry entry : entries) {
                            entry.metBy().ifPresent(met -> {
                                uses.merge(met.occurrence(), 1, Integer::sum);
                                assertThat(met.date()).as(entry.toString()).isBeforeOrEqualTo(schedule.asOf());
                                // Work counts from the window's opening, or from the clock's start, unless the rule
                                // looks back or its work is due by the event that starts it ("2 working days before", "by the review").
                                Window window = entry.window().orElseThrow();
                                boolean before = !window.due().isAfter(window.clockStartedOn());
                                LocalDate earliest = entry.rule().metBy().flatMap(f -> f.lookBack()).isPresent() || before
                                        ? LocalDate.MIN : window.opens().orElse(window.clockStartedOn());
                                assertThat(met.date()).as(entry.toString()).isAfterOrEqualTo(earliest);
                            });
                        }
                        if (!covering) {
                            assertThat(uses.values()).as(ruleId + ": " + entries).allMatch(count -> count == 1);
                        }
                    }
                });
    }

    @Test
    void the_same_case_gives_the_same_schedule() {
        qt().withExamples(100).forAll(longs().between(0, 1_000_000), integers().between(0, 50), integers().between(0, 1_500))
                .checkAssert((seed, index, days) -> assertThat(schedule(seed, index, days).entries().toString())
                        .isEqualTo(schedule(seed, index, days).entries().toString()));
    }
}
