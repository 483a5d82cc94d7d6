package org.duly.policies.derbyshire;

import static org.duly.policies.derbyshire.Tables.DERBYSHIRE;
import static org.duly.testkit.DulyAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.duly.domain.complaints.ComplaintAcknowledged;
import org.duly.domain.complaints.ComplaintEvent;
import org.duly.domain.complaints.ComplaintExtended;
import org.duly.domain.complaints.ComplaintKind;
import org.duly.domain.complaints.ComplaintReceived;
import org.duly.domain.complaints.ComplaintResolved;
import org.duly.domain.complaints.ComplaintResponse;
import org.duly.domain.complaints.ComplaintStage;
import org.duly.domain.complaints.EscalationRequested;
import org.duly.domain.complaints.ExtensionReason;
import org.duly.domain.complaints.ReviewPanelHeld;
import org.duly.testkit.ComplaintCase;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Schedule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The complaints rules of the Derbyshire catalogue, corporate and statutory, as tables a policy
 * author can read: given these events, on this date, expect this due date and status. Each table
 * has the boundary day and the day after; the working-day tables have a bank holiday inside the
 * period; each rule is not applicable to the other kind of complaint. A status of "-" means the
 * rule owes nothing at all.
 */
class ComplaintsRulesTest {

    /** A complaint's events, given in any order and recorded in date order. */
    private static final class Events {
        private final List<ComplaintEvent> events = new ArrayList<>();

        Events add(ComplaintEvent event) {
            events.add(event);
            return this;
        }

        Schedule schedule(ComplaintKind kind, String asOf) {
            ComplaintCase complaint = kind == ComplaintKind.CORPORATE ? ComplaintCase.corporate("CF-1") : ComplaintCase.statutory("CF-1");
            events.stream().sorted(Comparator.comparing(ComplaintEvent::date)).forEach(complaint::with);
            return complaint.schedule(asOf, DERBYSHIRE);
        }
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static Events received(String date) {
        return new Events().add(ComplaintReceived.builder().date(d(date)).build());
    }

    private static ComplaintResponse response(String date, ComplaintStage stage) {
        return ComplaintResponse.builder().date(d(date)).stage(stage).build();
    }

    private static EscalationRequested escalation(String date, ComplaintStage toStage) {
        return EscalationRequested.builder().date(d(date)).toStage(toStage).build();
    }

    /** A stage 1 extension with a response date agreed with the complainant. */
    private static ComplaintExtended agreedExtension(String on, String agreed, ExtensionReason reason) {
        return ComplaintExtended.builder().date(d(on)).stage(ComplaintStage.STAGE_1).reason(reason).agreedResponseDate(d(agreed))
                .complainantInformed(true).build();
    }

    /** Due on the date with the status; NOT_APPLICABLE with no date; "-" (null) when the rule owes nothing. */
    private static void expect(Schedule schedule, String ruleId, String due, Status status, String why) {
        if (status == null) {
            assertThat(schedule).as(why).hasNoObligation(ruleId);
        } else if (status == Status.NOT_APPLICABLE) {
            assertThat(schedule).obligation(ruleId).as(why).isNotApplicable();
        } else {
            assertThat(schedule).obligation(ruleId).as(why).isDueOn(due).hasStatus(status);
        }
    }

