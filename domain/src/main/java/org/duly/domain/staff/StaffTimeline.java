package org.duly.domain.staff;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import org.duly.domain.RawEvent;
import org.duly.domain.RawEvents;
import org.duly.domain.RawValues;
import org.duly.domain.TimelineOrder;
import org.duly.domain.TimelineProblem;
import org.duly.domain.value.CaseFileSpelling;
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
public final class StaffTimeline {

    private static final String SUBJECT = "worker";

    private final Worker worker;
    private final List<StaffEvent> events;

    private StaffTimeline(Worker worker, List<? extends StaffEvent> events) {
        this.worker = worker;
        this.events = List.copyOf(events);
    }

    /**
     * Builds a staff timeline from a worker and their events, in date order.
     *
     * <p>Example:
     * <pre>{@code
     * Worker worker = Worker.builder().id("W-17").role(WorkerRole.NEWLY_QUALIFIED_SOCIAL_WORKER).build();
     * StaffTimeline timeline = StaffTimeline.of(worker, List.of(
     *     SupervisionSession.builder().date(LocalDate.parse("2024-03-05")).build(),
     *     RoleChanged.builder().date(LocalDate.parse("2024-09-02")).role(WorkerRole.SOCIAL_WORKER).build())).get();
     * assertThat(timeline.roleOn(LocalDate.parse("2024-09-01"))).isEqualTo(WorkerRole.NEWLY_QUALIFIED_SOCIAL_WORKER);
     * assertThat(timeline.roleOn(LocalDate.parse("2024-09-02"))).isEqualTo(WorkerRole.SOCIAL_WORKER);
     * }</pre>
     *
     * @param worker the worker, with the role held when the records begin
     * @param events their events, in date order
     * @return the timeline, or every problem found
     */
    public static Validation<Seq<TimelineProblem>, StaffTimeline> of(Worker worker, List<? extends StaffEvent> events) {
        Objects.requireNonNull(worker, "worker");
        List<TimelineProblem> problems = check(worker, events, i -> i + 1);
        return problems.isEmpty() ? Validation.valid(new StaffTimeline(worker, events))
                : Validation.invalid(redacted(problems, worker.name().orElse("")));
    }

    /**
     * Builds a staff timeline from raw values: the worker's fields ({@code id}, {@code name},
     * {@code role}) and each event's type and fields.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(StaffTimeline.fromRaw(Map.of("id", "W-17", "role", "teamManager"),
     *     List.of(RawEvent.of("reflectiveCaseReviewCompleted", Map.of("date", "2024-03-05", "reviewId", "RCR-7"))))
     *     .getError()).extracting(TimelineProblem::field).containsExactly("reviewId");
     * }</pre>
     *
     * @param worker the worker's fields
     * @param events the raw events, in date order
     * @return the timeline, or every problem found
     */
    public static Validation<Seq<TimelineProblem>, StaffTimeline> fromRaw(Map<String, ?> worker, List<RawEvent> events) {
        Validation<Seq<TimelineProblem>, Worker> subject = RawValues.read(Worker.class, worker, 0, SUBJECT);
        RawEvents<StaffEvent> raw = RawEvents.read(events,
                name -> StaffEventType.byCaseFileName(name).map(StaffEventType::type),
                Arrays.stream(StaffEventType.values()).map(StaffEventType::caseFileName).toList());
        List<TimelineProblem> problems = new ArrayList<>(raw.problems());
        subject.toEither().swap().forEach(errors -> problems.addAll(errors.asJava()));
        if (problems.isEmpty()) {
            problems.addAll(check(subject.get(), raw.events(), i -> raw.positions().get(i)));
        } else {
            // Only the order can still be checked: with an event missing, the other rules would report its absence.
            problems.addAll(TimelineOrder.check(raw.events(), i -> raw.positions().get(i), StaffEvent::date,
                    event -> Optional.empty(), event -> event.eventType().caseFileName()));
        }
        String name = worker.get("name") instanceof String text ? text : "";
        if (!problems.isEmpty()) {
            return Validation.invalid(redacted(problems, name));
        }
        return Validation.valid(new StaffTimeline(subject.get(), raw.events()));
    }

    private static List<TimelineProblem> check(Worker worker, List<? extends StaffEvent> events, IntUnaryOperator position) {
        List<TimelineProblem> problems = new ArrayList<>(TimelineOrder.check(events, position, StaffEvent::date,
                event -> Optional.empty(), event -> event.eventType().caseFileName()));
        if (!problems.isEmpty()) {
            return problems;
        }
        WorkerRole role = worker.role();
        Optional<Integer> left = Optional.empty();
        Map<String, Integer> allocated = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            StaffEvent event = events.get(i);
            int at = position.applyAsInt(i);
            String name = event.eventType().caseFileName();
            if (left.isPresent() && event.date().isAfter(events.get(left.get()).date())) {
                problems.add(TimelineProblem.of(at, name, "date", "comes after the worker left post at event "
                        + position.applyAsInt(left.get()) + "; expected no events after leaving"));
            }
            if (event instanceof StartedInPost started) {
                if (i > 0) {
                    problems.add(TimelineProblem.of(at, name, "date", "a start in post after other events;"
                            + " expected it first, or a roleChanged"));
                }
                role = started.role();
            } else if (event instanceof RoleChanged changed) {
                role = changed.role();
            } else if (event instanceof LeftPost) {
                left = Optional.of(i);
            } else if (event instanceof ReflectiveCaseReviewAllocated allocation) {
                if (!role.isManager()) {
                    problems.add(TimelineProblem.of(at, name, "date", "allocated to a worker whose role on "
                            + event.date() + " is " + CaseFileSpelling.of(role) + "; expected a teamManager or headOfService"));
                }
                if (allocated.putIfAbsent(allocation.reviewId(), at) != null) {
                    problems.add(TimelineProblem.of(at, name, "reviewId", "review " + allocation.reviewId()
                            + " was already allocated at event " + allocated.get(allocation.reviewId())
                            + "; expected a new identifier"));
                }
            } else if (event instanceof ReflectiveCaseReviewCompleted completed
                    && !allocated.containsKey(completed.reviewId())) {
                problems.add(TimelineProblem.of(at, name, "reviewId", "no review " + completed.reviewId()
                        + " was allocated before it; expected its allocation first"));
            }
        }
        return problems;
    }

    private static Seq<TimelineProblem> redacted(List<TimelineProblem> problems, String name) {
        return io.vavr.collection.List.ofAll(problems).sortBy(TimelineProblem::position)
                .map(problem -> problem.redactingName(name));
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
    public List<StaffEvent> events() {
        return events;
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
     * The worker's role on a day, after that day's events: it decides the supervision frequency
     *.
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
