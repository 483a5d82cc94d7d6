package org.duly.policies.derbyshire;

import static org.duly.policies.derbyshire.Tables.DERBYSHIRE;
import static org.duly.policies.derbyshire.Tables.check;
import static org.duly.policies.derbyshire.Tables.dates;
import static org.duly.policies.derbyshire.Tables.day;
import static org.duly.testkit.DulyAssertions.assertThat;

import java.util.List;
import org.duly.domain.events.AssessmentKind;
import org.duly.domain.events.CarerRelationship;
import org.duly.domain.events.PrivateFosteringCaseSupervision;
import org.duly.domain.events.PrivateFosteringEnded;
import org.duly.domain.events.PrivateFosteringNetworkMeeting;
import org.duly.domain.events.PrivateFosteringNotification;
import org.duly.workflows.vocabulary.Applicabilities;
import org.duly.workflows.policy.Applicability;
import org.duly.workflows.cases.CaseFacts;
import org.duly.timescales.Facts;
import org.duly.domain.events.PrivateFosteringReview;
import org.duly.domain.events.Visit;
import org.duly.domain.events.VisitPurpose;
import org.duly.testkit.ChildCase;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The private fostering rules of the Derbyshire catalogue, as tables a policy author can read: given a
 * notification and what followed, on this date, expect this due date and status. Several dates in a
 * cell are the events in order; a row whose due date and status are "-" owes nothing (for a
 * recurrence: not that occurrence, nor any after it).
 *
 * <p>Unless a row says otherwise the child, born 15 June 2012, has lived with a family friend since
 * Friday 1 March 2024 with no end intended, and the authority was notified on Tuesday 5 March.
 */
class PrivateFosteringRulesTest {

    private static final String NOTIFIED = "2024-03-05";

    private static final List<String> RULES = List.of("private-fostering.visits", "private-fostering.assessment",
            "private-fostering.network-meetings", "private-fostering.reviews", "private-fostering.case-supervision");

    private static ChildCase notified(String date) {
        return ChildCase.child("C-1").bornOn("2012-06-15").with(PrivateFosteringNotification.builder().date(day(date))
                .carerRelationship(CarerRelationship.FAMILY_FRIEND).livingWithCarerFrom(day(date).minusDays(4)).build());
    }

    private static void ended(ChildCase kase, String date) {
        if (date != null) {
            kase.with(PrivateFosteringEnded.builder().date(day(date)).build());
        }
    }