    /**
     * CC-1: a corporate complaint acknowledged within 3 working days of receipt, unless resolved by
     * then. Never UPCOMING: 3 working days are always inside the 5-working-day due-soon horizon, and
     * the complaint is not known before it is received.
     */
    @ParameterizedTest(name = "{0} received {1}, acknowledged {2}, resolved {3}, as of {4}: due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # kind    | received   | acknowledged | resolved   | as of      | due        | status         | why
            CORPORATE | 2024-03-28 | 2024-04-04   | -          | 2024-04-10 | 2024-04-04 | MET            | on the 3rd working day: Good Friday and Easter Monday are skipped
            CORPORATE | 2024-03-28 | 2024-04-05   | -          | 2024-04-10 | 2024-04-04 | MET_LATE       | the day after
            CORPORATE | 2024-03-28 | 2024-03-28   | -          | 2024-04-10 | 2024-04-04 | MET            | acknowledged on the day it was received
            CORPORATE | 2024-03-28 | -            | -          | 2024-03-28 | 2024-04-04 | DUE_SOON       | on the day of receipt, already within 5 working days
            CORPORATE | 2024-03-28 | -            | -          | 2024-04-04 | 2024-04-04 | DUE_SOON       | due today
            CORPORATE | 2024-03-28 | -            | -          | 2024-04-05 | 2024-04-04 | OVERDUE        | the day after, not acknowledged
            CORPORATE | 2024-03-28 | -            | 2024-04-04 | 2024-04-10 | 2024-04-04 | NOT_REQUIRED | resolved on the 3rd working day: not required
            CORPORATE | 2024-03-28 | -            | 2024-04-05 | 2024-04-10 | 2024-04-04 | MISSED        | resolved the day after: the acknowledgement was already overdue
            STATUTORY | 2024-03-28 | -            | -          | 2024-04-10 | -          | NOT_APPLICABLE | a statutory complaint follows the statutory procedure
            """)
    void corporate_acknowledged(ComplaintKind kind, String received, String acknowledged, String resolved, String asOf, String due,
            Status status, String why) {
        Events events = received(received);
        if (acknowledged != null) {
            events.add(ComplaintAcknowledged.builder().date(d(acknowledged)).expectedResponseDate(d(received).plusDays(28)).build());
        }
        if (resolved != null) {
            events.add(ComplaintResolved.builder().date(d(resolved)).build());
        }
        expect(events.schedule(kind, asOf), "complaints.corporate.acknowledged", due, status, why);
    }

    /**
     * CC-2: a full response to a corporate complaint within 28 calendar days of receipt, met by the response or by the
     * complaint being resolved: a late resolution is met late.
     */
    @ParameterizedTest(name = "{0} received {1}, response {2}, resolved {3}, as of {4}: due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # kind    | received   | response   | resolved   | as of      | due        | status         | why
            CORPORATE | 2024-03-04 | 2024-04-01 | -          | 2024-04-05 | 2024-04-01 | MET            | 28 calendar days end on Easter Monday, not moved off the bank holiday
            CORPORATE | 2024-03-04 | 2024-04-02 | -          | 2024-04-05 | 2024-04-01 | MET_LATE       | the day after
            CORPORATE | 2024-03-04 | -          | -          | 2024-03-04 | 2024-04-01 | UPCOMING       | more than 5 working days ahead
            CORPORATE | 2024-03-04 | -          | -          | 2024-04-01 | 2024-04-01 | DUE_SOON       | due today
            CORPORATE | 2024-03-04 | -          | -          | 2024-04-02 | 2024-04-01 | OVERDUE        | the day after, no response
            CORPORATE | 2024-03-04 | -          | 2024-03-20 | 2024-04-10 | 2024-04-01 | MET            | resolved before the response was due: the resolution is the response
            CORPORATE | 2024-03-04 | -          | 2024-04-01 | 2024-04-10 | 2024-04-01 | MET            | resolved on the 28th day: on time
            CORPORATE | 2024-03-04 | -          | 2024-04-02 | 2024-04-10 | 2024-04-01 | MET_LATE       | resolved the day after: met late, not overdue for ever
            STATUTORY | 2024-03-04 | -          | -          | 2024-04-10 | -          | NOT_APPLICABLE | a statutory complaint follows the statutory procedure
            """)
    void corporate_response(ComplaintKind kind, String received, String response, String resolved, String asOf, String due,
            Status status, String why) {
        Events events = received(received);
        if (response != null) {
            events.add(response(response, ComplaintStage.STAGE_1));
        }
        if (resolved != null) {
            events.add(ComplaintResolved.builder().date(d(resolved)).build());
        }
        expect(events.schedule(kind, asOf), "complaints.corporate.response", due, status, why);
    }

