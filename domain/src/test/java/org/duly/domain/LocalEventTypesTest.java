package org.duly.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.duly.domain.Cases.DISTINCTIVE_NAME;
import static org.duly.domain.Cases.caseClosed;
import static org.duly.domain.Cases.childBorn;
import static org.duly.domain.Cases.day;
import static org.duly.domain.Cases.referral;
import static org.duly.domain.Cases.timeline;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.duly.domain.complaints.Complaint;
import org.duly.domain.complaints.ComplaintEvent;
import org.duly.domain.complaints.ComplaintKind;
import org.duly.domain.complaints.ComplaintReceived;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.EventType;
import org.duly.domain.events.TimelineEvent;
import org.duly.domain.events.Visit;
import org.junit.jupiter.api.Test;

/**
 * An application's own event types (local types): declared once with {@link EventType#of}, returned
 * by the event class's {@code eventType()}, accepted by a timeline and checked for order, ignored by
 * the built-in consistency rules, and every mistake in declaring them reported as a located problem.
 */
class LocalEventTypesTest {

    /** A child going missing from care: an event the domain does not have. */
    record ChildWentMissing(String episodeId, LocalDate date, Optional<LocalTime> time) implements CaseEvent {
        static final EventType TYPE = EventType.of("childWentMissing", ChildWentMissing.class, "the child going missing");

        @Override
        public EventType eventType() {
            return TYPE;
        }
    }

    /** The child's return, declared in the same way. */
    record ChildReturned(String episodeId, LocalDate date, Optional<LocalTime> time) implements CaseEvent {
        static final EventType TYPE = EventType.of("childReturned", ChildReturned.class, "the child's return");

        @Override
        public EventType eventType() {
            return TYPE;
        }
    }

    /** An application's event whose class forgot to say its type. */
    record Undeclared(LocalDate date, Optional<LocalTime> time) implements CaseEvent {
    }

    /** An event that returns the type of another class. */
    record Borrowed(LocalDate date, Optional<LocalTime> time) implements CaseEvent {
        @Override
        public EventType eventType() {
            return ChildReturned.TYPE;
        }
    }

    /** A local type named as a built-in one. */
    record LocalVisit(LocalDate date, Optional<LocalTime> time) implements CaseEvent {
        static final EventType TYPE = EventType.of("visit", LocalVisit.class, "a visit of our own");

        @Override
        public EventType eventType() {
            return TYPE;
        }
    }

    /** A second local type with the name of {@link ChildReturned}'s. */
    record AlsoReturned(LocalDate date, Optional<LocalTime> time) implements CaseEvent {
        static final EventType TYPE = EventType.of("childReturned", AlsoReturned.class, "another return");

        @Override
        public EventType eventType() {
            return TYPE;
        }
    }

    /** A complaint's local event: an advocate appointed. */
    record AdvocateAppointed(LocalDate date) implements ComplaintEvent {
        static final EventType TYPE = EventType.of("advocateAppointed", AdvocateAppointed.class, "the appointment of an advocate");

        @Override
        public EventType eventType() {
            return TYPE;
        }
    }

    private static final Child CHILD = childBorn("2010-06-01");

    private static ChildWentMissing missing(String date, String time) {
        return new ChildWentMissing("M-1", day(date), Optional.ofNullable(time).map(LocalTime::parse));
    }

    private static ChildReturned returned(String date, String time) {
        return new ChildReturned("M-1", day(date), Optional.ofNullable(time).map(LocalTime::parse));
    }

    private static List<String> problems(CaseEvent... events) {
        Checked<CaseTimeline, TimelineProblem> checked = CaseTimeline.check(CHILD, List.of(events));
        assertThat(checked.isValid()).as("expected problems").isFalse();
        return checked.problems().stream().map(TimelineProblem::toString).toList();
    }

    @Test
    void a_timeline_takes_local_events_beside_built_in_ones_and_finds_them_by_class() {
        CaseTimeline timeline = timeline(CHILD, referral("2025-02-03"), missing("2025-02-18", "21:40"),
                returned("2025-02-20", "22:15"));

        assertThat(timeline.eventsOf(ChildReturned.class)).containsExactly(returned("2025-02-20", "22:15"));
        assertThat(timeline.upTo(day("2025-02-19")).eventsOf(ChildReturned.class)).isEmpty();
        assertThat(timeline.events().get(2).eventType().caseFileName()).isEqualTo("childReturned");
        assertThat(timeline.events().get(2).zonedDateTime()).isPresent();
    }

    @Test
    void local_events_are_checked_for_date_and_time_order_and_named_by_their_case_file_name() {
        assertThat(problems(missing("2025-02-20", null), returned("2025-02-18", null))).containsExactly(
                "event 2 (childReturned), date: 2025-02-18 is before event 1 (childWentMissing on 2025-02-20);"
                        + " expected events in date order");
        assertThat(problems(missing("2025-02-20", "21:40"), returned("2025-02-20", "08:00"))).containsExactly(
                "event 2 (childReturned), time: 08:00 on 2025-02-20 is before event 1 (childWentMissing on 2025-02-20)"
                        + " at 21:40; expected events in time order within a day");
    }

