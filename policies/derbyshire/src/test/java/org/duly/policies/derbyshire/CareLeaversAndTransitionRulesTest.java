package org.duly.policies.derbyshire;

import static org.duly.policies.derbyshire.Tables.DERBYSHIRE;
import static org.duly.testkit.DulyAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.Assertions;
import org.duly.domain.events.BecameLookedAfter;
import org.duly.domain.events.CareLeaverContact;
import org.duly.domain.events.CarerRelationship;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.CeasedLookedAfter;
import org.duly.domain.events.LeavingCareReferral;
import org.duly.domain.events.LeavingCareWorkerAllocated;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.PathwayPlan;
import org.duly.domain.events.PathwayPlanReview;
import org.duly.domain.events.PreparationForAdulthoodRecord;
import org.duly.domain.events.PreparationForAdulthoodReferral;
import org.duly.domain.events.PrivateFosteringEnded;
import org.duly.domain.events.PrivateFosteringNotification;
import org.duly.domain.events.SignificantChange;
import org.duly.domain.events.SignificantChangeKind;
import org.duly.domain.events.TransitionLocalityMeeting;
import org.duly.domain.events.TransitionPlanReview;
import org.duly.domain.events.Visit;
import org.duly.domain.events.VisitPurpose;
import org.duly.testkit.ChildCase;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The care leavers and transition to adulthood rules of the Derbyshire catalogue, as tables a policy
 * author can read: given a young person's date of birth, periods of care and events, on this date,
 * expect this due date and status. Each table has the boundary day and the day after; the recurring
 * rules have their 2nd and 3rd occurrences, counted from the actual date of the one before, and the
 * birthday that ends them.
 *
 * <p>How the tables are written: periods of care are "from..to", "to" being the day care ceased
 * (the first day out of care), or "from.." while still looked after; lists of dates are separated by
 * spaces; a date of birth of "-" is an unborn child (expected on 15 January 2025), whose date of
 * birth is missing; needs are "likely" (to need adult services), "complex" (needs), "disabled" or
 * "none". A status of "-" means that occurrence is not owed at all, the ones before it being there.
 * Ages are attained at the start of the birthday; someone born on 29 February has their birthday
 * on 1 March in a common year.
 */
class CareLeaversAndTransitionRulesTest {

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static List<String> dates(String list) {
        return list == null ? List.of() : List.of(list.trim().split("\\s+"));
    }

    /** Events of one kind, one on each date of a list. */
    private static List<CaseEvent> each(String list, Function<LocalDate, CaseEvent> event) {
        return dates(list).stream().map(date -> event.apply(d(date))).toList();
    }

    /** A young person with their needs, periods of care (under one legal status) and more events, recorded in date order. */
    private static ChildCase youngPerson(String born, String needs, String periodsOfCare, LegalStatus legalStatus, List<CaseEvent> more) {
        ChildCase kase = ChildCase.child("YP-1");
        if (born == null) {
            kase.unbornDueOn("2025-01-15");
        } else {
            kase.bornOn(born);
        }
        for (String need : needs == null ? List.<String>of() : dates(needs)) {
            switch (need) {
                case "likely" -> kase.likelyToNeedAdultServices();
                case "complex" -> kase.complexNeeds();
                case "disabled" -> kase.disabled();
                case "none" -> { }
                default -> throw new IllegalArgumentException("no such need: " + need);
            }
        }
        List<CaseEvent> events = new ArrayList<>();
        for (String period : dates(periodsOfCare)) {
            String[] fromTo = period.split("\\.\\.", -1);
            events.add(BecameLookedAfter.builder().date(d(fromTo[0])).legalStatus(legalStatus).build());
            if (!fromTo[1].isEmpty()) {
                events.add(CeasedLookedAfter.builder().date(d(fromTo[1])).build());
            }
        }
        events.addAll(more);
        events.sort(Comparator.comparing(CaseEvent::date));
        return kase.with(events.toArray(CaseEvent[]::new));
    }

    private static ChildCase youngPerson(String born, String needs, String periodsOfCare, List<CaseEvent> more) {
        return youngPerson(born, needs, periodsOfCare, LegalStatus.SECTION_20, more);
    }

    /**
     * The n-th occurrence due on the date with the status (and the ideal date, when given); "-"
     * (null) when it is not owed, the ones before it being there; NOT_APPLICABLE; or CANNOT_COMPUTE
     * for want of the date of birth.
     */
    private static void expect(Schedule schedule, String ruleId, int occurrence, String ideally, String due, Status status,
            String why) {
        if (status == null) {
            assertThat(schedule).as(why).hasObligations(ruleId, occurrence - 1);
        } else if (status == Status.NOT_APPLICABLE) {
            assertThat(schedule).obligation(ruleId).as(why).isNotApplicable();
        } else if (status == Status.CANNOT_COMPUTE) {
            // Every entry: without a date of birth a rule running between two birthdays has one for each (both labelled #1).
            Assertions.assertThat(schedule.entriesOf(ruleId)).as(why).isNotEmpty()
                    .allSatisfy(entry -> assertThat(entry).as(why).cannotBeComputedFor("the date of birth"));
        } else {
            assertThat(schedule).obligation(ruleId, occurrence).as(why).isDueOn(due).hasStatus(status);
            if (ideally != null) {
                assertThat(schedule).obligation(ruleId, occurrence).as(why).hasTarget(ideally);
            }
        }
    }

    private static void expect(Schedule schedule, String ruleId, int occurrence, String due, Status status, String why) {
        expect(schedule, ruleId, occurrence, null, due, status, why);
    }

    private static CareLeaverContact contact(LocalDate date) {
        return CareLeaverContact.builder().date(date).inPerson(true).build();
    }

    /**
     * CL-1, CL-9: the referral to the leaving care team at least one month before the 16th birthday.
     * Who will be eligible is known only at 16, so it is expected for every young person looked after
     * on some day since their 14th birthday (the interpretation), from that birthday on.
     */
    @ParameterizedTest(name = "born {0}, looked after {1}, referred {2}, as of {3}: due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # born     | looked after           | referral   | as of      | due        | status         | why
            2008-06-15 | 2023-09-04..           | 2024-05-15 | 2024-06-03 | 2024-05-15 | MET            | a month before the 16th birthday (15 June 2024)
            2008-06-15 | 2023-09-04..           | 2024-05-16 | 2024-06-03 | 2024-05-15 | MET_LATE       | the day after
            2008-06-15 | 2023-09-04..           | 2023-10-02 | 2024-06-03 | 2024-05-15 | MET            | referred early
            2008-06-15 | 2023-09-04..           | -          | 2024-05-07 | 2024-05-15 | UPCOMING       | 5 working days ahead is 14 May: not yet due soon
            2008-06-15 | 2023-09-04..           | -          | 2024-05-08 | 2024-05-15 | DUE_SOON       | 5 working days ahead is 15 May: due soon
            2008-06-15 | 2023-09-04..           | -          | 2024-05-15 | 2024-05-15 | DUE_SOON       | due today
            2008-06-15 | 2023-09-04..           | -          | 2024-05-16 | 2024-05-15 | OVERDUE        | the day after, not referred
            2008-02-29 | 2023-09-04..           | 2024-01-29 | 2024-02-01 | 2024-01-29 | MET            | born 29 February: 16 on 29 February 2024, a month before is 29 January
            2008-02-29 | 2021-06-01..2022-03-01 | -          | 2024-03-01 | -          | NOT_APPLICABLE | born 29 February: 14 on 1 March 2022 (a common year), the day care ceased
            2008-02-29 | 2021-06-01..2022-03-01 | -          | 2024-01-10 | -          | -              | not applicable, but reported so only from the 16th birthday, when its clock starts
            2008-02-29 | 2021-06-01..2022-03-02 | -          | 2024-01-10 | -          | -              | born 29 February: looked after on the 14th birthday (1 March 2022) only, not a month before 16: nothing owed (audit B-7a)
            2008-06-15 | 2023-01-09..2023-02-08 | -          | 2024-05-16 | -          | -              | a month in care at 14, home since: it cannot become eligible, so no referral, not even a forecast (audit B-7a)
            2008-06-15 | 2023-01-09..2023-02-08 | -          | 2024-06-17 | -          | NOT_APPLICABLE | the same after the 16th birthday: not applicable, never overdue (audit B-7a)
            2008-06-15 | 2023-09-04..2024-05-15 | -          | 2024-06-17 | -          | NOT_APPLICABLE | home on the due date itself (15 May): not looked after a month before 16 (audit B-7a)
            2008-06-15 | 2023-09-04..2024-05-16 | -          | 2024-06-17 | 2024-05-15 | OVERDUE        | home the day after: looked after on the due date, so the referral was owed (audit B-7a)
            2008-06-15 | 2022-01-10..           | -          | 2022-06-14 | -          | -              | in care but not yet 14 on the evaluation date: nothing reported before the 16th birthday
            2008-06-15 | 2022-01-10..           | -          | 2022-06-15 | 2024-05-15 | UPCOMING       | 14 today and in care
            2008-06-15 | 2024-05-15..           | -          | 2024-05-20 | 2024-05-15 | OVERDUE        | in care from the due date itself: a referral that day was possible
            2008-06-15 | 2024-05-16..           | 2024-07-01 | 2024-07-02 | -          | NOT_APPLICABLE | in care only after the due date: it could not be met, and the booklet sets no other time
            2008-06-15 | -                      | -          | 2024-06-17 | -          | NOT_APPLICABLE | never looked after
            2008-06-15 | -                      | -          | 2024-05-01 | -          | -              | never looked after: nothing reported before the 16th birthday
            -          | -                      | -          | 2024-05-01 | -          | -              | an unborn child, never looked after: nothing owed, and no date of birth needed to say so
            """)
    void referral_to_the_leaving_care_team(String born, String lookedAfter, String referral, String asOf, String due, Status status,
            String why) {
        ChildCase kase = youngPerson(born, null, lookedAfter, each(referral, date -> LeavingCareReferral.builder().date(date).build()));
        expect(kase.schedule(asOf, DERBYSHIRE), "care-leavers.referral", 1, due, status, why);
    }

    /**
     * CL-2: the leaving care worker's initial visit, the young person seen, within 4 weeks of
     * allocation. The young person, born 10 September 2007, is in care since 9 January 2023.
     */
    @ParameterizedTest(name = "allocated {0}, visit {1} ({2}, seen {3}), as of {4}: due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # allocated | visit      | purpose      | seen  | as of      | due        | status   | why
            2024-06-03  | 2024-07-01 | LEAVING_CARE | true  | 2024-07-05 | 2024-07-01 | MET      | 4 weeks after allocation
            2024-06-03  | 2024-07-02 | LEAVING_CARE | true  | 2024-07-05 | 2024-07-01 | MET_LATE | the day after
            2024-06-03  | -          | -            | -     | 2024-06-03 | 2024-07-01 | UPCOMING | more than 5 working days ahead
            2024-06-03  | -          | -            | -     | 2024-07-01 | 2024-07-01 | DUE_SOON | due today
            2024-06-03  | -          | -            | -     | 2024-07-02 | 2024-07-01 | OVERDUE  | the day after, no visit
            2024-06-03  | 2024-06-20 | LEAVING_CARE | false | 2024-07-02 | 2024-07-01 | OVERDUE  | a visit at which the young person was not seen does not count
            2024-06-03  | 2024-06-20 | LOOKED_AFTER | true  | 2024-07-02 | 2024-07-01 | OVERDUE  | a looked after visit is not the leaving care worker's visit
            2024-08-12  | -          | -            | -     | 2024-09-09 | 2024-09-09 | DUE_SOON | 4 calendar weeks: the summer bank holiday is not skipped
            """)
    void initial_visit(String allocated, String visit, VisitPurpose purpose, Boolean seen, String asOf, String due, Status status,
            String why) {
        List<CaseEvent> events = new ArrayList<>(List.of(LeavingCareWorkerAllocated.builder().date(d(allocated)).build()));
        if (visit != null) {
            events.add(Visit.builder().date(d(visit)).purpose(purpose).childSeen(seen).seenAlone(false).build());
        }
        expect(youngPerson("2007-09-10", null, "2023-01-09..", events).schedule(asOf, DERBYSHIRE), "care-leavers.initial-visit", 1, due, status,
                why);
    }