    /**
     * CC-3: in exceptional circumstances, a final response within 90 calendar days, or by the date
     * agreed with the complainant when that is later; a date agreed again replaces the one before
     * (the interpretation).
     */
    @ParameterizedTest(name = "{0} received {1}, extended {2} to {3}, agreed again {4}, response {5}, as of {6}: due {7}, {8}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # kind    | received   | extended   | agreed date | agreed again (on, to) | response   | as of      | due        | status         | why
            CORPORATE | 2024-01-08 | -          | -           | -                     | 2024-04-07 | 2024-04-10 | 2024-04-07 | MET            | 90 calendar days (29 February included) end on a Sunday, not moved
            CORPORATE | 2024-01-08 | -          | -           | -                     | 2024-04-08 | 2024-04-10 | 2024-04-07 | MET_LATE       | the day after
            CORPORATE | 2024-01-08 | -          | -           | -                     | -          | 2024-01-08 | 2024-04-07 | UPCOMING       | more than 5 working days ahead
            CORPORATE | 2024-01-08 | -          | -           | -                     | -          | 2024-04-07 | 2024-04-07 | DUE_SOON       | due today
            CORPORATE | 2024-01-08 | -          | -           | -                     | -          | 2024-04-08 | 2024-04-07 | OVERDUE        | the day after, no response
            CORPORATE | 2024-01-08 | 2024-03-01 | 2024-05-31  | -                     | 2024-05-31 | 2024-06-03 | 2024-05-31 | MET            | the later date agreed with the complainant
            CORPORATE | 2024-01-08 | 2024-03-01 | 2024-05-31  | -                     | 2024-06-01 | 2024-06-03 | 2024-05-31 | MET_LATE       | the day after the agreed date
            CORPORATE | 2024-01-08 | 2024-03-01 | 2024-05-31  | -                     | -          | 2024-05-01 | 2024-05-31 | UPCOMING       | waiting for the agreed date
            CORPORATE | 2024-01-08 | 2024-03-01 | 2024-05-31  | -                     | -          | 2024-06-01 | 2024-05-31 | OVERDUE        | the day after the agreed date
            CORPORATE | 2024-01-08 | 2024-03-01 | 2024-05-31  | 2024-05-20 2024-06-28 | 2024-06-28 | 2024-07-01 | 2024-06-28 | MET            | agreed again on 20 May for 28 June: the new date replaces 31 May
            CORPORATE | 2024-01-08 | 2024-03-01 | 2024-05-31  | 2024-05-20 2024-06-28 | -          | 2024-06-03 | 2024-06-28 | UPCOMING       | not overdue after 31 May: the date agreed again replaces it
            CORPORATE | 2024-01-08 | 2024-02-01 | 2024-03-15  | -                     | -          | 2024-04-08 | 2024-04-07 | OVERDUE        | an agreed date before the 90 days does not shorten them: the later applies
            STATUTORY | 2024-01-08 | -          | -           | -                     | -          | 2024-04-10 | -          | NOT_APPLICABLE | a statutory complaint follows the statutory procedure
            """)
    void corporate_agreed_timescale(ComplaintKind kind, String received, String extended, String agreed, String agreedAgain,
            String response, String asOf, String due, Status status, String why) {
        Events events = received(received);
        if (extended != null) {
            events.add(agreedExtension(extended, agreed, ExtensionReason.ONGOING_INTERNAL_PROCEDURES));
        }
        if (agreedAgain != null) {
            String[] onAndTo = agreedAgain.split(" ");
            events.add(agreedExtension(onAndTo[0], onAndTo[1], ExtensionReason.ONGOING_INTERNAL_PROCEDURES));
        }
        if (response != null) {
            events.add(response(response, ComplaintStage.STAGE_1));
        }
        expect(events.schedule(kind, asOf), "complaints.corporate.agreed-timescale", due, status, why);
    }

    /**
     * SC-1: the stage 1 response to a statutory complaint within 10 working days of receipt, 20 with
     * an extension for complexity, or by the date agreed when an advocate is needed; a date agreed
     * again replaces the one before (the interpretation).
     */
    @ParameterizedTest(name = "{0} received {1}, extended {2} ({3}, agreed {4}, again {5}), response {6}, as of {7}: due {8}, {9}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # kind    | received   | extended   | reason                      | agreed date | agreed again (on, to) | response   | as of      | due        | status         | why
            STATUTORY | 2024-03-25 | -          | -                           | -           | -                     | 2024-04-10 | 2024-04-12 | 2024-04-10 | MET            | 10 working days: Good Friday and Easter Monday are skipped
            STATUTORY | 2024-03-25 | -          | -                           | -           | -                     | 2024-04-11 | 2024-04-12 | 2024-04-10 | MET_LATE       | the day after
            STATUTORY | 2024-03-25 | -          | -                           | -           | -                     | -          | 2024-03-25 | 2024-04-10 | UPCOMING       | more than 5 working days ahead
            STATUTORY | 2024-03-25 | -          | -                           | -           | -                     | -          | 2024-04-10 | 2024-04-10 | DUE_SOON       | due today
            STATUTORY | 2024-03-25 | -          | -                           | -           | -                     | -          | 2024-04-11 | 2024-04-10 | OVERDUE        | the day after, no response
            STATUTORY | 2024-03-04 | 2024-03-11 | COMPLEX_COMPLAINT           | -           | -                     | 2024-04-03 | 2024-04-05 | 2024-04-03 | MET            | extended for complexity: 20 working days, skipping Good Friday and Easter Monday
            STATUTORY | 2024-03-04 | 2024-03-11 | COMPLEX_COMPLAINT           | -           | -                     | 2024-04-04 | 2024-04-05 | 2024-04-03 | MET_LATE       | the day after the 20th working day
            STATUTORY | 2024-03-04 | 2024-03-11 | COMPLEX_COMPLAINT           | -           | -                     | -          | 2024-03-08 | 2024-03-18 | UPCOMING       | before the extension is recorded: 10 working days
            STATUTORY | 2024-03-04 | 2024-03-08 | ADVOCATE_NEEDED             | 2024-04-30  | -                     | 2024-04-30 | 2024-05-02 | 2024-04-30 | MET            | an advocate is needed: the date agreed
            STATUTORY | 2024-03-04 | 2024-03-08 | ADVOCATE_NEEDED             | 2024-04-30  | -                     | 2024-05-01 | 2024-05-02 | 2024-04-30 | MET_LATE       | the day after the agreed date
            STATUTORY | 2024-03-04 | 2024-03-08 | ADVOCATE_NEEDED             | 2024-04-30  | 2024-04-20 2024-05-31 | 2024-05-31 | 2024-06-03 | 2024-05-31 | MET            | the advocate's date agreed again, 31 May, replaces 30 April: one response due
            STATUTORY | 2024-03-04 | 2024-03-08 | ADVOCATE_NEEDED             | 2024-04-30  | 2024-04-20 2024-05-31 | 2024-06-01 | 2024-06-03 | 2024-05-31 | MET_LATE       | the day after the date agreed again
            STATUTORY | 2024-03-04 | 2024-03-08 | ADVOCATE_NEEDED             | 2024-03-15  | -                     | -          | 2024-03-19 | 2024-03-15 | OVERDUE        | the date agreed with the complainant is the date due, even one sooner than the 10 working days
            STATUTORY | 2024-03-04 | 2024-03-08 | ADVOCATE_NEEDED             | -           | -                     | -          | 2024-03-19 | 2024-03-18 | OVERDUE        | an advocate but no date agreed yet: 10 working days
            STATUTORY | 2024-03-04 | 2024-03-08 | ONGOING_INTERNAL_PROCEDURES | 2024-04-30  | -                     | -          | 2024-03-19 | 2024-03-18 | OVERDUE        | at stage 1 only an advocate's agreed date extends the response
            CORPORATE | 2024-03-04 | -          | -                           | -           | -                     | -          | 2024-03-19 | -          | NOT_APPLICABLE | a corporate complaint follows the corporate procedure
            """)
    void statutory_stage_1(ComplaintKind kind, String received, String extended, ExtensionReason reason, String agreed, String agreedAgain,
            String response, String asOf, String due, Status status, String why) {
        Events events = received(received);
        if (extended != null) {
            events.add(agreed == null
                    ? ComplaintExtended.builder().date(d(extended)).stage(ComplaintStage.STAGE_1).reason(reason).build()
                    : agreedExtension(extended, agreed, reason));
        }
        if (agreedAgain != null) {
            String[] onAndTo = agreedAgain.split(" ");
            events.add(agreedExtension(onAndTo[0], onAndTo[1], reason));
        }
        if (response != null) {
            events.add(response(response, ComplaintStage.STAGE_1));
        }
        expect(events.schedule(kind, asOf), "complaints.statutory.stage-1", due, status, why);
    }

