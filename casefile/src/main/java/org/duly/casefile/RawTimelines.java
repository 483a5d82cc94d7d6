package org.duly.casefile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Checked;
import org.duly.domain.Child;
import org.duly.domain.ComplaintTimeline;
import org.duly.domain.StaffTimeline;
import org.duly.domain.Timeline;
import org.duly.domain.TimelineDraft;
import org.duly.domain.TimelineProblem;
import org.duly.domain.complaints.Complaint;
import org.duly.domain.complaints.ComplaintEvent;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.EventType;
import org.duly.domain.events.TimelineEvent;
import org.duly.domain.staff.StaffEvent;
import org.duly.domain.workforce.Worker;

/**
 * Timelines from raw values, as a case file or a case management system's export holds them: the
 * subject's fields and each event's type and fields, text, booleans, numbers or lists of those, as
 * a JSON parser produces them (Jackson's {@code Map}s will do). Every problem of reading is
 * reported at once, by the event's position in the input and its field (an unknown type, with the
 * nearest known name; an unknown field; a value of the wrong kind, with what was expected; a broken
 * invariant of the value), with the order of the events that could be read; once everything reads,
 * the timeline's own consistency rules follow ({@link CaseTimeline#check(TimelineDraft)}). No
 * message quotes personal data: a value only where it cannot be a name ({@link Quoting}), a field or
 * a type that is not one of Duly's by its place ({@code field 3}, {@code event 2}).
 *
 * <p>Values are read as the case file's schema states them, nothing converted: a boolean is a
 * {@code Boolean}, a whole number a {@code Number} with no fraction, a date or a time ISO text
 * ({@code 2024-03-05}, {@code 14:30}) within the calendar's range, an enum value its case-file
 * spelling, text a non-blank {@code String} of at most 1,000 characters. A null value counts as
 * absent.
 *
 * <p>Field names and enum values are spelled as a case file spells them
 * ({@link CaseFileSpelling}); the schema at {@code examples/case-file.schema.json} lists them all.
 *
 * <p>Each method has a variant that takes an application's own event types (declared with
 * {@code EventType.of}) besides Duly's own; an event of such a type is read into its own class, a
 * record or an Immutables value, with every problem located as for Duly's own.
 */
public final class RawTimelines {

    private RawTimelines() {
    }

    /**
     * A child's timeline from raw values.
     *
     * <p>Example:
     * <pre>{@code
     * Checked<CaseTimeline, TimelineProblem> timeline = RawTimelines.child(
     *     Map.of("id", "C-1", "name", "Zebedee Quartermaine", "dateOfBirth", "2015-06-01"),
     *     List.of(RawEvent.of("strategyDiscussion", Map.of("dateTime", "2024-03-05T14:30", "initiatedSection47", "yes")),
     *             RawEvent.of("conferenceHeld", Map.of("date", "2024-03-20", "kind", "first"))));
     * assertThat(timeline.problems()).extracting(TimelineProblem::toString).containsExactly(
     *     "event 1 (strategyDiscussion), initiatedSection47: expected true or false; found \"yes\"",
     *     "event 2 (conferenceHeld), kind: expected one of: initial, review; found text of 5 characters");
     * }</pre>
     *
     * @param child the child's fields: {@code id}, {@code name}, {@code dateOfBirth} or
     *     {@code expectedDateOfDelivery}, {@code disabled}, {@code complexNeeds}, {@code likelyToNeedAdultServices}
     * @param events the raw events, in date order
     * @return the timeline, or every problem found
     */
    public static Checked<CaseTimeline, TimelineProblem> child(Map<String, ?> child, List<RawEvent> events) {
        return child(child, events, LocalEventTypes.NONE);
    }

    /**
     * A child's timeline from raw values that may hold an application's own event types besides
     * Duly's: each read into its own class (a record or an Immutables value) with every problem
     * located as for Duly's own events.
     *
     * <p>Example:
     * <pre>{@code
     * Checked<CaseTimeline, TimelineProblem> timeline = RawTimelines.child(Map.of("id", "C-1", "dateOfBirth", "2010-06-01"),
     *     List.of(RawEvent.of("childReturned", Map.of("dateTime", "2025-02-20T22:15", "episodeId", "M-1"))),
     *     List.of(ChildReturned.TYPE));
     * assertThat(timeline.orElseThrow().eventsOf(ChildReturned.class)).hasSize(1);
     * }</pre>
     *
     * @param child the child's fields
     * @param events the raw events, in date order
     * @param localTypes the application's own event types (declared with {@code EventType.of})
     * @return the timeline, or every problem found
     * @throws IllegalArgumentException if a local type clashes with a built-in one or another local
     *     one, belongs to no kind of file, or has a class that cannot be read from raw values
     */
    public static Checked<CaseTimeline, TimelineProblem> child(Map<String, ?> child, List<RawEvent> events,
            Collection<? extends EventType> localTypes) {
        return child(child, events, LocalEventTypes.of(localTypes));
    }

    private static Checked<CaseTimeline, TimelineProblem> child(Map<String, ?> child, List<RawEvent> events, LocalEventTypes local) {
        return CaseTimeline.check(RawTimelines.<Child, CaseEvent>draft(CaseFileKind.CHILD_CASE, child, events, local, CaseEvent.class));
    }