    /**
     * CL-3: contacts after 18, "at least 6 times a year" read as no more than 2 months between
     * contacts (the interpretation), from the 18th birthday while the young person is a former
     * relevant care leaver, until the 21st birthday.
     */
    @ParameterizedTest(name = "born {0}, looked after {1}, contacts {2}, as of {3}: #{4} due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # born     | looked after           | contacts              | as of      | # | due        | status         | why
            2006-07-20 | 2021-09-06..2024-07-20 | 2024-09-20            | 2024-09-23 | 1 | 2024-09-20 | MET            | 2 months after the 18th birthday (20 July 2024)
            2006-07-20 | 2021-09-06..2024-07-20 | 2024-09-21            | 2024-09-23 | 1 | 2024-09-20 | MET_LATE       | the day after
            2006-07-20 | 2021-09-06..2024-07-20 | -                     | 2024-07-22 | 1 | 2024-09-20 | UPCOMING       | more than 5 working days ahead
            2006-07-20 | 2021-09-06..2024-07-20 | -                     | 2024-09-20 | 1 | 2024-09-20 | DUE_SOON       | due today
            2006-07-20 | 2021-09-06..2024-07-20 | -                     | 2024-09-21 | 1 | 2024-09-20 | OVERDUE        | the day after, no contact
            2006-07-20 | 2021-09-06..2024-07-20 | 2024-09-16 2024-11-15 | 2024-11-18 | 2 | 2024-11-16 | MET            | 2 months after the 1st contact (16 September), not after its due date
            2006-07-20 | 2021-09-06..2024-07-20 | 2024-09-16 2024-11-17 | 2024-11-18 | 2 | 2024-11-16 | MET_LATE       | the day after
            2006-07-20 | 2021-09-06..2024-07-20 | 2024-09-23            | 2024-11-25 | 2 | 2024-11-23 | OVERDUE        | a late 1st contact (23 September) moves the 2nd
            2006-07-20 | 2021-09-06..2024-07-20 | 2024-09-16 2024-11-15 | 2025-01-15 | 3 | 2025-01-15 | DUE_SOON       | 2 months after the 2nd contact
            2006-07-20 | 2021-09-06..2024-07-20 | 2024-09-16 2024-12-31 | 2025-03-03 | 3 | 2025-02-28 | OVERDUE        | 2 months from 31 December is 28 February, rounded down
            2006-07-20 | 2021-09-06..2024-07-20 | 2024-09-16 2027-06-01 | 2027-07-19 | 3 | -          | -              | would be due 1 August 2027, after the 21st birthday (20 July 2027): not owed
            2006-07-20 | 2021-09-06..2024-07-20 | 2024-09-16 2027-05-10 | 2027-07-19 | 3 | 2027-07-10 | OVERDUE        | due before the 21st birthday: owed, and overdue
            2006-07-20 | 2022-01-10..2022-07-21 | -                     | 2024-09-21 | 1 | 2024-09-20 | OVERDUE        | home the day after the 16th birthday: eligible on it, relevant, then former relevant at 18
            2006-07-20 | 2022-01-10..2022-07-20 | -                     | 2024-09-21 | 1 | 2024-09-20 | OVERDUE        | home on the 16th birthday: looked after, aged 16, that morning (FLRA 1969 s9), so eligible then, relevant, former relevant at 18 (audit B-7d)
            2006-07-20 | 2022-01-10..2022-07-19 | -                     | 2024-09-21 | 1 | -          | NOT_APPLICABLE | home the day before the 16th birthday: never looked after at 16, never eligible
            2006-07-20 | 2023-01-09..2023-03-06 | -                     | 2024-09-21 | 1 | -          | NOT_APPLICABLE | 8 weeks in care after 16: a qualifying care leaver, not former relevant
            2004-02-29 | 2019-09-02..2022-03-01 | -                     | 2022-05-02 | 1 | 2022-05-01 | OVERDUE        | born 29 February: 18 on 1 March 2022, the 1st contact due 1 May
            -          | -                      | -                     | 2024-09-21 | 1 | -          | -              | no date of birth: an unborn child is no care leaver; no clock has started, so nothing is reported
            2006-07-20 | 2021-09-06..2024-07-20 | 2024-09-16 2027-05-10 | 2027-07-20 | 3 | 2027-07-10 | MISSED         | the 21st birthday ends the contacts: one missed before it stays missed (audit B-4)
            2006-07-20 | 2021-09-06..2024-07-20 | 2024-09-16 2027-05-10 | 2027-07-21 | 3 | 2027-07-10 | MISSED         | the day after: still missed, never "not applicable" (audit B-4)
            2006-07-20 | 2021-09-06..2024-07-20 | 2024-09-16 2027-05-10 | 2029-01-02 | 3 | 2027-07-10 | MISSED         | at 22 the history is still there (audit B-4)
            2006-07-20 | 2021-09-06..2024-07-20 | 2024-09-16 2027-05-10 | 2029-01-02 | 4 | -          | -              | and nothing is owed after 21 (audit B-4)
            """)
    void contacts_after_18(String born, String lookedAfter, String contacts, String asOf, int occurrence, String due, Status status,
            String why) {
        ChildCase kase = youngPerson(born, null, lookedAfter, each(contacts, CareLeaversAndTransitionRulesTest::contact));
        expect(kase.schedule(asOf, DERBYSHIRE), "care-leavers.contacts-after-18", occurrence, due, status, why);
    }

    /**
     * CL-3 with a long gap (audit B, run R20): born 15 September 2003, in care from 15 to the 18th birthday, one
     * contact in the three years after 18. The columns after the status: days late, intervals missed, and the
     * occurrences the rule's timeliness counts as due.
     */
    @ParameterizedTest(name = "contact {0}, as of {1}: #{2} due {3}, {4}, {5} days late, {6} missed")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # contacts | as of      | # | due        | status   | late | missed | due in all | why
            2024-07-20 | 2025-01-10 | 1 | 2021-11-15 | MET_LATE | 978  | 16     | 17         | one contact in nearly three years: 978 days late and 16 more contacts missed, not one late contact (audit B-3)
            2024-07-15 | 2025-01-10 | 1 | 2021-11-15 | MET_LATE | 973  | 15     | 16         | on the day the 17th would have been due: 15 missed in full (audit B-3)
            2024-07-16 | 2025-01-10 | 1 | 2021-11-15 | MET_LATE | 974  | 16     | 17         | the day after: 16 (audit B-3)
            -          | 2024-09-16 | 1 | 2021-11-15 | MISSED   | 1035 | 16     | 17         | none at all: at 21 the first is missed, 1035 days after it was due, with the 16 others that passed in full before the birthday (audit B-4)
            -          | 2025-01-10 | 1 | 2021-11-15 | MISSED   | 1035 | 16     | 17         | still so after 21: a miss stays a miss, and nothing more is owed (audit B-4)
            """)
    void contacts_after_18_with_a_long_gap(String contacts, String asOf, int occurrence, String due, Status status, long late, int missed,
            long dueInAll, String why) {
        ChildCase kase = youngPerson("2003-09-15", null, "2018-09-03..2021-09-15", each(contacts, CareLeaversAndTransitionRulesTest::contact));
        Schedule schedule = kase.schedule(asOf, DERBYSHIRE);
        Tables.checkLateness(schedule, "care-leavers.contacts-after-18", occurrence, due, status.name(), late, missed, why);
        Tables.checkDueInTimeliness(schedule, "care-leavers.contacts-after-18", dueInAll, why);
    }