    /**
     * SC-2: the stage 2 response within 25 working days of the request to escalate to stage 2, or 65
     * once stage 2 is recorded as extended (the interpretation). Received 4 March 2024, answered at
     * stage 1 on 15 March.
     */
    @ParameterizedTest(name = "{0} escalated {1}, extended {2}, stage 2 response {3}, as of {4}: due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # kind    | escalated to stage 2 | extended (stage, date) | stage 2 response | as of      | due        | status         | why
            STATUTORY | 2024-04-15           | -                      | 2024-05-21       | 2024-05-24 | 2024-05-21 | MET            | 25 working days: the early May bank holiday is skipped
            STATUTORY | 2024-04-15           | -                      | 2024-05-22       | 2024-05-24 | 2024-05-21 | MET_LATE       | the day after
            STATUTORY | 2024-04-15           | -                      | -                | 2024-04-15 | 2024-05-21 | UPCOMING       | more than 5 working days ahead
            STATUTORY | 2024-04-15           | -                      | -                | 2024-05-21 | 2024-05-21 | DUE_SOON       | due today
            STATUTORY | 2024-04-15           | -                      | -                | 2024-05-22 | 2024-05-21 | OVERDUE        | the day after, no response
            STATUTORY | 2024-04-15           | STAGE_2 2024-05-01     | 2024-07-17       | 2024-07-19 | 2024-07-17 | MET            | extended: 65 working days, skipping the early May and spring bank holidays
            STATUTORY | 2024-04-15           | STAGE_2 2024-05-01     | 2024-07-18       | 2024-07-19 | 2024-07-17 | MET_LATE       | the day after the 65th working day
            STATUTORY | 2024-04-15           | STAGE_2 2024-05-01     | -                | 2024-07-18 | 2024-07-17 | OVERDUE        | extended, and still no response the day after
            STATUTORY | 2024-04-15           | STAGE_1 2024-03-11     | -                | 2024-05-22 | 2024-05-21 | OVERDUE        | an extension at stage 1 does not extend stage 2
            CORPORATE | 2024-04-15           | -                      | -                | 2024-05-22 | -          | NOT_APPLICABLE | a corporate complaint follows the corporate procedure
            """)
    void statutory_stage_2(ComplaintKind kind, String escalated, String extended, String response, String asOf, String due, Status status,
            String why) {
        Events events = received("2024-03-04").add(response("2024-03-15", ComplaintStage.STAGE_1))
                .add(escalation(escalated, ComplaintStage.STAGE_2));
        if (extended != null) {
            String[] stageAndDate = extended.split(" ");
            events.add(ComplaintExtended.builder().date(d(stageAndDate[1])).stage(ComplaintStage.valueOf(stageAndDate[0]))
                    .reason(ExtensionReason.COMPLEX_COMPLAINT).build());
        }
        if (response != null) {
            events.add(response(response, ComplaintStage.STAGE_2));
        }
        expect(events.schedule(kind, asOf), "complaints.statutory.stage-2", due, status, why);
    }

    /**
     * SC-3: the complainant's 20 working days to ask for a review panel after the stage 2 response.
     * It is their window, not the authority's duty: when it closes without a request it is not required,
     * never overdue (the interpretation); a request the day after it closed is late. Received 4 March 2024, stage 1 on 15 March, escalated on 15 April.
     */
    @ParameterizedTest(name = "{0} stage 2 response {1}, panel requested {2}, as of {3}: due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # kind    | stage 2 response | panel requested | as of      | due        | status         | why
            STATUTORY | 2024-08-09       | 2024-09-09      | 2024-09-10 | 2024-09-09 | MET            | on the 20th working day: the summer bank holiday is skipped
            STATUTORY | 2024-08-09       | 2024-09-10      | 2024-09-11 | 2024-09-09 | MET_LATE       | the day after: asked once the window had closed
            STATUTORY | 2024-08-09       | -               | 2024-08-09 | 2024-09-09 | UPCOMING       | the window has just opened
            STATUTORY | 2024-08-09       | -               | 2024-09-09 | 2024-09-09 | DUE_SOON       | the window's last day
            STATUTORY | 2024-08-09       | -               | 2024-09-10 | 2024-09-09 | NOT_REQUIRED   | the window closed without a request: the complainant did not escalate, nobody's work is overdue (audit B-5)
            STATUTORY | 2024-08-09       | 2024-09-11      | 2024-09-12 | 2024-09-09 | NOT_REQUIRED   | asked once the window had closed and a day more: the window closed unused
            CORPORATE | 2024-08-09       | -               | 2024-09-10 | -          | NOT_APPLICABLE | a corporate complaint has no review panel
            """)
    void statutory_escalation_window(ComplaintKind kind, String stage2Response, String requested, String asOf, String due, Status status,
            String why) {
        Events events = received("2024-03-04").add(response("2024-03-15", ComplaintStage.STAGE_1))
                .add(escalation("2024-04-15", ComplaintStage.STAGE_2)).add(response(stage2Response, ComplaintStage.STAGE_2));
        if (requested != null) {
            events.add(escalation(requested, ComplaintStage.REVIEW_PANEL));
        }
        Schedule schedule = events.schedule(kind, asOf);
        expect(schedule, "complaints.statutory.escalation-window", due, status, why);
        if (status == Status.NOT_REQUIRED) {
            // The entry names what closed it, in the rule's words: the day after the window's last day (9 September).
            org.assertj.core.api.Assertions.assertThat(schedule.entriesOf("complaints.statutory.escalation-window").get(0).reason())
                    .as(why).contains("discharged by the close of the complainant's window to escalate on 2024-09-10");
        }
    }

