package org.duly.policies.derbyshire;

import static org.duly.policies.derbyshire.Tables.DERBYSHIRE;
import static org.duly.testkit.DulyAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.ConcernRaisedBy;
import org.duly.domain.events.DisruptionMeeting;
import org.duly.domain.events.DisruptionMeetingKind;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.OfstedGrade;
import org.duly.domain.events.OfstedJudgement;
import org.duly.domain.events.PlacementStarted;
import org.duly.domain.events.PlacementType;
import org.duly.domain.events.ProviderConcern;
import org.duly.domain.events.QualityAssuranceVisit;
import org.duly.domain.events.QualityAssuranceVisitReason;
import org.duly.testkit.ChildCase;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Schedule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The external placements rules of the Derbyshire catalogue, as tables a policy author can read:
 * given these events, on this date, expect this due date and status. Each table has the boundary
 * day and the day after; the periods are calendar weeks, so a bank holiday inside one neither moves
 * the due date nor is skipped. A status of "-" means the rule owes nothing at all.
 */
class ExternalPlacementsRulesTest {

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    /**
     * A child in care since 8 January 2024, placed in a private children's home, with more events in
     * date order.
     */
    private static Schedule childInAPrivateHome(String asOf, List<CaseEvent> more) {
        List<CaseEvent> events = new ArrayList<>(more);
        events.sort(Comparator.comparing(CaseEvent::date));
        return ChildCase.child("C-1").bornOn("2010-05-10")
                .becameLookedAfter("2024-01-08", LegalStatus.FULL_CARE_ORDER)
                .placement("2024-01-08", PlacementType.PRIVATE_RESIDENTIAL)
                .with(events.toArray(CaseEvent[]::new))
                .schedule(asOf, DERBYSHIRE);
    }

    private static void expect(Schedule schedule, String ruleId, String due, Status status, String why) {
        if (status == null) {
            assertThat(schedule).as(why).hasNoObligation(ruleId);
        } else {
            assertThat(schedule).obligation(ruleId).as(why).isDueOn(due).hasStatus(status);
        }
    }

    private static QualityAssuranceVisit qualityAssuranceVisit(String date, QualityAssuranceVisitReason reason) {
        return QualityAssuranceVisit.builder().date(d(date)).reason(reason).build();
    }

    private static ProviderConcern concern(String date, ConcernRaisedBy raisedBy) {
        return ProviderConcern.builder().date(d(date)).raisedBy(raisedBy).build();
    }

