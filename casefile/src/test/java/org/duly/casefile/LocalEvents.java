package org.duly.casefile;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.duly.domain.complaints.ComplaintEvent;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.EventType;
import org.duly.domain.events.TimelineEvent;
import org.duly.domain.value.InvalidValueException;
import org.immutables.value.Value;

/**
 * An application's own event types, as the case-file tests read and write them: records of every
 * kind of field, an Immutables value, a complaint's event, and classes a case file cannot hold.
 */
final class LocalEvents {

    private LocalEvents() {
    }

    /** How a child came back. */
    enum HowReturned { FOUND_BY_POLICE, RETURNED_ALONE }

    /** A record with a field of every kind a case file holds. */
    record ChildReturned(String episodeId, LocalDate date, Optional<LocalTime> time, Optional<HowReturned> how,
            boolean harmDisclosed, int hoursAway, List<String> agencies) implements CaseEvent {
        static final EventType TYPE = EventType.of("childReturned", ChildReturned.class, "the child's return");

        ChildReturned {
            InvalidValueException.check(hoursAway >= 0, "hoursAway", "a number of hours cannot be negative");
            if (episodeId.equals("M-0")) {
                throw new IllegalArgumentException("M-0 is the test episode of the old system");
            }
            agencies = List.copyOf(agencies);
        }

        @Override
        public EventType eventType() {
            return TYPE;
        }
    }

    /** A local event as an Immutables value in Immutables' own style: a generated builder, no {@code builder()} of its own. */
    @Value.Immutable
    interface InterviewOffered extends CaseEvent {
        EventType TYPE = EventType.of("interviewOffered", InterviewOffered.class, "the offer of a return home interview");

        String episodeId();

        @Value.Default
        default boolean accepted() {
            return false;
        }

        @Override
        default EventType eventType() {
            return TYPE;
        }
    }

    /**
     * A local event as an Immutables value written as Duly's own are: the generated implementation and
     * builder hidden, and a nested builder of its own returned by {@code builder()}.
     */
    @Value.Immutable
    @Value.Style(visibility = Value.Style.ImplementationVisibility.PACKAGE,
            builderVisibility = Value.Style.BuilderVisibility.PACKAGE, overshadowImplementation = true)
    interface InterviewHeld extends CaseEvent {
        EventType TYPE = EventType.of("interviewHeld", InterviewHeld.class, "a return home interview");

        String episodeId();

        @Override
        Optional<LocalTime> time();

        static Builder builder() {
            return new Builder();
        }

        /** Its builder. */
        final class Builder extends ImmutableInterviewHeld.Builder {
            Builder() {
            }
        }

        @Override
        default EventType eventType() {
            return TYPE;
        }
    }

    /** A complaint's local event. */
    record AdvocateAppointed(LocalDate date) implements ComplaintEvent {
        static final EventType TYPE = EventType.of("advocateAppointed", AdvocateAppointed.class, "the appointment of an advocate");

        @Override
        public EventType eventType() {
            return TYPE;
        }
    }

    /** A local event with a field no case file can hold. */
    record Zoned(LocalDate date, Optional<LocalTime> time, ZonedDateTime at) implements CaseEvent {
        static final EventType TYPE = EventType.of("zoned", Zoned.class, "a zoned event");

        @Override
        public EventType eventType() {
            return TYPE;
        }
    }

    /** An event of no subject's kind. */
    record Unattached(LocalDate date) implements TimelineEvent {
        static final EventType TYPE = EventType.of("unattached", Unattached.class, "an event of nobody's");

        @Override
        public EventType eventType() {
            return TYPE;
        }
    }

    /** A local type that takes a built-in type's name. */
    record LocalVisit(LocalDate date, Optional<LocalTime> time) implements CaseEvent {
        static final EventType TYPE = EventType.of("visit", LocalVisit.class, "a visit of our own");

        @Override
        public EventType eventType() {
            return TYPE;
        }
    }
}
