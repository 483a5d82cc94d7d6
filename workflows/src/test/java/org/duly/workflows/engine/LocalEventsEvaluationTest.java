package org.duly.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.timescales.Timescales.within;
import static org.duly.timescales.period.Periods.hours;
import static org.duly.workflows.policy.Rules.rule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Child;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.EventType;
import org.duly.timescales.Event;
import org.duly.timescales.Fulfilment;
import org.duly.timescales.Link;
import org.duly.timescales.Status;
import org.duly.workflows.cases.CaseFacts;
import org.duly.workflows.policy.Policy;
import org.junit.jupiter.api.Test;

/**
 * An application's own events in a child's timeline: the facts of the case hold them, known only
 * from their date on, and a rule counts from them and is met by them as by any event.
 */
class LocalEventsEvaluationTest {

    record ChildReturned(String episodeId, LocalDate date, Optional<LocalTime> time) implements CaseEvent {
        static final EventType TYPE = EventType.of("childReturned", ChildReturned.class, "the child's return");

        @Override
        public EventType eventType() {
            return TYPE;
        }
    }

    record Interview(String episodeId, LocalDate date, Optional<LocalTime> time) implements CaseEvent {
        static final EventType TYPE = EventType.of("interview", Interview.class, "the interview");

        @Override
        public EventType eventType() {
            return TYPE;
        }
    }

    private static final Event<ChildReturned> RETURN =
            Event.of("the child's return", ChildReturned.class, ChildReturned::date).withDateTime(ChildReturned::dateTime);
    private static final Event<Interview> INTERVIEW =
            Event.of("the interview", Interview.class, Interview::date).withDateTime(Interview::dateTime);

    private static final Policy POLICY = Policy.builder("Test", "1")
            .rule(rule("local.interview", "Interview after a return").implementing("LOCAL-1")
                    .citing("Local procedures", "Missing children", "within 72 hours of the child's return").localStandard()
                    .due(within(hours(72)).of(RETURN))
                    .metBy(Fulfilment.by(INTERVIEW).linkedBy(Link.named("missing episode")
                            .reading(ChildReturned.class, returned -> Optional.of(returned.episodeId()))
                            .reading(Interview.class, interview -> Optional.of(interview.episodeId())))))
            .build();

    private static final Child CHILD = Child.builder().id("C-1").dateOfBirth(LocalDate.parse("2010-06-01")).build();

    private static ChildReturned returned(String episode, String dateTime) {
        return dateTime.contains("T")
                ? new ChildReturned(episode, LocalDateTime.parse(dateTime).toLocalDate(), Optional.of(LocalDateTime.parse(dateTime).toLocalTime()))
                : new ChildReturned(episode, LocalDate.parse(dateTime), Optional.empty());
    }

    private static Interview interview(String episode, String dateTime) {
        return new Interview(episode, LocalDateTime.parse(dateTime).toLocalDate(), Optional.of(LocalDateTime.parse(dateTime).toLocalTime()));
    }

    @Test
    void the_facts_of_a_case_hold_its_local_events_as_known_on_the_date() {
        CaseTimeline timeline = CaseTimeline.of(CHILD, List.of(returned("M-1", "2025-02-20T22:15"), interview("M-1", "2025-02-22T10:00")));

        assertThat(CaseFacts.of(timeline, LocalDate.parse("2025-02-21")).facts().occurrences(ChildReturned.class)).hasSize(1);
        assertThat(CaseFacts.of(timeline, LocalDate.parse("2025-02-21")).facts().occurrences(Interview.class)).isEmpty();
        assertThat(CaseFacts.of(timeline, LocalDate.parse("2025-02-22")).facts().occurrences(Interview.class)).hasSize(1);
        assertThat(CaseFacts.of(timeline, LocalDate.parse("2025-02-22")).facts().occurrences(CaseEvent.class)).hasSize(2);
    }

    @Test
    void a_rule_counts_from_a_local_event_and_is_met_by_one_linked_to_it() {
        CaseTimeline timeline = CaseTimeline.of(CHILD, List.of(returned("M-1", "2025-02-20T22:15"), interview("M-2", "2025-02-21T09:00"),
                interview("M-1", "2025-02-23T22:15")));

        Schedule schedule = Engine.create().evaluate(timeline, POLICY, LocalDate.parse("2025-02-24"));

        assertThat(schedule.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(Status.MET);
            assertThat(entry.dueAt()).map(Object::toString).contains("2025-02-23T22:15Z[Europe/London]");
        });
    }

    @Test
    void a_return_without_a_time_is_judged_on_the_whole_day_and_a_definite_miss_is_overdue() {
        // 72 hours from some moment of 2025-02-26 end some moment of 2025-03-01: overdue from 2025-03-02 whatever the time.
        CaseTimeline timeline = CaseTimeline.of(CHILD, List.of(returned("M-1", "2025-02-20T22:15"), returned("M-2", "2025-02-26")));

        Schedule onTheDay = Engine.create().evaluate(timeline, POLICY, LocalDate.parse("2025-03-01"));
        Schedule dayAfter = Engine.create().evaluate(timeline, POLICY, LocalDate.parse("2025-03-02"));

        assertThat(onTheDay.entries()).extracting(entry -> entry.rule().id() + " #" + entry.occurrence() + " " + entry.status())
                .containsExactly("local.interview #1 OVERDUE", "local.interview #2 DUE_SOON");
        assertThat(dayAfter.entries()).extracting(entry -> entry.rule().id() + " #" + entry.occurrence() + " " + entry.status()
                + " " + entry.due().orElseThrow()).containsExactly("local.interview #1 OVERDUE 2025-02-23",
                "local.interview #2 OVERDUE 2025-03-01");
        assertThat(dayAfter.entries().get(1).explanationInEnglish()).startsWith("72 hours after the child's return on 2025-02-26,"
                + " whose time is not recorded, ends on 2025-03-01");
    }
}
