package org.duly.policies.derbyshire;

import static org.duly.policies.derbyshire.Tables.DERBYSHIRE;
import static org.duly.policies.derbyshire.Tables.dates;
import static org.duly.policies.derbyshire.Tables.day;
import static org.duly.testkit.DulyAssertions.assertThat;

import org.duly.domain.events.AgreedNextStep;
import org.duly.domain.events.ChronologyClosed;
import org.duly.domain.events.ChronologyStarted;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.ChronologyUpdated;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.NeedOrRiskEscalated;
import org.duly.domain.events.NextStepsAgreed;
import org.duly.domain.events.ReferralOutcome;
import org.duly.domain.events.StepDownTarget;
import org.duly.domain.events.SteppedDown;
import org.duly.domain.events.SteppedUp;
import org.duly.testkit.ChildCase;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;
import org.duly.workflows.engine.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The chronology and step up rules of the Derbyshire catalogue, as tables a policy author can read:
 * given these events, on this date, expect this due date and status. Several dates in a cell are the
 * events in order; a row whose due date and status are "-" owes nothing (for a recurrence: not that
 * occurrence, nor any after it).
 */
class ChronologiesAndStepUpRulesTest {

    private static ChildCase child() {
        return ChildCase.child("C-1").bornOn("2016-05-10");
    }

    private static ChronologyStarted started(String date) {
        return ChronologyStarted.builder().date(day(date)).build();
    }

    /** CHRON-1: a chronology started on the day of the referral that opens the case. */
    @ParameterizedTest(name = "referral {0}, chronology {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # referral | chronology started | as of      | due        | status   | why
            2024-03-04 | 2024-03-04         | 2024-03-05 | 2024-03-04 | MET      | on the day of the referral
            2024-03-04 | 2024-03-05         | 2024-03-05 | 2024-03-04 | MET_LATE | the day after
            2024-03-04 | -                  | 2024-03-04 | 2024-03-04 | DUE_SOON | due the day it is known, so never UPCOMING
            2024-03-04 | -                  | 2024-03-05 | 2024-03-04 | OVERDUE  | the day after, not started
            2024-03-02 | -                  | 2024-03-04 | 2024-03-04 | DUE_SOON | a Saturday referral: due on the next working day, the Monday (audit A-S9)
            2024-03-02 | 2024-03-04         | 2024-03-04 | 2024-03-04 | MET      | started on that Monday: on time, as in the audit's run R14 (audit A-S9)
            2024-03-02 | 2024-03-05         | 2024-03-05 | 2024-03-04 | MET_LATE | the Tuesday: a day late (audit A-S9)
            2024-03-02 | 2024-03-02         | 2024-03-04 | 2024-03-04 | MET      | started on the Saturday itself: on time
            2024-08-24 | 2024-08-27         | 2024-08-28 | 2024-08-27 | MET      | a Saturday referral before the summer bank holiday: due on the Tuesday, as in the audit's run R28 (audit A-S9)
            2024-08-24 | 2024-08-28         | 2024-08-28 | 2024-08-27 | MET_LATE | the Wednesday: a day late (audit A-S9)
            2024-03-29 | -                  | 2024-04-02 | 2024-04-02 | DUE_SOON | a Good Friday referral: due after Easter Monday, on Tuesday 2 April
            """)
    void chronology_started(String referral, String chronology, String asOf, String due, Status status, String why) {
        ChildCase kase = child().referral(referral);
        if (chronology != null) {
            kase.with(started(chronology));
        }
        assertThat(kase.schedule(asOf, DERBYSHIRE)).obligation("chronology.started").as(why).isDueOn(due).hasStatus(status);
    }

    /**
     * CHRON-1, "an open referral": a referral decided as information and advice, a referral to a partner agency or no
     * further action leaves no referral open, so its chronology (due on the day of the referral, 4 March 2024) is not
     * required, whenever the decision is recorded.
     */
    @ParameterizedTest(name = "decided {0} on {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # decision                 | decided    | as of      | due        | status       | why
            INFORMATION_AND_ADVICE     | 2024-03-04 | 2024-03-05 | 2024-03-04 | NOT_REQUIRED | information and advice on the day: no open referral, no chronology
            NO_FURTHER_ACTION          | 2024-03-05 | 2024-03-06 | 2024-03-04 | NOT_REQUIRED | no further action decided the day after, as in the audit's run R29: not required, not overdue for ever
            REFERRAL_TO_PARTNER_AGENCY | 2024-03-05 | 2024-03-06 | 2024-03-04 | NOT_REQUIRED | referred on to a partner agency: not required
            SINGLE_ASSESSMENT          | 2024-03-05 | 2024-03-06 | 2024-03-04 | OVERDUE      | an open referral to social care: owed
            EARLY_HELP_ASSESSMENT      | 2024-03-05 | 2024-03-06 | 2024-03-04 | OVERDUE      | an open referral to early help: owed
            """)
    void chronology_not_required_without_an_open_referral(ReferralOutcome decision, String decided, String asOf, String due,
            Status status, String why) {
        ChildCase kase = child().referral("2024-03-04").referralDecision(decided, decision);
        assertThat(kase.schedule(asOf, DERBYSHIRE)).obligation("chronology.started").as(why).isDueOn(due).hasStatus(status);
    }

