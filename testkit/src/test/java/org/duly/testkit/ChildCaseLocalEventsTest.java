package org.duly.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.EventType;
import org.duly.domain.events.LegalStatus;
import org.junit.jupiter.api.Test;

/** A test's case takes an application's own events as it takes Duly's, and fails on one that declares no type. */
class ChildCaseLocalEventsTest {

    record ChildReturned(String episodeId, LocalDate date, Optional<LocalTime> time) implements CaseEvent {
        static final EventType TYPE = EventType.of("childReturned", ChildReturned.class, "the child's return");

        @Override
        public EventType eventType() {
            return TYPE;
        }
    }

    record Undeclared(LocalDate date, Optional<LocalTime> time) implements CaseEvent {
    }

    @Test
    void a_local_event_joins_the_case_in_date_order() {
        ChildReturned returned = new ChildReturned("M-1", LocalDate.parse("2025-02-20"), Optional.of(LocalTime.parse("22:15")));

        ChildCase kase = ChildCase.child("C-1").bornOn("2010-06-01").becameLookedAfter("2024-06-03", LegalStatus.SECTION_20)
                .with(returned);

        assertThat(kase.timeline().eventsOf(ChildReturned.class)).containsExactly(returned);
    }

    @Test
    void an_event_that_declares_no_type_fails_the_case_with_where_it_is() {
        ChildCase kase = ChildCase.child("C-1").bornOn("2010-06-01").with(new Undeclared(LocalDate.parse("2025-02-20"), Optional.empty()));

        assertThatThrownBy(kase::timeline).isInstanceOf(AssertionError.class)
                .hasMessageContaining("event 1 (Undeclared), type: an event of the class Undeclared, which declares no event type");
    }
}
