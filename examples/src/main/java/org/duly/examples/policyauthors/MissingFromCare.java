package org.duly.examples.policyauthors;

import static org.duly.timescales.Timescales.within;
import static org.duly.timescales.period.Periods.hours;
import static org.duly.workflows.policy.Rules.rule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.EventType;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.timescales.Event;
import org.duly.timescales.Fulfilment;
import org.duly.timescales.Link;
import org.duly.workflows.policy.Area;
import org.duly.workflows.policy.Instrument;
import org.duly.workflows.policy.Policy;
import org.duly.workflows.policy.Rule;
import org.duly.workflows.policy.Spec;

/**
 * Example 7, events of your own: Anytown records when a child goes missing from home or care, when
 * the child returns, and the return home interview, none of which the Derbyshire catalogue knows,
 * and adds a rule about them to the Derbyshire practice standards it adopts.
 *
 * <p><b>What the guidance says</b>: the Department for Education's "Statutory guidance on children
 * who run away or go missing from home or care" (January 2014) asks that a child who returns from
 * a missing episode is offered an independent return interview within 72 hours of the return.
 * Anytown's booklet (Children Missing from Home or Care) puts it in its own words, which the rule
 * cites.
 *
 * <p><b>The events</b> are three records of Anytown's own, each implementing {@link CaseEvent} and
 * returning a type declared once with {@link EventType#of} (its case-file name, its class, its
 * English words). Each carries the episode's id, so that an interview meets the return of its own
 * episode only, and a time where one is recorded: the rule counts hours.
 *
 * <p><b>How the rule reads</b>: "Return home interview: within 72 hours of the child's return".
 * Hours are elapsed time on England's clocks: across the clocks going forward at the end of March,
 * 72 hours after 10:00 on Friday is 11:00 on Monday. A return recorded without a time cannot start
 * a count of hours; the schedule says so (CANNOT_COMPUTE) rather than guess.
 *
 * <p>All data in the example and its tests is synthetic.
 */
public final class MissingFromCare {

    /**
     * The child going missing from home or care: the start of a missing episode.
     *
     * @param episodeId the episode's id in Anytown's case management system
     * @param date the day the child was found to be missing
     * @param time the time, where recorded
     */
    public record ChildWentMissing(String episodeId, LocalDate date, Optional<LocalTime> time) implements CaseEvent {

        /** The event type: a case file names it {@code childWentMissing}. */
        public static final EventType TYPE = EventType.of("childWentMissing", ChildWentMissing.class, "the child going missing");

        /** Checks every part is present. */
        public ChildWentMissing {
            Objects.requireNonNull(episodeId, "episodeId");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(time, "time");
        }

        @Override
        public EventType eventType() {
            return TYPE;
        }
    }

    /**
     * The child's return from a missing episode (found, or back of their own accord): what the
     * rule counts its 72 hours from.
     *
     * @param episodeId the episode's id
     * @param date the day the child returned
     * @param time the time, where recorded; without one, no count of hours can start
     */
    public record ChildReturned(String episodeId, LocalDate date, Optional<LocalTime> time) implements CaseEvent {

        /** The event type: a case file names it {@code childReturned}. */
        public static final EventType TYPE = EventType.of("childReturned", ChildReturned.class, "the child's return");

        /** Checks every part is present. */
        public ChildReturned {
            Objects.requireNonNull(episodeId, "episodeId");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(time, "time");
        }

        @Override
        public EventType eventType() {
            return TYPE;
        }
    }

    /**
     * A return home interview offered to the child after a missing episode: what meets the rule.
     *
     * @param episodeId the id of the episode the interview is about
     * @param date the day it was offered
     * @param time the time, where recorded
     */
    public record ReturnHomeInterview(String episodeId, LocalDate date, Optional<LocalTime> time) implements CaseEvent {

        /** The event type: a case file names it {@code returnHomeInterview}. */
        public static final EventType TYPE =
                EventType.of("returnHomeInterview", ReturnHomeInterview.class, "the return home interview");

        /** Checks every part is present. */
        public ReturnHomeInterview {
            Objects.requireNonNull(episodeId, "episodeId");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(time, "time");
        }

        @Override
        public EventType eventType() {
            return TYPE;
        }
    }

    /** Anytown's own event types, for the case-file reader and the schema of Anytown's case files. */
    public static final List<EventType> EVENT_TYPES = List.of(ChildWentMissing.TYPE, ChildReturned.TYPE, ReturnHomeInterview.TYPE);

    /** The child's return, at its time where one is recorded: what the rule counts from. */
    public static final Event<ChildReturned> CHILD_RETURNED =
            Event.of("the child's return", ChildReturned.class, ChildReturned::date).withDateTime(ChildReturned::dateTime);

    /** The return home interview: what meets the rule. */
    public static final Event<ReturnHomeInterview> RETURN_HOME_INTERVIEW =
            Event.of("the return home interview", ReturnHomeInterview.class, ReturnHomeInterview::date)
                    .withDateTime(ReturnHomeInterview::dateTime);

    /** A missing episode's records: the return and its interview carry the episode's id. */
    public static final Link SAME_EPISODE = Link.named("missing episode")
            .reading(ChildReturned.class, returned -> Optional.of(returned.episodeId()))
            .reading(ReturnHomeInterview.class, interview -> Optional.of(interview.episodeId()));

    /** Anytown's area of practice for these events, which the Derbyshire booklet does not have. */
    public static final Area CHILDREN_MISSING = Area.of("Children Missing from Home or Care");

    /** Anytown's own timescale, on the spec sheet beside Derbyshire's. */
    public static final Spec RETURN_HOME_INTERVIEW_SPEC = Spec.of("MISSING-ANYTOWN-1", CHILDREN_MISSING,
            "Return home interview offered within 72 hours of the child's return");

    /** The rule, as Anytown's booklet words it. */
    public static final Rule RETURN_HOME_INTERVIEW_WITHIN_72_HOURS = rule("anytown.return-home-interview", "Return home interview")
            .implementing("MISSING-ANYTOWN-1")
            .citing(AnytownCouncil.practiceStandards("Children Missing from Home or Care", "A child who returns from a missing"
                    + " episode will be offered an independent return home interview within 72 hours of their return"))
            .statutory(Instrument.CHILDREN_MISSING_FROM_HOME_OR_CARE_GUIDANCE, "independent return interviews")
            .due(within(hours(72)).of(CHILD_RETURNED))
            .metBy(Fulfilment.by(RETURN_HOME_INTERVIEW).linkedBy(SAME_EPISODE))
            .interpretedAs("An interview counts when it is offered, and only for its own missing episode: each return starts"
                    + " its own 72 hours.");

    private static final Policy POLICY = DerbyshirePracticeStandards.policy()
            .derive(AnytownCouncil.POLICY_NAME, "2025-02")
            .specs(List.of(RETURN_HOME_INTERVIEW_SPEC))
            .add("Anytown offers a return home interview within 72 hours of a child's return", RETURN_HOME_INTERVIEW_WITHIN_72_HOURS)
            .build();

    private MissingFromCare() {
    }

    /**
     * The Derbyshire practice standards with Anytown's return home interviews added.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(MissingFromCare.policy().rule("anytown.return-home-interview")).isPresent();
     * assertThat(MissingFromCare.policy().areas()).contains(MissingFromCare.CHILDREN_MISSING);
     * }</pre>
     *
     * @return the policy
     */
    public static Policy policy() {
        return POLICY;
    }
}
