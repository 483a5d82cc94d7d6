package org.duly.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.timescales.Booklet.*;
import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duly.timescales.calendar.EnglandAndWales;
import org.duly.timescales.calendar.NonWorkingDay;
import org.duly.timescales.period.Hours;
import org.duly.timescales.period.MonthEndRounding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evaluation: explanations in English, missing facts as values, matching, and the evaluation date. */
class EvaluationTest {

    private static final EvaluationContext APRIL = EvaluationContext.on(date("2024-04-01"), EnglandAndWales.calendar());

    @Test
    void every_date_is_explained_with_the_skipped_days_by_name() {
        Evaluation evaluation = within(workingDays(15)).of(STRATEGY_DISCUSSION.where(INITIATED_SECTION_47))
                .evaluate(Facts.of(new StrategyDiscussion(LocalDateTime.parse("2024-03-14T10:00"), true)), APRIL);
        Obligation icpc = evaluation.obligations().get(0);
        assertThat(icpc.due()).isEqualTo("2024-04-08");
        assertThat(icpc.windowStart()).contains(date("2024-03-14"));
        assertThat(icpc.explanation().inEnglish()).isEqualTo(
                "15 working days after the strategy discussion that initiated section 47 enquiries on 2024-03-14 at 10:00"
                        + " is 2024-04-08, on the England and Wales calendar, skipping Good Friday 2024-03-29,"
                        + " Easter Monday 2024-04-01 and 8 weekend days");
        assertThat(((Explanation.Counted) icpc.explanation()).skippedHolidays()).map(NonWorkingDay::name)
                .containsExactly("Good Friday", "Easter Monday");
        assertThat(icpc.provisional()).isFalse();
        // 5 working days from Easter Monday 2024-04-01 is 2024-04-08: due soon on the horizon's last day.
        assertThat(icpc.status()).isEqualTo(Status.DUE_SOON);
    }

    @Test
    void a_date_after_the_published_holidays_is_provisional_and_says_so() {
        Obligation obligation = within(workingDays(10)).of(REFERRAL)
                .evaluate(Facts.of(new Referral(date("2028-12-20"))), APRIL).obligations().get(0);
        assertThat(obligation.provisional()).isTrue();
        assertThat(obligation.explanation().inEnglish())
                .endsWith("; provisional: it depends on bank holidays after 2028-12-31, which are not yet published");
    }

    @Test
    void month_end_rounding_is_reported_in_the_explanation() {
        Obligation review = within(months(3)).of(INITIAL_CONFERENCE)
                .evaluate(Facts.of(new Conference(date("2024-01-31"), Kind.INITIAL, false)), APRIL).obligations().get(0);
        assertThat(review.due()).isEqualTo("2024-04-30");
        assertThat(review.explanation().inEnglish()).isEqualTo("3 months after the initial conference on 2024-01-31 is"
                + " 2024-04-30 (31 April 2024 does not exist: rounded down to the last day of the month, 2024-04-30)");
    }

    @Test
    void a_rejected_rounding_is_a_reason_not_a_date() {
        Evaluation evaluation = within(months(1, MonthEndRounding.REJECT)).of(REFERRAL)
                .evaluate(Facts.of(new Referral(date("2024-01-31")), new Referral(date("2024-02-15"))), APRIL);
        assertThat(evaluation.obligations()).singleElement().satisfies(o -> assertThat(o.due()).isEqualTo("2024-03-15"));
        assertThat(evaluation.cannotCompute()).singleElement().hasToString(
                "needs a month-end rounding in the policy to count 1 month from the referral on 2024-01-31"
                + " (2024-01-31 + 1 month: 31 February 2024 does not exist: rejected: the policy does not say which day is meant)");
    }

    @Test
    void a_missing_date_of_birth_is_named() {
        Evaluation evaluation = by(birthday(16, DATE_OF_BIRTH)).evaluate(Facts.of(), APRIL);
        assertThat(evaluation.obligations()).isEmpty();
        assertThat(evaluation.cannotCompute()).singleElement()
                .hasToString("needs the date of birth to find the 16th birthday");
        Evaluation edd = atLeast(weeks(12)).before(dateOf(EXPECTED_DATE_OF_DELIVERY)).evaluate(Facts.of(), APRIL);
        assertThat(edd.cannotCompute()).singleElement().hasToString("needs the expected date of delivery to count from it");
    }