    /**
     * CL-4, CL-9: a pathway plan in place ideally by the 16th birthday, at the latest 3 months after
     * becoming eligible. Eligible and relevant as the Children Act 1989 defines them (the
     * interpretation): 13 weeks (91 days) looked after since the 14th birthday, looked after on some
     * day from the 16th; pre-planned short breaks never count. Born 15 June 2008: 14 on 15 June 2022,
     * 16 on 15 June 2024.
     */
    @ParameterizedTest(name = "looked after {0} ({1}), plan {2}, as of {3}: ideally {4}, due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # looked after                      | legal status            | plan       | as of      | ideally    | due        | status         | why
            2023-09-04..                        | SECTION_20              | 2024-09-15 | 2024-09-20 | 2024-06-15 | 2024-09-15 | MET            | eligible on the 16th birthday, with 13 weeks in care already: 3 months later at the latest
            2023-09-04..                        | SECTION_20              | 2024-09-16 | 2024-09-20 | 2024-06-15 | 2024-09-15 | MET_LATE       | the day after
            2023-09-04..                        | SECTION_20              | 2024-05-20 | 2024-09-20 | 2024-06-15 | 2024-09-15 | MET            | in place before the 16th birthday, as ideally
            2023-09-04..                        | SECTION_20              | -          | 2024-01-10 | 2024-06-15 | 2024-09-15 | UPCOMING       | at 15, in care: eligible on the 16th birthday if care goes on
            2023-09-04..                        | SECTION_20              | -          | 2024-09-15 | 2024-06-15 | 2024-09-15 | DUE_SOON       | due today
            2023-09-04..                        | SECTION_20              | -          | 2024-09-16 | 2024-06-15 | 2024-09-15 | OVERDUE        | the day after, no plan
            2024-04-01..                        | SECTION_20              | -          | 2024-07-01 | 2024-06-15 | 2024-09-30 | UPCOMING       | in care from 1 April: 13 weeks on 30 June, eligible then, after the 16th birthday
            2024-04-01..2024-06-30              | SECTION_20              | -          | 2024-07-01 | -          | -          | NOT_APPLICABLE | home on 30 June after 90 days: never eligible
            2024-04-01..2024-07-01              | SECTION_20              | -          | 2024-07-02 | 2024-06-15 | 2024-09-30 | UPCOMING       | home on 1 July after 91 days: eligible on 30 June, then relevant
            2024-01-01..2024-06-15              | SECTION_20              | -          | 2024-06-17 | 2024-06-15 | 2024-09-15 | UPCOMING       | home on the 16th birthday: looked after, aged 16, that morning, so eligible on the birthday (audit B-7d)
            2024-01-01..2024-06-14              | SECTION_20              | -          | 2024-06-17 | -          | -          | NOT_APPLICABLE | home the day before the 16th birthday: never looked after at 16
            2024-01-01..2024-06-16              | SECTION_20              | -          | 2024-06-17 | 2024-06-15 | 2024-09-15 | UPCOMING       | home the day after the 16th birthday: eligible on the birthday itself
            2022-05-01..2022-08-14 2024-06-17.. | SECTION_20              | -          | 2024-07-18 | 2024-06-15 | 2024-10-17 | UPCOMING       | 60 days counted from the 14th birthday (not the 45 before it), 31 more from 17 June: eligible 17 July
            2023-09-04..                        | SECTION_20_SHORT_BREAKS | -          | 2024-07-01 | 2024-06-15 | 2024-09-15 | UPCOMING       | a stay recorded as short breaks and still open after 10 months is beyond regulation 48 from its 18th day, so those days count: eligible on the 16th birthday (audit B-12d)
            2024-03-01..2024-06-20              | SECTION_20_SHORT_BREAKS | -          | 2024-06-21 | 2024-06-15 | 2024-09-16 | UPCOMING       | 111 days recorded as a short break count from their 18th day (regulation 48: at most 17 days a stay): 90 by the 16th birthday, the 91st on 16 June, eligible then (audit B-12d)
            2024-03-01..2024-03-18              | SECTION_20_SHORT_BREAKS | -          | 2024-06-21 | -          | -          | NOT_APPLICABLE | a stay of 17 days is a short break, and never counts (audit B-12d)
            """)
    void pathway_plan(String lookedAfter, LegalStatus legalStatus, String plan, String asOf, String ideally, String due, Status status,
            String why) {
        ChildCase kase = youngPerson("2008-06-15", null, lookedAfter, legalStatus,
                each(plan, date -> PathwayPlan.builder().date(date).build()));
        expect(kase.schedule(asOf, DERBYSHIRE), "care-leavers.pathway-plan", 1, ideally, due, status, why);
    }

    /**
     * CL-5: the pathway plan reviewed at least every 6 months, until the 21st birthday for a young
     * person no review found in education or training (for one in it, see
     * pathway_plan_reviewed_in_education_after_21). Born 20 July 2006, in care from 6 September 2021
     * to the 18th birthday, the pathway plan made on 3 June 2024.
     */
    @ParameterizedTest(name = "reviews {0}, as of {1}: #{2} due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # reviews             | as of      | # | due        | status   | why
            2024-12-03            | 2024-12-10 | 1 | 2024-12-03 | MET      | 6 months after the pathway plan
            2024-12-04            | 2024-12-10 | 1 | 2024-12-03 | MET_LATE | the day after
            -                     | 2024-06-03 | 1 | 2024-12-03 | UPCOMING | more than 5 working days ahead
            -                     | 2024-12-03 | 1 | 2024-12-03 | DUE_SOON | due today
            -                     | 2024-12-04 | 1 | 2024-12-03 | OVERDUE  | the day after, no review
            2024-11-29 2025-05-29 | 2025-06-02 | 2 | 2025-05-29 | MET      | 6 months after the 1st review (29 November), not after its due date
            2024-11-29 2025-05-30 | 2025-06-02 | 2 | 2025-05-29 | MET_LATE | the day after
            2024-12-10            | 2025-06-11 | 2 | 2025-06-10 | OVERDUE  | a late 1st review (10 December) moves the 2nd
            2024-11-29 2025-05-29 | 2025-06-02 | 3 | 2025-11-29 | UPCOMING | 6 months after the 2nd review
            2024-08-31            | 2025-03-03 | 2 | 2025-02-28 | OVERDUE  | 6 months from 31 August is 28 February, rounded down
            2024-11-29 2027-02-01 | 2027-08-10 | 3 | -          | -        | would be due 1 August 2027, after the 21st birthday (20 July 2027): not owed
            2024-11-29 2027-01-10 | 2027-08-10 | 3 | 2027-07-10 | MISSED  | due before the 21st birthday: missed, and a miss stays a miss
            2024-11-29 2027-01-19 | 2027-07-19 | 3 | 2027-07-19 | DUE_SOON | due the day before the 21st birthday: owed (audit B-10f)
            2024-11-29 2027-01-20 | 2027-07-21 | 3 | -          | -       | due on the 21st birthday: not owed; a plan from 21 under section 23CZB needs a request the case file does not record (audit B-10f)
            """)
    void pathway_plan_reviewed(String reviews, String asOf, int occurrence, String due, Status status, String why) {
        List<CaseEvent> events = new ArrayList<>(List.of(PathwayPlan.builder().date(d("2024-06-03")).build()));
        events.addAll(each(reviews, date -> PathwayPlanReview.builder().date(date).build()));
        expect(youngPerson("2006-07-20", null, "2021-09-06..2024-07-20", events).schedule(asOf, DERBYSHIRE), "care-leavers.pathway-plan-reviewed",
                occurrence, due, status, why);
    }

