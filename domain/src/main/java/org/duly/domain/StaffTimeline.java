package org.duly.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.duly.domain.staff.LeftPost;
import org.duly.domain.staff.ReflectiveCaseReviewAllocated;
import org.duly.domain.staff.ReflectiveCaseReviewCompleted;
import org.duly.domain.staff.RoleChanged;
import org.duly.domain.staff.StaffEvent;
import org.duly.domain.staff.StaffEventType;
import org.duly.domain.staff.StartedInPost;
import org.duly.domain.value.Allocated;
import org.duly.domain.value.Spelling;
import org.duly.domain.workforce.Worker;
import org.duly.domain.workforce.WorkerRole;

/**
 * A worker and the events of their employment that supervision and reflective case review
 * timescales count, in date order, checked as a child's timeline is: every problem at once, each
 * naming the event's position and field. Besides the date order: a start in post comes first,
 * nothing follows leaving post, reflective case reviews are allocated to managers and completed
 * after they are allocated. No message contains the worker's name.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StaffTimeline implements Timeline {

    private final Worker worker;
    private final List<StaffEvent> events;
    /** The events' epoch days, for {@link #upTo}. */
    private final long[] days;

    private StaffTimeline(Worker worker, List<? extends StaffEvent> events) {
        this.worker = worker;
        this.events = List.copyOf(events);
        this.days = TimelineChecks.days(this.events);
    }

    /**
     * A timeline of a worker and their events, in date order.
     *
     * <p>Example:
     * <pre>{@code
     * Worker worker = Worker.builder().id("W-17").role(WorkerRole.NEWLY_QUALIFIED_SOCIAL_WORKER).build();
     * StaffTimeline timeline = StaffTimeline.of(worker, List.of(
     *     SupervisionSession.builder().date(LocalDate.parse("2024-03-05")).build(),
     *     RoleChanged.builder().date(LocalDate.parse("2024-09-02")).role(WorkerRole.SOCIAL_WORKER).build()));
     * assertThat(timeline.roleOn(LocalDate.parse("2024-09-01"))).isEqualTo(WorkerRole.NEWLY_QUALIFIED_SOCIAL_WORKER);
     * assertThat(timeline.roleOn(LocalDate.parse("2024-09-02"))).isEqualTo(WorkerRole.SOCIAL_WORKER);
     * }</pre>
     *
     * @param worker the worker, with the role held when the records begin
     * @param events their events, in date order
     * @return the timeline
     * @throws InvalidTimelineException with every problem, if the events do not make a valid timeline
     */
    public static StaffTimeline of(Worker worker, List<? extends StaffEvent> events) {
        return check(worker, events).orElseThrow();
    }

    /**
     * Checks a worker and their events, in date order: the timeline, or every problem found.
     *
     * <p>Example:
     * <pre>{@code
     * Worker worker = Worker.builder().id("W-17").role(WorkerRole.SOCIAL_WORKER).build();
     * assertThat(StaffTimeline.check(worker, List.of(
     *     ReflectiveCaseReviewCompleted.builder().date(LocalDate.parse("2024-03-05")).reviewId("RCR-7").build()))
     *     .problems()).extracting(TimelineProblem::field).containsExactly("reviewId");
     * }</pre>
     *
     * @param worker the worker, with the role held when the records begin
     * @param events their events, in date order
     * @return the timeline, or every problem found
     */
    public static Checked<StaffTimeline, TimelineProblem> check(Worker worker, List<? extends StaffEvent> events) {
        Objects.requireNonNull(worker, "worker");
        return check(TimelineDraft.numbered(worker, events, worker.name().orElse("")));
    }

    /**
     * Checks what a reader of records found: the worker if it could be read, the events that could
     * be read with their positions in the input, and the problems of reading the rest, as
     * {@link CaseTimeline#check(TimelineDraft)} does for a child's case. The worker's name is removed
     * from every problem.
     *
     * <p>Example:
     * <pre>{@code
     * TimelineDraft<Worker, StaffEvent> draft = new TimelineDraft<>(Optional.empty(),
     *     List.of(PositionedEvent.of(1, SupervisionSession.builder().date(LocalDate.parse("2024-03-05")).build())),
     *     List.of(TimelineProblem.ofSubject("worker", "role", "missing; expected one of: socialWorker, ...")), "");
     * assertThat(StaffTimeline.check(draft).problems()).extracting(TimelineProblem::field).containsExactly("role");
     * }</pre>
     *
     * @param draft what was read, with the problems of reading
     * @return the timeline, or every problem found, by position
     */
    public static Checked<StaffTimeline, TimelineProblem> check(TimelineDraft<Worker, StaffEvent> draft) {
        return TimelineChecks.check(draft, StaffEventType::byCaseFileName, StaffTimeline::rules, StaffTimeline::new);
    }

    /** The rules of a worker's records, over events in date order. */
    private static List<TimelineProblem> rules(Worker worker, List<PositionedEvent<StaffEvent>> events) {
        List<TimelineProblem> problems = new ArrayList<>();
        WorkerRole role = worker.role();
        Optional<PositionedEvent<StaffEvent>> left = Optional.empty();
        Map<String, Integer> allocated = new HashMap<>();
        for (PositionedEvent<StaffEvent> positioned : events) {
            StaffEvent event = positioned.event();
            int at = positioned.position();
            String name = positioned.name();
            if (left.isPresent() && event.date().isAfter(left.get().event().date())) {
                problems.add(TimelineProblem.of(at, name, "date", "comes after the worker left post at event "
                        + left.get().position() + "; expected no events after leaving"));
            }
            if (event instanceof StartedInPost started) {
                if (positioned != events.get(0)) {
                    problems.add(TimelineProblem.of(at, name, "date", "a start in post after other events;"
                            + " expected it first, or a roleChanged"));
                }
                role = started.role();
            } else if (event instanceof RoleChanged changed) {
                role = changed.role();
            } else if (event instanceof LeftPost) {
                left = Optional.of(positioned);
            } else if (event instanceof ReflectiveCaseReviewAllocated allocation) {
                if (!role.isManager()) {
                    problems.add(TimelineProblem.of(at, name, "date", "allocated to a worker whose role on "
                            + event.date() + " is " + Spelling.camelCase(role) + "; expected a teamManager or headOfService"));
                }
                if (allocated.putIfAbsent(allocation.reviewId(), at) != null) {
                    problems.add(TimelineProblem.of(at, name, "reviewId", "this review was already allocated at event " + allocated.get(allocation.reviewId())
                            + "; expected a new identifier"));
                }
            } else if (event instanceof ReflectiveCaseReviewCompleted completed
                    && !allocated.containsKey(completed.reviewId())) {
                problems.add(TimelineProblem.of(at, name, "reviewId", "no review with this reviewId"
                        + " was allocated before it; expected its allocation first"));
            }
        }
        return problems;
    }

    /**
     * The worker's id, never their name.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(timeline.subjectId()).isEqualTo("W-17");
     * }</pre>
     *
     * @return the worker's identifier
     */
    @Override
    public String subjectId() {
        return worker.id();
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
        return worker;
    }

    /**
     * The worker.
     *
     * @return the worker, with the role held when the records begin
     */
    public Worker worker() {
        return worker;
    }

    /**
     * Every event, in date order.
     *
     * @return the events, unmodifiable
     */
    @Override
    public List<StaffEvent> events() {
        return events;
    }

    /**
     * The worker's records as they stood at the end of a day: the events dated on or before it.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(timeline.upTo(LocalDate.parse("2024-09-01")).events()).hasSize(1);
     * }</pre>
     *
     * @param date the last day to keep
     * @return the shorter timeline; still consistent, as every rule looks only backward
     */
    @Override
    public StaffTimeline upTo(LocalDate date) {
        int known = TimelineChecks.knownOn(days, date);
        return known == events.size() ? this : new StaffTimeline(worker, events.subList(0, known));
    }

    /**
     * The events of one type, in date order.
     *
     * @param type the event type
     * @param <E> the event type
     * @return the events of that type, unmodifiable
     */
    public <E extends StaffEvent> List<E> eventsOf(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The worker's role on a day, after that day's events: it decides the supervision frequency.
     *
     * @param date the day
     * @return the role
     */
    public WorkerRole roleOn(LocalDate date) {
        WorkerRole role = worker.role();
        for (StaffEvent event : events) {
            if (event.date().isAfter(date)) {
                break;
            }
            if (event instanceof StartedInPost started) {
                role = started.role();
            } else if (event instanceof RoleChanged changed) {
                role = changed.role();
            }
        }
        return role;
    }

    /**
     * The day the worker left post, if they have.
     *
     * @return the date, or empty while in post
     */
    public Optional<LocalDate> leftPostOn() {
        return eventsOf(LeftPost.class).stream().findFirst().map(StaffEvent::date);
    }

    /**
     * Whether the other object is a timeline of the same worker with the same events.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof StaffTimeline that && worker.equals(that.worker) && events.equals(that.events);
    }

    /**
     * A hash code over the worker and the events.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(worker, events);
    }

    /**
     * The timeline in words, with the worker's name redacted.
     *
     * @return the worker and the number of events
     */
    @Override
    public String toString() {
        return "StaffTimeline{worker=" + worker + ", events=" + events.size() + "}";
    }
}