    @Test
    void a_condition_that_needs_a_missing_fact_says_which() {
        Recurrence health = first(within(workingDays(20)).of(BECAME_LOOKED_AFTER))
                .thenEvery(either(months(6)).when(UNDER_FIVE).otherwise(months(12)));
        Evaluation evaluation = health.evaluate(
                Facts.of(new BecameLookedAfter(date("2024-01-08")), new HealthAssessment(date("2024-01-20"))),
                Fulfilment.by(HEALTH_ASSESSMENT), APRIL);
        assertThat(evaluation.obligations()).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(Status.MET));
        assertThat(evaluation.cannotCompute()).singleElement()
                .hasToString("needs the date of birth to tell whether the child is under 5");
    }

    @Test
    void the_interval_chosen_by_a_condition_is_explained() {
        Recurrence health = first(within(workingDays(20)).of(BECAME_LOOKED_AFTER))
                .thenEvery(either(months(6)).when(UNDER_FIVE).otherwise(months(12)));
        Evaluation evaluation = health.evaluate(
                Facts.of(List.of(new BecameLookedAfter(date("2024-01-08")), new HealthAssessment(date("2024-01-20"))),
                        Map.of(DATE_OF_BIRTH, date("2020-06-01"))),
                Fulfilment.by(HEALTH_ASSESSMENT), APRIL);
        assertThat(evaluation.obligations().get(1).explanation().inEnglish()).isEqualTo("under 5 on 2024-01-20, so 6 months"
                + " after the health assessment (1st) on 2024-01-20 is 2024-07-20");
    }

    /**
     * 24 hours from a referral recorded without its time (Thursday 2024-03-14): the deadline is some
     * moment of Friday 2024-03-15, from 00:00 to the end of the day. Only a record on that Friday
     * without a time (or with a time after 00:00) cannot be judged; a miss is a miss (issue 15).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no record, judged on the deadline's day                | -                | 2024-03-15 | DUE_SOON
            no record, judged the day after: a definite miss        | -                | 2024-03-16 | OVERDUE
            no record, judged long after                            | -                | 2024-04-01 | OVERDUE
            seen the same day, no time: in time whatever the times  | 2024-03-14       | 2024-04-01 | MET
            seen on the deadline's day, no time: cannot tell        | 2024-03-15       | 2024-04-01 | CANNOT_COMPUTE
            seen the day after the deadline's day, no time: late    | 2024-03-16       | 2024-04-01 | MET_LATE
            seen at midnight starting the deadline's day: in time   | 2024-03-15T00:00 | 2024-04-01 | MET
            seen at 09:00 on the deadline's day: cannot tell        | 2024-03-15T09:00 | 2024-04-01 | CANNOT_COMPUTE
            seen at midnight ending the deadline's day: late        | 2024-03-16T00:00 | 2024-04-01 | MET_LATE
            """)
    void hours_from_an_anchor_without_a_time_are_judged_on_the_whole_day(String row, String seen, String asOf, Status status) {
        Facts facts = seen.equals("-") ? Facts.of(new Referral(date("2024-03-14")))
                : Facts.of(new Referral(date("2024-03-14")), seen.contains("T")
                        ? new ChildSeen(date(seen.substring(0, 10)), Optional.of(LocalDateTime.parse(seen)))
                        : new ChildSeen(date(seen), Optional.empty()));
        Evaluation evaluation = within(hours(24)).of(REFERRAL)
                .evaluate(facts, Fulfilment.by(CHILD_SEEN), EvaluationContext.on(date(asOf), EnglandAndWales.calendar()));

        assertThat(evaluation.cannotCompute()).as(row).isEmpty();
        Obligation obligation = evaluation.obligations().get(0);
        assertThat(obligation.status()).as(row).isEqualTo(status);
        assertThat(obligation.due()).as(row).isEqualTo("2024-03-15");
        assertThat(obligation.dueAt()).as(row).isEmpty();
        assertThat(obligation.cannotCompute().isPresent()).as(row).isEqualTo(status == Status.CANNOT_COMPUTE);
    }

    @Test
    void hours_from_an_anchor_without_a_time_say_so_and_what_is_missing() {
        Obligation obligation = within(hours(24)).of(REFERRAL).evaluate(
                Facts.of(new Referral(date("2024-03-14")), new ChildSeen(date("2024-03-15"), Optional.empty())),
                Fulfilment.by(CHILD_SEEN), APRIL).obligations().get(0);
        assertThat(obligation.explanation().inEnglish()).isEqualTo("24 hours after the referral on 2024-03-14, whose time"
                + " is not recorded, ends on 2024-03-15 (between 2024-03-15 at 00:00 and 2024-03-16 at 00:00 Europe/London):"
                + " a record before 2024-03-15 was in time and one after 2024-03-15 late, whatever the time");
        assertThat(obligation.cannotCompute()).map(Object::toString).contains("needs the time of the referral on 2024-03-14"
                + " and of the child seen alone on 2024-03-15 to tell whether the child seen alone was within 24 hours of it");
    }

    @Test
    void hours_from_an_anchor_without_a_time_across_a_clock_change_may_end_on_either_of_two_days() {
        // Saturday 2024-03-30: 24 hours from its start end at 01:00 on the Sunday (the clocks went forward),
        // from its end at 01:00 on the Monday. A record on either day cannot be judged; Tuesday is late.
        Deadline seen = within(hours(24)).of(REFERRAL);
        Obligation sunday = seen.evaluate(Facts.of(new Referral(date("2024-03-30")), new ChildSeen(date("2024-03-31"), Optional.empty())),
                Fulfilment.by(CHILD_SEEN), APRIL).obligations().get(0);
        assertThat(sunday.due()).isEqualTo("2024-04-01");
        assertThat(((Explanation.CountedHoursFromDay) sunday.explanation()).firstDay()).isEqualTo("2024-03-31");
        assertThat(sunday.status()).isEqualTo(Status.CANNOT_COMPUTE);
        Obligation tuesday = seen.evaluate(Facts.of(new Referral(date("2024-03-30")), new ChildSeen(date("2024-04-02"), Optional.empty())),
                Fulfilment.by(CHILD_SEEN), APRIL).obligations().get(0);
        assertThat(tuesday.status()).isEqualTo(Status.MET_LATE);
        Obligation saturday = seen.evaluate(Facts.of(new Referral(date("2024-03-30")), new ChildSeen(date("2024-03-30"), Optional.empty())),
                Fulfilment.by(CHILD_SEEN), APRIL).obligations().get(0);
        assertThat(saturday.status()).isEqualTo(Status.MET);
    }

    @Test
    void hours_are_explained_with_the_clock_change() {
        Obligation obligation = within(hours(24)).of(CONCERN)
                .evaluate(Facts.of(new Concern(LocalDateTime.parse("2024-03-30T12:00"))), APRIL).obligations().get(0);
        assertThat(obligation.dueAt()).contains(ZonedDateTime.of(LocalDateTime.parse("2024-03-31T13:00"), Hours.LONDON));
        assertThat(obligation.explanation().inEnglish()).isEqualTo("24 hours after the concern of significant harm on"
                + " 2024-03-30 at 12:00 is 2024-03-31 at 13:00 Europe/London (the clocks changed in between:"
                + " 24 hours is not a whole number of days)");
    }

    @Test
    void an_occurrence_without_a_time_on_the_due_day_cannot_be_judged_against_hours() {
        Deadline seen = within(hours(24)).of(STRATEGY_DISCUSSION);
        Facts facts = Facts.of(new StrategyDiscussion(LocalDateTime.parse("2024-03-14T10:00"), true),
                new ChildSeen(date("2024-03-15"), Optional.empty()));
        Obligation obligation = seen.evaluate(facts, Fulfilment.by(CHILD_SEEN), APRIL).obligations().get(0);
        assertThat(obligation.status()).isEqualTo(Status.CANNOT_COMPUTE);
        assertThat(obligation.cannotCompute()).map(Object::toString)
                .contains("needs the time of the child seen alone on 2024-03-15 to tell whether it was by 10:00 that day");
        Facts nextDayButOneTime = Facts.of(new StrategyDiscussion(LocalDateTime.parse("2024-03-14T10:00"), true),
                new ChildSeen(date("2024-03-16"), Optional.empty()));
        assertThat(seen.evaluate(nextDayButOneTime, Fulfilment.by(CHILD_SEEN), APRIL).obligations().get(0).status())
                .isEqualTo(Status.MET_LATE);
    }

    @Test
    void an_hour_deadline_is_overdue_only_after_its_moment_when_evaluated_at_a_moment() {
        Deadline discussion = within(hours(24)).of(CONCERN);
        Facts facts = Facts.of(new Concern(LocalDateTime.parse("2024-06-03T09:15")));
        EvaluationContext before = EvaluationContext.at(ZonedDateTime.of(LocalDateTime.parse("2024-06-04T09:15"), Hours.LONDON),
                EnglandAndWales.calendar());
        EvaluationContext after = EvaluationContext.at(ZonedDateTime.of(LocalDateTime.parse("2024-06-04T09:16"), Hours.LONDON),
                EnglandAndWales.calendar());
        assertThat(discussion.evaluate(facts, before).obligations().get(0).status()).isEqualTo(Status.DUE_SOON);
        assertThat(discussion.evaluate(facts, after).obligations().get(0).status()).isEqualTo(Status.OVERDUE);
    }

    @Test
    void each_anchor_occurrence_gives_an_obligation_and_each_occurrence_meets_one() {
        Deadline assessment = within(workingDays(45)).of(REFERRAL);
        Facts facts = Facts.of(new Referral(date("2024-01-02")), new Referral(date("2024-02-01")),
                new Filed(date("2024-01-20")));
        Evaluation evaluation = assessment.evaluate(facts, Fulfilment.by(FILED), APRIL);
        assertThat(evaluation.obligations()).map(Obligation::toString).containsExactly(
                "1st, due 2024-03-05: MET by the filing on 2024-01-20",
                "2nd, due 2024-04-08: DUE_SOON");
        assertThat(within(workingDays(45)).of(REFERRAL.first()).evaluate(facts, APRIL).obligations()).hasSize(1);
        assertThat(within(workingDays(45)).of(REFERRAL.latest()).evaluate(facts, APRIL).obligations().get(0).due())
                .isEqualTo("2024-04-08");
        assertThat(within(workingDays(45)).of(REFERRAL.nth(3)).evaluate(facts, APRIL).obligations()).isEmpty();
    }

    @Test
    void a_linked_fulfilment_counts_only_for_the_occurrence_it_answers() {
        Deadline report = atLeast(workingDays(3)).before(CONFERENCE);
        Facts facts = Facts.of(new Conference(date("2024-03-04"), Kind.REVIEW, false),
                new ReportShared(date("2024-02-20"), date("2024-06-03")),
                new Conference(date("2024-06-03"), Kind.REVIEW, false));
        Fulfilment<ReportShared> linked = Fulfilment.by(REPORT_SHARED).linkedBy(Link.named("conference")
                .reading(Conference.class, conference -> Optional.of(conference.date()))
                .reading(ReportShared.class, shared -> Optional.of(shared.conferenceDate())));
        assertThat(linked.inWords()).isEqualTo("the report shared for the same conference");
        assertThat(report.evaluate(facts, linked, APRIL).obligations()).map(Obligation::status)
                .containsExactly(Status.OVERDUE, Status.UPCOMING);
        // Unlinked, the early report would count for the first conference.
        assertThat(report.evaluate(facts, Fulfilment.by(REPORT_SHARED), APRIL).obligations()).map(Obligation::status)
                .containsExactly(Status.MET, Status.UPCOMING);
    }

    @Test
    void work_due_before_an_event_counts_only_up_to_the_event() {
        Deadline report = atLeast(workingDays(2)).before(CONFERENCE);
        Facts facts = Facts.of(new Conference(date("2024-03-04"), Kind.INITIAL, false),
                new ReportShared(date("2024-03-05"), date("2024-03-04")));
        assertThat(report.evaluate(facts, Fulfilment.by(REPORT_SHARED), APRIL).obligations().get(0).status())
                .isEqualTo(Status.OVERDUE);
    }

    @Test
    void sooner_of_explains_both_sides_or_what_it_waits_for() {
        Deadline review = soonerOf(within(months(1)).of(BIRTH), within(months(3)).of(PRE_BIRTH_CONFERENCE));
        Obligation waiting = review.evaluate(Facts.of(new Conference(date("2024-01-15"), Kind.INITIAL, true)), APRIL)
                .obligations().get(0);
        assertThat(waiting.explanation().inEnglish()).isEqualTo("3 months after the initial conference held before the"
                + " birth on 2024-01-15 is 2024-04-15; or, if sooner, within 1 month of the birth, which has nothing to"
                + " count from yet");
        Obligation both = review.evaluate(Facts.of(new Conference(date("2024-01-15"), Kind.INITIAL, true),
                new Birth(date("2024-02-20"))), APRIL).obligations().get(0);
        assertThat(both.explanation().inEnglish()).isEqualTo("the sooner of 2024-03-20 (1 month after the birth on"
                + " 2024-02-20 is 2024-03-20) and 2024-04-15 (3 months after the initial conference held before the birth"
                + " on 2024-01-15 is 2024-04-15)");
    }

    @Test
    void immediately_by_and_directed_explain_themselves() {
        Facts facts = Facts.of(List.of(new Referral(date("2024-03-01")), new CourtDirection(date("2024-03-05"), date("2024-04-19"))),
                Map.of(DATE_OF_BIRTH, date("2008-06-01")));
        assertThat(immediately().on(REFERRAL).evaluate(facts, APRIL).obligations().get(0).explanation().inEnglish())
                .isEqualTo("immediately: due on the day of the referral on 2024-03-01");
        assertThat(by(birthday(16, DATE_OF_BIRTH)).evaluate(facts, APRIL).obligations().get(0).explanation().inEnglish())
                .isEqualTo("by: due on the day of the 16th birthday on 2024-06-01");
        assertThat(asDirectedBy(COURT_DIRECTION, CourtDirection::dueDate).evaluate(facts, APRIL).obligations().get(0)
                .explanation().inEnglish()).isEqualTo("as directed: the court direction on 2024-03-05 set 2024-04-19");
    }

    @Test
    void ideally_and_at_most_gives_a_target_beside_the_due_date() {
        Obligation plo = ideallyWithin(weeks(16)).atMostWithin(weeks(26)).of(APPLICATION_ISSUED)
                .evaluate(Facts.of(new ApplicationIssued(date("2024-01-08"))), APRIL).obligations().get(0);
        assertThat(plo.target()).contains(date("2024-04-29"));
        assertThat(plo.due()).isEqualTo("2024-07-08");
        assertThat(plo.explanation().inEnglish()).startsWith("ideally by 2024-04-29 (16 weeks after the application on"
                + " 2024-01-08 is 2024-04-29), at the latest 2024-07-08");
    }

    @Test
    void the_due_soon_horizon_is_configurable() {
        Deadline deadline = within(days(10)).of(REFERRAL);
        Facts facts = Facts.of(new Referral(date("2024-03-25")));
        assertThat(deadline.evaluate(facts, APRIL).obligations().get(0).status()).isEqualTo(Status.DUE_SOON);
        assertThat(deadline.evaluate(facts, APRIL.withDueSoonHorizon(days(1))).obligations().get(0).status())
                .isEqualTo(Status.UPCOMING);
    }

    @Test
    void without_occurrences_of_the_anchor_nothing_is_owed() {
        Evaluation evaluation = within(workingDays(15)).of(STRATEGY_DISCUSSION).evaluate(Facts.of(), APRIL);
        assertThat(evaluation.obligations()).isEmpty();
        assertThat(evaluation.cannotCompute()).isEmpty();
    }

    @Test
    void a_date_outside_the_calendar_is_a_reason_not_a_guess() {
        Evaluation evaluation = within(workingDays(5)).of(REFERRAL).evaluate(Facts.of(new Referral(date("2199-12-28"))), APRIL);
        assertThat(evaluation.cannotCompute()).singleElement().satisfies(reason ->
                assertThat(reason.toString()).startsWith("needs a working-day calendar that covers these dates to count"
                        + " 5 working days from the referral on 2199-12-28"));
    }

    @Test
    void weekly_windows_run_monday_to_sunday() {
        FixedSchedule meetings = everyWeek().from(REFERRAL);
        Evaluation evaluation = meetings.evaluate(Facts.of(new Referral(date("2024-03-13")), new Meeting(date("2024-03-14")),
                new Meeting(date("2024-03-26"))), Fulfilment.by(MEETING), EvaluationContext.on(date("2024-03-27"),
                EnglandAndWales.calendar()));
        assertThat(evaluation.obligations()).map(o -> o.windowStart().orElseThrow() + ".." + o.due() + " " + o.status())
                .containsExactly("2024-03-13..2024-03-17 MET", "2024-03-18..2024-03-24 MISSED",
                        "2024-03-25..2024-03-31 MET", "2024-04-01..2024-04-07 UPCOMING");
        assertThat(evaluation.obligations().get(1).explanation().inEnglish()).isEqualTo("every week (Monday to Sunday) from"
                + " the referral, from the referral on 2024-03-13: the window 2024-03-18 to 2024-03-24");
    }

    @Test
    void a_deadline_with_an_end_is_not_required_once_the_end_comes_first_and_missed_once_it_comes_after() {
        Deadline scrutiny = within(months(6)).of(PLAN_STARTED).until(PLAN_ENDED);
        assertThat(scrutiny.inWords()).isEqualTo("within 6 months of the plan starting, until the plan ending");
        EvaluationContext later = EvaluationContext.on(date("2024-09-01"), EnglandAndWales.calendar());
        assertThat(scrutiny.evaluate(Facts.of(new PlanStarted(date("2024-01-10")), new PlanEnded(date("2024-05-01"))), later)
                .obligations()).map(Obligation::toString)
                .containsExactly("1st, due 2024-07-10: NOT_REQUIRED, ended by the plan ending on 2024-05-01");
        // Ended on its due day: it was not yet late, so not required; the day after, a miss.
        assertThat(scrutiny.evaluate(Facts.of(new PlanStarted(date("2024-01-10")), new PlanEnded(date("2024-07-10"))), later)
                .obligations()).map(Obligation::status).containsExactly(Status.NOT_REQUIRED);
        assertThat(scrutiny.evaluate(Facts.of(new PlanStarted(date("2024-01-10")), new PlanEnded(date("2024-07-11"))), later)
                .obligations()).map(Obligation::toString)
                .containsExactly("1st, due 2024-07-10: MISSED, ended by the plan ending on 2024-07-11");
        // Before the end comes it is overdue, and can still be met.
        EvaluationContext beforeTheEnd = EvaluationContext.on(date("2024-07-20"), EnglandAndWales.calendar());
        assertThat(scrutiny.evaluate(Facts.of(new PlanStarted(date("2024-01-10"))), beforeTheEnd).obligations())
                .map(Obligation::status).containsExactly(Status.OVERDUE);
        // Done after the end does not count for it.
        Facts doneLate = Facts.of(new PlanStarted(date("2024-01-10")), new PlanEnded(date("2024-08-01")), new Meeting(date("2024-08-02")));
        assertThat(scrutiny.evaluate(doneLate, Fulfilment.by(MEETING), later).obligations()).map(Obligation::status)
                .containsExactly(Status.MISSED);
        Facts doneOnTheLastDay = Facts.of(new PlanStarted(date("2024-01-10")), new PlanEnded(date("2024-08-01")),
                new Meeting(date("2024-08-01")));
        assertThat(scrutiny.evaluate(doneOnTheLastDay, Fulfilment.by(MEETING), later).obligations()).map(Obligation::status)
                .containsExactly(Status.MET_LATE);
        // A second plan is not ended by the first plan's end.
        Facts twoPlans = Facts.of(new PlanStarted(date("2024-01-10")), new PlanEnded(date("2024-02-01")),
                new PlanStarted(date("2024-03-01")));
        assertThat(scrutiny.evaluate(twoPlans, later).obligations()).map(Obligation::toString).containsExactly(
                "1st, due 2024-07-10: NOT_REQUIRED, ended by the plan ending on 2024-02-01",
                "2nd, due 2024-09-01: DUE_SOON");
    }

    @Test
    void at_the_latest_counts_what_was_done_before_the_anchor() {
        Deadline book = atTheLatest(workingDays(10)).after(ADOPTION_ORDER);
        assertThat(book.inWords()).isEqualTo("at the latest 10 working days after the adoption order");
        Facts atPlacement = Facts.of(new BookGiven(date("2024-02-01")), new AdoptionOrder(date("2024-05-01")));
        Obligation met = book.evaluate(atPlacement, Fulfilment.by(BOOK_GIVEN), APRIL).obligations().get(0);
        assertThat(met.status()).isEqualTo(Status.MET);
        assertThat(met.windowStart()).isEmpty();
        assertThat(met.due()).isEqualTo("2024-05-16");  // the early May bank holiday is skipped
    }

    @Test
    void an_anchor_can_be_a_period_after_another() {
        Recurrence visits = first(within(days(7)).of(REFERRAL)).thenEvery(weeks(6)).until(after(months(12), REFERRAL));
        assertThat(visits.inWords()).isEqualTo("first within 7 days of the referral, then at least every 6 weeks,"
                + " until 12 months after the referral");
        List<Object> facts = new java.util.ArrayList<>(List.of(new Referral(date("2023-01-02"))));
        for (LocalDate visit = date("2023-01-05"); visit.isBefore(date("2024-06-01")); visit = visit.plusWeeks(6)) {
            facts.add(new Meeting(visit));
        }
        Evaluation evaluation = visits.evaluate(Facts.of(facts, Map.of()), Fulfilment.by(MEETING), APRIL);
        assertThat(evaluation.obligations()).allSatisfy(o -> assertThat(o.status()).isEqualTo(Status.MET));
        assertThat(evaluation.obligations().get(evaluation.obligations().size() - 1).metBy().orElseThrow().date())
                .isBeforeOrEqualTo(date("2024-01-02"));
    }

    @Test
    void an_ideal_deadline_and_a_limit_can_count_from_different_anchors() {
        Deadline pathwayPlan = ideally(by(birthday(16, DATE_OF_BIRTH))).atTheLatest(within(months(3)).of(dateOf(BECAME_ELIGIBLE)));
        assertThat(pathwayPlan.inWords()).isEqualTo("ideally by the 16th birthday, and within 3 months of the date of becoming"
                + " eligible at the latest");
        Obligation plan = pathwayPlan.evaluate(Facts.of(List.of(), Map.of(DATE_OF_BIRTH, date("2008-06-01"),
                BECAME_ELIGIBLE, date("2024-06-15"))), APRIL).obligations().get(0);
        assertThat(plan.target()).contains(date("2024-06-01"));
        assertThat(plan.due()).isEqualTo("2024-09-15");
        assertThat(plan.explanation().inEnglish()).startsWith("ideally by 2024-06-01 (by: due on the day of the 16th birthday");
    }

    @Test
    void two_anchors_of_any_of_on_one_day_are_one_occasion() {
        Deadline record = within(workingDays(2)).of(anyOf("entering care or a placement move", BECAME_LOOKED_AFTER, PLACEMENT_STARTED));
        Facts facts = Facts.of(new BecameLookedAfter(date("2024-03-04")), new PlacementStarted(date("2024-03-04"), false),
                new PlacementStarted(date("2024-03-20"), false));
        assertThat(record.evaluate(facts, APRIL).obligations()).map(Obligation::due)
                .containsExactly(date("2024-03-06"), date("2024-03-22"));
    }

    @Test
    void a_timescale_whose_clock_has_not_started_owes_nothing_and_one_whose_has_owes_something() {
        List<Timescale> timescales = List.of(
                within(workingDays(15)).of(STRATEGY_DISCUSSION),
                soonerOf(within(days(10)).of(REFERRAL), within(days(20)).of(BIRTH)),
                ideally(within(days(5)).of(REFERRAL)).atTheLatest(within(days(10)).of(REFERRAL)),
                within(days(10)).of(REFERRAL).until(PLAN_ENDED),
                first(within(days(20)).of(BECAME_LOOKED_AFTER)).thenEvery(months(6)),
                inEach(java.time.Month.MAY).from(BECAME_LOOKED_AFTER),
                asDirectedBy(COURT_DIRECTION, CourtDirection::dueDate),
                by(birthday(16, DATE_OF_BIRTH)),
                atLeast(weeks(12)).before(dateOf(EXPECTED_DATE_OF_DELIVERY)));
        List<Facts> cases = List.of(
                Facts.of(),
                Facts.of(new Referral(date("2024-03-01"))),
                Facts.of(new Birth(date("2024-03-01")), new BecameLookedAfter(date("2024-03-04"))),
                Facts.of(List.of(new CourtDirection(date("2024-03-01"), date("2024-03-15"))),
                        Map.of(DATE_OF_BIRTH, date("2010-05-01"), EXPECTED_DATE_OF_DELIVERY, date("2024-09-01"))));
        int startingLater = 0;
        int fallingDueLater = 0;
        int startingNowhere = 0;
        for (Timescale timescale : timescales) {
            for (Facts facts : cases) {
                Evaluation evaluation = timescale.evaluate(facts, APRIL);
                boolean owes = !evaluation.obligations().isEmpty() || !evaluation.cannotCompute().isEmpty();
                assertThat(timescale.started(facts, APRIL)).as("%s in %s", timescale.inWords(), facts).isEqualTo(owes);
                if (Clock.of(timescale).startsOnNoKnownDay(facts, APRIL)) {
                    // No day starts the clock: nothing is owed, whatever is missing.
                    assertThat(evaluation.obligations()).as("%s in %s", timescale.inWords(), facts).isEmpty();
                    startingNowhere++;
                }
                if (timescale.startsAfter(facts, APRIL)) {
                    // Every clock still to start: so is every occurrence's, which the engine relies on to pass a rule by.
                    assertThat(evaluation.obligations()).as("%s in %s", timescale.inWords(), facts)
                            .isNotEmpty().allSatisfy(obligation -> assertThat(obligation.clockStartedOn()).isAfter(APRIL.asOf()));
                    assertThat(timescale.startedBy(facts, APRIL)).isFalse();
                    startingLater++;
                    if (timescale.fallsDueOnceStarted(Optional.empty())) {
                        // And every occurrence falls due later still, which the engine relies on for a condition judged then.
                        assertThat(evaluation.obligations()).as("%s in %s", timescale.inWords(), facts)
                                .allSatisfy(obligation -> assertThat(obligation.due()).isAfter(APRIL.asOf()));
                        fallingDueLater++;
                    }
                }
            }
        }
        assertThat(startingLater).as("a birthday and an expected date of delivery still to come").isEqualTo(2);
        assertThat(fallingDueLater).as("by the birthday, not 12 weeks before the delivery").isEqualTo(1);
        assertThat(startingNowhere).as("every timescale in a case that starts none of them").isGreaterThan(timescales.size());
    }

    @Test
    void a_timescale_falls_due_once_started_where_every_due_date_counts_forwards_and_nothing_earlier_meets_a_recurrence() {
        List<Timescale> forwards = List.of(
                within(workingDays(15)).of(STRATEGY_DISCUSSION),
                by(birthday(16, DATE_OF_BIRTH)),
                within(months(3)).of(REFERRAL).until(PLAN_ENDED),
                soonerOf(within(days(10)).of(REFERRAL), within(days(20)).of(BIRTH)),
                ideally(within(days(5)).of(REFERRAL)).atTheLatest(within(days(10)).of(REFERRAL)),
                first(within(days(20)).of(BECAME_LOOKED_AFTER)).thenEvery(months(6)),
                first(within(months(12)).of(birthday(18, DATE_OF_BIRTH))).thenEvery(months(12)).until(birthday(25, DATE_OF_BIRTH)),
                first(immediately().on(REFERRAL)).thenEvery(ideally(weeks(6)).atMost(months(3))));
        assertThat(forwards).allSatisfy(timescale ->
                assertThat(timescale.fallsDueOnceStarted(Optional.of(Fulfilment.by(VISIT)))).as(timescale.inWords()).isTrue());

        List<Timescale> notForwards = List.of(
                // Due before the date it counts from.
                atLeast(weeks(12)).before(dateOf(EXPECTED_DATE_OF_DELIVERY)),
                // Due on the date a direction sets, which may be before the direction.
                asDirectedBy(COURT_DIRECTION, CourtDirection::dueDate),
                // Met at 14, the next falls due at 14 and a half, before the clock starts at 16.
                first(by(birthday(16, DATE_OF_BIRTH))).thenEvery(months(6)),
                inEach(java.time.Month.MAY).from(BECAME_LOOKED_AFTER));
        assertThat(notForwards).allSatisfy(timescale ->
                assertThat(timescale.fallsDueOnceStarted(Optional.of(Fulfilment.by(VISIT)))).as(timescale.inWords()).isFalse());

        // A recurrence met by work done before its clock starts counts its next occurrence from that work.
        Recurrence visits = first(within(days(20)).of(BECAME_LOOKED_AFTER)).thenEvery(months(6));
        assertThat(visits.fallsDueOnceStarted(Optional.of(Fulfilment.by(VISIT).orUpTo(days(5)).before()))).isFalse();
        // A deadline's looking back moves no due date.
        assertThat(within(days(20)).of(BECAME_LOOKED_AFTER).fallsDueOnceStarted(Optional.of(Fulfilment.by(VISIT).orUpTo(days(5)).before())))
                .isTrue();
    }

    @Test
    void a_clock_starts_on_a_known_day_on_an_unknown_day_or_not_at_all_and_that_one_answer_says_whether_it_started_by_or_after_a_date() {
        Deadline bySixteen = by(birthday(16, DATE_OF_BIRTH));
        ClockStart fifteen = bySixteen.clockStart(Facts.of(List.of(), Map.of(DATE_OF_BIRTH, date("2008-06-15"))), APRIL);
        assertThat(fifteen).isEqualTo(ClockStart.on(date("2024-06-15"))).hasToString("starts on 2024-06-15");
        assertThat(fifteen.started()).isTrue();
        assertThat(fifteen.startedBy(APRIL.asOf())).isFalse();
        assertThat(fifteen.startsAfter(APRIL.asOf())).isTrue();
        assertThat(fifteen.startedBy(date("2024-06-15"))).as("on the day itself").isTrue();
        assertThat(fifteen.startsAfter(date("2024-06-15"))).isFalse();

        ClockStart noBirthday = bySixteen.clockStart(Facts.of(), APRIL);
        assertThat(noBirthday).isEqualTo(ClockStart.onAnUnknownDay()).hasToString("starts on an unknown day");
        assertThat(noBirthday.started()).as("the evaluation will say what is missing").isTrue();
        assertThat(noBirthday.startedBy(APRIL.asOf())).isFalse();
        assertThat(noBirthday.startsAfter(APRIL.asOf())).isFalse();
        assertThat(noBirthday.firstDay()).isEmpty();

        ClockStart noDiscussion = within(workingDays(15)).of(STRATEGY_DISCUSSION).clockStart(Facts.of(), APRIL);
        assertThat(noDiscussion).isEqualTo(ClockStart.notStarted()).hasToString("not started");
        assertThat(noDiscussion.started()).isFalse();
        assertThat(noDiscussion.startedBy(APRIL.asOf())).isFalse();
        assertThat(noDiscussion.startsAfter(APRIL.asOf())).isFalse();
    }

    @Test
    void a_clock_has_started_by_the_evaluation_date_only_on_a_known_day_on_or_before_it() {
        Facts fifteen = Facts.of(List.of(), Map.of(DATE_OF_BIRTH, date("2008-06-15")));
        Facts sixteen = Facts.of(List.of(), Map.of(DATE_OF_BIRTH, date("2008-03-31")));
        Deadline bySixteen = by(birthday(16, DATE_OF_BIRTH));
        assertThat(bySixteen.started(fifteen, APRIL)).isTrue();
        assertThat(bySixteen.startedBy(fifteen, APRIL)).as("the 16th birthday is still to come").isFalse();
        assertThat(bySixteen.startedBy(sixteen, APRIL)).as("16 on 31 March").isTrue();
        assertThat(bySixteen.started(Facts.of(), APRIL)).as("the evaluation will say what is missing").isTrue();
        assertThat(bySixteen.startedBy(Facts.of(), APRIL)).as("no known day").isFalse();

        Deadline pathwayPlan = ideally(bySixteen).atTheLatest(within(months(3)).of(dateOf(BECAME_ELIGIBLE)));
        assertThat(pathwayPlan.startedBy(sixteen, APRIL)).as("the target's birthday starts the clock").isTrue();
        assertThat(pathwayPlan.startedBy(fifteen, APRIL)).isFalse();

        Deadline icpc = within(workingDays(15)).of(STRATEGY_DISCUSSION);
        assertThat(icpc.startedBy(Facts.of(new StrategyDiscussion(LocalDateTime.parse("2024-04-01T09:00"), true)), APRIL)).isTrue();
        assertThat(icpc.startedBy(Facts.of(new StrategyDiscussion(LocalDateTime.parse("2024-04-02T09:00"), true)), APRIL)).isFalse();
    }

    @Test
    void events_facts_and_conditions_made_where_they_are_used_count_like_the_booklet_s() {
        // Made here rather than in a class initialiser, so that each is built while the test runs.
        Event<Concern> concern = Event.of("the concern", Concern.class, Concern::date)
                .withDateTime(each -> Optional.of(each.dateTime()));
        Obligation discussion = within(hours(24)).of(concern)
                .evaluate(Facts.of(new Concern(LocalDateTime.parse("2024-03-14T10:30"))), APRIL).obligations().get(0);
        assertThat(discussion.dueAt()).contains(ZonedDateTime.of(LocalDateTime.parse("2024-03-15T10:30"), Hours.LONDON));
        Fact<LocalDate> born = Fact.of("the child's date of birth", LocalDate.class);
        assertThat(born).hasToString("the child's date of birth");
        assertThat(by(birthday(16, born)).evaluate(Facts.of(List.of(), Map.of(born, date("2008-06-01"))), APRIL)
                .obligations()).map(Obligation::due).containsExactly(date("2024-06-01"));
        Condition<Conference> preBirth = Condition.of("held before the birth", Conference::preBirth);
        Condition<Conference> afterBirth = preBirth.negate("held after the birth");
        assertThat(afterBirth).hasToString("held after the birth");
        assertThat(afterBirth.test(new Conference(date("2024-03-01"), Kind.INITIAL, true), Facts.of())).isFalse();
        assertThat(afterBirth.test(new Conference(date("2024-03-01"), Kind.INITIAL, false), Facts.of())).isTrue();
    }

    @Test
    void either_of_two_conditions_holds_when_one_does_and_not_when_neither_does() {
        Condition<Conference> either = INITIAL.or(Condition.of("held before the birth", Conference::preBirth));
        assertThat(either).hasToString("(initial) or held before the birth");
        assertThat(either.test(new Conference(date("2024-03-01"), Kind.INITIAL, false), Facts.of())).isTrue();
        assertThat(either.test(new Conference(date("2024-03-01"), Kind.REVIEW, true), Facts.of())).isTrue();
        assertThat(either.test(new Conference(date("2024-03-01"), Kind.REVIEW, false), Facts.of())).isFalse();
    }

    @Test
    void the_nth_occurrence_counts_from_the_first_and_is_owed_only_once_there_are_n() {
        Facts two = Facts.of(new Referral(date("2024-01-02")), new Referral(date("2024-02-01")));
        assertThat(within(days(10)).of(REFERRAL.nth(1)).evaluate(two, APRIL).obligations()).map(Obligation::due)
                .containsExactly(date("2024-01-12"));
        assertThat(within(days(10)).of(REFERRAL.nth(2)).evaluate(two, APRIL).obligations()).map(Obligation::due)
                .containsExactly(date("2024-02-11"));
        assertThat(within(days(10)).of(REFERRAL.nth(3)).evaluate(two, APRIL).obligations()).isEmpty();
        assertThat(REFERRAL.nth(2).inWords()).isEqualTo("the 2nd referral");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> REFERRAL.nth(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("occurrences count from 1, not 0");
    }

    @Test
    void occurrences_recorded_out_of_order_are_counted_in_date_order() {
        Facts outOfOrder = Facts.of(new Referral(date("2024-03-10")), new Referral(date("2024-03-01")),
                new Referral(date("2024-03-05")));
        assertThat(within(days(10)).of(REFERRAL).evaluate(outOfOrder, APRIL).obligations()).map(Obligation::due)
                .containsExactly(date("2024-03-11"), date("2024-03-15"), date("2024-03-20"));
        assertThat(within(days(10)).of(REFERRAL.first()).evaluate(outOfOrder, APRIL).obligations()).map(Obligation::due)
                .containsExactly(date("2024-03-11"));
        assertThat(within(days(10)).of(REFERRAL.nth(2)).evaluate(outOfOrder, APRIL).obligations()).map(Obligation::due)
                .containsExactly(date("2024-03-15"));
    }

    @Test
    void events_are_equal_only_when_they_select_the_same_occurrences_and_say_so_alike() {
        assertThat(REFERRAL).isEqualTo(REFERRAL.each()).hasToString("the referral");
        assertThat(REFERRAL.each().hashCode()).isEqualTo(REFERRAL.hashCode());
        assertThat(REFERRAL).isNotEqualTo(REFERRAL.first()).isNotEqualTo(REFERRAL.nth(1)).isNotEqualTo(BIRTH)
                .isNotEqualTo("the referral");
        assertThat(REFERRAL.nth(1)).isNotEqualTo(REFERRAL.nth(2)).isEqualTo(REFERRAL.nth(1));
    }

    @Test
    void a_narrowed_event_keeps_the_condition_it_already_had() {
        // The pre-birth initial conference, narrowed again: all three conditions hold, or nothing is owed.
        Event<Conference> lateReview = PRE_BIRTH_CONFERENCE.filteredBy(Condition.of("in March", c -> c.date().getMonthValue() == 3))
                .called("the pre-birth conference in March");
        Facts facts = Facts.of(new Conference(date("2024-03-04"), Kind.INITIAL, false),
                new Conference(date("2024-03-11"), Kind.REVIEW, true),
                new Conference(date("2024-02-05"), Kind.INITIAL, true),
                new Conference(date("2024-03-18"), Kind.INITIAL, true));
        assertThat(within(days(10)).of(lateReview).evaluate(facts, APRIL).obligations()).map(Obligation::due)
                .containsExactly(date("2024-03-28"));
    }

    @Test
    void an_obligation_met_at_a_time_says_both_times() {
        Deadline seen = within(hours(24)).of(STRATEGY_DISCUSSION);
        Facts facts = Facts.of(new StrategyDiscussion(LocalDateTime.parse("2024-03-14T10:00"), true),
                new ChildSeen(date("2024-03-15"), Optional.of(LocalDateTime.parse("2024-03-15T09:30"))));
        assertThat(seen.evaluate(facts, Fulfilment.by(CHILD_SEEN), APRIL).obligations()).map(Obligation::toString)
                .containsExactly("1st, due 2024-03-15 at 10:00: MET by the child seen alone on 2024-03-15 at 09:30");
    }

    @Test
    void a_birthday_rounded_for_a_leap_day_says_how() {
        Facts leapling = Facts.of(List.of(), Map.of(DATE_OF_BIRTH, date("2008-02-29")));
        Obligation seventeen = by(birthday(17, DATE_OF_BIRTH)).evaluate(leapling, APRIL).obligations().get(0);
        assertThat(seventeen.due()).isEqualTo("2025-03-01");
        assertThat(seventeen.explanation().inEnglish()).isEqualTo("by: due on the day of the 17th birthday on 2025-03-01"
                + " (29 February 2025 does not exist: rounded up to the first day of the next month, 2025-03-01)");
    }

    @Test
    void an_evaluation_moment_must_be_on_the_evaluation_date() {
        ZonedDateTime moment = ZonedDateTime.of(LocalDateTime.parse("2024-04-02T09:00"), Hours.LONDON);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EvaluationContext(EnglandAndWales.calendar(),
                        date("2024-04-01"), Optional.of(moment), days(5), org.duly.timescales.period.LeapDayBirthdays.MARCH_1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the evaluation time 2024-04-02T09:00+01:00[Europe/London] is not on the evaluation date 2024-04-01");
        assertThat(EvaluationContext.at(moment, EnglandAndWales.calendar()).asOf()).isEqualTo("2024-04-02");
    }

    @Test
    void only_obligations_still_owed_are_open() {
        assertThat(java.util.Arrays.stream(Status.values()).filter(Status::isOpen))
                .containsExactly(Status.UPCOMING, Status.DUE_SOON, Status.OVERDUE);
        assertThat(java.util.Arrays.stream(Status.values()).filter(Status::isMet)).containsExactly(Status.MET, Status.MET_LATE);
    }

    @Test
    void weekly_windows_from_a_monday_start_that_day() {
        FixedSchedule meetings = everyWeek().from(REFERRAL);
        Evaluation evaluation = meetings.evaluate(Facts.of(new Referral(date("2024-03-18"))),
                EvaluationContext.on(date("2024-03-27"), EnglandAndWales.calendar()));
        assertThat(evaluation.obligations()).map(o -> o.windowStart().orElseThrow() + ".." + o.due())
                .containsExactly("2024-03-18..2024-03-24", "2024-03-25..2024-03-31", "2024-04-01..2024-04-07");
    }

    @Test
    void the_anchors_of_any_of_count_in_date_order_whichever_is_named_first() {
        Deadline record = within(days(10)).of(anyOf("a birth or a referral", BIRTH, REFERRAL));
        Facts facts = Facts.of(new Birth(date("2024-03-05")), new Referral(date("2024-03-01")));
        assertThat(record.evaluate(facts, APRIL).obligations()).map(Obligation::due)
                .containsExactly(date("2024-03-11"), date("2024-03-15"));
    }

    @Test
    void work_due_before_a_date_that_is_not_an_event_still_counts_when_done_after_it() {
        // A date of delivery is expected, not an event: a plan made after it is late, not missing.
        Facts facts = Facts.of(List.of(new Meeting(date("2024-03-10"))), Map.of(EXPECTED_DATE_OF_DELIVERY, date("2024-03-01")));
        for (Anchor anchor : List.of(dateOf(EXPECTED_DATE_OF_DELIVERY), after(days(1), dateOf(EXPECTED_DATE_OF_DELIVERY)),
                anyOf("the expected date or the day after", dateOf(EXPECTED_DATE_OF_DELIVERY),
                        after(days(1), dateOf(EXPECTED_DATE_OF_DELIVERY))))) {
            // The meeting meets the most recent open occurrence (DESIGN rule 2): with two anchors, the later one.
            assertThat(atLeast(weeks(1)).before(anchor).evaluate(facts, Fulfilment.by(MEETING), APRIL).obligations())
                    .as(anchor.inWords()).map(Obligation::status).last().isEqualTo(Status.MET_LATE);
        }
        // Before an event, what is done after it does not count.
        Facts referred = Facts.of(new Referral(date("2024-03-01")), new Meeting(date("2024-03-10")));
        for (Anchor anchor : List.of(REFERRAL, after(days(1), REFERRAL), anyOf("a referral or a birth", REFERRAL, BIRTH))) {
            assertThat(atLeast(weeks(1)).before(anchor).evaluate(referred, Fulfilment.by(MEETING), APRIL).obligations())
                    .as(anchor.inWords()).map(Obligation::status).first().isEqualTo(Status.OVERDUE);
        }
        assertThat(UNDER_FIVE).hasToString("under 5");
    }

    @Test
    void the_sooner_of_two_starts_its_clock_at_the_earlier_anchor_and_a_tie_goes_to_the_first_named() {
        Deadline review = soonerOf(within(months(1)).of(BIRTH), within(months(3)).of(PRE_BIRTH_CONFERENCE));
        Obligation both = review.evaluate(Facts.of(new Conference(date("2024-01-15"), Kind.INITIAL, true),
                new Birth(date("2024-02-20"))), APRIL).obligations().get(0);
        assertThat(both.clockStartedOn()).isEqualTo("2024-01-15");
        Facts referral = Facts.of(new Referral(date("2024-03-01")));
        // 14 days and 10 working days from Friday 1 March 2024 are both Friday 15 March.
        Deadline days = within(days(14)).of(REFERRAL);
        Deadline workingDays = within(workingDays(10)).of(REFERRAL);
        assertThat(soonerOf(days, workingDays).evaluate(referral, APRIL).obligations().get(0).explanation().inEnglish())
                .startsWith("the sooner of 2024-03-15 (14 days after");
        assertThat(soonerOf(workingDays, days).evaluate(referral, APRIL).obligations().get(0).explanation().inEnglish())
                .startsWith("the sooner of 2024-03-15 (10 working days after");
        assertThat(laterOf(days, workingDays).evaluate(referral, APRIL).obligations().get(0).explanation().inEnglish())
                .startsWith("the later of 2024-03-15 (14 days after");
        assertThat(laterOf(workingDays, days).evaluate(referral, APRIL).obligations().get(0).explanation().inEnglish())
                .startsWith("the later of 2024-03-15 (10 working days after");
    }
}