    /** CL-5 without a pathway plan: nothing to review, and the 21st birthday is not needed to say so. */
    /**
     * CL-5 and the booklet's "up to 24 if in education" (L1096): after the 21st birthday (20 July 2027) the pathway plan is
     * still reviewed while the latest review found the young person in education or training ("E" after its date), to the
     * 25th birthday. Born 20 July 2006, in care from 6 September 2021 to the 18th birthday, the pathway plan made on 3 June
     * 2024.
     */
    @ParameterizedTest(name = "reviews {0}, as of {1}: #{2} due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # reviews                          | as of      | # | due        | status   | why
            2024-11-29 2027-02-01E             | 2027-08-10 | 3 | 2027-08-01 | OVERDUE  | in education at the last review: still reviewed after 21 (review, booklet L1096)
            2024-11-29 2027-02-01E 2027-08-01E | 2027-08-02 | 3 | 2027-08-01 | MET      | on the last day (review, booklet L1096)
            2024-11-29 2027-02-01E 2027-08-02E | 2027-08-02 | 3 | 2027-08-01 | MET_LATE | the day after (review, booklet L1096)
            2024-11-29 2027-02-01E 2027-08-01E | 2027-08-02 | 4 | 2028-02-01 | UPCOMING | and on, while the reviews find education or training (review, booklet L1096)
            2024-11-29 2027-02-01E 2027-08-01  | 2027-08-02 | 4 | -          | -        | a review no longer finding education: nothing owed after it (review, booklet L1096)
            2024-11-29 2027-02-01              | 2027-08-10 | 3 | -          | -        | not in education: nothing owed after 21
            """)
    void pathway_plan_reviewed_in_education_after_21(String reviews, String asOf, int occurrence, String due, Status status, String why) {
        List<CaseEvent> events = new ArrayList<>(List.of(PathwayPlan.builder().date(d("2024-06-03")).build()));
        for (String review : dates(reviews)) {
            events.add(PathwayPlanReview.builder().date(d(review.substring(0, 10))).inEducationOrTraining(review.endsWith("E")).build());
        }
        expect(youngPerson("2006-07-20", null, "2021-09-06..2024-07-20", events).schedule(asOf, DERBYSHIRE), "care-leavers.pathway-plan-reviewed",
                occurrence, due, status, why);
    }

    @Test
    void an_unborn_child_owes_no_pathway_plan_review() {
        assertThat(youngPerson(null, null, null, List.of()).schedule("2024-08-15", DERBYSHIRE))
                .hasNoObligation("care-leavers.pathway-plan-reviewed");
    }

    /**
     * CL-6: a pathway plan review within 28 days of a change of accommodation or another significant
     * change. Born 20 July 2006, in care to the 18th birthday, the pathway plan made on 3 June 2024.
     */
    @ParameterizedTest(name = "{1} on {0}, review {2}, as of {3}: due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # change   | kind                     | review     | as of      | due        | status   | why
            2024-09-02 | OTHER_SIGNIFICANT_CHANGE | 2024-09-30 | 2024-10-01 | 2024-09-30 | MET      | 28 days after the change
            2024-09-02 | OTHER_SIGNIFICANT_CHANGE | 2024-10-01 | 2024-10-02 | 2024-09-30 | MET_LATE | the day after
            2024-09-02 | OTHER_SIGNIFICANT_CHANGE | -          | 2024-09-02 | 2024-09-30 | UPCOMING | more than 5 working days ahead
            2024-09-02 | OTHER_SIGNIFICANT_CHANGE | -          | 2024-09-30 | 2024-09-30 | DUE_SOON | due today
            2024-09-02 | OTHER_SIGNIFICANT_CHANGE | -          | 2024-10-01 | 2024-09-30 | OVERDUE  | the day after, no review
            2024-09-02 | OTHER_SIGNIFICANT_CHANGE | 2024-08-30 | 2024-10-01 | 2024-09-30 | OVERDUE  | a review before the change does not count
            2024-12-02 | CHANGE_OF_ACCOMMODATION  | -          | 2024-12-30 | 2024-12-30 | DUE_SOON | 28 calendar days: Christmas Day and Boxing Day are not skipped
            """)
    void review_after_a_change(String change, SignificantChangeKind kind, String review, String asOf, String due, Status status,
            String why) {
        List<CaseEvent> events = new ArrayList<>(List.of(PathwayPlan.builder().date(d("2024-06-03")).build(),
                SignificantChange.builder().date(d(change)).kind(kind).build()));
        events.addAll(each(review, date -> PathwayPlanReview.builder().date(date).build()));
        expect(youngPerson("2006-07-20", null, "2021-09-06..2024-07-20", events).schedule(asOf, DERBYSHIRE), "care-leavers.review-after-change", 1,
                due, status, why);
    }

    /**
     * CL-6 after two changes: one review held within 28 days of each meets both. Born 20 July 2006, in care to
     * the 18th birthday, the pathway plan made on 3 June 2024; a change of accommodation on 2 September 2024
     * (due 30 September) and another significant change on 16 September (due 14 October).
     */
    @ParameterizedTest(name = "review {0}, as of {1}: #{2} due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # review   | as of      | # | due        | status   | why
            2024-09-30 | 2024-10-01 | 1 | 2024-09-30 | MET      | one review on the first change's last day (audit B-1)
            2024-09-30 | 2024-10-01 | 2 | 2024-10-14 | MET      | meets the second change as well (audit B-1)
            2024-10-01 | 2024-10-02 | 1 | 2024-09-30 | MET_LATE | the day after: late for the first (audit B-1)
            2024-10-01 | 2024-10-02 | 2 | 2024-10-14 | MET      | and on time for the second (audit B-1)
            2024-09-13 | 2024-10-15 | 2 | 2024-10-14 | OVERDUE  | a review before the second change does not meet it
            """)
    void review_after_two_changes(String review, String asOf, int occurrence, String due, Status status, String why) {
        List<CaseEvent> events = new ArrayList<>(List.of(PathwayPlan.builder().date(d("2024-06-03")).build(),
                SignificantChange.builder().date(d("2024-09-02")).kind(SignificantChangeKind.CHANGE_OF_ACCOMMODATION).build(),
                SignificantChange.builder().date(d("2024-09-16")).kind(SignificantChangeKind.OTHER_SIGNIFICANT_CHANGE).build()));
        events.addAll(each(review, date -> PathwayPlanReview.builder().date(date).build()));
        expect(youngPerson("2006-07-20", null, "2021-09-06..2024-07-20", events).schedule(asOf, DERBYSHIRE),
                "care-leavers.review-after-change", occurrence, due, status, why);
    }

    /**
     * CL-7: the preparation for adulthood data record of a young person likely to need adult
     * services, without complex needs: by the 16th birthday, then updated every 6 months, until the
     * 18th birthday. Born 15 June 2008 unless said: 16 on 15 June 2024, 18 on 15 June 2026.
     */
    @ParameterizedTest(name = "born {0}, needs {1}, records {2}, as of {3}: #{4} due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # born     | needs          | records               | as of      | # | due        | status         | why
            2008-06-15 | likely         | 2024-06-15            | 2024-06-20 | 1 | 2024-06-15 | MET            | on the 16th birthday
            2008-06-15 | likely         | 2024-05-01            | 2024-06-20 | 1 | 2024-06-15 | MET            | before the 16th birthday: "by" it
            2008-06-15 | likely         | 2024-05-01            | 2024-06-20 | 2 | 2024-11-01 | UPCOMING       | the next 6 months after it
            2008-06-15 | likely         | 2024-06-16            | 2024-06-20 | 1 | 2024-06-15 | MET_LATE       | the day after
            2008-06-15 | likely         | -                     | 2024-01-10 | 1 | 2024-06-15 | UPCOMING       | more than 5 working days ahead
            2008-06-15 | likely         | -                     | 2024-06-15 | 1 | 2024-06-15 | DUE_SOON       | due today
            2008-06-15 | likely         | -                     | 2024-06-16 | 1 | 2024-06-15 | OVERDUE        | the day after, no record
            2008-06-15 | likely         | 2024-06-15 2024-12-13 | 2024-12-16 | 2 | 2024-12-15 | MET            | 6 months after the 1st record
            2008-06-15 | likely         | 2024-06-15 2024-12-16 | 2024-12-17 | 2 | 2024-12-15 | MET_LATE       | the day after
            2008-06-15 | likely         | 2024-06-17            | 2024-12-18 | 2 | 2024-12-17 | OVERDUE        | a late 1st record (17 June) moves the 2nd
            2008-06-15 | likely         | 2024-06-15 2024-12-13 | 2025-06-13 | 3 | 2025-06-13 | DUE_SOON       | 6 months after the 2nd record (13 December)
            2008-06-15 | likely         | 2024-06-15 2025-12-20 | 2026-06-22 | 3 | -          | -              | would be due 20 June 2026, after the 18th birthday: not owed
            2008-06-15 | likely         | 2024-06-15 2025-12-10 | 2026-06-22 | 3 | 2026-06-10 | MISSED        | due before the 18th birthday: missed, and a miss stays a miss
            2008-06-15 | likely complex | -                     | 2024-06-20 | 1 | -          | NOT_APPLICABLE | complex needs: the record is due at 14 instead
            2008-06-15 | none           | -                     | 2024-06-20 | 1 | -          | NOT_APPLICABLE | not likely to need adult services
            -          | likely         | -                     | 2024-06-20 | 1 | -          | CANNOT_COMPUTE | no date of birth
            """)
    void preparation_for_adulthood_record(String born, String needs, String records, String asOf, int occurrence, String due,
            Status status, String why) {
        ChildCase kase = youngPerson(born, needs, null, each(records, date -> PreparationForAdulthoodRecord.builder().date(date).build()));
        expect(kase.schedule(asOf, DERBYSHIRE), "care-leavers.pfa-record", occurrence, due, status, why);
    }