    /** CHRON-1: no further action on a later referral to the open case does not discharge the chronology the case owes. */
    @Test
    void no_further_action_on_a_later_referral_leaves_the_chronology_owed() {
        Schedule schedule = child().referral("2024-03-04").referralDecision("2024-03-04", ReferralOutcome.SINGLE_ASSESSMENT)
                .referral("2024-04-10").referralDecision("2024-04-10", ReferralOutcome.NO_FURTHER_ACTION).schedule("2024-04-11", DERBYSHIRE);
        assertThat(schedule).hasObligations("chronology.started", 1);
        assertThat(schedule).obligation("chronology.started").isDueOn("2024-03-04").isOverdue();
    }

    /** CHRON-1: a referral while the case is already open does not start a second chronology. */
    @Test
    void a_referral_to_an_open_case_starts_no_second_chronology() {
        Schedule schedule = child().referral("2024-03-04").with(started("2024-03-04")).referral("2024-04-10").schedule("2024-04-11", DERBYSHIRE);
        assertThat(schedule).hasObligations("chronology.started", 1);
        assertThat(schedule).obligation("chronology.started").isDueOn("2024-03-04").isMet();
    }

    /** CHRON-1: a referral that reopens a closed case starts a new chronology. */
    @Test
    void a_referral_that_reopens_the_case_starts_a_new_chronology() {
        Schedule schedule = child().referral("2024-03-04").with(started("2024-03-04"))
                .with(ChronologyClosed.builder().date(day("2024-04-01")).build()).closed("2024-04-01")
                .referral("2024-05-01").schedule("2024-05-02", DERBYSHIRE);
        assertThat(schedule).hasObligations("chronology.started", 2);
        assertThat(schedule).obligation("chronology.started", 2).isDueOn("2024-05-01").isOverdue();
    }