    @Test
    void the_built_in_consistency_rules_ignore_local_events() {
        // After the case closed, and before the child's birth: rules about Duly's own events, which say nothing of these.
        CaseTimeline afterClosure = timeline(CHILD, referral("2025-01-02"), caseClosed("2025-02-01"), missing("2025-02-18", null));
        assertThat(afterClosure.closureDate()).contains(day("2025-02-01"));
        assertThat(CaseTimeline.check(CHILD, List.of(missing("2009-02-18", null))).isValid()).isTrue();
    }

    @Test
    void an_event_whose_class_declares_no_type_is_a_located_problem_not_an_exception() {
        assertThat(problems(referral("2025-02-03"), new Undeclared(day("2025-02-04"), Optional.empty()))).containsExactly(
                "event 2 (Undeclared), type: an event of the class Undeclared, which declares no event type; expected its"
                        + " eventType() to return the type declared for it with EventType.of(caseFileName, class, description)");
        assertThatThrownBy(() -> CaseTimeline.of(CHILD, List.of(new Undeclared(day("2025-02-04"), Optional.empty()))))
                .isInstanceOf(InvalidTimelineException.class).hasMessageContaining("event 1 (Undeclared), type:");
    }

    @Test
    void a_type_declared_for_another_class_a_built_in_name_and_one_name_twice_are_problems() {
        assertThat(problems(new Borrowed(day("2025-02-04"), Optional.empty()))).containsExactly(
                "event 1 (childReturned), type: an event of the class Borrowed with the event type childReturned, declared"
                        + " for ChildReturned; expected the type declared for its own class");
        assertThat(problems(new LocalVisit(day("2025-02-04"), Optional.empty()))).containsExactly(
                "event 1 (visit), type: a local event type named as Duly's own visit (visit); expected a name of its own");
        assertThat(problems(returned("2025-02-04", null), new AlsoReturned(day("2025-02-05"), Optional.empty())))
                .containsExactly("event 2 (childReturned), type: the event type childReturned of AlsoReturned has the name"
                        + " of another at event 1 (ChildReturned); expected one event type per case-file name");
    }

    @Test
    void problems_with_local_events_never_contain_the_childs_name() {
        assertThat(problems(new Undeclared(day("2025-02-04"), Optional.empty()), returned("2025-02-03", null)))
                .hasSize(1).noneMatch(problem -> problem.contains("Zebedee") || problem.contains(DISTINCTIVE_NAME));
    }

    @Test
    void a_local_type_is_declared_once_with_its_name_class_and_words() {
        assertThat(ChildReturned.TYPE.caseFileName()).isEqualTo("childReturned");
        assertThat(ChildReturned.TYPE.name()).isEqualTo("CHILD_RETURNED");
        assertThat(ChildReturned.TYPE.type()).isEqualTo(ChildReturned.class);
        assertThat(ChildReturned.TYPE.description()).isEqualTo("the child's return");
        assertThat(ChildReturned.TYPE).hasToString("childReturned")
                .isEqualTo(EventType.of("childReturned", ChildReturned.class, "the child's return"));
        assertThat(EventType.of("section47Return", ChildReturned.class, "a return").name()).isEqualTo("SECTION47_RETURN");
    }

    @Test
    void a_local_type_needs_a_lower_camel_case_name_words_and_a_class_of_its_own() {
        assertThatThrownBy(() -> EventType.of("Child returned", ChildReturned.class, "the child's return"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an event type's case-file name is in lower camel case, a letter then letters and digits,"
                        + " such as childReturned; not 'Child returned'");
        assertThatThrownBy(() -> EventType.of("childReturned", ChildReturned.class, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the event type childReturned needs a description in English");
        assertThatThrownBy(() -> EventType.of("ourVisit", Visit.class, "a visit"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("org.duly.domain.events.Visit is Duly's own visit; a local event type needs an event class of its own");
        Class<? extends TimelineEvent> none = null;
        assertThatThrownBy(() -> EventType.of("childReturned", none, "the child's return")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_complaint_timeline_takes_local_events_too_and_its_rules_ignore_them() {
        Complaint complaint = Complaint.builder().id("CF-1").kind(ComplaintKind.STATUTORY).build();
        // Before the complaint was received: the complaint rules are about Duly's own events.
        ComplaintTimeline timeline = ComplaintTimeline.of(complaint, List.of(new AdvocateAppointed(day("2025-02-03")),
                ComplaintReceived.builder().date(day("2025-02-04")).build()));
        assertThat(timeline.events()).extracting(event -> event.eventType().caseFileName())
                .containsExactly("advocateAppointed", "complaintReceived");
    }
}
