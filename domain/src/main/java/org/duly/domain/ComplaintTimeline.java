package org.duly.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.duly.domain.complaints.Complaint;
import org.duly.domain.complaints.ComplaintEvent;
import org.duly.domain.complaints.ComplaintEventType;
import org.duly.domain.complaints.ComplaintExtended;
import org.duly.domain.complaints.ComplaintKind;
import org.duly.domain.complaints.ComplaintReceived;
import org.duly.domain.complaints.ComplaintResponse;
import org.duly.domain.complaints.ComplaintStage;
import org.duly.domain.complaints.EscalationRequested;
import org.duly.domain.complaints.ReviewPanelHeld;
import org.duly.domain.value.Allocated;
import org.duly.domain.value.Spelling;

/**
 * A complaint and its events in date order, checked as a child's timeline is: every problem at
 * once, each naming the event's position and field. Besides the date order, a complaint must be
 * received before anything else happens to it, a corporate complaint has no review panel, and a
 * stage is reached in order: stage 2 after a stage 1 response and a request to escalate, a review
 * panel after a stage 2 response and a request. No message contains the complainant's name.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ComplaintTimeline implements Timeline {

    private final Complaint complaint;
    private final List<ComplaintEvent> events;
    /** The events' epoch days, for {@link #upTo}. */
    private final long[] days;

    private ComplaintTimeline(Complaint complaint, List<? extends ComplaintEvent> events) {
        this.complaint = complaint;
        this.events = List.copyOf(events);
        this.days = TimelineChecks.days(this.events);
    }

    /**
     * A timeline of a complaint and its events, in date order.
     *
     * <p>Example:
     * <pre>{@code
     * Complaint complaint = Complaint.builder().id("CF-88").kind(ComplaintKind.STATUTORY).build();
     * ComplaintTimeline timeline = ComplaintTimeline.of(complaint, List.of(
     *     ComplaintReceived.builder().date(LocalDate.parse("2024-03-05")).build()));
     * assertThat(timeline.receivedOn()).contains(LocalDate.parse("2024-03-05"));
     * }</pre>
     *
     * @param complaint the complaint
     * @param events its events, in date order
     * @return the timeline
     * @throws InvalidTimelineException with every problem, if the events do not make a valid timeline
     */
    public static ComplaintTimeline of(Complaint complaint, List<? extends ComplaintEvent> events) {
        return check(complaint, events).orElseThrow();
    }

    /**
     * Checks a complaint and its events, in date order: the timeline, or every problem found.
     *
     * <p>Example:
     * <pre>{@code
     * Complaint complaint = Complaint.builder().id("CF-88").kind(ComplaintKind.CORPORATE).build();
     * assertThat(ComplaintTimeline.check(complaint, List.of(
     *     ComplaintReceived.builder().date(LocalDate.parse("2024-03-05")).build(),
     *     EscalationRequested.builder().date(LocalDate.parse("2024-03-06")).toStage(ComplaintStage.REVIEW_PANEL).build()))
     *     .problems()).extracting(TimelineProblem::field).containsExactly("toStage", "toStage");
     * }</pre>
     *
     * @param complaint the complaint
     * @param events its events, in date order
     * @return the timeline, or every problem found
     */
    public static Checked<ComplaintTimeline, TimelineProblem> check(Complaint complaint,
            List<? extends ComplaintEvent> events) {
        Objects.requireNonNull(complaint, "complaint");
        return check(TimelineDraft.numbered(complaint, events, complaint.complainantName().orElse("")));
    }

    /**
     * Checks what a reader of records found: the complaint if it could be read, the events that
     * could be read with their positions in the input, and the problems of reading the rest, as
     * {@link CaseTimeline#check(TimelineDraft)} does for a child's case. The complainant's name is
     * removed from every problem.
     *
     * <p>Example:
     * <pre>{@code
     * TimelineDraft<Complaint, ComplaintEvent> draft = new TimelineDraft<>(Optional.of(complaint),
     *     List.of(PositionedEvent.of(2, ComplaintReceived.builder().date(LocalDate.parse("2024-03-05")).build())),
     *     List.of(TimelineProblem.of(1, "complaintRecieved", "type", "unknown event type")), "");
     * assertThat(ComplaintTimeline.check(draft).problems()).hasSize(1);
     * }</pre>
     *
     * @param draft what was read, with the problems of reading
     * @return the timeline, or every problem found, by position
     */
    public static Checked<ComplaintTimeline, TimelineProblem> check(TimelineDraft<Complaint, ComplaintEvent> draft) {
        return TimelineChecks.check(draft, ComplaintEventType::byCaseFileName, ComplaintTimeline::rules, ComplaintTimeline::new);
    }

    /** The rules of a complaint, over events in date order. */
    private static List<TimelineProblem> rules(Complaint complaint, List<PositionedEvent<ComplaintEvent>> events) {
        List<TimelineProblem> problems = new ArrayList<>();
        boolean received = false;
        Set<ComplaintStage> responded = EnumSet.noneOf(ComplaintStage.class);
        Set<ComplaintStage> requested = EnumSet.noneOf(ComplaintStage.class);
        for (PositionedEvent<ComplaintEvent> positioned : events) {
            ComplaintEvent event = positioned.event();
            int at = positioned.position();
            String name = positioned.name();
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
                    problems.add(TimelineProblem.of(at, name, "toStage", "asks for " + Spelling.camelCase(request.toStage())
                            + " before any " + Spelling.camelCase(before) + " response; expected that response first"));
                }
                requested.add(request.toStage());
            } else if (stage.isPresent() && stage.get() != ComplaintStage.STAGE_1 && !requested.contains(stage.get())) {
                problems.add(TimelineProblem.of(at, name, event instanceof ReviewPanelHeld ? "date" : "stage",
                        "at " + Spelling.camelCase(stage.get()) + " with no request to escalate to it;"
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

    /**
     * The complaint's id, never the complainant's name.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(timeline.subjectId()).isEqualTo("CF-88");
     * }</pre>
     *
     * @return the complaint's identifier
     */
    @Override
    public String subjectId() {
        return complaint.id();
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
        return complaint;
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
    @Override
    public List<ComplaintEvent> events() {
        return events;
    }

    /**
     * The complaint as it stood at the end of a day: the events dated on or before it.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(timeline.upTo(LocalDate.parse("2024-03-04")).receivedOn()).isEmpty();
     * }</pre>
     *
     * @param date the last day to keep
     * @return the shorter timeline; still consistent, as every rule looks only backward
     */
    @Override
    public ComplaintTimeline upTo(LocalDate date) {
        int known = TimelineChecks.knownOn(days, date);
        return known == events.size() ? this : new ComplaintTimeline(complaint, events.subList(0, known));
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
