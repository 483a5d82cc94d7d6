package org.duly.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.timescales.Booklet.*;
import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duly.timescales.calendar.EnglandAndWales;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked examples drawn from the booklet (spec/key-timescales.tsv), written as tables a policy
 * author can read: given these events, expect these due dates and statuses, including the
 * boundary day and the day after.
 */
class BookletExamplesTest {

    private static EvaluationContext on(LocalDate asOf) {
        return EvaluationContext.on(asOf, EnglandAndWales.calendar());
    }

    private static List<LocalDate> dates(String list) {
        List<LocalDate> dates = new ArrayList<>();
        if (list != null && !list.isBlank()) {
            for (String each : list.split(" ")) {
                dates.add(LocalDate.parse(each));
            }
        }
        return dates;
    }

    private static String summary(Evaluation evaluation) {
        List<String> lines = new ArrayList<>();
        evaluation.obligations().forEach(o -> lines.add(o.chain() + "." + o.occurrence() + " " + o.due() + " " + o.status()));
        evaluation.cannotCompute().forEach(c -> lines.add(c.toString()));
        return String.join("; ", lines);
    }

    /** LAC-6, LAC-7, LAC-8: 20 working days, then 3 months, then every 6 months, counted from the actual review. */
    @ParameterizedTest(name = "looked after {0}, reviews [{1}], as of {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # became looked after | reviews held                     | as of      | expected obligations (chain.occurrence due status)
            2024-01-08            |                                  | 2024-01-20 | 1.1 2024-02-05 UPCOMING
            2024-01-08            |                                  | 2024-02-01 | 1.1 2024-02-05 DUE_SOON
            2024-01-08            |                                  | 2024-02-05 | 1.1 2024-02-05 DUE_SOON
            2024-01-08            |                                  | 2024-02-06 | 1.1 2024-02-05 OVERDUE
            2024-01-08            | 2024-02-05                       | 2024-02-06 | 1.1 2024-02-05 MET; 1.2 2024-05-05 UPCOMING
            2024-01-08            | 2024-02-06                       | 2024-02-06 | 1.1 2024-02-05 MET_LATE; 1.2 2024-05-06 UPCOMING
            2024-01-08            | 2024-02-01 2024-05-10            | 2024-11-11 | 1.1 2024-02-05 MET; 1.2 2024-05-01 MET_LATE; 1.3 2024-11-10 OVERDUE
            2024-01-08            | 2024-02-01 2024-05-01 2024-10-31 | 2024-11-11 | 1.1 2024-02-05 MET; 1.2 2024-05-01 MET; 1.3 2024-11-01 MET; 1.4 2025-04-30 UPCOMING
            """)
    void looked_after_reviews(LocalDate became, String held, LocalDate asOf, String expected) {
        List<Object> facts = new ArrayList<>(List.of(new BecameLookedAfter(became)));
        dates(held).forEach(date -> facts.add(new LookedAfterReview(date)));
        Recurrence reviews = first(within(workingDays(20)).of(BECAME_LOOKED_AFTER))
                .then(within(months(3)).ofPrevious())
                .thenEvery(months(6))
                .until(CEASED_LOOKED_AFTER);
        assertThat(summary(reviews.evaluate(Facts.of(facts, Map.of()), Fulfilment.by(LOOKED_AFTER_REVIEW), on(asOf))))
                .isEqualTo(expected);
    }

    /** A new period of care starts a new chain; ceasing to be looked after ends the old one, keeping what was already due. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # story                                       | ceased     | became again | as of      | expected
            missed before leaving care stays a miss       | 2024-12-01 | 2025-03-03   | 2025-03-10 | 1.1 2024-02-05 MET; 1.2 2024-05-01 MET; 1.3 2024-11-01 MISSED; 2.1 2025-03-31 UPCOMING
            due after leaving care is no longer owed       | 2024-10-15 | 2025-03-03   | 2025-03-10 | 1.1 2024-02-05 MET; 1.2 2024-05-01 MET; 2.1 2025-03-31 UPCOMING
            due on the day of leaving care is no longer owed | 2024-11-01 |            | 2025-03-10 | 1.1 2024-02-05 MET; 1.2 2024-05-01 MET
            """)
    void a_new_period_of_care_starts_a_new_chain(String story, LocalDate ceased, String becameAgain, LocalDate asOf, String expected) {
        List<Object> facts = new ArrayList<>(List.of(new BecameLookedAfter(date("2024-01-08")),
                new LookedAfterReview(date("2024-02-01")), new LookedAfterReview(date("2024-05-01")), new CeasedLookedAfter(ceased)));
        if (becameAgain != null) {
            facts.add(new BecameLookedAfter(LocalDate.parse(becameAgain)));
        }
        Recurrence reviews = first(within(workingDays(20)).of(BECAME_LOOKED_AFTER))
                .then(within(months(3)).ofPrevious())
                .thenEvery(months(6))
                .until(CEASED_LOOKED_AFTER);
        assertThat(summary(reviews.evaluate(Facts.of(facts, Map.of()), Fulfilment.by(LOOKED_AFTER_REVIEW), on(asOf))))
                .as(story).isEqualTo(expected);
    }