    /**
     * CL-7: the preparation for adulthood data record of a young person with complex needs likely to
     * need adult services: by the 14th birthday, then updated every 6 months, until the 18th
     * birthday. Born 15 June 2008 unless said: 14 on 15 June 2022, 18 on 15 June 2026.
     */
    @ParameterizedTest(name = "born {0}, needs {1}, records {2}, as of {3}: #{4} due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # born     | needs          | records               | as of      | # | due        | status         | why
            2008-06-15 | likely complex | 2022-06-15            | 2022-06-20 | 1 | 2022-06-15 | MET            | on the 14th birthday
            2008-06-15 | likely complex | 2022-05-01            | 2022-06-20 | 1 | 2022-06-15 | MET            | before the 14th birthday: "by" it
            2008-06-15 | likely complex | 2022-06-16            | 2022-06-20 | 1 | 2022-06-15 | MET_LATE       | the day after
            2008-06-15 | likely complex | -                     | 2022-01-10 | 1 | 2022-06-15 | UPCOMING       | more than 5 working days ahead
            2008-06-15 | likely complex | -                     | 2022-06-15 | 1 | 2022-06-15 | DUE_SOON       | due today
            2008-06-15 | likely complex | -                     | 2022-06-16 | 1 | 2022-06-15 | OVERDUE        | the day after, no record
            2008-06-15 | likely complex | 2022-06-15 2022-12-14 | 2022-12-16 | 2 | 2022-12-15 | MET            | 6 months after the 1st record
            2008-06-15 | likely complex | 2022-06-15 2022-12-16 | 2022-12-19 | 2 | 2022-12-15 | MET_LATE       | the day after
            2008-06-15 | likely complex | 2022-06-20            | 2022-12-21 | 2 | 2022-12-20 | OVERDUE        | a late 1st record (20 June) moves the 2nd
            2008-06-15 | likely complex | 2022-06-15 2022-12-14 | 2023-06-14 | 3 | 2023-06-14 | DUE_SOON       | 6 months after the 2nd record (14 December)
            2008-06-15 | likely complex | 2022-06-15 2022-08-31 | 2023-03-01 | 3 | 2023-02-28 | OVERDUE        | 6 months from 31 August is 28 February, rounded down
            2008-06-15 | likely complex | 2022-06-15 2025-12-20 | 2026-06-22 | 3 | -          | -              | would be due 20 June 2026, after the 18th birthday: not owed
            2008-06-15 | likely complex | 2022-06-15 2025-12-10 | 2026-06-22 | 3 | 2026-06-10 | MISSED        | due before the 18th birthday: missed, and a miss stays a miss
            2008-02-29 | likely complex | 2022-03-01            | 2022-03-02 | 1 | 2022-03-01 | MET            | born 29 February: 14 on 1 March 2022 (a common year)
            2008-06-15 | likely         | -                     | 2022-06-20 | 1 | -          | NOT_APPLICABLE | no complex needs: the record is due at 16 instead
            -          | likely complex | -                     | 2022-06-20 | 1 | -          | CANNOT_COMPUTE | no date of birth
            """)
    void preparation_for_adulthood_record_with_complex_needs(String born, String needs, String records, String asOf, int occurrence,
            String due, Status status, String why) {
        ChildCase kase = youngPerson(born, needs, null, each(records, date -> PreparationForAdulthoodRecord.builder().date(date).build()));
        expect(kase.schedule(asOf, DERBYSHIRE), "care-leavers.pfa-record-complex-needs", occurrence, due, status, why);
    }

    /** CL-8, TA-3: the preparation for adulthood referral to adult care by the age of 16 years and 6 months. */
    @ParameterizedTest(name = "born {0}, needs {1}, referred {2}, as of {3}: due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # born     | needs          | referral   | as of      | due        | status         | why
            2008-01-10 | likely         | 2024-07-10 | 2024-07-15 | 2024-07-10 | MET            | on the day of 16 years and 6 months
            2008-01-10 | likely         | 2024-07-11 | 2024-07-15 | 2024-07-10 | MET_LATE       | the day after
            2008-01-10 | likely         | 2024-03-01 | 2024-07-15 | 2024-07-10 | MET            | referred earlier
            2008-01-10 | likely         | -          | 2024-01-10 | 2024-07-10 | UPCOMING       | more than 5 working days ahead
            2008-01-10 | likely         | -          | 2024-07-10 | 2024-07-10 | DUE_SOON       | due today
            2008-01-10 | likely         | -          | 2024-07-11 | 2024-07-10 | OVERDUE        | the day after, not referred
            2008-01-10 | likely complex | -          | 2024-07-11 | 2024-07-10 | OVERDUE        | with complex needs too
            2008-02-29 | likely         | -          | 2024-08-30 | 2024-08-29 | OVERDUE        | born 29 February: 16 and a half on 29 August 2024
            2008-08-31 | likely         | 2025-03-01 | 2025-03-03 | 2025-03-01 | MET            | born 31 August: no 31 February, so 16 and a half on 1 March, as a 29 February birthday falls (audit B-12a)
            2008-08-31 | likely         | 2025-03-02 | 2025-03-03 | 2025-03-01 | MET_LATE       | the day after: an age rounds up to the next day that exists, as the law counts a birthday, though a period of months from an event rounds down to the month's last day; the rule's note says why (audit B-12a)
            2008-01-10 | none           | -          | 2024-07-11 | -          | NOT_APPLICABLE | not likely to need adult services
            -          | likely         | -          | 2024-07-11 | -          | CANNOT_COMPUTE | no date of birth
            """)
    void preparation_for_adulthood_referral(String born, String needs, String referral, String asOf, String due, Status status,
            String why) {
        ChildCase kase = youngPerson(born, needs, null,
                each(referral, date -> PreparationForAdulthoodReferral.builder().date(date).build()));
        expect(kase.schedule(asOf, DERBYSHIRE), "care-leavers.pfa-referral", 1, due, status, why);
    }