    /** EP-1: a provider challenge or placement disruption meeting within 2 weeks of a concern about the placement. */
    @ParameterizedTest(name = "concern {0} by {1}, meeting {2}, as of {3}: due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # concern  | raised by          | meeting    | as of      | due        | status   | why
            2024-03-14 | COMMISSIONING_TEAM | 2024-03-28 | 2024-04-02 | 2024-03-28 | MET      | on the last day of the 2 weeks
            2024-03-14 | COMMISSIONING_TEAM | 2024-03-29 | 2024-04-02 | 2024-03-28 | MET_LATE | the day after
            2024-03-14 | COMMISSIONING_TEAM | -          | 2024-03-14 | 2024-03-28 | UPCOMING | more than 5 working days ahead
            2024-03-14 | COMMISSIONING_TEAM | -          | 2024-03-28 | 2024-03-28 | DUE_SOON | due today
            2024-03-14 | COMMISSIONING_TEAM | -          | 2024-03-29 | 2024-03-28 | OVERDUE  | the day after, no meeting
            2024-03-14 | COMMISSIONING_TEAM | 2024-03-13 | 2024-03-29 | 2024-03-28 | OVERDUE  | a meeting the day before the concern does not answer it
            2024-03-18 | SOCIAL_WORKER      | -          | 2024-04-01 | 2024-04-01 | DUE_SOON | 2 calendar weeks end on Easter Monday, not moved off the bank holiday
            2024-03-18 | SOCIAL_WORKER      | -          | 2024-04-02 | 2024-04-01 | OVERDUE  | the day after Easter Monday
            """)
    void disruption_meeting(String concern, ConcernRaisedBy raisedBy, String meeting, String asOf, String due, Status status, String why) {
        List<CaseEvent> events = new ArrayList<>(List.of(concern(concern, raisedBy)));
        if (meeting != null) {
            events.add(DisruptionMeeting.builder().date(d(meeting)).kind(DisruptionMeetingKind.PROVIDER_CHALLENGE).build());
        }
        expect(childInAPrivateHome(asOf, events), "external.disruption-meeting", due, status, why);
    }

    /**
     * EP-1 with placement ids: a meeting meets the concern about the placement it names. Looked after since 8 January
     * 2024 in a private home (P1), moved on Monday 18 March to another (P2), no end recorded for P1; a concern about
     * P1 on Thursday 14 March (due 28 March) and one about P2 on Thursday 21 March (due 4 April).
     */
    @ParameterizedTest(name = "meeting {0} for {1}, as of {2}: #{3} due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # meeting  | for | as of      | # | due        | status   | why
            2024-03-28 | P1  | 2024-04-05 | 1 | 2024-03-28 | MET      | the meeting about P1, on the last day (audit B-1)
            2024-03-29 | P1  | 2024-04-05 | 1 | 2024-03-28 | MET_LATE | the day after (audit B-1)
            2024-03-28 | P1  | 2024-04-05 | 2 | 2024-04-04 | OVERDUE  | a meeting about P1, after the concern about P2, never answers P2's (audit B-1)
            2024-04-04 | P2  | 2024-04-05 | 2 | 2024-04-04 | MET      | the meeting about P2 answers P2's (audit B-1)
            2024-04-04 | P2  | 2024-04-05 | 1 | 2024-03-28 | OVERDUE  | and not P1's (audit B-1)
            2024-03-28 | -   | 2024-04-05 | 2 | 2024-04-04 | MET      | a meeting naming no placement meets the most recent concern still open
            """)
    void disruption_meeting_for_its_placement(String meeting, String placement, String asOf, int occurrence, String due, Status status,
            String why) {
        ChildCase kase = ChildCase.child("C-1").bornOn("2010-05-10").becameLookedAfter("2024-01-08", LegalStatus.FULL_CARE_ORDER)
                .with(PlacementStarted.builder().date(d("2024-01-08")).placementType(PlacementType.PRIVATE_RESIDENTIAL).placementId("P1")
                        .build(),
                        ProviderConcern.builder().date(d("2024-03-14")).raisedBy(ConcernRaisedBy.SOCIAL_WORKER).placementId("P1").build(),
                        PlacementStarted.builder().date(d("2024-03-18")).placementType(PlacementType.PRIVATE_RESIDENTIAL).placementId("P2")
                                .build(),
                        ProviderConcern.builder().date(d("2024-03-21")).raisedBy(ConcernRaisedBy.SOCIAL_WORKER).placementId("P2").build(),
                        DisruptionMeeting.builder().date(d(meeting)).kind(DisruptionMeetingKind.PROVIDER_CHALLENGE)
                                .placementId(java.util.Optional.ofNullable(placement)).build());
        assertThat(kase.schedule(asOf, DERBYSHIRE)).obligation("external.disruption-meeting", occurrence).as(why).isDueOn(due)
                .hasStatus(status);
    }