    /**
     * CHRON-2: the chronology updated ideally every 6 weeks, at most every 3 months, each counted from the actual
     * previous update (the first from its start): the due date is the 3-month limit, the target the 6-week ideal.
     */
    @ParameterizedTest(name = "started {0}, updates {1}, as of {2}: #{3} ideally {4}, due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # started  | updates               | as of      | # | ideally    | due        | status   | why
            2024-03-04 | 2024-06-04            | 2024-06-05 | 1 | 2024-04-15 | 2024-06-04 | MET      | on the 3-month limit, although past the 6-week ideal
            2024-03-04 | 2024-06-05            | 2024-06-05 | 1 | 2024-04-15 | 2024-06-04 | MET_LATE | the day after the limit
            2024-03-04 | 2024-04-15            | 2024-04-16 | 1 | 2024-04-15 | 2024-06-04 | MET      | on the ideal date
            2024-03-04 | -                     | 2024-04-16 | 1 | 2024-04-15 | 2024-06-04 | UPCOMING | past the ideal date, but owed by the limit
            2024-03-04 | -                     | 2024-06-04 | 1 | 2024-04-15 | 2024-06-04 | DUE_SOON | the limit is today
            2024-03-04 | -                     | 2024-06-05 | 1 | 2024-04-15 | 2024-06-04 | OVERDUE  | the day after the limit, not updated
            2024-03-04 | 2024-05-01            | 2024-05-02 | 2 | 2024-06-12 | 2024-08-01 | UPCOMING | the 2nd, counted from the 1st update
            2024-03-04 | 2024-06-05            | 2024-06-06 | 2 | 2024-07-17 | 2024-09-05 | UPCOMING | a late update moves the next one
            2024-03-04 | 2024-05-01 2024-08-02 | 2024-08-02 | 2 | 2024-06-12 | 2024-08-01 | MET_LATE | the 2nd, a day after its limit
            2024-03-04 | 2024-05-01 2024-07-15 | 2024-07-16 | 3 | 2024-08-26 | 2024-10-15 | UPCOMING | the 3rd, counted from the 2nd
            2024-11-29 | -                     | 2024-12-02 | 1 | 2025-01-10 | 2025-02-28 | UPCOMING | 3 months from 29 November is 29 February 2025, which does not exist: rounded down
            """)
    void chronology_updated(String start, String updates, String asOf, int occurrence, String ideally, String due, Status status,
            String why) {
        ChildCase kase = child().with(started(start));
        dates(updates).forEach(update -> kase.with(ChronologyUpdated.builder().date(day(update)).build()));
        assertThat(kase.schedule(asOf, DERBYSHIRE)).obligation("chronology.updated", occurrence).as(why)
                .isDueOn(due).hasTarget(ideally).hasStatus(status);
    }

    /** CHRON-2: the updates end when the chronology or the case closes. */
    @ParameterizedTest(name = "updates {0}, {1} on {2}, as of {3}: #{4} due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # updates | closing         | on         | as of      | # | due        | status  | why
            2024-05-01 | case            | 2024-07-01 | 2024-07-02 | 2 | -          | -       | the case closed before the 2nd update was due: no longer owed
            2024-05-01 | chronology      | 2024-07-01 | 2024-07-02 | 2 | -          | -       | the chronology closed before the 2nd update was due: no longer owed
            -          | case            | 2024-06-10 | 2024-06-11 | 1 | 2024-06-04 | MISSED | already overdue when the case closed: missed, and a miss stays a miss
            -          | chronology      | 2024-06-10 | 2024-06-11 | 1 | 2024-06-04 | MISSED | already overdue when the chronology closed: missed, and a miss stays a miss
            2024-06-11 | case            | 2024-06-10 | 2024-06-12 | 1 | 2024-06-04 | MISSED | an update dated after the case closed is accepted, but it cannot meet an update due before the closure: missed (audit A-S6a)
            """)
    void chronology_updates_end_with_the_chronology_or_the_case(String updates, String closing, String on, String asOf, int occurrence,
            String due, Status status, String why) {
        ChildCase kase = child().referral("2024-03-04").with(started("2024-03-04"));
        dates(updates).stream().filter(update -> !day(update).isAfter(day(on)))
                .forEach(update -> kase.with(ChronologyUpdated.builder().date(day(update)).build()));
        if (closing.equals("case")) {
            kase.closed(on);
        } else {
            kase.with(ChronologyClosed.builder().date(day(on)).build());
        }
        // A record dated after the closure, entered late.
        dates(updates).stream().filter(update -> day(update).isAfter(day(on)))
                .forEach(update -> kase.with(ChronologyUpdated.builder().date(day(update)).build()));
        Schedule schedule = kase.schedule(asOf, DERBYSHIRE);
        if (status == null) {
            assertThat(schedule).as(why).hasObligations("chronology.updated", occurrence - 1);
        } else {
            assertThat(schedule).obligation("chronology.updated", occurrence).as(why).isDueOn(due).hasStatus(status);
        }
    }