    /**
     * CL-10: a qualifying care leaver contacted at least once a year, counted from the latest time
     * they ceased to be looked after, until the 21st birthday. Born 10 September 2007: 16 on
     * 10 September 2023, 21 on 10 September 2028.
     */
    @ParameterizedTest(name = "looked after {0}, contacts {1}, as of {2}: #{3} due {4}, {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # looked after                                | contacts              | as of      | # | due        | status         | why
            2024-01-08..2024-03-04                        | 2025-03-04            | 2025-03-10 | 1 | 2025-03-04 | MET            | 12 months after leaving care, after 8 weeks in care at 16
            2024-01-08..2024-03-04                        | 2025-03-05            | 2025-03-10 | 1 | 2025-03-04 | MET_LATE       | the day after
            2024-01-08..2024-03-04                        | -                     | 2024-03-04 | 1 | 2025-03-04 | UPCOMING       | more than 5 working days ahead
            2024-01-08..2024-03-04                        | -                     | 2025-03-04 | 1 | 2025-03-04 | DUE_SOON       | due today
            2024-01-08..2024-03-04                        | -                     | 2025-03-05 | 1 | 2025-03-04 | OVERDUE        | the day after, no contact
            2024-01-08..2024-03-04                        | 2025-02-20 2026-02-20 | 2026-02-23 | 2 | 2026-02-20 | MET            | 12 months after the 1st contact (20 February), not after its due date
            2024-01-08..2024-03-04                        | 2025-02-20 2026-02-21 | 2026-02-23 | 2 | 2026-02-20 | MET_LATE       | the day after
            2024-01-08..2024-03-04                        | 2025-03-10            | 2026-03-11 | 2 | 2026-03-10 | OVERDUE        | a late 1st contact (10 March) moves the 2nd
            2024-01-08..2024-03-04                        | 2025-02-20 2026-02-20 | 2026-03-02 | 3 | 2027-02-20 | UPCOMING       | 12 months after the 2nd contact
            2024-01-08..2024-03-04                        | 2025-02-20 2027-09-15 | 2028-09-08 | 3 | -          | -              | would be due 15 September 2028, after the 21st birthday: not owed
            2024-01-08..2024-03-04                        | 2025-02-20 2027-09-01 | 2028-09-08 | 3 | 2028-09-01 | OVERDUE        | due before the 21st birthday: owed, and overdue
            2024-01-08..2024-02-05 2024-05-06..2024-06-03 | -                     | 2024-06-05 | 1 | 2025-02-05 | UPCOMING       | two short periods of care: counted from the day the young person first became qualifying (5 February); the second period does not restart it (audit B-7f)
            2023-06-05..2024-03-04                        | -                     | 2024-03-05 | 1 | -          | -              | 13 weeks in care, looked after after 16: relevant, never qualifying, so no clock starts
            2023-06-05..2024-03-04                        | -                     | 2025-03-05 | 1 | -          | -              | the same a year on: nothing owed
            2022-01-10..2022-03-07                        | -                     | 2024-03-05 | 1 | -          | -              | in care only at 14, not since 16: never qualifying, nothing owed
            2023-07-03..2023-09-10                        | -                     | 2024-09-11 | 1 | 2024-09-10 | OVERDUE        | 69 days in care, home on the 16th birthday: looked after at 16 that morning, so qualifying from the birthday (audit B-7d)
            2023-07-03..2023-09-09                        | -                     | 2024-09-11 | 1 | -          | -              | home the day before the 16th birthday: never looked after at 16, never qualifying
            2024-01-08..2024-03-04                        | 2025-02-20 2027-09-01 | 2028-09-10 | 3 | 2028-09-01 | MISSED         | the 21st birthday ends the contacts: one missed before it stays missed (audit B-4)
            2024-01-08..2024-03-04                        | 2025-02-20 2027-09-01 | 2028-09-11 | 3 | 2028-09-01 | MISSED         | the day after: still missed (audit B-4)
            2024-01-08..2024-03-04                        | 2025-02-20 2027-09-01 | 2030-01-02 | 4 | -          | -              | and nothing is owed after 21 (audit B-4)
            """)
    void qualifying_contact(String lookedAfter, String contacts, String asOf, int occurrence, String due, Status status, String why) {
        ChildCase kase = youngPerson("2007-09-10", null, lookedAfter, each(contacts, CareLeaversAndTransitionRulesTest::contact));
        expect(kase.schedule(asOf, DERBYSHIRE), "care-leavers.qualifying-contact", occurrence, due, status, why);
    }

    /**
     * CL-10: a former relevant care leaver contacted at least yearly from the 18th birthday. Two
     * versions: until the 21st birthday for clocks (18th birthdays) before 1 April 2018, until the
     * 25th from that date (the Children and Social Work Act 2017); the version in force when the
     * clock started applies. Each young person was in care from 15 to 18.
     */
    @ParameterizedTest(name = "born {0}, looked after {1}, contacts {2}, as of {3}: #{4} due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # born     | looked after           | contacts              | as of      | # | due        | status         | why
            2006-07-20 | 2021-09-06..2024-07-20 | 2025-07-20            | 2025-07-25 | 1 | 2025-07-20 | MET            | 12 months after the 18th birthday (20 July 2024)
            2006-07-20 | 2021-09-06..2024-07-20 | 2025-07-21            | 2025-07-25 | 1 | 2025-07-20 | MET_LATE       | the day after
            2006-07-20 | 2021-09-06..2024-07-20 | -                     | 2024-07-22 | 1 | 2025-07-20 | UPCOMING       | more than 5 working days ahead
            2006-07-20 | 2021-09-06..2024-07-20 | -                     | 2025-07-20 | 1 | 2025-07-20 | DUE_SOON       | due today
            2006-07-20 | 2021-09-06..2024-07-20 | -                     | 2025-07-21 | 1 | 2025-07-20 | OVERDUE        | the day after, no contact
            2006-07-20 | 2021-09-06..2024-07-20 | 2025-07-01 2026-07-01 | 2026-07-02 | 2 | 2026-07-01 | MET            | 12 months after the 1st contact (1 July), not after its due date
            2006-07-20 | 2021-09-06..2024-07-20 | 2025-07-01 2026-07-02 | 2026-07-03 | 2 | 2026-07-01 | MET_LATE       | the day after
            2006-07-20 | 2021-09-06..2024-07-20 | 2025-07-25            | 2026-07-27 | 2 | 2026-07-25 | OVERDUE        | a late 1st contact (25 July) moves the 2nd
            2006-07-20 | 2021-09-06..2024-07-20 | 2025-07-01 2026-07-01 | 2026-07-02 | 3 | 2027-07-01 | UPCOMING       | 12 months after the 2nd contact
            2000-03-31 | 2015-09-07..2018-03-31 | -                     | 2018-03-31 | 1 | 2019-03-31 | UPCOMING       | 18 on 31 March 2018, the day before the Act came into force
            2000-03-31 | 2015-09-07..2018-03-31 | 2019-03-29 2020-03-27 | 2021-03-30 | 3 | 2021-03-27 | OVERDUE        | due before the 21st birthday (31 March 2021), owed
            2000-03-31 | 2015-09-07..2018-03-31 | 2019-03-29 2020-04-02 | 2021-04-06 | 3 | 2021-04-02 | OVERDUE        | due 2 April 2021, after the 21st birthday but after 1 April 2018: owed to 25 although 18 before the Act (audit B-7e)
            2000-04-01 | 2015-09-07..2018-04-01 | -                     | 2018-04-01 | 1 | 2019-04-01 | UPCOMING       | 18 on 1 April 2018, the day the Act came into force
            2000-04-01 | 2015-09-07..2018-04-01 | 2019-03-29 2020-04-02 | 2021-04-06 | 3 | 2021-04-02 | OVERDUE        | the same contacts, owed at 21
            2000-04-01 | 2015-09-07..2018-04-01 | 2019-03-29 2024-03-20 | 2025-03-25 | 3 | 2025-03-20 | OVERDUE        | due before the 25th birthday (1 April 2025), owed at 24
            2000-04-01 | 2015-09-07..2018-04-01 | 2019-03-29 2024-04-02 | 2025-03-25 | 3 | -          | -              | would be due 2 April 2025, after the 25th birthday: not owed
            2000-03-15 | 2015-09-07..2018-03-15 | 2019-03-01 2021-02-10 | 2023-06-01 | 3 | 2022-02-10 | OVERDUE        | 18 on 15 March 2018, before the Act; aged 21 on the due date (10 February 2022), after 1 April 2018: owed (audit B-7e)
            2000-04-15 | 2015-09-07..2018-04-15 | 2019-04-01 2021-02-10 | 2023-06-01 | 3 | 2022-02-10 | OVERDUE        | 18 on 15 April 2018, after the Act: the same, as the born a month later should be (audit B-7e)
            1996-06-01 | 2011-09-05..2014-06-01 | 2015-05-20 2016-05-20 2017-05-19 | 2017-06-02 | 4 | -          | -              | 21 on 1 June 2017, before the Act came into force: on what is known then, nothing is owed after 21
            1996-06-01 | 2011-09-05..2014-06-01 | 2015-05-20 2016-05-20 2017-05-19 | 2018-06-02 | 4 | 2018-05-19 | OVERDUE        | but the next contact falls due on 19 May 2018, at 21, after 1 April 2018: owed under section 23CZB (audit B-7e)
            2004-02-29 | 2019-09-02..2022-03-01 | -                     | 2023-03-02 | 1 | 2023-03-01 | OVERDUE        | born 29 February: 18 on 1 March 2022 (a common year)
            2006-07-20 | 2023-01-09..2023-03-06 | -                     | 2025-07-21 | 1 | -          | NOT_APPLICABLE | 8 weeks in care after 16: a qualifying care leaver, not former relevant
            -          | -                      | -                     | 2025-07-21 | 1 | -          | -              | no date of birth: an unborn child is no care leaver; no clock has started, so nothing is reported
            2000-03-31 | 2015-09-07..2018-03-31 | 2019-03-29 2020-03-27 | 2021-03-31 | 3 | 2021-03-27 | OVERDUE        | at 21 after 1 April 2018 the contacts go on to 25, so the one due before 21 is still owed (audit B-7e)
            2000-03-31 | 2015-09-07..2018-03-31 | 2019-03-29 2020-03-27 | 2025-03-31 | 3 | 2021-03-27 | MISSED         | the 25th birthday ends it, and the miss before it stays (audit B-4)
            2000-03-31 | 2015-09-07..2018-03-31 | 2019-03-29 2020-03-27 | 2026-06-01 | 4 | -          | -              | and nothing is owed after 25 (audit B-4)
            2000-04-01 | 2015-09-07..2018-04-01 | 2019-03-29 2024-03-20 | 2025-04-01 | 3 | 2025-03-20 | MISSED         | the 25th birthday ends it, and the miss before it stays (audit B-4)
            2000-04-01 | 2015-09-07..2018-04-01 | 2019-03-29 2024-03-20 | 2025-04-02 | 3 | 2025-03-20 | MISSED         | the day after (audit B-4)
            2006-07-20 | 2021-09-06..2024-07-20 | 2025-07-01 2026-07-01 2027-07-01 2028-07-01 | 2029-07-01 | 5 | 2029-07-01 | DUE_SOON | at 22 the yearly contact is owed without any request, unlike section 23CZB's adviser and plan (audit B-10f)
            2006-07-20 | 2021-09-06..2024-07-20 | 2025-07-01 2026-07-01 2027-07-01 2028-07-01 | 2029-07-02 | 5 | 2029-07-01 | OVERDUE  | the day after (audit B-10f)
            """)
    void yearly_contact(String born, String lookedAfter, String contacts, String asOf, int occurrence, String due, Status status,
            String why) {
        ChildCase kase = youngPerson(born, null, lookedAfter, each(contacts, CareLeaversAndTransitionRulesTest::contact));
        expect(kase.schedule(asOf, DERBYSHIRE), "care-leavers.yearly-contact", occurrence, due, status, why);
    }