    /**
     * EP-2: a quality assurance visit within 6 weeks of a young person moving into a semi-independent
     * home. The young person (born 10 September 2007) is in care since 5 June 2023, in local
     * authority foster care until the move.
     */
    @ParameterizedTest(name = "moved to {0} on {1}, visit {3} for {2}, as of {4}: due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # moved to          | on         | visit for                  | visit      | as of      | due        | status   | why
            SEMI_INDEPENDENT    | 2024-03-04 | MOVE_INTO_SEMI_INDEPENDENT | 2024-04-15 | 2024-04-16 | 2024-04-15 | MET      | 6 calendar weeks: Good Friday and Easter Monday are not skipped
            SEMI_INDEPENDENT    | 2024-03-04 | MOVE_INTO_SEMI_INDEPENDENT | 2024-04-16 | 2024-04-17 | 2024-04-15 | MET_LATE | the day after
            SEMI_INDEPENDENT    | 2024-03-04 | -                          | -          | 2024-03-04 | 2024-04-15 | UPCOMING | more than 5 working days ahead
            SEMI_INDEPENDENT    | 2024-03-04 | -                          | -          | 2024-04-15 | 2024-04-15 | DUE_SOON | due today
            SEMI_INDEPENDENT    | 2024-03-04 | -                          | -          | 2024-04-16 | 2024-04-15 | OVERDUE  | the day after, no visit
            SEMI_INDEPENDENT    | 2024-03-04 | CONCERNS_RAISED            | 2024-04-10 | 2024-04-16 | 2024-04-15 | OVERDUE  | a visit about concerns is not the visit after the move
            PRIVATE_RESIDENTIAL | 2024-03-04 | -                          | -          | 2024-04-16 | -          | -        | a move into a children's home owes no such visit
            """)
    void qa_visit_after_a_move_to_semi_independent(PlacementType movedTo, String on, QualityAssuranceVisitReason reason, String visit,
            String asOf, String due, Status status, String why) {
        ChildCase kase = ChildCase.child("C-2").bornOn("2007-09-10")
                .becameLookedAfter("2023-06-05", LegalStatus.SECTION_20)
                .placement("2023-06-05", PlacementType.LOCAL_AUTHORITY_FOSTER_CARE)
                .placement(on, movedTo);
        if (visit != null) {
            kase.with(qualityAssuranceVisit(visit, reason));
        }
        expect(kase.schedule(asOf, DERBYSHIRE), "external.qa-semi-independent", due, status, why);
    }

    /** EP-3: a quality assurance visit within 4 weeks of concerns shared by a social worker or an independent reviewing officer. */
    @ParameterizedTest(name = "concern {0} by {1}, visit {3} for {2}, as of {4}: due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # concern  | raised by                     | visit for         | visit      | as of      | due        | status   | why
            2024-03-14 | SOCIAL_WORKER                 | CONCERNS_RAISED   | 2024-04-11 | 2024-04-12 | 2024-04-11 | MET      | 4 calendar weeks: Good Friday and Easter Monday are not skipped
            2024-03-14 | SOCIAL_WORKER                 | CONCERNS_RAISED   | 2024-04-12 | 2024-04-15 | 2024-04-11 | MET_LATE | the day after
            2024-03-14 | SOCIAL_WORKER                 | -                 | -          | 2024-03-14 | 2024-04-11 | UPCOMING | more than 5 working days ahead
            2024-03-14 | SOCIAL_WORKER                 | -                 | -          | 2024-04-11 | 2024-04-11 | DUE_SOON | due today
            2024-03-14 | SOCIAL_WORKER                 | -                 | -          | 2024-04-12 | 2024-04-11 | OVERDUE  | the day after, no visit
            2024-03-14 | INDEPENDENT_REVIEWING_OFFICER | -                 | -          | 2024-04-12 | 2024-04-11 | OVERDUE  | concerns shared by an IRO count too
            2024-03-14 | SOCIAL_WORKER                 | OFSTED_INADEQUATE | 2024-04-05 | 2024-04-12 | 2024-04-11 | OVERDUE  | a visit after an Ofsted judgement is not the visit about these concerns
            2024-03-14 | COMMISSIONING_TEAM            | -                 | -          | 2024-04-12 | -          | -        | the commissioning team's own concern owes no such visit
            """)
    void qa_visit_after_concerns(String concern, ConcernRaisedBy raisedBy, QualityAssuranceVisitReason reason, String visit, String asOf,
            String due, Status status, String why) {
        List<CaseEvent> events = new ArrayList<>(List.of(concern(concern, raisedBy)));
        if (visit != null) {
            events.add(qualityAssuranceVisit(visit, reason));
        }
        expect(childInAPrivateHome(asOf, events), "external.qa-concerns", due, status, why);
    }