    /**
     * CHRON-3: the chronology updated and closed as part of closing the case: on the day it closes or in the 10 working
     * days of closing work before; owed although the case has closed, and met late by a closure recorded after it.
     */
    @ParameterizedTest(name = "chronology closed {0}, case closed {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # chronology closed | case closed | as of      | due        | status   | why
            2024-06-10          | 2024-06-10  | 2024-06-11 | 2024-06-10 | MET      | closed on the day the case closes
            2024-06-07          | 2024-06-10  | 2024-06-11 | 2024-06-10 | MET      | closed as part of the closing process, the working day before
            2024-05-24          | 2024-06-10  | 2024-06-11 | 2024-06-10 | MET      | closed 10 working days before the case (the spring bank holiday skipped): part of the closing work
            2024-05-23          | 2024-06-10  | 2024-06-11 | 2024-06-10 | OVERDUE  | the working day before that: too early to be part of closing the case
            -                   | 2024-06-10  | 2024-06-10 | 2024-06-10 | DUE_SOON | due the day the case closes
            -                   | 2024-06-10  | 2024-06-11 | 2024-06-10 | OVERDUE  | owed although the case has closed
            2024-06-11          | 2024-06-10  | 2024-06-12 | 2024-06-10 | MET_LATE | closed the day after the case: the record after the closure is accepted, and the closure is a day late (audit A-S6a)
            2024-06-10          | 2024-06-08  | 2024-06-11 | 2024-06-10 | MET      | a case closed on a Saturday: the chronology is closed by the next working day, the Monday (audit A-S9)
            2024-06-11          | 2024-06-08  | 2024-06-12 | 2024-06-10 | MET_LATE | the Tuesday: a day late (audit A-S9)
            """)
    void chronology_closed(String chronology, String caseClosed, String asOf, String due, Status status, String why) {
        ChildCase kase = child().referral("2024-03-04").with(started("2024-03-04"));
        boolean recordedAfter = chronology != null && day(chronology).isAfter(day(caseClosed));
        if (chronology != null && !recordedAfter) {
            kase.with(ChronologyClosed.builder().date(day(chronology)).build());
        }
        kase.closed(caseClosed);
        if (recordedAfter) {
            kase.with(ChronologyClosed.builder().date(day(chronology)).build());
        }
        assertThat(kase.schedule(asOf, DERBYSHIRE)).obligation("chronology.closed").as(why).isDueOn(due).hasStatus(status);
    }

    /** CHRON-3: a chronology closed at an earlier closure does not count for the next one. */
    @Test
    void each_closure_of_the_case_owes_its_own_chronology_closure() {
        Schedule schedule = child().referral("2024-03-04").with(started("2024-03-04"))
                .with(ChronologyClosed.builder().date(day("2024-04-01")).build()).closed("2024-04-01")
                .referral("2024-05-01").with(started("2024-05-01")).closed("2024-06-10").schedule("2024-06-11", DERBYSHIRE);
        // 1 April 2024 was Easter Monday: the closure is office work, due on the next working day.
        assertThat(schedule).obligation("chronology.closed", 1).isDueOn("2024-04-02").isMet();
        assertThat(schedule).obligation("chronology.closed", 2).isDueOn("2024-06-10").isOverdue();
    }

    /**
     * EH-4: concerns about an escalation of risk in an early help case discussed with the Senior Early Help Practitioner
     * or Early Help Team Manager immediately, for a decision on whether step up is needed (booklet L447).
     */
    @ParameterizedTest(name = "escalated {0}, discussed {1}, {2}, as of {3}: due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # made aware | discussed  | before          | as of      | due        | status   | why
            2024-03-04   | 2024-03-04 | -               | 2024-03-05 | 2024-03-04 | MET      | discussed the same day (review L447)
            2024-03-04   | 2024-03-05 | -               | 2024-03-05 | 2024-03-04 | MET_LATE | the day after (review L447)
            2024-03-04   | -          | -               | 2024-03-04 | 2024-03-04 | DUE_SOON | due the day it is known
            2024-03-04   | -          | -               | 2024-03-05 | 2024-03-04 | OVERDUE  | not discussed: overdue, even if a step up follows (review L447)
            2024-05-04   | 2024-05-07 | -               | 2024-05-07 | 2024-05-07 | MET      | a Saturday before the early May bank holiday: due on the Tuesday, the next working day (review L447)
            2024-05-04   | 2024-05-08 | -               | 2024-05-08 | 2024-05-07 | MET_LATE | the Wednesday: late (review L447)
            2024-03-04   | -          | 2024-02-01      | 2024-03-05 | -          | -        | a case already open to social care (a single assessment): not early help's escalation (review L447)
            """)
    void escalation_discussed(String escalated, String discussed, String singleAssessment, String asOf, String due, Status status,
            String why) {
        ChildCase kase = child();
        if (singleAssessment != null) {
            kase.referral(singleAssessment).referralDecision(singleAssessment, ReferralOutcome.SINGLE_ASSESSMENT);
        }
        kase.with(NeedOrRiskEscalated.builder().date(day(escalated)).build());
        if (discussed != null) {
            kase.with(org.duly.domain.events.EscalationDiscussed.builder().date(day(discussed)).build());
        }
        Schedule schedule = kase.schedule(asOf, DERBYSHIRE);
        if (status == null) {
            assertThat(schedule).as(why).hasNoObligation("early-help.escalation-discussed");
        } else {
            assertThat(schedule).obligation("early-help.escalation-discussed").as(why).isDueOn(due).hasStatus(status);
        }
    }

