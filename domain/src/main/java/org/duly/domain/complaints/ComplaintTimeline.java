package org.duly.domain.complaints;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import org.duly.domain.RawEvent;
import org.duly.domain.RawEvents;
import org.duly.domain.RawValues;
import org.duly.domain.TimelineOrder;
import org.duly.domain.TimelineProblem;
import org.duly.domain.value.CaseFileSpelling;

/**
 * A complaint and its events in date order, checked as a child's timeline is: every problem at
 * once, each naming the event's position and field. Besides the date order, a complaint must be
 * received before anything else happens to it, a corporate complaint has no review panel, and a
 * stage is reached in order: stage 2 after a stage 1 response and a request to escalate, a review
 * panel after a stage 2 response and a request. No message contains the complainant's name.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ComplaintTimeline {

    private static final String SUBJECT = "complaint";

    private final Complaint complaint;
    private final List<ComplaintEvent> events;

    private ComplaintTimeline(Complaint complaint, List<? extends ComplaintEvent> events) {
        this.complaint = complaint;
        this.events = List.copyOf(events);
    }

    /**
     * Builds a complaint timeline from a complaint and its events, in date order.
     *
     * <p>Example:
     * <pre>{@code
     * Complaint complaint = Complaint.builder().id("CF-88").kind(ComplaintKind.CORPORATE).build();
     * assertThat(ComplaintTimeline.of(complaint, List.of(
     *     ComplaintReceived.builder().date(LocalDate.parse("2024-03-05")).build(),
     *     EscalationRequested.builder().date(LocalDate.parse("2024-03-06")).toStage(ComplaintStage.REVIEW_PANEL).build()))
     *     .getError()).extracting(TimelineProblem::field).containsExactly("toStage", "toStage");
     * }</pre>
     *
     * @param complaint the complaint
     * @param events its events, in date order
     * @return the timeline, or every problem found
     */
    public static Validation<Seq<TimelineProblem>, ComplaintTimeline> of(Complaint complaint,
            List<? extends ComplaintEvent> events) {
        Objects.requireNonNull(complaint, "complaint");
        List<TimelineProblem> problems = check(complaint, events, i -> i + 1);
        return problems.isEmpty() ? Validation.valid(new ComplaintTimeline(complaint, events))
                : Validation.invalid(redacted(problems, complaint.complainantName().orElse("")));
    }

    /**
     * Builds a complaint timeline from raw values: the complaint's fields ({@code id}, {@code kind},
     * {@code complainantName}, {@code childId}, {@code advocateNeeded}) and each event's type and fields.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(ComplaintTimeline.fromRaw(Map.of("id", "CF-88", "kind", "statutory"),
     *     List.of(RawEvent.of("complaintReceived", Map.of("date", "2024-03-05")),
     *             RawEvent.of("complaintResponse", Map.of("date", "2024-03-12", "stage", "stage1")))).isValid()).isTrue();
     * }</pre>
     *
     * @param complaint the complaint's fields
     * @param events the raw events, in date order
     * @return the timeline, or every problem found
     */
    public static Validation<Seq<TimelineProblem>, ComplaintTimeline> fromRaw(Map<String, ?> complaint, List<RawEvent> events) {
        Validation<Seq<TimelineProblem>, Complaint> subject = RawValues.read(Complaint.class, complaint, 0, SUBJECT);
        RawEvents<ComplaintEvent> raw = RawEvents.read(events,
                name -> ComplaintEventType.byCaseFileName(name).map(ComplaintEventType::type),
                Arrays.stream(ComplaintEventType.values()).map(ComplaintEventType::caseFileName).toList());
        List<TimelineProblem> problems = new ArrayList<>(raw.problems());
        subject.toEither().swap().forEach(errors -> problems.addAll(errors.asJava()));
        if (problems.isEmpty()) {
            problems.addAll(check(subject.get(), raw.events(), i -> raw.positions().get(i)));
        } else {
            // Only the order can still be checked: with an event missing, the other rules would report its absence.
            problems.addAll(TimelineOrder.check(raw.events(), i -> raw.positions().get(i), ComplaintEvent::date,
                    event -> Optional.empty(), event -> event.eventType().caseFileName()));
        }
        String name = complaint.get("complainantName") instanceof String text ? text : "";
        if (!problems.isEmpty()) {
            return Validation.invalid(redacted(problems, name));
        }
        return Validation.valid(new ComplaintTimeline(subject.get(), raw.events()));
    }

    private static List<TimelineProblem> check(Complaint complaint, List<? extends ComplaintEvent> events,
            IntUnaryOperator position) {
        List<TimelineProblem> problems = new ArrayList<>(TimelineOrder.check(events, position, ComplaintEvent::date,
                event -> Optional.empty(), event -> event.eventType().caseFileName()));
        if (!problems.isEmpty()) {
            return problems;
        }
        boolean received = false;
        Set<ComplaintStage> responded = EnumSet.noneOf(ComplaintStage.class);
        Set<ComplaintStage> requested = EnumSet.noneOf(ComplaintStage.class);
        for (int i = 0; i < events.size(); i++) {
            ComplaintEvent event = events.get(i);
            int at = position.applyAsInt(i);
            String name = event.eventType().caseFileName();
            if (event instanceof ComplaintReceived) {
                if (received) {
                    problems.add(TimelineProblem.of(at, name, "date", "the complaint was already received;"
                            + " expected one receipt (a new complaint is a new timeline)"));
                }
                received = true;
                continue;
            }
            if (!received) {
                problems.add(TimelineProblem.of(at, name, "date", "comes before the complaint was received;"
                        + " expected complaintReceived first"));
            }
            Optional<ComplaintStage> stage = stageOf(event);
            if (complaint.kind() == ComplaintKind.CORPORATE && stage.equals(Optional.of(ComplaintStage.REVIEW_PANEL))) {
                problems.add(TimelineProblem.of(at, name, event instanceof EscalationRequested ? "toStage" : "stage",
                        "a corporate complaint has no review panel; expected stage1 or stage2"));
            }
            if (event instanceof EscalationRequested request) {
                ComplaintStage before = request.toStage() == ComplaintStage.STAGE_2 ? ComplaintStage.STAGE_1 : ComplaintStage.STAGE_2;
                if (!responded.contains(before)) {
                    problems.add(TimelineProblem.of(at, name, "toStage", "asks for " + CaseFileSpelling.of(request.toStage())
                            + " before any " + CaseFileSpelling.of(before) + " response; expected that response first"));
                }
                requested.add(request.toStage());
            } else if (stage.isPresent() && stage.get() != ComplaintStage.STAGE_1 && !requested.contains(stage.get())) {
                problems.add(TimelineProblem.of(at, name, event instanceof ReviewPanelHeld ? "date" : "stage",
                        "at " + CaseFileSpelling.of(stage.get()) + " with no request to escalate to it;"
                        + " expected escalationRequested first"));
            }
            if (event instanceof ComplaintResponse response) {
                responded.add(response.stage());
            }
        }
        return problems;
    }

    private static Optional<ComplaintStage> stageOf(ComplaintEvent event) {
        if (event instanceof ComplaintResponse response) {
            return Optional.of(response.stage());
        } else if (event instanceof ComplaintExtended extended) {
            return Optional.of(extended.stage());
        } else if (event instanceof EscalationRequested request) {
            return Optional.of(request.toStage());
        } else if (event instanceof ReviewPanelHeld) {
            return Optional.of(ComplaintStage.REVIEW_PANEL);
        }
        return Optional.empty();
    }

    private static Seq<TimelineProblem> redacted(List<TimelineProblem> problems, String name) {
        return io.vavr.collection.List.ofAll(problems).sortBy(TimelineProblem::position)
                .map(problem -> problem.redactingName(name));
    }

    /**
     * The complaint.
     *
     * @return the complaint
     */
    public Complaint complaint() {
        return complaint;
    }

    /**
     * Every event, in date order.
     *
     * @return the events, unmodifiable
     */
    public List<ComplaintEvent> events() {
        return events;
    }

    /**
     * The events of one type, in date order.
     *
     * @param type the event type
     * @param <E> the event type
     * @return the events of that type, unmodifiable
     */
    public <E extends ComplaintEvent> List<E> eventsOf(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The day the complaint was received.
     *
     * @return the date of receipt, or empty if no receipt is recorded (an empty timeline)
     */
    public Optional<LocalDate> receivedOn() {
        return eventsOf(ComplaintReceived.class).stream().findFirst().map(ComplaintEvent::date);
    }

    /**
     * Whether the other object is a timeline of the same complaint with the same events.
     *
     * @param other the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ComplaintTimeline that && complaint.equals(that.complaint) && events.equals(that.events);
    }

    /**
     * A hash code over the complaint and the events.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(complaint, events);
    }

    /**
     * The timeline in words, with the complainant's name redacted.
     *
     * @return the complaint and the number of events
     */
    @Override
    public String toString() {
        return "ComplaintTimeline{complaint=" + complaint + ", events=" + events.size() + "}";
    }
}
