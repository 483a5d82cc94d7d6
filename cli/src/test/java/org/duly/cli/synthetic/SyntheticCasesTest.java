package org.duly.cli.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.duly.domain.CaseTimeline;
import org.duly.timescales.Status;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleSummary;
import org.junit.jupiter.api.Test;

class SyntheticCasesTest {

    @Test
    void the_same_seed_gives_the_same_caseload_and_every_case_is_valid() {
        List<CaseTimeline> first = SyntheticCases.caseload(2026L, 300);
        assertThat(first).hasSize(300);
        assertThat(SyntheticCases.caseload(2026L, 300)).isEqualTo(first);
        assertThat(SyntheticCases.caseload(2027L, 300)).isNotEqualTo(first);
        assertThat(first.get(0).child().id()).isEqualTo("S-0001");
        assertThat(first).allSatisfy(timeline -> assertThat(timeline.child().name()).isEmpty());
    }

    @Test
    void a_caseload_has_realistic_length_and_every_status() {
        List<CaseTimeline> caseload = SyntheticCases.caseload(2026L, 200);
        double events = caseload.stream().mapToInt(timeline -> timeline.events().size()).average().orElse(0);
        assertThat(events).isBetween(20.0, 200.0);
        Engine engine = Engine.create();
        List<Schedule> schedules = caseload.stream()
                .map(timeline -> engine.evaluate(timeline, DerbyshirePracticeStandards.policy(), LocalDate.parse("2024-06-30")))
                .toList();
        ScheduleSummary summary = ScheduleSummary.of(schedules);
        for (Status status : List.of(Status.MET, Status.MET_LATE, Status.OVERDUE, Status.UPCOMING, Status.DUE_SOON, Status.NOT_APPLICABLE)) {
            assertThat(summary.count(status)).as(status.name()).isPositive();
        }
    }
}