    /**
     * TA-1, TA-2: the transition plan of a young person with complex needs likely to need adult
     * services, initiated at 14 (within the year from the 14th birthday, by the 15th; a review before
     * 14 does not count) and then reviewed at least every 6 months, until the 18th birthday. Born 15 June 2008 unless said: 14 on 15 June 2022, 18 on 15 June 2026.
     */
    @ParameterizedTest(name = "born {0}, needs {1}, reviews {2}, as of {3}: #{4} due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # born     | needs          | reviews               | as of      | # | due        | status         | why
            2008-06-15 | likely complex | 2022-06-15            | 2022-06-20 | 1 | 2023-06-15 | MET            | on the 14th birthday: initiated at 14 (review #4)
            2008-06-15 | likely complex | 2023-06-15            | 2023-06-20 | 1 | 2023-06-15 | MET            | on the 15th birthday, the last day of the year from 14 (review #4)
            2008-06-15 | likely complex | 2023-06-16            | 2023-06-20 | 1 | 2023-06-15 | MET_LATE       | the day after (review #4)
            2008-06-15 | likely complex | 2022-06-16            | 2022-06-20 | 1 | 2023-06-15 | MET            | the week after the 14th birthday: on time, not late (review #4)
            2008-06-15 | likely complex | 2022-05-01            | 2022-06-20 | 1 | 2023-06-15 | UPCOMING       | at 13, before the booklet's group starts at 14: it does not count (review #4)
            2008-06-15 | likely complex | -                     | 2022-01-10 | 1 | 2023-06-15 | UPCOMING       | more than 5 working days ahead
            2008-06-15 | likely complex | -                     | 2023-06-15 | 1 | 2023-06-15 | DUE_SOON       | due today
            2008-06-15 | likely complex | -                     | 2023-06-16 | 1 | 2023-06-15 | OVERDUE        | the day after, no review (review #4)
            2008-06-15 | likely complex | 2022-06-15 2022-12-15 | 2022-12-16 | 2 | 2022-12-15 | MET            | 6 months after the 1st
            2008-06-15 | likely complex | 2022-06-15 2022-12-16 | 2022-12-19 | 2 | 2022-12-15 | MET_LATE       | the day after
            2008-06-15 | likely complex | 2022-06-20            | 2022-12-21 | 2 | 2022-12-20 | OVERDUE        | a later 1st (20 June) moves the 2nd
            2008-06-15 | likely complex | 2022-06-15 2022-12-14 | 2023-06-14 | 3 | 2023-06-14 | DUE_SOON       | 6 months after the 2nd (14 December)
            2008-06-15 | likely complex | 2022-06-15 2025-12-20 | 2026-06-22 | 3 | -          | -              | would be due 20 June 2026, after the 18th birthday: not owed
            2008-06-15 | likely complex | 2022-06-15 2025-12-10 | 2026-06-22 | 3 | 2026-06-10 | MISSED         | due before the 18th birthday: missed, and a miss stays a miss
            2008-06-15 | likely         | -                     | 2022-06-20 | 1 | -          | NOT_APPLICABLE | no complex needs: by 16 instead
            2008-06-15 | complex        | -                     | 2022-06-20 | 1 | -          | NOT_APPLICABLE | not likely to need adult services
            -          | likely complex | -                     | 2022-06-20 | 1 | -          | CANNOT_COMPUTE | no date of birth
            """)
    void transition_plan_reviews_with_complex_needs(String born, String needs, String reviews, String asOf, int occurrence, String due,
            Status status, String why) {
        ChildCase kase = youngPerson(born, needs, null, each(reviews, date -> TransitionPlanReview.builder().date(date).build()));
        expect(kase.schedule(asOf, DERBYSHIRE), "transition.plan-reviews-complex-needs", occurrence, due, status, why);
    }

    /**
     * TA-1, TA-2: the transition plan of a young person likely to need adult services, without
     * complex needs, by the 16th birthday at the latest and then reviewed at least every 6 months,
     * until the 18th birthday. Born 15 June 2008: 16 on 15 June 2024, 18 on 15 June 2026.
     */
    @ParameterizedTest(name = "born {0}, needs {1}, reviews {2}, as of {3}: #{4} due {5}, {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # born     | needs          | reviews               | as of      | # | due        | status         | why
            2008-06-15 | likely         | 2024-06-15            | 2024-06-20 | 1 | 2024-06-15 | MET            | on the 16th birthday
            2008-06-15 | likely         | 2024-05-01            | 2024-06-20 | 1 | 2024-06-15 | MET            | before the 16th birthday: "by" it
            2008-06-15 | likely         | 2024-05-01            | 2024-06-20 | 2 | 2024-11-01 | UPCOMING       | the next 6 months after it
            2008-06-15 | likely         | 2024-06-16            | 2024-06-20 | 1 | 2024-06-15 | MET_LATE       | the day after
            2008-06-15 | likely         | -                     | 2024-01-10 | 1 | 2024-06-15 | UPCOMING       | more than 5 working days ahead
            2008-06-15 | likely         | -                     | 2024-06-15 | 1 | 2024-06-15 | DUE_SOON       | due today
            2008-06-15 | likely         | -                     | 2024-06-16 | 1 | 2024-06-15 | OVERDUE        | the day after, no plan
            2008-06-15 | likely         | 2024-06-15 2024-12-15 | 2024-12-16 | 2 | 2024-12-15 | MET            | 6 months after the 1st
            2008-06-15 | likely         | 2024-06-15 2024-12-16 | 2024-12-17 | 2 | 2024-12-15 | MET_LATE       | the day after
            2008-06-15 | likely         | 2024-06-20            | 2024-12-23 | 2 | 2024-12-20 | OVERDUE        | a late 1st (20 June) moves the 2nd
            2008-06-15 | likely         | 2024-06-15 2024-12-13 | 2025-06-13 | 3 | 2025-06-13 | DUE_SOON       | 6 months after the 2nd (13 December)
            2008-06-15 | likely         | 2024-06-15 2025-12-20 | 2026-06-22 | 3 | -          | -              | would be due 20 June 2026, after the 18th birthday: not owed
            2008-06-15 | likely         | 2024-06-15 2025-12-10 | 2026-06-22 | 3 | 2026-06-10 | MISSED         | due before the 18th birthday: missed, and a miss stays a miss
            2008-06-15 | likely complex | -                     | 2024-06-20 | 1 | -          | NOT_APPLICABLE | complex needs: by 14 instead
            2008-06-15 | none           | -                     | 2024-06-20 | 1 | -          | NOT_APPLICABLE | not likely to need adult services
            -          | likely         | -                     | 2024-06-20 | 1 | -          | CANNOT_COMPUTE | no date of birth
            """)
    void transition_plan_reviews(String born, String needs, String reviews, String asOf, int occurrence, String due, Status status,
            String why) {
        ChildCase kase = youngPerson(born, needs, null, each(reviews, date -> TransitionPlanReview.builder().date(date).build()));
        expect(kase.schedule(asOf, DERBYSHIRE), "transition.plan-reviews", occurrence, due, status, why);
    }

    /**
     * TA-4: a disabled young person likely to need adult services (the Disabled Children's Service)
     * has their case reviewed at a locality transition meeting at least every 2 months from their
     * first transition plan review (the interpretation), until the 18th birthday. Born 15 June 2008:
     * 18 on 15 June 2026.
     */
    @ParameterizedTest(name = "born {0}, needs {1}, plan reviews {2}, meetings {3}, as of {4}: #{5} due {6}, {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # born     | needs           | plan reviews          | meetings              | as of      | # | due        | status         | why
            2008-06-15 | disabled likely | 2024-06-14            | 2024-08-14            | 2024-08-20 | 1 | 2024-08-14 | MET            | 2 months after the first transition plan review
            2008-06-15 | disabled likely | 2024-06-14            | 2024-08-15            | 2024-08-20 | 1 | 2024-08-14 | MET_LATE       | the day after
            2008-06-15 | disabled likely | 2024-06-14            | -                     | 2024-06-14 | 1 | 2024-08-14 | UPCOMING       | more than 5 working days ahead
            2008-06-15 | disabled likely | 2024-06-14            | -                     | 2024-08-14 | 1 | 2024-08-14 | DUE_SOON       | due today
            2008-06-15 | disabled likely | 2024-06-14            | -                     | 2024-08-15 | 1 | 2024-08-14 | OVERDUE        | the day after, no meeting
            2008-06-15 | disabled likely | 2024-06-14            | 2024-08-07 2024-10-07 | 2024-10-08 | 2 | 2024-10-07 | MET            | 2 months after the 1st meeting (7 August), not after its due date
            2008-06-15 | disabled likely | 2024-06-14            | 2024-08-07 2024-10-08 | 2024-10-09 | 2 | 2024-10-07 | MET_LATE       | the day after
            2008-06-15 | disabled likely | 2024-06-14            | 2024-08-20            | 2024-10-21 | 2 | 2024-10-20 | OVERDUE        | a late 1st meeting (20 August) moves the 2nd
            2008-06-15 | disabled likely | 2024-06-14            | 2024-08-07 2024-10-07 | 2024-12-02 | 3 | 2024-12-07 | DUE_SOON       | 2 months after the 2nd meeting; 5 working days ahead is 9 December
            2008-06-15 | disabled likely | 2024-06-14            | 2024-08-07 2024-12-31 | 2025-03-03 | 3 | 2025-02-28 | OVERDUE        | 2 months from 31 December is 28 February, rounded down
            2008-06-15 | disabled likely | 2024-06-14 2024-07-15 | -                     | 2024-08-15 | 1 | 2024-08-14 | OVERDUE        | a later plan review does not restart the count: from the first
            2008-06-15 | disabled likely | 2024-06-14            | 2024-08-07 2026-04-20 | 2026-06-22 | 3 | -          | -              | would be due 20 June 2026, after the 18th birthday: not owed
            2008-06-15 | disabled likely | 2024-06-14            | 2024-08-07 2026-04-10 | 2026-06-22 | 3 | 2026-06-10 | MISSED        | due before the 18th birthday: missed, and a miss stays a miss
            2008-06-15 | likely          | 2024-06-14            | -                     | 2024-08-15 | 1 | -          | NOT_APPLICABLE | not disabled: not a Disabled Children's Service case
            2008-06-15 | disabled        | 2024-06-14            | -                     | 2024-08-15 | 1 | -          | NOT_APPLICABLE | not likely to need adult services
            -          | disabled likely | -                     | -                     | 2024-08-15 | 1 | -          | -              | an unborn child has no transition plan review: nothing starts the clock
            """)
    void locality_transition_meetings(String born, String needs, String planReviews, String meetings, String asOf, int occurrence,
            String due, Status status, String why) {
        List<CaseEvent> events = new ArrayList<>(each(planReviews, date -> TransitionPlanReview.builder().date(date).build()));
        events.addAll(each(meetings, date -> TransitionLocalityMeeting.builder().date(date).build()));
        expect(youngPerson(born, needs, null, events).schedule(asOf, DERBYSHIRE), "transition.locality-meetings", occurrence, due, status, why);
    }

    @Test
    void yearly_contact_is_section_23c_chosen_to_21_or_25_by_the_date_of_each_contact() {
        org.duly.workflows.policy.Rule rule = CareLeavers.personalAdviserContact();
        // The duty is the 1989 Act's (audit B-12c): section 23C, and section 23CZB from 1 April 2018.
        Assertions.assertThat(rule.basis().inWords()).isEqualTo("statutory: Children Act 1989, sections 23C and 23CZB");
        Assertions.assertThat(rule.inWords()).endsWith("until the 25th birthday (applies to former relevant care leavers (to 21, or"
                + " to 25 from 1 April 2018), judged on each due date)");
        Assertions.assertThat(rule.interpretations()).hasSize(3).element(1).asString().startsWith("The duty to keep in touch is section 23C");
        // Audit B-10f: why no personal adviser or pathway plan is owed from 21 under section 23CZB.
        Assertions.assertThat(rule.interpretations()).last().asString().startsWith("Section 23CZB also gives")
                .contains("only once they tell the authority they want advice and support");
    }

    /**
     * CL-1, CL-9 (audit B-7b): a leaving care worker or personal adviser allocated by the day the young person
     * becomes eligible (Schedule 2 paragraph 19C; the booklet's "allocation by the time they are 16"). Born
     * 15 June 2008: 16 on 15 June 2024.
     */
    @ParameterizedTest(name = "looked after {0}, allocated {1}, as of {2}: due {3}, {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # looked after         | allocated  | as of      | due        | status   | why
            2023-09-04..           | 2024-06-15 | 2024-06-20 | 2024-06-15 | MET      | 13 weeks by the 16th birthday: eligible on it, allocated that day (audit B-7b)
            2023-09-04..           | 2024-06-16 | 2024-06-20 | 2024-06-15 | MET_LATE | the day after (audit B-7b)
            2023-09-04..           | 2024-05-20 | 2024-06-20 | 2024-06-15 | MET      | allocated after the referral, before 16
            2023-09-04..           | -          | 2024-06-16 | 2024-06-15 | OVERDUE  | not allocated by 16 (audit B-7b)
            2023-09-04..           | -          | 2024-01-10 | 2024-06-15 | UPCOMING | at 15, in care: forecast for the 16th birthday
            2024-04-01..           | -          | 2024-06-20 | 2024-06-30 | UPCOMING | in care from 1 April: 13 weeks on 30 June, after 16, eligible then
            2024-04-01..           | -          | 2024-07-01 | 2024-06-30 | OVERDUE  | the day after
            2024-04-01..2024-06-30 | -          | 2024-07-01 | -          | -        | home after 90 days: never eligible, nothing owed
            2021-09-06..           | -          | 2022-06-14 | -          | -        | in care at 13: no forecast before the 14th birthday (audit B-7c)
            2021-09-06..           | -          | 2022-06-15 | 2024-06-15 | UPCOMING | 14 today and in care: forecast from the 14th birthday
            """)
    void leaving_care_worker_allocated(String lookedAfter, String allocated, String asOf, String due, Status status, String why) {
        ChildCase kase = youngPerson("2008-06-15", null, lookedAfter,
                each(allocated, date -> LeavingCareWorkerAllocated.builder().date(date).build()));
        expect(kase.schedule(asOf, DERBYSHIRE), "care-leavers.allocation", 1, due, status, why);
    }

    /** A baby in care (audit B-7c, run R9): no pathway plan or allocation forecast for 2040. */
    @Test
    void a_baby_in_care_has_no_pathway_plan_forecast() {
        Schedule schedule = youngPerson("2024-01-01", null, "2024-03-01..", List.of()).schedule("2024-06-01", DERBYSHIRE);
        assertThat(schedule).as("no pathway plan forecast for an infant (audit B-7c)").hasNoObligation("care-leavers.pathway-plan");
        assertThat(schedule).as("no allocation forecast for an infant (audit B-7c)").hasNoObligation("care-leavers.allocation");
        assertThat(schedule).as("no referral forecast for an infant (audit B-7a)").hasNoObligation("care-leavers.referral");
    }

    /** CL-1 (audit B-7a): a young person on pre-planned short breaks a month before 16 cannot become eligible: no referral. */
    @Test
    void no_referral_for_a_young_person_on_short_breaks() {
        Schedule schedule = youngPerson("2008-06-15", null, "2023-09-04..", LegalStatus.SECTION_20_SHORT_BREAKS, List.of())
                .schedule("2024-06-17", DERBYSHIRE);
        assertThat(schedule).obligation("care-leavers.referral").as("short breaks never make a young person eligible (audit B-7a)")
                .isNotApplicable();
    }

    /**
     * CL-3 (audit CL-3, run R17): "try and see you" is a contact in person. Born 20 July 2006, in care from 15 to 18;
     * the 1st contact due 20 September 2024.
     */
    @ParameterizedTest(name = "contact {0} in person {1}, as of {2}: {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # contact  | in person | as of      | due        | status   | why
            2024-09-20 | true      | 2024-09-23 | 2024-09-20 | MET      | seen in person on the due date (audit CL-3)
            2024-09-20 | false     | 2024-09-23 | 2024-09-20 | OVERDUE  | a telephone call is not seeing the young person (audit CL-3)
            2024-09-21 | true      | 2024-09-23 | 2024-09-20 | MET_LATE | seen the day after
            """)
    void contacts_after_18_are_in_person(String contact, boolean inPerson, String asOf, String due, Status status, String why) {
        ChildCase kase = youngPerson("2006-07-20", null, "2021-09-06..2024-07-20",
                List.of(CareLeaverContact.builder().date(d(contact)).inPerson(inPerson).build()));
        expect(kase.schedule(asOf, DERBYSHIRE), "care-leavers.contacts-after-18", 1, due, status, why);
    }

    /**
     * CL-10 (audit B-7f, run R22): a disabled young person privately fostered after 16 is a qualifying care leaver once
     * the arrangement ends, and is contacted yearly from that day. Born 15 January 2007: 16 on 15 January 2023;
     * privately fostered with a family friend from 1 February to 1 September 2023.
     */
    @ParameterizedTest(name = "contact {0}, as of {1}: due {2}, {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # contact  | as of      | due        | status   | why
            2024-09-01 | 2024-09-02 | 2024-09-01 | MET      | 12 months after the arrangement ended, the day the young person became qualifying (audit B-7f)
            2024-09-02 | 2024-09-03 | 2024-09-01 | MET_LATE | the day after (audit B-7f)
            -          | 2024-09-02 | 2024-09-01 | OVERDUE  | no contact: overdue, no longer missing altogether (audit B-7f)
            -          | 2023-09-01 | 2024-09-01 | UPCOMING | the day the arrangement ended
            """)
    void qualifying_contact_after_private_fostering(String contact, String asOf, String due, Status status, String why) {
        ChildCase kase = ChildCase.child("YP-2").bornOn("2007-01-15").disabled();
        List<CaseEvent> events = new ArrayList<>(List.of(
                PrivateFosteringNotification.builder().date(d("2023-02-01")).carerRelationship(CarerRelationship.FAMILY_FRIEND)
                        .livingWithCarerFrom(d("2023-02-01")).build(),
                PrivateFosteringEnded.builder().date(d("2023-09-01")).build()));
        events.addAll(each(contact, CareLeaversAndTransitionRulesTest::contact));
        expect(kase.with(events.toArray(CaseEvent[]::new)).schedule(asOf, DERBYSHIRE), "care-leavers.qualifying-contact", 1, due,
                status, why);
    }
}