    /** EP-4: a quality assurance visit within 4 weeks of Ofsted judging the home inadequate. */
    @ParameterizedTest(name = "judged {1} on {0}, visit {3} for {2}, as of {4}: due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # judged   | grade                | visit for         | visit      | as of      | due        | status   | why
            2024-05-02 | INADEQUATE           | OFSTED_INADEQUATE | 2024-05-30 | 2024-05-31 | 2024-05-30 | MET      | 4 calendar weeks: the early May and spring bank holidays are not skipped
            2024-05-02 | INADEQUATE           | OFSTED_INADEQUATE | 2024-05-31 | 2024-06-03 | 2024-05-30 | MET_LATE | the day after
            2024-05-02 | INADEQUATE           | -                 | -          | 2024-05-02 | 2024-05-30 | UPCOMING | more than 5 working days ahead
            2024-05-02 | INADEQUATE           | -                 | -          | 2024-05-30 | 2024-05-30 | DUE_SOON | due today
            2024-05-02 | INADEQUATE           | -                 | -          | 2024-05-31 | 2024-05-30 | OVERDUE  | the day after, no visit
            2024-05-02 | INADEQUATE           | CONCERNS_RAISED   | 2024-05-20 | 2024-05-31 | 2024-05-30 | OVERDUE  | a visit about concerns is not the visit after the judgement
            2024-05-02 | REQUIRES_IMPROVEMENT | -                 | -          | 2024-05-31 | -          | -        | only an inadequate judgement owes the visit
            """)
    void qa_visit_after_an_inadequate_judgement(String judged, OfstedGrade grade, QualityAssuranceVisitReason reason, String visit,
            String asOf, String due, Status status, String why) {
        List<CaseEvent> events = new ArrayList<>(List.of(OfstedJudgement.builder().date(d(judged)).grade(grade).build()));
        if (visit != null) {
            events.add(qualityAssuranceVisit(visit, reason));
        }
        expect(childInAPrivateHome(asOf, events), "external.qa-inadequate", due, status, why);
    }

    /**
     * EP-5: an Ofsted notification that requires immediate action acted upon with urgency: the same day, weekends included
     * (booklet L1270).
     */
    @ParameterizedTest(name = "notified {0}, acted {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # notified | acted      | as of      | due        | status   | why
            2024-05-02 | 2024-05-02 | 2024-05-03 | 2024-05-02 | MET      | acted upon the day of the notification (review L1270)
            2024-05-02 | 2024-05-03 | 2024-05-03 | 2024-05-02 | MET_LATE | the day after (review L1270)
            2024-05-04 | 2024-05-04 | 2024-05-07 | 2024-05-04 | MET      | a Saturday before a bank holiday: still that day (review L1270)
            2024-05-04 | 2024-05-07 | 2024-05-07 | 2024-05-04 | MET_LATE | the Tuesday after the bank holiday is late (review L1270)
            2024-05-02 | -          | 2024-05-03 | 2024-05-02 | OVERDUE  | not acted upon
            """)
    void ofsted_notification_acted_upon(String notified, String acted, String asOf, String due, Status status, String why) {
        List<CaseEvent> events = new ArrayList<>(List.of(org.duly.domain.events.OfstedNotificationRequiringAction.builder()
                .date(d(notified)).build()));
        if (acted != null) {
            events.add(org.duly.domain.events.OfstedNotificationActedUpon.builder().date(d(acted)).build());
        }
        expect(childInAPrivateHome(asOf, events), "external.ofsted-immediate-action", due, status, why);
    }

    /** What the notes say where the reading alone would mislead a policy author (the handbook review). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # rule | the notes or the reading say | why
            external.qa-inadequate | within 4 weeks of Ofsted's notification of an inadequate judgement | the clock starts at the notification, as the booklet says (review #26)
            """)
    void notes_say_what_the_booklet_leaves_open(String ruleId, String words, String why) {
        Tables.checkNotesSay(ruleId, words, why);
    }
}