    /**
     * SC-4: the review panel held within 30 working days of the request for it. Received 4 March 2024,
     * stage 1 on 15 March, escalated on 18 March, stage 2 response on 19 April.
     */
    @ParameterizedTest(name = "{0} panel requested {1}, held {2}, as of {3}: due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # kind    | panel requested | panel held | as of      | due        | status         | why
            STATUTORY | 2024-04-22      | 2024-06-05 | 2024-06-10 | 2024-06-05 | MET            | on the 30th working day: the early May and spring bank holidays are skipped
            STATUTORY | 2024-04-22      | 2024-06-06 | 2024-06-10 | 2024-06-05 | MET_LATE       | the day after
            STATUTORY | 2024-04-22      | -          | 2024-04-22 | 2024-06-05 | UPCOMING       | more than 5 working days ahead
            STATUTORY | 2024-04-22      | -          | 2024-06-05 | 2024-06-05 | DUE_SOON       | due today
            STATUTORY | 2024-04-22      | -          | 2024-06-06 | 2024-06-05 | OVERDUE        | the day after, no panel
            CORPORATE | -               | -          | 2024-06-06 | -          | -              | a corporate complaint has no review panel to request: nothing owed
            """)
    void statutory_review_panel(ComplaintKind kind, String requested, String held, String asOf, String due, Status status, String why) {
        Events events = received("2024-03-04").add(response("2024-03-15", ComplaintStage.STAGE_1))
                .add(escalation("2024-03-18", ComplaintStage.STAGE_2)).add(response("2024-04-19", ComplaintStage.STAGE_2));
        if (requested != null) {
            events.add(escalation(requested, ComplaintStage.REVIEW_PANEL));
        }
        if (held != null) {
            events.add(ReviewPanelHeld.builder().date(d(held)).build());
        }
        expect(events.schedule(kind, asOf), "complaints.statutory.review-panel", due, status, why);
    }

    /** A complaint told as a table cell: "received 2024-03-04, escalated2 2024-04-15, resolved 2024-05-21". */
    private static Events story(String story) {
        Events events = new Events();
        for (String item : story.split(",")) {
            String[] words = item.trim().split("\\s+");
            String what = words[0];
            LocalDate date = what.startsWith("extended") ? null : d(words[1]);
            events.add(switch (what) {
                case "received" -> ComplaintReceived.builder().date(date).build();
                // acknowledged DATE [EXPECTED RESPONSE DATE]
                case "acknowledged" -> words.length == 3
                        ? ComplaintAcknowledged.builder().date(date).expectedResponseDate(d(words[2])).build()
                        : ComplaintAcknowledged.builder().date(date).build();
                case "resolved" -> ComplaintResolved.builder().date(date).build();
                case "response1" -> response(words[1], ComplaintStage.STAGE_1);
                case "response2" -> response(words[1], ComplaintStage.STAGE_2);
                case "escalated2" -> escalation(words[1], ComplaintStage.STAGE_2);
                case "panel-requested" -> escalation(words[1], ComplaintStage.REVIEW_PANEL);
                case "panel-held" -> ReviewPanelHeld.builder().date(date).build();
                // extended1 REASON DATE [AGREED], extended2 DATE
                case "extended1" -> words.length == 4 ? agreedExtension(words[2], words[3], ExtensionReason.valueOf(words[1]))
                        : ComplaintExtended.builder().date(d(words[2])).stage(ComplaintStage.STAGE_1)
                                .reason(ExtensionReason.valueOf(words[1])).build();
                case "extended2" -> ComplaintExtended.builder().date(d(words[1])).stage(ComplaintStage.STAGE_2)
                        .reason(ExtensionReason.COMPLEX_COMPLAINT).build();
                default -> throw new IllegalArgumentException("no such complaint record: " + item);
            });
        }
        return events;
    }

    /**
     * A resolution stops the clocks of the stages still to come: what was not yet due when the complaint was resolved
     * is not required, and says so; what was already due stays missed.
     */
    @ParameterizedTest(name = "{0} {1}: {2} as of {3}: due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # kind    | story                                                                    | rule                                   | as of      | due        | status       | why
            CORPORATE | received 2024-01-08, resolved 2024-01-08                                 | complaints.corporate.agreed-timescale  | 2024-04-10 | 2024-04-07 | NOT_REQUIRED | resolved on the day it was received: no exceptional final response at 90 days (audit B-5)
            CORPORATE | received 2024-01-08, resolved 2024-04-07                                 | complaints.corporate.agreed-timescale  | 2024-04-10 | 2024-04-07 | NOT_REQUIRED | resolved on the 90th day (audit B-5)
            CORPORATE | received 2024-01-08, resolved 2024-04-08                                 | complaints.corporate.agreed-timescale  | 2024-04-10 | 2024-04-07 | MISSED       | resolved the day after, with no response: the miss stays (audit B-5)
            CORPORATE | received 2024-01-08, extended1 ONGOING_INTERNAL_PROCEDURES 2024-03-01 2024-05-31, resolved 2024-04-20 | complaints.corporate.agreed-timescale | 2024-06-03 | 2024-05-31 | NOT_REQUIRED | resolved before the date agreed (audit B-5)
            STATUTORY | received 2024-03-25, resolved 2024-04-10                                 | complaints.statutory.stage-1           | 2024-04-12 | 2024-04-10 | NOT_REQUIRED | resolved on the 10th working day: no stage 1 response owed (audit B-5)
            STATUTORY | received 2024-03-25, resolved 2024-04-11                                 | complaints.statutory.stage-1           | 2024-04-12 | 2024-04-10 | MISSED       | resolved the day after (audit B-5)
            STATUTORY | received 2024-03-04, response1 2024-03-15, escalated2 2024-04-15, resolved 2024-05-21 | complaints.statutory.stage-2 | 2024-05-24 | 2024-05-21 | NOT_REQUIRED | resolved on the 25th working day of stage 2 (audit B-5)
            STATUTORY | received 2024-03-04, response1 2024-03-15, escalated2 2024-04-15, resolved 2024-05-22 | complaints.statutory.stage-2 | 2024-05-24 | 2024-05-21 | MISSED       | resolved the day after (audit B-5)
            STATUTORY | received 2024-03-04, response1 2024-03-15, escalated2 2024-03-18, response2 2024-04-19, resolved 2024-04-26 | complaints.statutory.escalation-window | 2024-05-21 | 2024-05-20 | NOT_REQUIRED | resolved after the stage 2 response: no escalation to wait for (audit B-5)
            STATUTORY | received 2024-03-04, response1 2024-03-15, escalated2 2024-03-18, response2 2024-04-19, panel-requested 2024-04-22, resolved 2024-06-05 | complaints.statutory.review-panel | 2024-06-10 | 2024-06-05 | NOT_REQUIRED | resolved on the panel's 30th working day (audit B-5)
            STATUTORY | received 2024-03-04, response1 2024-03-15, escalated2 2024-03-18, response2 2024-04-19, panel-requested 2024-04-22, resolved 2024-06-06 | complaints.statutory.review-panel | 2024-06-10 | 2024-06-05 | MISSED       | resolved the day after (audit B-5)
            """)
    void a_resolution_stops_the_clocks_still_to_come(ComplaintKind kind, String story, String ruleId, String asOf, String due, Status status,
            String why) {
        Schedule schedule = story(story).schedule(kind, asOf);
        expect(schedule, ruleId, due, status, why);
        org.assertj.core.api.Assertions.assertThat(schedule.entriesOf(ruleId).get(0).reason()).as(why)
                .hasValueSatisfying(reason -> org.assertj.core.api.Assertions.assertThat(reason).contains("resolution of the complaint"));
    }

