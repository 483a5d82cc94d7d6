package org.duly.policies.derbyshire;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Child;
import org.duly.domain.events.CaseEvent;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;

/** Small helpers for the journey tests: dates, a valid timeline, and schedule lines to compare. */
final class JourneyFixture {

    private JourneyFixture() {
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static LocalTime t(String iso) {
        return LocalTime.parse(iso);
    }

    static CaseTimeline timeline(Child child, List<? extends CaseEvent> events) {
        return CaseTimeline.check(child, events).orElseThrow(problems -> new AssertionError("the journey is not a valid timeline:\n  "
                + problems.stream().map(Object::toString).collect(Collectors.joining("\n  "))));
    }

    static Schedule schedule(CaseTimeline timeline, String asOf) {
        return Engine.create().evaluate(timeline, DerbyshirePracticeStandards.policy(), d(asOf));
    }

    /** The entries of one rule as "chain.occurrence due STATUS". */
    static List<String> lines(Schedule schedule, String ruleId) {
        return schedule.entriesOf(ruleId).stream()
                .map(entry -> entry.chain() + "." + entry.occurrence() + entry.due().map(due -> " " + due).orElse("")
                        + " " + entry.status())
                .collect(Collectors.toList());
    }

    static String describe(Schedule schedule) {
        return schedule.entries().stream().map(ScheduleEntry::toString).collect(Collectors.joining("\n"));
    }
}