    /** CP-12: after a pre-birth conference, the first review within 1 month of the birth or 3 months of the conference, whichever is sooner. */
    @ParameterizedTest(name = "conference {0}, birth {1}, review {2}, as of {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # pre-birth conference | birth      | review held | as of      | expected
            2024-01-15             | 2024-02-20 | 2024-03-20  | 2024-04-01 | 1.1 2024-03-20 MET
            2024-01-15             | 2024-02-20 | 2024-03-21  | 2024-04-01 | 1.1 2024-03-20 MET_LATE
            2024-01-15             | 2024-03-31 | 2024-04-15  | 2024-04-20 | 1.1 2024-04-15 MET
            2024-01-15             | 2024-03-31 | 2024-04-16  | 2024-04-20 | 1.1 2024-04-15 MET_LATE
            2024-01-15             |            |             | 2024-02-01 | 1.1 2024-04-15 UPCOMING
            2024-01-15             |            |             | 2024-04-16 | 1.1 2024-04-15 OVERDUE
            """)
    void pre_birth_review(LocalDate conference, LocalDate birth, LocalDate review, LocalDate asOf, String expected) {
        List<Object> facts = new ArrayList<>(List.of(new Conference(conference, Kind.INITIAL, true)));
        Optional.ofNullable(birth).ifPresent(date -> facts.add(new Birth(date)));
        Optional.ofNullable(review).ifPresent(date -> facts.add(new Conference(date, Kind.REVIEW, false)));
        Deadline firstReview = soonerOf(within(months(1)).of(BIRTH), within(months(3)).of(PRE_BIRTH_CONFERENCE));
        assertThat(summary(firstReview.evaluate(Facts.of(facts, Map.of()), Fulfilment.by(REVIEW_CONFERENCE), on(asOf))))
                .isEqualTo(expected);
    }

    /** CP-5: the social worker's report shared at least 2 working days before an initial conference. */
    @ParameterizedTest(name = "conference {0}, report {1}, as of {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # conference | report shared | as of      | expected
            2024-04-08   | 2024-04-04    | 2024-04-08 | 1.1 2024-04-04 MET
            2024-04-08   | 2024-04-05    | 2024-04-08 | 1.1 2024-04-04 MET_LATE
            2024-04-08   |               | 2024-04-04 | 1.1 2024-04-04 DUE_SOON
            2024-04-08   |               | 2024-04-05 | 1.1 2024-04-04 OVERDUE
            2024-04-08   | 2024-04-09    | 2024-04-09 | 1.1 2024-04-04 OVERDUE
            2024-04-02   | 2024-03-27    | 2024-04-02 | 1.1 2024-03-27 MET
            2024-04-02   | 2024-03-28    | 2024-04-02 | 1.1 2024-03-27 MET_LATE
            """)
    void report_before_the_conference(LocalDate conference, LocalDate shared, LocalDate asOf, String expected) {
        List<Object> facts = new ArrayList<>(List.of(new Conference(conference, Kind.INITIAL, false)));
        Optional.ofNullable(shared).ifPresent(date -> facts.add(new ReportShared(date, conference)));
        Deadline report = atLeast(workingDays(2)).before(INITIAL_CONFERENCE);
        assertThat(summary(report.evaluate(Facts.of(facts, Map.of()), Fulfilment.by(REPORT_SHARED), on(asOf))))
                .isEqualTo(expected);
    }