    /**
     * PF-1, PF-2: the first visit to the child within 7 days of the notification, then at intervals of not more than 6
     * weeks (the booklet's "minimal interval", read as regulation 8 reads it) in the first year, then, as regulation
     * 8(1)(b) goes on where the booklet stops, at intervals of not more than 12 weeks until the arrangement ends.
     */
    @ParameterizedTest(name = "visits {0} ({1}), ended {2}, as of {3}: #{4} due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # visits              | purpose           | ended      | as of      | # | due        | status   | why
            2024-03-12            | PRIVATE_FOSTERING | -          | 2024-03-13 | 1 | 2024-03-12 | MET      | 7 days after the notification, on the day
            2024-03-13            | PRIVATE_FOSTERING | -          | 2024-03-13 | 1 | 2024-03-12 | MET_LATE | the day after
            -                     | -                 | -          | 2024-03-05 | 1 | 2024-03-12 | DUE_SOON | on the day of the notification: 7 days are always within the 5-working-day horizon
            -                     | -                 | -          | 2024-03-12 | 1 | 2024-03-12 | DUE_SOON | due today
            -                     | -                 | -          | 2024-03-13 | 1 | 2024-03-12 | OVERDUE  | the day after, no visit
            2024-03-08            | CHILD_IN_NEED     | -          | 2024-03-13 | 1 | 2024-03-12 | OVERDUE  | a visit for another purpose is not a private fostering visit
            2024-03-12            | PRIVATE_FOSTERING | -          | 2024-03-13 | 2 | 2024-04-23 | UPCOMING | then at most 6 weeks after the 1st visit
            2024-03-13            | PRIVATE_FOSTERING | -          | 2024-03-13 | 2 | 2024-04-24 | UPCOMING | a late visit moves the next one
            2024-03-12 2024-04-24 | PRIVATE_FOSTERING | -          | 2024-04-24 | 2 | 2024-04-23 | MET_LATE | the 2nd, a day late
            2024-03-12 2024-04-23 | PRIVATE_FOSTERING | -          | 2024-04-24 | 3 | 2024-06-04 | UPCOMING | the 3rd, 6 weeks after the 2nd
            2024-03-12 2025-02-01 | PRIVATE_FOSTERING | -          | 2025-03-20 | 3 | 2025-03-15 | OVERDUE  | a visit in the first year (to 4 March 2025) is followed within 6 weeks, even into the second
            2024-03-12 2025-03-04 | PRIVATE_FOSTERING | -          | 2025-03-06 | 3 | 2025-04-15 | UPCOMING | the last day of the first year: 6 weeks
            2024-03-12 2025-03-05 | PRIVATE_FOSTERING | -          | 2025-03-06 | 3 | 2025-05-28 | UPCOMING | the first day of the second year: regulation 8(1)(b), 12 weeks
            2024-03-12 2025-03-05 2025-05-28 | PRIVATE_FOSTERING | - | 2025-05-29 | 4 | 2025-08-20 | UPCOMING | and every 12 weeks after, for as long as the arrangement lasts
            2024-03-12 2025-03-05 | PRIVATE_FOSTERING | 2025-04-30 | 2025-06-30 | 3 | -          | -        | the arrangement ended before the next was due: not owed
            2024-03-12            | PRIVATE_FOSTERING | -          | 2025-03-20 | 2 | 2024-04-23 | OVERDUE  | missed within the first 12 months: stays overdue after them
            2024-03-12            | PRIVATE_FOSTERING | 2024-04-10 | 2024-05-01 | 2 | -          | -        | the arrangement ended before the 2nd visit was due: not owed
            2024-03-12            | PRIVATE_FOSTERING | 2024-05-01 | 2024-05-01 | 2 | 2024-04-23 | MISSED  | already overdue when the arrangement ended: missed, and a miss stays a miss
            """)
    void visits(String visits, VisitPurpose purpose, String ended, String asOf, int occurrence, String due, Status status, String why) {
        ChildCase kase = notified(NOTIFIED);
        dates(visits).forEach(visit -> kase.visit(visit, purpose));
        ended(kase, ended);
        check(kase.schedule(asOf, DERBYSHIRE), "private-fostering.visits", occurrence, due, status, why);
    }

    /** PF-3: a single assessment within 45 working days of the notification. */
    @ParameterizedTest(name = "signed off {0}, as of {1}: due {2}, {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # signed off and shared | as of      | due        | status   | why
            2024-05-10              | 2024-05-13 | 2024-05-10 | MET      | on the 45th working day; Good Friday, Easter Monday and the early May bank holiday are skipped
            2024-05-11              | 2024-05-13 | 2024-05-10 | MET_LATE | the day after, a Saturday
            -                       | 2024-04-02 | 2024-05-10 | UPCOMING | five weeks before
            -                       | 2024-05-10 | 2024-05-10 | DUE_SOON | due today
            -                       | 2024-05-11 | 2024-05-10 | OVERDUE  | the day after, not signed off
            """)
    void assessment(String signedOff, String asOf, String due, Status status, String why) {
        ChildCase kase = notified(NOTIFIED);
        if (signedOff != null) {
            kase.assessmentSignedOff(signedOff, AssessmentKind.SINGLE_ASSESSMENT);
        }
        assertThat(kase.schedule(asOf, DERBYSHIRE)).obligation("private-fostering.assessment").as(why).isDueOn(due).hasStatus(status);
    }