    /**
     * Regulations 14 and 17: an extension counts only when it is recorded on or before the deadline it extends; one
     * keyed in after the deadline passed does not turn a late response into one on time. Stage 1: received 4 March
     * 2024, 10 working days end on 18 March. Stage 2: requested on 15 April, 25 working days end on 21 May.
     */
    @ParameterizedTest(name = "{0}: {1} as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # story                                                                                               | rule                         | as of      | due        | status   | why
            received 2024-03-04, extended1 COMPLEX_COMPLAINT 2024-03-18, response1 2024-03-25                    | complaints.statutory.stage-1 | 2024-03-26 | 2024-04-03 | MET      | extended for complexity on the 10th working day: 20 working days (audit B-5)
            received 2024-03-04, extended1 COMPLEX_COMPLAINT 2024-03-19, response1 2024-03-25                    | complaints.statutory.stage-1 | 2024-03-26 | 2024-03-18 | MET_LATE | extended the day after the deadline it would extend: it does not count (audit B-5)
            received 2024-03-04, extended1 ADVOCATE_NEEDED 2024-03-18 2024-04-30, response1 2024-04-30           | complaints.statutory.stage-1 | 2024-05-02 | 2024-04-30 | MET      | an advocate's date agreed on the 10th working day (audit B-5)
            received 2024-03-04, extended1 ADVOCATE_NEEDED 2024-03-19 2024-04-30, response1 2024-04-30           | complaints.statutory.stage-1 | 2024-05-02 | 2024-03-18 | MET_LATE | agreed the day after the deadline: too late to extend it (audit B-5)
            received 2024-03-04, extended1 COMPLEX_COMPLAINT 2024-03-11, extended1 ADVOCATE_NEEDED 2024-04-03 2024-04-30, response1 2024-04-30 | complaints.statutory.stage-1 | 2024-05-02 | 2024-04-30 | MET | an advocate's date agreed by the 20th working day the complexity extension set
            received 2024-03-04, response1 2024-03-15, escalated2 2024-04-15, extended2 2024-05-21, response2 2024-06-03 | complaints.statutory.stage-2 | 2024-06-04 | 2024-07-17 | MET      | stage 2 extended on its 25th working day: 65 working days (audit B-5)
            received 2024-03-04, response1 2024-03-15, escalated2 2024-04-15, extended2 2024-05-22, response2 2024-06-03 | complaints.statutory.stage-2 | 2024-06-04 | 2024-05-21 | MET_LATE | extended the day after the response was due: it does not count (audit B-5)
            """)
    void an_extension_counts_only_when_recorded_by_the_deadline_it_extends(String story, String ruleId, String asOf, String due,
            Status status, String why) {
        expect(story(story).schedule(ComplaintKind.STATUTORY, asOf), ruleId, due, status, why);
    }

    /**
     * CC-1: the acknowledgement "including the expected date for the response": one without that date does not meet
     * it. Received on Thursday 28 March 2024, the 3 working days end on 4 April (Good Friday and Easter Monday skipped).
     */
    @ParameterizedTest(name = "{0}: as of {1}: due {2}, {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # story                                                  | as of      | due        | status   | why
            received 2024-03-28, acknowledged 2024-04-04 2024-04-25  | 2024-04-05 | 2024-04-04 | MET      | acknowledged on the 3rd working day with the expected response date (audit B-10c)
            received 2024-03-28, acknowledged 2024-04-05 2024-04-25  | 2024-04-05 | 2024-04-04 | MET_LATE | the day after (audit B-10c)
            received 2024-03-28, acknowledged 2024-04-04             | 2024-04-05 | 2024-04-04 | OVERDUE  | acknowledged without the expected date for the response: not the acknowledgement asked for (audit B-10c)
            received 2024-03-28, acknowledged 2024-04-02, acknowledged 2024-04-05 2024-04-25 | 2024-04-05 | 2024-04-04 | MET_LATE | the expected date sent the day after the deadline (audit B-10c)
            """)
    void corporate_acknowledgement_carries_the_expected_response_date(String story, String asOf, String due, Status status, String why) {
        expect(story(story).schedule(ComplaintKind.CORPORATE, asOf), "complaints.corporate.acknowledged", due, status, why);
    }