    /** CT-5: the case management hearing between day 12 and day 18, counting the application as day 1. */
    @ParameterizedTest(name = "issued {0}, hearing {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # application | hearing    | expected window and status
            2024-03-04    | 2024-03-15 | 2024-03-15..2024-03-21 MET
            2024-03-04    | 2024-03-21 | 2024-03-15..2024-03-21 MET
            2024-03-04    | 2024-03-22 | 2024-03-15..2024-03-21 MET_LATE
            2024-03-22    | 2024-04-08 | 2024-04-02..2024-04-08 MET
            """)
    void case_management_hearing(LocalDate issued, LocalDate hearing, String expected) {
        Deadline window = betweenDay(12).andDay(18).countingFrom(APPLICATION_ISSUED);
        Obligation obligation = window.evaluate(Facts.of(new ApplicationIssued(issued), new Hearing(hearing)),
                Fulfilment.by(HEARING), on(hearing)).obligations().get(0);
        assertThat(obligation.windowStart().orElseThrow() + ".." + obligation.due() + " " + obligation.status()).isEqualTo(expected);
    }

    /** CL-1: referral to the leaving care team at least one month before the 16th birthday. */
    @ParameterizedTest(name = "born {0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # date of birth | 29 February rule | referral due by | why
            2008-02-29      | MARCH_1          | 2024-01-29      | the 16th birthday is 29 February 2024, a leap year
            2084-02-29      | MARCH_1          | 2100-02-01      | 2100 is not a leap year: the 16th birthday is 1 March 2100
            2084-02-29      | FEBRUARY_28      | 2100-01-28      | or 28 February 2100 under the other rule
            2008-03-31      | MARCH_1          | 2024-02-29      | 31 February 2024 does not exist: rounded down
            2009-03-31      | MARCH_1          | 2025-02-28      | 31 February 2025 does not exist: rounded down
            """)
    void leaving_care_referral_one_month_before_the_16th_birthday(LocalDate born,
            org.duly.timescales.period.LeapDayBirthdays rule, LocalDate expected, String why) {
        Deadline referral = atLeast(months(1)).before(birthday(16, DATE_OF_BIRTH));
        Evaluation evaluation = referral.evaluate(Facts.of(List.of(), Map.of(DATE_OF_BIRTH, born)),
                EvaluationContext.on(born.plusYears(10), EnglandAndWales.calendar()).withLeapDayBirthdays(rule));
        assertThat(evaluation.obligations()).singleElement().satisfies(o -> assertThat(o.due()).as(why).isEqualTo(expected));
    }

    /** CP-1: a strategy discussion within 24 hours of the concern, in elapsed hours across the clock change. */
    @ParameterizedTest(name = "concern {0}, discussion {1}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # concern          | strategy discussion | due               | expected
            2024-03-30T12:00   | 2024-03-31T13:00    | 2024-03-31T13:00  | MET
            2024-03-30T12:00   | 2024-03-31T13:01    | 2024-03-31T13:00  | MET_LATE
            2024-10-26T12:00   | 2024-10-27T11:30    | 2024-10-27T11:00  | MET_LATE
            2024-06-03T09:15   | 2024-06-04T09:15    | 2024-06-04T09:15  | MET
            """)
    void strategy_discussion_within_24_hours(LocalDateTime concern, LocalDateTime discussion, LocalDateTime due, Status expected) {
        Deadline deadline = within(hours(24)).of(CONCERN);
        Obligation obligation = deadline.evaluate(Facts.of(new Concern(concern), new StrategyDiscussion(discussion, true)),
                Fulfilment.by(STRATEGY_DISCUSSION), on(discussion.toLocalDate())).obligations().get(0);
        assertThat(obligation.dueAt().orElseThrow().toLocalDateTime()).isEqualTo(due);
        assertThat(obligation.status()).isEqualTo(expected);
    }

    /** LAC-14: an SDQ each May and November while looked after. */
    @ParameterizedTest(name = "looked after {0}, SDQs [{1}], as of {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # became     | SDQs done             | as of      | expected
            2024-03-10   | 2024-05-20            | 2024-12-05 | 1.1 2024-05-31 MET; 1.2 2024-11-30 OVERDUE; 1.3 2025-05-31 UPCOMING
            2024-05-10   |                       | 2024-05-20 | 1.1 2024-05-31 UPCOMING; 1.2 2024-11-30 UPCOMING
            2024-05-10   | 2024-06-03            | 2024-06-04 | 1.1 2024-05-31 MET_LATE; 1.2 2024-11-30 UPCOMING
            2024-03-10   | 2024-05-31 2024-11-01 | 2024-11-02 | 1.1 2024-05-31 MET; 1.2 2024-11-30 MET; 1.3 2025-05-31 UPCOMING
            """)
    void sdq_each_may_and_november(LocalDate became, String done, LocalDate asOf, String expected) {
        sdq(became, done, asOf, expected, inEach(Month.MAY, Month.NOVEMBER).from(BECAME_LOOKED_AFTER).until(CEASED_LOOKED_AFTER));
    }