    /** PF-4: network meetings at intervals similar to child in need meetings, read as at least every 6 weeks (CIN-6). */
    @ParameterizedTest(name = "meetings {0}, ended {1}, as of {2}: #{3} due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # meetings            | ended      | as of      | # | due        | status   | why
            2024-04-16            | -          | 2024-04-17 | 1 | 2024-04-16 | MET      | 6 weeks after the notification, on the day
            2024-04-17            | -          | 2024-04-17 | 1 | 2024-04-16 | MET_LATE | the day after
            -                     | -          | 2024-03-05 | 1 | 2024-04-16 | UPCOMING | on the day of the notification
            -                     | -          | 2024-04-16 | 1 | 2024-04-16 | DUE_SOON | due today
            -                     | -          | 2024-04-17 | 1 | 2024-04-16 | OVERDUE  | the day after, no meeting
            2024-04-16            | -          | 2024-04-17 | 2 | 2024-05-28 | UPCOMING | 6 weeks after the 1st meeting
            2024-04-17            | -          | 2024-04-17 | 2 | 2024-05-29 | UPCOMING | a late meeting moves the next one
            2024-04-16 2024-05-28 | -          | 2024-05-29 | 3 | 2024-07-09 | UPCOMING | the 3rd, 6 weeks after the 2nd
            2024-04-16            | 2024-05-20 | 2024-06-03 | 2 | -          | -        | the arrangement ended before the 2nd was due: not owed
            2024-04-16            | 2024-06-03 | 2024-06-03 | 2 | 2024-05-28 | MISSED  | already overdue when the arrangement ended: missed, and a miss stays a miss
            """)
    void network_meetings(String meetings, String ended, String asOf, int occurrence, String due, Status status, String why) {
        ChildCase kase = notified(NOTIFIED);
        dates(meetings).forEach(meeting -> kase.with(PrivateFosteringNetworkMeeting.builder().date(day(meeting)).build()));
        ended(kase, ended);
        check(kase.schedule(asOf, DERBYSHIRE), "private-fostering.network-meetings", occurrence, due, status, why);
    }

    /**
     * PF-7, the booklet's L396 (review): the practice supervisor's supervision of the case monthly, the first within a month
     * of the notification (Tuesday 5 March 2024), each later one within a month of the one before, until the arrangement ends.
     */
    @ParameterizedTest(name = "supervision {0}, ended {1}, as of {2}: #{3} due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # supervision           | ended      | as of      | # | due        | status   | why
            2024-04-05              | -          | 2024-04-08 | 1 | 2024-04-05 | MET      | a month after the notification, on the day (review, booklet L396)
            2024-04-06              | -          | 2024-04-08 | 1 | 2024-04-05 | MET_LATE | the day after (review, booklet L396)
            -                       | -          | 2024-03-05 | 1 | 2024-04-05 | UPCOMING | on the day of the notification
            -                       | -          | 2024-04-05 | 1 | 2024-04-05 | DUE_SOON | due today
            -                       | -          | 2024-04-06 | 1 | 2024-04-05 | OVERDUE  | the day after, no supervision (review, booklet L396)
            2024-03-28              | -          | 2024-04-08 | 2 | 2024-04-28 | UPCOMING | then a month after the one before (review, booklet L396)
            2024-03-28 2024-04-29   | -          | 2024-04-29 | 2 | 2024-04-28 | MET_LATE | the day after (review, booklet L396)
            2024-03-28              | 2024-04-20 | 2024-05-01 | 2 | -          | -        | the arrangement ended before the 2nd was due: not owed
            """)
    void case_supervision(String supervisions, String ended, String asOf, int occurrence, String due, Status status, String why) {
        ChildCase kase = notified(NOTIFIED);
        dates(supervisions).forEach(supervision -> kase.with(PrivateFosteringCaseSupervision.builder().date(day(supervision)).build()));
        ended(kase, ended);
        check(kase.schedule(asOf, DERBYSHIRE), "private-fostering.case-supervision", occurrence, due, status, why);
    }

