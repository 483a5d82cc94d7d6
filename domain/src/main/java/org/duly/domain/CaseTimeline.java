package org.duly.domain;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.duly.domain.events.CaseClosed;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.CaseEventType;

/**
 * A child's case: the child and the events of their case in date order, checked for consistency.
 * It is the input of every derived fact ({@code org.duly.domain.care}) and of the engine.
 *
 * <p>A timeline is only built through {@link #of} or {@link #fromRaw}, which report every problem
 * at once rather than the first: events out of date order (case files must be in order; a silent
 * re-sort could hide a data-entry error), a date before the child's birth where that is impossible,
 * an event after the case closed, a conference before any strategy discussion, a placement that
 * ends before it starts or overlaps another, a review of a plan that never started, a link to
 * nothing, and, from raw values, an unknown type, field or value. No message contains the child's
 * name.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaseTimeline {

    private static final String CHILD = "child";

    private final Child child;
    private final List<CaseEvent> events;
    /** The child with the date of birth a recorded birth gives, worked out once: every rule on age asks. */
    private final Child born;

    private CaseTimeline(Child child, List<CaseEvent> events) {
        this.child = child;
        this.events = List.copyOf(events);
        Optional<LocalDate> dateOfBirth = TimelineRules.dateOfBirth(child, this.events);
        this.born = dateOfBirth.equals(child.dateOfBirth()) ? child : ImmutableChild.copyOf(child).withDateOfBirth(dateOfBirth);
    }

    /**
     * Builds a timeline from a child and their events, which must be in date order (and in time
     * order within a day where both have a time).
     *
     * <p>Example:
     * <pre>{@code
     * Child child = Child.builder().id("C-1").dateOfBirth(LocalDate.parse("2015-06-01")).build();
     * Validation<Seq<TimelineProblem>, CaseTimeline> timeline = CaseTimeline.of(child, List.of(
     *     StrategyDiscussion.builder().date(LocalDate.parse("2024-03-05")).initiatedSection47(true).build(),
     *     ConferenceHeld.builder().date(LocalDate.parse("2024-03-20")).kind(ConferenceKind.INITIAL).build()));
     * assertThat(timeline.get().eventsOf(ConferenceHeld.class)).hasSize(1);
     *
     * assertThat(CaseTimeline.of(child, List.of(
     *     ConferenceHeld.builder().date(LocalDate.parse("2024-03-20")).kind(ConferenceKind.INITIAL).build())).getError())
     *     .extracting(TimelineProblem::toString)
     *     .containsExactly("event 1 (conferenceHeld), date: an initial child protection conference on 2024-03-20"
     *         + " with no strategy discussion before it; expected a strategy discussion first");
     * }</pre>
     *
     * @param child the child
     * @param events the events, in date order
     * @return the timeline, or every problem found
     */
    public static Validation<Seq<TimelineProblem>, CaseTimeline> of(Child child, List<? extends CaseEvent> events) {
        Objects.requireNonNull(child, "child");
        List<PositionedEvent> positioned = IntStream.range(0, events.size())
                .mapToObj(i -> new PositionedEvent(i + 1, Objects.requireNonNull(events.get(i), "event " + (i + 1))))
                .toList();
        return validate(child, positioned, List.of()).map(valid -> new CaseTimeline(child, List.copyOf(events)));
    }

    /**
     * Builds a timeline from raw values, as a case file or a case management system's export holds
     * them: the child's fields and each event's type and fields. Every problem of reading the values
     * is reported, with the order of the events that could be read, by the event's position in the
     * input; once everything reads, the consistency rules of {@link #of} follow. (Checking
     * consistency with an event missing would report its absence as a second, misleading problem.)
     *
     * <p>Example:
     * <pre>{@code
     * Validation<Seq<TimelineProblem>, CaseTimeline> timeline = CaseTimeline.fromRaw(
     *     Map.of("id", "C-1", "name", "Zebedee Quartermaine", "dateOfBirth", "2015-06-01"),
     *     List.of(RawEvent.of("strategyDiscussion", Map.of("dateTime", "2024-03-05T14:30", "initiatedSection47", "yes")),
     *             RawEvent.of("conferenceHeld", Map.of("date", "2024-03-20", "kind", "first"))));
     * assertThat(timeline.getError()).extracting(TimelineProblem::toString).containsExactly(
     *     "event 1 (strategyDiscussion), initiatedSection47: expected true or false; found \"yes\"",
     *     "event 2 (conferenceHeld), kind: expected one of: initial, review; found \"first\"");
     * }</pre>
     *
     * @param child the child's fields: {@code id}, {@code name}, {@code dateOfBirth} or
     *     {@code expectedDateOfDelivery}, {@code disabled}, {@code complexNeeds}, {@code likelyToNeedAdultServices}
     * @param events the raw events, in date order
     * @return the timeline, or every problem found
     */
    public static Validation<Seq<TimelineProblem>, CaseTimeline> fromRaw(Map<String, ?> child, List<RawEvent> events) {
        List<TimelineProblem> problems = new ArrayList<>();
        Validation<Seq<TimelineProblem>, Child> readChild = RawValues.read(Child.class, child, 0, CHILD);
        readChild.toEither().swap().forEach(childProblems -> problems.addAll(childProblems.asJava()));
        RawEvents<CaseEvent> raw = RawEvents.read(events, name -> CaseEventType.byCaseFileName(name).map(CaseEventType::type),
                Arrays.stream(CaseEventType.values()).map(CaseEventType::caseFileName).toList());
        problems.addAll(raw.problems());
        List<PositionedEvent> read = IntStream.range(0, raw.events().size())
                .mapToObj(i -> new PositionedEvent(raw.positions().get(i), raw.events().get(i))).toList();
        String name = child.get("name") instanceof String text ? text : "";
        if (!problems.isEmpty()) {
            // Only the order can still be checked: with an event missing, the consistency rules would report its absence.
            problems.addAll(order(read));
            return Validation.invalid(redacted(sorted(problems), name));
        }
        Validation<Seq<TimelineProblem>, List<PositionedEvent>> checked = validate(readChild.get(), read, problems);
        return checked.map(valid -> new CaseTimeline(readChild.get(),
                valid.stream().map(PositionedEvent::event).toList()));
    }

    private static Validation<Seq<TimelineProblem>, List<PositionedEvent>> validate(Child child,
            List<PositionedEvent> events, List<TimelineProblem> earlier) {
        List<TimelineProblem> problems = new ArrayList<>(earlier);
        List<TimelineProblem> order = order(events);
        problems.addAll(order);
        if (order.isEmpty()) {
            // The consistency rules read events in order; out of order, their findings would mislead.
            problems.addAll(TimelineRules.check(child, events));
        }
        String name = child.name().orElse("");
        return problems.isEmpty() ? Validation.valid(events) : Validation.invalid(redacted(sorted(problems), name));
    }

    private static List<TimelineProblem> order(List<PositionedEvent> events) {
        return TimelineOrder.check(events, i -> events.get(i).position(), e -> e.event().date(), e -> e.event().time(),
                PositionedEvent::name);
    }

    private static List<TimelineProblem> sorted(List<TimelineProblem> problems) {
        List<TimelineProblem> sorted = new ArrayList<>(problems);
        sorted.sort((a, b) -> Integer.compare(a.position(), b.position()));
        return sorted;
    }

    private static Seq<TimelineProblem> redacted(List<TimelineProblem> problems, String name) {
        return io.vavr.collection.List.ofAll(problems).map(problem -> problem.redactingName(name));
    }

    /**
     * The child, with the date of birth a birth event records where the child record had only an
     * expected date of delivery.
     *
     * <p>Example:
     * <pre>{@code
     * Child unborn = Child.builder().id("C-2").expectedDateOfDelivery(LocalDate.parse("2024-09-30")).build();
     * CaseTimeline timeline = CaseTimeline.of(unborn, List.of(Birth.builder().date(LocalDate.parse("2024-09-25")).build())).get();
     * assertThat(timeline.child().dateOfBirth()).contains(LocalDate.parse("2024-09-25"));
     * }</pre>
     *
     * @return the child
     */
    public Child child() {
        return born;
    }

    /**
     * Every event, in date order as given.
     *
     * @return the events, unmodifiable
     */
    public List<CaseEvent> events() {
        return events;
    }

    /**
     * The events of one type, in date order.
     *
     * <p>Example:
     * <pre>{@code
     * List<LookedAfterReview> reviews = timeline.eventsOf(LookedAfterReview.class);
     * }</pre>
     *
     * @param type the event type, such as {@code StrategyDiscussion.class}
     * @param <E> the event type
     * @return the events of that type, unmodifiable
     */
    public <E extends CaseEvent> List<E> eventsOf(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The first event of a type.
     *
     * @param type the event type
     * @param <E> the event type
     * @return the first such event, or empty if there is none
     */
    public <E extends CaseEvent> Optional<E> firstOf(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /**
     * The last event of a type.
     *
     * @param type the event type
     * @param <E> the event type
     * @return the last such event, or empty if there is none
     */
    public <E extends CaseEvent> Optional<E> lastOf(Class<E> type) {
        E last = null;
        for (CaseEvent event : events) {
            if (type.isInstance(event)) {
                last = type.cast(event);
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * The date the case closed, if it is closed at the end of the timeline: the last closure not
     * followed by a referral or private fostering notification that reopened it.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(timeline.closureDate()).contains(LocalDate.parse("2024-06-28"));
     * }</pre>
     *
     * @return the closure date, or empty while the case is open
     */
    public Optional<LocalDate> closureDate() {
        LocalDate closed = null;
        for (CaseEvent event : events) {
            if (event instanceof CaseClosed) {
                closed = closed == null ? event.date() : closed;
            } else if (event.eventType().opensCase()) {
                closed = null;
            }
        }
        return Optional.ofNullable(closed);
    }

    /**
     * The timeline as it stood at the end of a day: the events dated on or before it. Useful to
     * evaluate a case as of a past date.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(timeline.upTo(LocalDate.parse("2024-03-10")).eventsOf(ConferenceHeld.class)).isEmpty();
     * }</pre>
     *
     * @param date the last day to keep
     * @return the shorter timeline; still consistent, as every rule looks only backward
     */
    public CaseTimeline upTo(LocalDate date) {
        // Events are in date order: the known ones are a prefix, and most often all of them.
        int known = events.size();
        while (known > 0 && events.get(known - 1).date().isAfter(date)) {
            known--;
        }
        return known == events.size() ? this : new CaseTimeline(child, List.copyOf(events.subList(0, known)));
    }

    /**
     * Whether the other object is a timeline of the same child with the same events.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof CaseTimeline that && child.equals(that.child) && events.equals(that.events);
    }

    /**
     * A hash code over the child and the events.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(child, events);
    }

    /**
     * The timeline in words, with the child's personal data redacted.
     *
     * @return the child and the number of events
     */
    @Override
    public String toString() {
        return "CaseTimeline{child=" + child + ", events=" + events.size() + "}";
    }
}