    /** LAC-14: SDQs are for children aged 4 to 17: windows ending before the 4th birthday are not owed. */
    @ParameterizedTest(name = "looked after {0}, born 2020-06-10, SDQs [{1}], as of {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # became     | SDQs done  | as of      | expected
            2023-03-10   |            | 2024-06-05 | 1.1 2024-11-30 UPCOMING
            2023-03-10   | 2024-11-05 | 2025-01-05 | 1.1 2024-11-30 MET; 1.2 2025-05-31 UPCOMING
            """)
    void sdq_from_the_4th_birthday(LocalDate became, String done, LocalDate asOf, String expected) {
        When agedFourOrOver = When.of("aged 4 or over", (date, facts) ->
                org.duly.timescales.period.Age.of(4).reachedOn(facts.require(DATE_OF_BIRTH, "to tell the child's age"), date,
                        org.duly.timescales.period.LeapDayBirthdays.MARCH_1));
        FixedSchedule schedule = inEach(Month.MAY, Month.NOVEMBER).from(BECAME_LOOKED_AFTER).when(agedFourOrOver);
        assertThat(schedule.inWords()).isEqualTo("each May and November from becoming looked after, when aged 4 or over");
        List<Object> facts = new ArrayList<>(List.of(new BecameLookedAfter(became)));
        dates(done).forEach(date -> facts.add(new Sdq(date)));
        assertThat(summary(schedule.evaluate(Facts.of(facts, Map.of(DATE_OF_BIRTH, date("2020-06-10"))), Fulfilment.by(SDQ),
                on(asOf)))).isEqualTo(expected);
    }

    private void sdq(LocalDate became, String done, LocalDate asOf, String expected, FixedSchedule sdq) {
        List<Object> facts = new ArrayList<>(List.of(new BecameLookedAfter(became)));
        dates(done).forEach(date -> facts.add(new Sdq(date)));
        assertThat(summary(sdq.evaluate(Facts.of(facts, Map.of()), Fulfilment.by(SDQ), on(asOf)))).isEqualTo(expected);
    }

    /** LAC-10: health assessments every 6 months under 5, every 12 months from 5, chosen at each assessment. */
    @ParameterizedTest(name = "born {0}, assessments [{1}]: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # date of birth | assessments                      | as of      | expected
            2020-01-15      | 2024-06-20 2024-12-18 2025-06-01 | 2025-06-02 | 1.1 2024-07-01 MET; 1.2 2024-12-20 MET; 1.3 2025-06-18 MET; 1.4 2026-06-01 UPCOMING
            2020-01-15      | 2024-06-20 2025-01-20            | 2025-01-21 | 1.1 2024-07-01 MET; 1.2 2024-12-20 MET_LATE; 1.3 2026-01-20 UPCOMING
            """)
    void health_assessments_by_age(LocalDate born, String done, LocalDate asOf, String expected) {
        List<Object> facts = new ArrayList<>(List.of(new BecameLookedAfter(date("2024-06-03"))));
        dates(done).forEach(date -> facts.add(new HealthAssessment(date)));
        Recurrence health = first(within(workingDays(20)).of(BECAME_LOOKED_AFTER))
                .thenEvery(either(months(6)).when(UNDER_FIVE).otherwise(months(12)));
        assertThat(summary(health.evaluate(Facts.of(facts, Map.of(DATE_OF_BIRTH, born)), Fulfilment.by(HEALTH_ASSESSMENT), on(asOf))))
                .isEqualTo(expected);
    }