    /**
     * PF-6 (review #32): an arrangement intended to last 28 days or more is private fostering from its first day (Children
     * Act 1989 s66), so the first visit within 7 days of the notification is owed although only 11 days have passed, and
     * the rules say so.
     */
    @ParameterizedTest(name = "intended end {0}, as of {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # intended end | as of      | due        | status         | why
            2024-03-29     | 2024-03-12 | 2024-03-12 | DUE_SOON       | intended to last 28 days: private fostering now, the 7-day visit owed (review #32)
            2024-03-28     | 2024-03-12 | -          | NOT_APPLICABLE | intended to last 27 days, and 11 so far: not private fostering (review #32)
            """)
    void an_arrangement_intended_to_last_28_days_owes_the_first_visit(String intendedEnd, String asOf, String due, Status status, String why) {
        ChildCase kase = ChildCase.child("C-1").bornOn("2012-06-15").with(PrivateFosteringNotification.builder().date(day(NOTIFIED))
                .carerRelationship(CarerRelationship.FAMILY_FRIEND).livingWithCarerFrom(day("2024-03-01")).intendedEnd(day(intendedEnd)).build());
        if (status == Status.NOT_APPLICABLE) {
            assertThat(kase.schedule(asOf, DERBYSHIRE)).obligation("private-fostering.visits").as(why).isNotApplicable();
        } else {
            check(kase.schedule(asOf, DERBYSHIRE), "private-fostering.visits", 1, due, status, why);
        }
        org.assertj.core.api.Assertions.assertThat(DERBYSHIRE.rule("private-fostering.visits").orElseThrow().appliesWhen().orElseThrow()
                .description()).as(why).contains("28 days or more, or intended to last so long (Children Act 1989 s66)");
    }

    /** PF-5: reviews at intervals of at least every 12 months. */
    @ParameterizedTest(name = "notified {0}, reviews {1}, ended {2}, as of {3}: #{4} due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # notified | reviews               | ended      | as of      | # | due        | status   | why
            2024-03-05 | 2025-03-05            | -          | 2025-03-06 | 1 | 2025-03-05 | MET      | 12 months after the notification, on the day
            2024-03-05 | 2025-03-06            | -          | 2025-03-06 | 1 | 2025-03-05 | MET_LATE | the day after
            2024-03-05 | -                     | -          | 2024-06-03 | 1 | 2025-03-05 | UPCOMING | months before
            2024-03-05 | -                     | -          | 2025-03-05 | 1 | 2025-03-05 | DUE_SOON | due today
            2024-03-05 | -                     | -          | 2025-03-06 | 1 | 2025-03-05 | OVERDUE  | the day after, no review
            2024-03-05 | 2025-03-05            | -          | 2025-03-06 | 2 | 2026-03-05 | UPCOMING | 12 months after the 1st review
            2024-03-05 | 2025-03-06            | -          | 2025-03-06 | 2 | 2026-03-06 | UPCOMING | a late review moves the next one
            2024-03-05 | 2025-03-05 2026-03-05 | -          | 2026-03-06 | 3 | 2027-03-05 | UPCOMING | the 3rd, 12 months after the 2nd
            2024-02-29 | -                     | -          | 2025-02-28 | 1 | 2025-02-28 | DUE_SOON | notified on 29 February 2024: 12 months later is rounded down to 28 February
            2024-03-05 | 2025-03-05            | 2025-12-01 | 2026-03-10 | 2 | -          | -        | the arrangement ended before the 2nd review was due: not owed
            2024-03-05 | -                     | 2025-04-01 | 2025-04-01 | 1 | 2025-03-05 | MISSED  | already overdue when the arrangement ended: missed, and a miss stays a miss
            """)
    void reviews(String notified, String reviews, String ended, String asOf, int occurrence, String due, Status status, String why) {
        ChildCase kase = notified(notified);
        dates(reviews).forEach(review -> kase.with(PrivateFosteringReview.builder().date(day(review)).build()));
        ended(kase, ended);
        check(kase.schedule(asOf, DERBYSHIRE), "private-fostering.reviews", occurrence, due, status, why);
    }

    /**
     * PF-6: the definition, as the applicability of every private fostering rule (PF-1 to PF-5), judged on a day
     * (each rule judges it on the day each occurrence falls due): under 16, or under 18 if disabled; cared for by
     * someone other than a parent, a person with parental responsibility, a close relative (a grandparent, brother,
     * sister, uncle, aunt or step-parent) or an approved foster carer; for 28 days or more, or intended to be.
     * Notified on 5 March 2024.
     *
     * <p>No row can have the date of birth missing: the domain accepts a notification only once the child is born.
     */
    @ParameterizedTest(name = "born {0} (disabled {1}), carer {2} (approved {3}), from {4} to {5}, judged on {6}: applies {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # born     | disabled | carer                              | approved | living from | intended end | judged on  | applies | why
            2012-06-15 | false    | FAMILY_FRIEND                      | false    | 2024-03-01  | -            | 2024-03-12 | true    | a family friend, no end intended: taken as 28 days or more
            2012-06-15 | false    | AUNT                               | false    | 2024-03-01  | -            | 2024-03-12 | false   | an aunt is a close relative
            2012-06-15 | false    | GRANDPARENT                        | false    | 2024-03-01  | -            | 2024-03-12 | false   | a grandparent is a close relative
            2012-06-15 | false    | STEP_PARENT                        | false    | 2024-03-01  | -            | 2024-03-12 | false   | a step-parent is a close relative
            2012-06-15 | false    | BROTHER                            | false    | 2024-03-01  | -            | 2024-03-12 | false   | a brother is a close relative
            2012-06-15 | false    | OTHER_RELATIVE                     | false    | 2024-03-01  | -            | 2024-03-12 | true    | another relative, such as a cousin, is not a close relative: private fostering
            2012-06-15 | false    | PARENT                             | false    | 2024-03-01  | -            | 2024-03-12 | false   | a parent
            2012-06-15 | false    | PERSON_WITH_PARENTAL_RESPONSIBILITY | false   | 2024-03-01  | -            | 2024-03-12 | false   | a person with parental responsibility
            2012-06-15 | false    | FAMILY_FRIEND                      | true     | 2024-03-01  | -            | 2024-03-12 | true    | an approved foster carer can privately foster a child the authority does not look after: Schedule 8 excludes a looked after child, not the carer's approval (audit PF-6)
            2012-06-15 | false    | FAMILY_FRIEND                      | false    | 2024-03-01  | 2024-03-28   | 2024-03-12 | false   | intended to last 27 days, and 11 so far
            2012-06-15 | false    | FAMILY_FRIEND                      | false    | 2024-03-01  | 2024-03-29   | 2024-03-12 | true    | intended to last 28 days
            2012-06-15 | false    | FAMILY_FRIEND                      | false    | 2024-03-01  | 2024-03-28   | 2024-03-28 | false   | intended 27 days and lasted 27 so far
            2012-06-15 | false    | FAMILY_FRIEND                      | false    | 2024-03-01  | 2024-03-28   | 2024-03-29 | true    | it has lasted 28 days, whatever was intended
            2008-03-12 | false    | FAMILY_FRIEND                      | false    | 2024-03-01  | -            | 2024-03-11 | true    | 15, the day before the 16th birthday
            2008-03-12 | false    | FAMILY_FRIEND                      | false    | 2024-03-01  | -            | 2024-03-12 | false   | 16 from the birthday
            2008-03-12 | true     | FAMILY_FRIEND                      | false    | 2024-03-01  | -            | 2024-03-12 | true    | 16 and disabled: under 18
            2006-03-12 | true     | FAMILY_FRIEND                      | false    | 2024-03-01  | -            | 2024-03-11 | true    | 17 and disabled, the day before the 18th birthday
            2006-03-12 | true     | FAMILY_FRIEND                      | false    | 2024-03-01  | -            | 2024-03-12 | false   | 18 and disabled
            """)
    void definition(String born, boolean disabled, CarerRelationship carer, boolean approved, String from, String intendedEnd,
            String judgedOn, boolean applies, String why) {
        var notification = PrivateFosteringNotification.builder().date(day(NOTIFIED)).carerRelationship(carer)
                .carerIsApprovedFosterCarer(approved).livingWithCarerFrom(day(from));
        if (intendedEnd != null) {
            notification.intendedEnd(day(intendedEnd));
        }
        ChildCase kase = ChildCase.child("C-1").bornOn(born);
        if (disabled) {
            kase.disabled();
        }
        kase.with(notification.build());
        Facts facts = CaseFacts.of(kase.timeline(), day(judgedOn)).facts();
        org.assertj.core.api.Assertions.assertThat(Applicabilities.PRIVATELY_FOSTERED.test(day(judgedOn), facts)).as(why)
                .isEqualTo(applies);
        for (String rule : RULES) {
            org.assertj.core.api.Assertions.assertThat(DERBYSHIRE.rule(rule).orElseThrow().appliesWhen().orElseThrow().judgedOn())
                    .as(rule).isEqualTo(Applicability.JudgedOn.DUE_DATE);
        }
    }

    /**
     * PF-6 judged on each due date (audit A, S3): a child who turns 16, or a later arrangement with a relative, ends
     * what is owed from then on and never turns an earlier miss into "not applicable".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # story                                                     | born       | visits     | second arrangement | as of      | expected visits
            a visit missed at 15 is missed at the 16th birthday          | 2008-05-01 | -          | -                  | 2024-06-01 | 1 2024-03-12 MISSED
            the next visit, due on the 16th birthday, is not owed        | 2008-04-22 | 2024-03-11 | -                  | 2024-06-01 | 1 2024-03-12 MET
            the next visit, due the day before the 16th birthday, is owed and missed at 16 | 2008-04-23 | 2024-03-11 | - | 2024-06-01 | 1 2024-03-12 MET; 2 2024-04-22 MISSED
            a later arrangement with an aunt keeps the first one's miss  | 2012-06-15 | -          | AUNT 2024-04-01    | 2024-06-01 | 1 2024-03-12 MISSED
            a later arrangement with a friend is owed visits of its own  | 2012-06-15 | -          | FAMILY_FRIEND 2024-04-01 | 2024-06-01 | 1 2024-03-12 MISSED; 2.1 2024-04-08 OVERDUE
            """)
    void judged_on_each_due_date(String story, String born, String visits, String second, String asOf, String expected) {
        ChildCase kase = ChildCase.child("C-1").bornOn(born).with(PrivateFosteringNotification.builder().date(day(NOTIFIED))
                .carerRelationship(CarerRelationship.FAMILY_FRIEND).livingWithCarerFrom(day("2024-03-01")).build());
        dates(visits).forEach(visit -> kase.visit(visit + "T10:00", VisitPurpose.PRIVATE_FOSTERING));
        if (second != null) {
            String[] parts = second.split(" ");
            kase.with(PrivateFosteringNotification.builder().date(day(parts[1])).carerRelationship(CarerRelationship.valueOf(parts[0]))
                    .livingWithCarerFrom(day(parts[1])).build());
        }
        Schedule schedule = kase.schedule(asOf, DERBYSHIRE);
        org.assertj.core.api.Assertions.assertThat(schedule.entriesOf("private-fostering.visits")).as(story)
                .map(entry -> entry.label() + " " + entry.due().map(Object::toString).orElse("-") + " " + entry.status())
                .containsExactly(expected.split("; "));
    }

    /**
     * PF-6 judged on each due date, for every rule (audit A, S3: runs R24 and R25). A child living with a family
     * friend since the notification on Monday 15 January 2024, nothing done: the first visit due 22 January, the
     * first network meeting 26 February, the assessment 18 March (45 working days), the first review 15 January
     * 2025. A second arrangement, when there is one, is with a grandparent from 5 March, the first having ended
     * on 1 March.
     */
    @ParameterizedTest(name = "born {0}, {1}, as of {2}: {3} #{4}.{5} due {6}, {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # born     | then                  | as of      | rule                               | chain | # | due        | status         | why
            2008-05-10 | -                     | 2024-04-01 | private-fostering.visits           | 1     | 1 | 2024-01-22 | OVERDUE        | at 15, the first visit not made (audit A-S3)
            2008-05-10 | -                     | 2024-05-09 | private-fostering.visits           | 1     | 1 | 2024-01-22 | OVERDUE        | the day before the 16th birthday: still overdue
            2008-05-10 | -                     | 2024-05-10 | private-fostering.visits           | 1     | 1 | 2024-01-22 | MISSED         | on the 16th birthday the visits end: the miss is missed, no longer overdue for ever, never "not applicable" (audit A-S3)
            2008-05-10 | -                     | 2024-06-01 | private-fostering.visits           | 1     | 1 | 2024-01-22 | MISSED         | and stays so (audit A-S3)
            2008-05-10 | -                     | 2024-06-01 | private-fostering.assessment       | 1     | 1 | 2024-03-18 | OVERDUE        | the assessment, due at 15, stays owed after 16 (audit A-S3)
            2008-05-10 | -                     | 2024-06-01 | private-fostering.network-meetings | 1     | 1 | 2024-02-26 | MISSED         | so does the first network meeting, missed at 16 (audit A-S3)
            2008-05-10 | -                     | 2024-06-01 | private-fostering.reviews          | 1     | 1 | -          | NOT_OWED       | the review, due after the 16th birthday, is not owed (audit A-S3)
            2008-05-10 | -                     | 2025-01-16 | private-fostering.reviews          | 1     | 1 | -          | NOT_OWED       | once its day has come: still not owed, the reviews having ended at 16 (audit A-S3)
            2008-03-19 | -                     | 2024-06-01 | private-fostering.assessment       | 1     | 1 | 2024-03-18 | OVERDUE        | 16 the day after the assessment was due: owed, and overdue (audit A-S3)
            2008-03-18 | -                     | 2024-06-01 | private-fostering.assessment       | 1     | 1 | -          | NOT_APPLICABLE | 16 on the day it was due: no longer private fostering then (audit A-S3)
            2012-06-15 | grandparent 2024-03-05 | 2024-02-20 | private-fostering.visits          | 1     | 1 | 2024-01-22 | OVERDUE        | the first arrangement's visit not made (audit A-S3)
            2012-06-15 | grandparent 2024-03-05 | 2024-03-20 | private-fostering.visits          | 1     | 1 | 2024-01-22 | MISSED         | after it ended and a grandparent took over, its miss stays (audit A-S3)
            2012-06-15 | grandparent 2024-03-05 | 2024-03-20 | private-fostering.network-meetings | 1    | 1 | 2024-02-26 | MISSED         | so does its network meeting's (audit A-S3)
            2012-06-15 | grandparent 2024-03-05 | 2024-03-20 | private-fostering.visits          | 2     | 1 | -          | NOT_OWED       | the grandparent's arrangement is not private fostering: nothing is owed for it
            """)
    void each_rule_keeps_its_history(String born, String then, String asOf, String rule, int chain, int occurrence, String due,
            String status, String why) {
        ChildCase kase = ChildCase.child("C-1").bornOn(born).with(PrivateFosteringNotification.builder().date(day("2024-01-15"))
                .carerRelationship(CarerRelationship.FAMILY_FRIEND).livingWithCarerFrom(day("2024-01-15")).build());
        if (then != null) {
            String[] parts = then.split(" ");
            kase.with(PrivateFosteringEnded.builder().date(day("2024-03-01")).build(), PrivateFosteringNotification.builder()
                    .date(day(parts[1])).carerRelationship(CarerRelationship.GRANDPARENT).livingWithCarerFrom(day(parts[1])).build());
        }
        Story.expect(kase.schedule(asOf, DERBYSHIRE), rule, chain, occurrence, due, status, why);
    }

    /**
     * PF-1 after the notification of a proposal (audit A-S13e, run R26): notified on Monday 1 April 2024 that the child will
     * move in with a family friend on 15 May; the visit to the premises and the prospective carer before then counts,
     * though the child cannot be seen there yet. Once the child lives there, a visit counts only if the child is seen.
     */
    @ParameterizedTest(name = "visit {0} (child seen {1}), as of {2}: #{3} due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # visit    | seen  | as of      | # | due        | status   | why
            2024-04-05 | false | 2024-04-20 | 1 | 2024-04-08 | MET      | the premises visit before the child moved in counts (audit A-S13e)
            2024-04-09 | false | 2024-04-20 | 1 | 2024-04-08 | MET_LATE | the day after the 7 days (audit A-S13e)
            2024-04-05 | false | 2024-04-20 | 2 | 2024-05-17 | UPCOMING | the next within 6 weeks, after the child has moved in
            2024-05-16 | false | 2024-05-20 | 1 | 2024-04-08 | OVERDUE  | once the child lives there, a visit without seeing the child does not count
            """)
    void visits_after_a_proposal(String visit, boolean seen, String asOf, int occurrence, String due, Status status, String why) {
        ChildCase kase = ChildCase.child("C-1").bornOn("2012-06-15").with(PrivateFosteringNotification.builder().date(day("2024-04-01"))
                .carerRelationship(CarerRelationship.FAMILY_FRIEND).livingWithCarerFrom(day("2024-05-15")).build());
        kase.with(Visit.builder().date(day(visit)).purpose(VisitPurpose.PRIVATE_FOSTERING).childSeen(seen).seenAlone(false).build());
        check(kase.schedule(asOf, DERBYSHIRE), "private-fostering.visits", occurrence, due, status, why);
    }

    /**
     * PF-1 (audit A-S12b, run R21): the first visit counts 7 calendar days, the booklet's standard, stricter than regulation
     * 7's 7 working days: notified on Friday 22 March 2024, the visit is due on Good Friday, 29 March, not moved.
     */
    @ParameterizedTest(name = "visit {0}, as of {1}: due {2}, {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # visit    | as of      | due        | status   | why
            2024-03-29 | 2024-04-02 | 2024-03-29 | MET      | 7 calendar days: due on Good Friday itself (audit A-S12b)
            2024-04-02 | 2024-04-02 | 2024-03-29 | MET_LATE | within regulation 7's 7 working days (4 April) but late by the booklet's 7 days (audit A-S12b)
            """)
    void first_visit_in_calendar_days(String visit, String asOf, String due, Status status, String why) {
        ChildCase kase = notified("2024-03-22");
        kase.visit(visit, VisitPurpose.PRIVATE_FOSTERING);
        if (status == Status.NOT_APPLICABLE) {
            assertThat(kase.schedule(asOf, DERBYSHIRE)).obligation("private-fostering.visits").as(why).isNotApplicable();
        } else {
            check(kase.schedule(asOf, DERBYSHIRE), "private-fostering.visits", 1, due, status, why);
        }
        org.assertj.core.api.Assertions.assertThat(DERBYSHIRE.rule("private-fostering.visits").orElseThrow().interpretations())
                .as("the rule says which days it counts, and why (audit A-S12b)")
                .anySatisfy(note -> org.assertj.core.api.Assertions.assertThat(note.toString())
                        .contains("7 calendar days").contains("7 working days"));
    }

    /**
     * PF-5, the booklet's line 357 (audit A-S8f): each annual review shared with the Designated Manager for Private Fostering
     * and at the Private Fostering Panel, 12 months after the notification (5 March 2024) and then each year.
     */
    @ParameterizedTest(name = "review {0} (shared {1}), as of {2}: #{3} due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # review   | shared | as of      | # | due        | status   | why
            2025-03-05 | true   | 2025-03-06 | 1 | 2025-03-05 | MET      | the annual review shared with the Designated Manager and the Panel (audit A-S8f)
            2025-03-06 | true   | 2025-03-06 | 1 | 2025-03-05 | MET_LATE | the day after (audit A-S8f)
            2025-03-05 | false  | 2025-03-06 | 1 | 2025-03-05 | OVERDUE  | a review not shared does not meet it (audit A-S8f)
            2025-03-05 | true   | 2025-03-06 | 2 | 2026-03-05 | UPCOMING | then each year
            """)
    void annual_review_shared(String review, boolean shared, String asOf, int occurrence, String due, Status status, String why) {
        ChildCase kase = notified(NOTIFIED);
        kase.with(PrivateFosteringReview.builder().date(day(review)).sharedWithDesignatedManagerAndPanel(shared).build());
        check(kase.schedule(asOf, DERBYSHIRE), "private-fostering.annual-review-shared", occurrence, due, status, why);
    }

    /** PF-6 (audit PF-6): Schedule 8, a child looked after by the authority is not privately fostered, whoever the carer. */
    @ParameterizedTest(name = "looked after {0}, as of {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # looked after | as of      | applies | why
            2024-03-01     | 2024-03-12 | false   | looked after by the authority while living with the family friend: not private fostering (audit PF-6)
            -              | 2024-03-12 | true    | not looked after: private fostering
            """)
    void a_looked_after_child_is_not_privately_fostered(String lookedAfter, String judgedOn, boolean applies, String why) {
        ChildCase kase = ChildCase.child("C-1").bornOn("2012-06-15");
        if (lookedAfter != null) {
            kase.becameLookedAfter(lookedAfter, org.duly.domain.events.LegalStatus.SECTION_20);
        }
        kase.with(PrivateFosteringNotification.builder().date(day(NOTIFIED)).carerRelationship(CarerRelationship.FAMILY_FRIEND)
                .livingWithCarerFrom(day("2024-03-01")).build());
        Facts facts = CaseFacts.of(kase.timeline(), day(judgedOn)).facts();
        org.assertj.core.api.Assertions.assertThat(Applicabilities.PRIVATELY_FOSTERED.test(day(judgedOn), facts)).as(why)
                .isEqualTo(applies);
    }
}