    /**
     * CC-3: "the complainant should be informed at the earliest possible point, and a timescale for the remaining
     * actions agreed": a later date counts only when the extension records that the complainant was informed, by the
     * 90th day (received 8 January 2024, 90 days end on 7 April).
     */
    @ParameterizedTest(name = "extended {0} to {1}, informed {2}, response {3}, as of {4}: due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # extended | agreed     | informed | response   | as of      | due        | status   | why
            2024-03-01 | 2024-05-31 | true     | 2024-05-31 | 2024-06-03 | 2024-05-31 | MET      | the complainant informed and the date agreed: the later date applies (audit B-10d)
            2024-03-01 | 2024-05-31 | false    | 2024-05-31 | 2024-06-03 | 2024-04-07 | MET_LATE | a later date the complainant was not told of does not extend the 90 days (audit B-10d)
            2024-04-07 | 2024-05-31 | true     | -          | 2024-04-08 | 2024-05-31 | UPCOMING | informed on the 90th day, the last possible point (audit B-10d)
            2024-04-08 | 2024-05-31 | true     | -          | 2024-04-09 | 2024-04-07 | OVERDUE  | informed the day after the 90 days: too late (audit B-10d)
            """)
    void corporate_complainant_informed_of_the_later_date(String extended, String agreed, boolean informed, String response, String asOf,
            String due, Status status, String why) {
        Events events = received("2024-01-08").add(ComplaintExtended.builder().date(d(extended)).stage(ComplaintStage.STAGE_1)
                .reason(ExtensionReason.ONGOING_INTERNAL_PROCEDURES).agreedResponseDate(d(agreed)).complainantInformed(informed).build());
        if (response != null) {
            events.add(response(response, ComplaintStage.STAGE_1));
        }
        expect(events.schedule(ComplaintKind.CORPORATE, asOf), "complaints.corporate.agreed-timescale", due, status, why);
    }

    /**
     * CC-3: a later date agreed with the complainant counts only when it is agreed by the 90th day (received 8 January
     * 2024, 90 days end on 7 April).
     */
    @ParameterizedTest(name = "{0}: as of {1}: due {2}, {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # story                                                                                      | as of      | due        | status   | why
            received 2024-01-08, extended1 ONGOING_INTERNAL_PROCEDURES 2024-04-07 2024-05-31, response1 2024-05-20 | 2024-06-03 | 2024-05-31 | MET      | a date agreed on the 90th day: the later date applies (audit B-5)
            received 2024-01-08, extended1 ONGOING_INTERNAL_PROCEDURES 2024-04-08 2024-05-31, response1 2024-05-20 | 2024-06-03 | 2024-04-07 | MET_LATE | agreed the day after the 90 days had passed: too late to extend them (audit B-5)
            """)
    void a_corporate_date_agreed_too_late(String story, String asOf, String due, Status status, String why) {
        expect(story(story).schedule(ComplaintKind.CORPORATE, asOf), "complaints.corporate.agreed-timescale", due, status, why);
    }
}