    /** CT-6: court directions within the timeframe the court sets. */
    @ParameterizedTest(name = "direction due {1}, filed {2}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # directed   | due by     | filed      | as of      | expected
            2024-05-01   | 2024-06-14 | 2024-06-14 | 2024-06-20 | 1.1 2024-06-14 MET
            2024-05-01   | 2024-06-14 | 2024-06-17 | 2024-06-20 | 1.1 2024-06-14 MET_LATE
            2024-05-01   | 2024-06-14 |            | 2024-06-15 | 1.1 2024-06-14 OVERDUE
            """)
    void court_directions(LocalDate directed, LocalDate dueBy, LocalDate filed, LocalDate asOf, String expected) {
        List<Object> facts = new ArrayList<>(List.of(new CourtDirection(directed, dueBy)));
        Optional.ofNullable(filed).ifPresent(date -> facts.add(new Filed(date)));
        Deadline direction = asDirectedBy(COURT_DIRECTION, CourtDirection::dueDate);
        assertThat(summary(direction.evaluate(Facts.of(facts, Map.of()), Fulfilment.by(FILED), on(asOf)))).isEqualTo(expected);
    }

    /** LAC-1, LAC-2: a visit within 1 week of the start of any placement, then at most every 6 weeks (4 for some placements). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # story                                  | placements (date:4-weekly)      | visits                           | as of      | expected
            visits on time                           | 2024-01-01:false                | 2024-01-05 2024-02-16            | 2024-02-20 | 1.1 2024-01-08 MET; 1.2 2024-02-16 MET; 1.3 2024-03-29 UPCOMING
            a visit a day late                       | 2024-01-01:false                | 2024-01-05 2024-02-17            | 2024-02-20 | 1.1 2024-01-08 MET; 1.2 2024-02-16 MET_LATE; 1.3 2024-03-30 UPCOMING
            a new placement restarts the clock       | 2024-01-01:false 2024-03-01:false | 2024-01-05 2024-02-10          | 2024-03-04 | 1.1 2024-01-08 MET; 1.2 2024-02-16 MET; 2.1 2024-03-08 DUE_SOON
            missed before the move stays a miss      | 2024-01-01:false 2024-03-01:false | 2024-01-05                     | 2024-03-04 | 1.1 2024-01-08 MET; 1.2 2024-02-16 MISSED; 2.1 2024-03-08 DUE_SOON
            a 4-weekly placement                     | 2024-01-01:true                 | 2024-01-05 2024-02-01            | 2024-02-20 | 1.1 2024-01-08 MET; 1.2 2024-02-02 MET; 1.3 2024-02-29 UPCOMING
            """)
    void placement_visits(String story, String placements, String visits, LocalDate asOf, String expected) {
        List<Object> facts = new ArrayList<>();
        for (String placement : placements.split(" ")) {
            String[] parts = placement.split(":");
            facts.add(new PlacementStarted(LocalDate.parse(parts[0]), Boolean.parseBoolean(parts[1])));
        }
        dates(visits).forEach(date -> facts.add(new Visit(date)));
        facts.sort(java.util.Comparator.comparing(fact -> fact instanceof Visit v ? v.date() : ((PlacementStarted) fact).date()));
        Recurrence visiting = first(within(weeks(1)).of(PLACEMENT_STARTED))
                .thenEvery(either(weeks(4)).when(IN_A_FOUR_WEEKLY_PLACEMENT).otherwise(weeks(6)));
        assertThat(summary(visiting.evaluate(Facts.of(facts, Map.of()), Fulfilment.by(VISIT), on(asOf)))).as(story)
                .isEqualTo(expected);
    }
}