    /** STEP-1: a step up to social care implemented immediately the worker is made aware of escalating need or risk. */
    @ParameterizedTest(name = "escalated {0}, stepped up {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # made aware | stepped up | as of      | due        | status   | why
            2024-03-04   | 2024-03-04 | 2024-03-05 | 2024-03-04 | MET      | the same day
            2024-03-04   | 2024-03-05 | 2024-03-05 | 2024-03-04 | MET_LATE | the day after
            2024-03-04   | -          | 2024-03-04 | 2024-03-04 | DUE_SOON | due the day it is known, so never UPCOMING
            2024-03-04   | -          | 2024-03-05 | 2024-03-04 | OVERDUE  | the day after, not stepped up
            2024-03-02   | 2024-03-04 | 2024-03-04 | 2024-03-04 | MET      | a Saturday's escalation stepped up on the Monday, the next working day: on time (audit A-S9)
            2024-03-02   | 2024-03-05 | 2024-03-05 | 2024-03-04 | MET_LATE | the Tuesday: a day late (audit A-S9)
            2024-02-02   | 2024-02-05 | 2024-02-05 | 2024-02-02 | MET_LATE | a Friday escalation, as in the audit's run R17: Friday is a working day, so immediately is that Friday, and Monday is late (audit A-S9)
            2024-05-04   | 2024-05-07 | 2024-05-07 | 2024-05-07 | MET      | a Saturday escalation before the early May bank holiday: due on the Tuesday (audit A-S9)
            2024-05-04   | 2024-05-08 | 2024-05-08 | 2024-05-07 | MET_LATE | the Wednesday: late (audit A-S9)
            """)
    void step_up(String escalated, String steppedUp, String asOf, String due, Status status, String why) {
        ChildCase kase = child().with(NeedOrRiskEscalated.builder().date(day(escalated)).build());
        if (steppedUp != null) {
            kase.with(SteppedUp.builder().date(day(steppedUp)).build());
        }
        assertThat(kase.schedule(asOf, DERBYSHIRE)).obligation("step-up.implemented").as(why).isDueOn(due).hasStatus(status);
    }

    /**
     * STEP-1: step up is "transitioning a case from a locality targeted early help team to social care", so escalating
     * need or risk (Monday 4 March 2024) owes it only in a case not already open to social care that day. Earlier events
     * in the case, in date order; as of Tuesday 5 March.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # before the escalation                          | status  | why
            -                                                | OVERDUE | an early help case: the step up is owed (audit STEP-1)
            early-help-plan 2024-02-01                       | OVERDUE | an early help plan is early help: owed (audit STEP-1)
            stepped-up 2024-02-01                            | -       | already stepped up to social care: no step up owed (audit STEP-1)
            stepped-up 2024-03-03                            | -       | stepped up the day before: no second step up owed (audit STEP-1)
            stepped-up 2024-02-01, stepped-down 2024-03-04   | OVERDUE | stepped down on the escalation's day: back in early help, so owed (audit STEP-1)
            stepped-up 2024-02-01, stepped-down 2024-03-05   | -       | stepped down the day after: still open to social care on the day (audit STEP-1)
            single-assessment 2024-03-01                     | -       | a referral decision for a single assessment: open to social care (audit STEP-1)
            single-assessment 2024-02-20, closed 2024-03-01  | OVERDUE | the single assessment's case closed before: owed (audit STEP-1)
            child-in-need-plan 2024-02-01                    | -       | a child in need plan: open to social care (audit STEP-1)
            looked-after 2024-01-10                          | -       | a child in care: open to social care (audit STEP-1)
            """)
    void step_up_only_from_early_help(String before, Status status, String why) {
        ChildCase kase = child();
        if (before != null) {
            for (String item : before.split(",")) {
                String[] whatAndDate = item.trim().split(" ");
                String date = whatAndDate[1];
                switch (whatAndDate[0]) {
                    case "early-help-plan" -> kase.planCreated(date, ChildsPlanKind.EARLY_HELP);
                    case "child-in-need-plan" -> kase.planCreated(date, ChildsPlanKind.CHILD_IN_NEED);
                    case "stepped-up" -> kase.with(SteppedUp.builder().date(day(date)).build());
                    case "stepped-down" -> {
                        if (day(date).isAfter(day("2024-03-04"))) {
                            kase.with(NeedOrRiskEscalated.builder().date(day("2024-03-04")).build());
                        }
                        kase.with(SteppedDown.builder().date(day(date)).to(StepDownTarget.EARLY_HELP).build());
                    }
                    case "single-assessment" -> kase.referral(date).referralDecision(date, ReferralOutcome.SINGLE_ASSESSMENT);
                    case "looked-after" -> kase.becameLookedAfter(date, LegalStatus.FULL_CARE_ORDER);
                    case "closed" -> kase.closed(date);
                    default -> throw new IllegalArgumentException(whatAndDate[0]);
                }
            }
        }
        if (before == null || !before.contains("stepped-down 2024-03-05")) {
            kase.with(NeedOrRiskEscalated.builder().date(day("2024-03-04")).build());
        }
        Schedule schedule = kase.schedule("2024-03-05", DERBYSHIRE);
        if (status == null) {
            assertThat(schedule).as(why).hasNoObligation("step-up.implemented");
        } else {
            assertThat(schedule).obligation("step-up.implemented").as(why).isDueOn("2024-03-04").hasStatus(status);
        }
    }