    /**
     * A complaint's timeline from raw values: the complaint's fields ({@code id}, {@code kind},
     * {@code complainantName}, {@code childId}, {@code advocateNeeded}) and each event's type and fields.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(RawTimelines.complaint(Map.of("id", "CF-88", "kind", "statutory"),
     *     List.of(RawEvent.of("complaintReceived", Map.of("date", "2024-03-05")),
     *             RawEvent.of("complaintResponse", Map.of("date", "2024-03-12", "stage", "stage1")))).isValid()).isTrue();
     * }</pre>
     *
     * @param complaint the complaint's fields
     * @param events the raw events, in date order
     * @return the timeline, or every problem found
     */
    public static Checked<ComplaintTimeline, TimelineProblem> complaint(Map<String, ?> complaint, List<RawEvent> events) {
        return complaint(complaint, events, LocalEventTypes.NONE);
    }

    /**
     * A complaint's timeline from raw values that may hold an application's own event types.
     *
     * <p>Example:
     * <pre>{@code
     * RawTimelines.complaint(Map.of("id", "CF-88", "kind", "statutory"),
     *     List.of(RawEvent.of("advocateAppointed", Map.of("date", "2024-03-06"))), List.of(AdvocateAppointed.TYPE));
     * }</pre>
     *
     * @param complaint the complaint's fields
     * @param events the raw events, in date order
     * @param localTypes the application's own event types
     * @return the timeline, or every problem found
     * @throws IllegalArgumentException if a local type is not one a case file can hold ({@link #child(Map, List, Collection)})
     */
    public static Checked<ComplaintTimeline, TimelineProblem> complaint(Map<String, ?> complaint, List<RawEvent> events,
            Collection<? extends EventType> localTypes) {
        return complaint(complaint, events, LocalEventTypes.of(localTypes));
    }

    private static Checked<ComplaintTimeline, TimelineProblem> complaint(Map<String, ?> complaint, List<RawEvent> events,
            LocalEventTypes local) {
        return ComplaintTimeline.check(RawTimelines.<Complaint, ComplaintEvent>draft(CaseFileKind.COMPLAINT, complaint, events,
                local, ComplaintEvent.class));
    }

    /**
     * A worker's timeline from raw values: the worker's fields ({@code id}, {@code name},
     * {@code role}) and each event's type and fields.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(RawTimelines.worker(Map.of("id", "W-17", "role", "teamManager"),
     *     List.of(RawEvent.of("reflectiveCaseReviewCompleted", Map.of("date", "2024-03-05", "reviewId", "RCR-7"))))
     *     .problems()).extracting(TimelineProblem::field).containsExactly("reviewId");
     * }</pre>
     *
     * @param worker the worker's fields
     * @param events the raw events, in date order
     * @return the timeline, or every problem found
     */
    public static Checked<StaffTimeline, TimelineProblem> worker(Map<String, ?> worker, List<RawEvent> events) {
        return worker(worker, events, LocalEventTypes.NONE);
    }

    /**
     * A worker's timeline from raw values that may hold an application's own event types.
     *
     * <p>Example:
     * <pre>{@code
     * RawTimelines.worker(Map.of("id", "W-17", "role", "teamManager"),
     *     List.of(RawEvent.of("inductionCompleted", Map.of("date", "2024-03-05"))), List.of(InductionCompleted.TYPE));
     * }</pre>
     *
     * @param worker the worker's fields
     * @param events the raw events, in date order
     * @param localTypes the application's own event types
     * @return the timeline, or every problem found
     * @throws IllegalArgumentException if a local type is not one a case file can hold ({@link #child(Map, List, Collection)})
     */
    public static Checked<StaffTimeline, TimelineProblem> worker(Map<String, ?> worker, List<RawEvent> events,
            Collection<? extends EventType> localTypes) {
        return worker(worker, events, LocalEventTypes.of(localTypes));
    }

    private static Checked<StaffTimeline, TimelineProblem> worker(Map<String, ?> worker, List<RawEvent> events, LocalEventTypes local) {
        return StaffTimeline.check(RawTimelines.<Worker, StaffEvent>draft(CaseFileKind.STAFF, worker, events, local, StaffEvent.class));
    }

    /** A timeline of any kind from raw values, as a case file of that kind holds them, with the local types given. */
    static Checked<Timeline, TimelineProblem> read(CaseFileKind kind, Map<String, ?> subject, List<RawEvent> events,
            LocalEventTypes local) {
        return switch (kind) {
            case CHILD_CASE -> child(subject, events, local).map(Timeline.class::cast);
            case COMPLAINT -> complaint(subject, events, local).map(Timeline.class::cast);
            case STAFF -> worker(subject, events, local).map(Timeline.class::cast);
        };
    }

    /** What could be read of a subject and its events, with every problem of reading, for the timeline to check. */
    private static <S, E extends TimelineEvent> TimelineDraft<S, E> draft(CaseFileKind kind, Map<String, ?> subject,
            List<RawEvent> events, LocalEventTypes local, Class<E> eventInterface) {
        @SuppressWarnings("unchecked")
        Class<S> subjectType = (Class<S>) kind.subjectType();
        Checked<S, TimelineProblem> read = RawValues.read(subjectType, subject, 0, kind.subjectKey());
        Function<String, Optional<? extends Class<? extends E>>> typeByName =
                name -> local.typeOf(kind, name).map(type -> type.asSubclass(eventInterface));
        RawEvents<E> raw = RawEvents.read(events, typeByName, local.eventTypes(kind).stream().map(EventType::caseFileName).toList());
        List<TimelineProblem> problems = new ArrayList<>(read.problems());
        problems.addAll(raw.problems());
        String name = subject.get(kind.nameField()) instanceof String text ? text : "";
        return new TimelineDraft<>(read.value(), raw.events(), problems, name);
    }
}
