package org.duly.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.duly.domain.events.CaseClosed;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.CaseEventType;
import org.duly.domain.value.Allocated;
import org.duly.timescales.OnFirstUse;

/**
 * A child's case: the child and the events of their case in date order, checked for consistency.
 * It is the input of every derived fact ({@code org.duly.domain.care}) and of the engine.
 *
 * <p>A timeline is only built through {@link #of}, which throws an {@link InvalidTimelineException}
 * carrying every problem as java.time's {@code of} throws, or {@link #check}, which returns every
 * problem as a {@link Checked} value. Both report every problem at once rather than the first:
 * events out of date order (case files must be in order; a silent re-sort could hide a data-entry
 * error), a date before the child's birth where that is impossible, an event after the case closed,
 * a conference before any strategy discussion, a placement that ends before it starts or overlaps
 * another, a review of a plan that never started, a link to nothing. No message contains the
 * child's name.
 *
 * <p>Besides Duly's own events ({@link CaseEventType}) a timeline takes an application's own: an
 * event class that implements {@link CaseEvent} and returns a type declared with
 * {@code EventType.of} from its {@code eventType()} (a child going missing from care, say). Such an
 * event is checked for date order like any other; the consistency rules above are about Duly's own
 * events and ignore it; a problem names it by its case-file name. An event of a class that declares
 * no type is a problem, not an exception.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaseTimeline implements Timeline {

    private final Child child;
    private final List<CaseEvent> events;
    /** The events' epoch days, for {@link #upTo}. */
    private final long[] days;
    /** The child with the date of birth a recorded birth gives, worked out once: every rule on age asks. */
    private final Child born;
    /**
     * The events by type, worked out on first use: the engine and the care facts ask for events by type hundreds of times
     * per case. As {@link OnFirstUse} works a value out, but held here directly: its holder would add a read to each ask.
     */
    private final AtomicReference<EventsByType> byType = new AtomicReference<>();

    private EventsByType byType() {
        EventsByType table = byType.get();
        if (table == null) {
            table = EventsByType.of(events);
            byType.set(table);
        }
        return table;
    }

    private CaseTimeline(Child child, List<? extends CaseEvent> events) {
        this.child = child;
        this.events = List.copyOf(events);
        this.days = TimelineChecks.days(this.events);
        Optional<LocalDate> dateOfBirth = TimelineRules.dateOfBirth(child, this.events);
        this.born = dateOfBirth.equals(child.dateOfBirth()) ? child : Child.builder().from(child).dateOfBirth(dateOfBirth).build();
    }

    /** The first events of a timeline, with the child as they stood by then, worked out by {@link #upTo}. */
    private CaseTimeline(Child child, List<CaseEvent> events, long[] days, Child born) {
        this.child = child;
        this.events = events;
        this.days = days;
        this.born = born;
    }

    /**
     * A timeline of a child and their events, which must be in date order (and in time order
     * within a day where both have a time).
     *
     * <p>Example:
     * <pre>{@code
     * Child child = Child.builder().id("C-1").dateOfBirth(LocalDate.parse("2015-06-01")).build();
     * CaseTimeline timeline = CaseTimeline.of(child, List.of(
     *     StrategyDiscussion.builder().date(LocalDate.parse("2024-03-05")).initiatedSection47(true).build(),
     *     ConferenceHeld.builder().date(LocalDate.parse("2024-03-20")).kind(ConferenceKind.INITIAL).build()));
     * assertThat(timeline.eventsOf(ConferenceHeld.class)).hasSize(1);
     *
     * assertThatThrownBy(() -> CaseTimeline.of(child, List.of(
     *     ConferenceHeld.builder().date(LocalDate.parse("2024-03-20")).kind(ConferenceKind.INITIAL).build())))
     *     .isInstanceOf(InvalidTimelineException.class)
     *     .hasMessage("the timeline has 1 problem: event 1 (conferenceHeld), date: an initial child protection"
     *         + " conference on 2024-03-20 with no strategy discussion before it; expected a strategy discussion first");
     * }</pre>
     *
     * @param child the child
     * @param events the events, in date order
     * @return the timeline
     * @throws InvalidTimelineException with every problem, if the events do not make a valid timeline
     */
    public static CaseTimeline of(Child child, List<? extends CaseEvent> events) {
        return check(child, events).orElseThrow();
    }

    /**
     * Checks a child and their events, which must be in date order (and in time order within a day
     * where both have a time): the timeline, or every problem found.
     *
     * <p>Example:
     * <pre>{@code
     * Checked<CaseTimeline, TimelineProblem> checked = CaseTimeline.check(child, List.of(
     *     ConferenceHeld.builder().date(LocalDate.parse("2024-03-20")).kind(ConferenceKind.INITIAL).build()));
     * assertThat(checked.problems()).extracting(TimelineProblem::toString)
     *     .containsExactly("event 1 (conferenceHeld), date: an initial child protection conference on 2024-03-20"
     *         + " with no strategy discussion before it; expected a strategy discussion first");
     * }</pre>
     *
     * @param child the child
     * @param events the events, in date order
     * @return the timeline, or every problem found
     */
    public static Checked<CaseTimeline, TimelineProblem> check(Child child, List<? extends CaseEvent> events) {
        Objects.requireNonNull(child, "child");
        return check(TimelineDraft.numbered(child, events, child.name().orElse("")));
    }

    /**
     * Checks what a reader of records found (a case file, a case management system's export): the
     * child if it could be read, the events that could be read with their positions in the input,
     * and the problems of reading the rest. Problems keep the input's positions, so "event 3" is
     * the third event of the input even when the second could not be read. While anything could not
     * be read only the order is checked (with an event missing, the consistency rules would report
     * its absence as a second, misleading problem); then the rules of {@link #check(Child, List)}.
     * The name given is removed from every problem.
     *
     * <p>Example:
     * <pre>{@code
     * TimelineDraft<Child, CaseEvent> draft = new TimelineDraft<>(Optional.of(child),
     *     List.of(PositionedEvent.of(2, ConferenceHeld.builder().date(LocalDate.parse("2024-03-20")).kind(ConferenceKind.INITIAL).build())),
     *     List.of(TimelineProblem.of(1, "strategyDiscussion", "initiatedSection47", "expected true or false; found \"yes\"")),
     *     "Zebedee Quartermaine");
     * assertThat(CaseTimeline.check(draft).problems()).extracting(TimelineProblem::toString)
     *     .containsExactly("event 1 (strategyDiscussion), initiatedSection47: expected true or false; found \"yes\"");
     * }</pre>
     *
     * @param draft what was read, with the problems of reading
     * @return the timeline, or every problem found, by position
     */
    public static Checked<CaseTimeline, TimelineProblem> check(TimelineDraft<Child, CaseEvent> draft) {
        return TimelineChecks.check(draft, CaseEventType::byCaseFileName, TimelineRules::check, CaseTimeline::new);
    }

    /**
     * The child, with the date of birth a birth event records where the child record had only an
     * expected date of delivery.
     *
     * <p>Example:
     * <pre>{@code
     * Child unborn = Child.builder().id("C-2").expectedDateOfDelivery(LocalDate.parse("2024-09-30")).build();
     * CaseTimeline timeline = CaseTimeline.of(unborn, List.of(Birth.builder().date(LocalDate.parse("2024-09-25")).build()));
     * assertThat(timeline.child().dateOfBirth()).contains(LocalDate.parse("2024-09-25"));
     * }</pre>
     *
     * @return the child
     */
    public Child child() {
        return born;
    }

    /**
     * The child's id, never their name.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(timeline.subjectId()).isEqualTo(timeline.child().id());
     * }</pre>
     *
     * @return the child's identifier
     */
    @Override
    public String subjectId() {
        return child.id();
    }

    /**
     * {@inheritDoc}
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(timeline.allocation().allocatedWorker()).contains("W-17");
     * }</pre>
     */
    @Override
    public Allocated allocation() {
        return child;
    }

    /**
     * Every event, in date order as given.
     *
     * @return the events, unmodifiable
     */
    @Override
    public List<CaseEvent> events() {
        return events;
    }

    /**
     * The events of one type, in date order: of a class, or of an interface they implement.
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
    public <E> List<E> eventsOf(Class<E> type) {
        // Looked up, not picked out: the engine and the care facts ask for events by type hundreds of times per case.
        return byType().eventsOf(Objects.requireNonNull(type, "type"));
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
            } else if (event.eventType() instanceof CaseEventType type && type.opensCase()) {
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
    @Override
    public CaseTimeline upTo(LocalDate date) {
        int known = TimelineChecks.knownOn(days, date);
        if (known == events.size()) {
            return this;
        }
        // The events kept are those dated by then, so they include the first birth recorded exactly when it is dated by
        // then: the date of birth it gives is known without looking for it again.
        Child bornByThen = born.dateOfBirth().filter(day -> !day.isAfter(date)).isPresent() ? born : child;
        return new CaseTimeline(child, List.copyOf(events.subList(0, known)), Arrays.copyOf(days, known), bornByThen);
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