    /**
     * CHRON-2, "ideally every 6 weeks but at a minimum of every 3 months": the ideal date is shown beside the due date,
     * and an update past it says by how many days, although it is met by the limit.
     */
    @ParameterizedTest(name = "updated {0}: ideally {2}, due {3}, {4}, {5} days past the ideal")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # updated  | as of      | ideally    | due        | status | days past ideal | why
            2024-04-15 | 2024-04-16 | 2024-04-15 | 2024-06-04 | MET    | 0               | on the ideal date, 6 weeks after the start
            2024-04-16 | 2024-04-16 | 2024-04-15 | 2024-06-04 | MET    | 1               | the day after the ideal: met by the limit, and one day past the ideal, visibly (audit A-S7)
            2024-06-04 | 2024-06-05 | 2024-04-15 | 2024-06-04 | MET    | 50              | on the 3-month limit: met, 50 days past the ideal (audit A-S7)
            """)
    void chronology_update_past_the_ideal(String updated, String asOf, String ideally, String due, Status status, long pastIdeal,
            String why) {
        Schedule schedule = child().with(started("2024-03-04")).with(ChronologyUpdated.builder().date(day(updated)).build())
                .schedule(asOf, DERBYSHIRE);
        assertThat(schedule).obligation("chronology.updated", 1).as(why).isDueOn(due).hasStatus(status);
        ScheduleEntry entry = schedule.entriesOf("chronology.updated").get(0);
        org.assertj.core.api.Assertions.assertThat(entry.window().flatMap(Window::ideal)).as(why).contains(day(ideally));
        org.assertj.core.api.Assertions.assertThat(((ScheduleEntry.Met) entry).daysPastIdeal()).as(why).isEqualTo(pastIdeal);
    }

    /**
     * STEP-1: the step up is owed once the worker is made aware of escalating need or risk (4 March 2024); the next
     * steps agreed with social care may instead be a joint visit or no further action, which discharge it.
     */
    @ParameterizedTest(name = "agreed {1} on {0}, stepped up {2}, as of {3}: due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # agreed   | next step         | stepped up | as of      | due        | status       | why
            2024-03-04 | NO_FURTHER_ACTION | -          | 2024-03-05 | 2024-03-04 | NOT_REQUIRED | no further action agreed on the day: no step up is owed (audit A-S4d)
            2024-03-05 | NO_FURTHER_ACTION | -          | 2024-03-05 | 2024-03-04 | NOT_REQUIRED | agreed the day after: not required, not overdue for ever (audit A-S4d)
            2024-03-05 | JOINT_VISIT       | -          | 2024-03-06 | 2024-03-04 | NOT_REQUIRED | a joint visit agreed instead: not required (audit A-S4d)
            2024-03-05 | STEP_UP           | -          | 2024-03-05 | 2024-03-04 | OVERDUE      | step up agreed: owed, and late
            2024-03-04 | STEP_UP           | 2024-03-04 | 2024-03-05 | 2024-03-04 | MET          | step up agreed and implemented the same day
            """)
    void step_up_not_agreed(String agreed, AgreedNextStep nextStep, String steppedUp, String asOf, String due, Status status, String why) {
        ChildCase kase = child().with(NeedOrRiskEscalated.builder().date(day("2024-03-04")).build(),
                NextStepsAgreed.builder().date(day(agreed)).nextStep(nextStep).build());
        if (steppedUp != null) {
            kase.with(SteppedUp.builder().date(day(steppedUp)).build());
        }
        assertThat(kase.schedule(asOf, DERBYSHIRE)).obligation("step-up.implemented").as(why).isDueOn(due).hasStatus(status);
    }

    /** What the notes say where the reading alone would mislead a policy author (the handbook review). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # rule | the notes or the reading say | why
            chronology.started | The booklet gives no time: "immediately" is Duly's word | (review #34)
            """)
    void notes_say_what_the_booklet_leaves_open(String ruleId, String words, String why) {
        Tables.checkNotesSay(ruleId, words, why);
    }
}
