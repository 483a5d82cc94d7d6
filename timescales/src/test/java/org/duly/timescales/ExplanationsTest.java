package org.duly.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.timescales.Booklet.*;
import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.duly.timescales.calendar.EnglandAndWales;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Every kind of explanation explains the date that is due, and is provisional when any date it
 * rests on depends on bank holidays after the published data (England and Wales: after 2028).
 */
class ExplanationsTest {

    private static final EvaluationContext JUNE_2029 = EvaluationContext.on(date("2029-06-01"), EnglandAndWales.calendar());

    /** A referral, a concern, a court direction and a date of birth late in 2028. */
    private static final Facts LATE_2028 = Facts.of(
            List.of(new Referral(date("2028-12-18")), new Concern(LocalDateTime.parse("2028-12-18T09:00")),
                    new CourtDirection(date("2028-12-18"), date("2029-01-12")), new Visit(date("2028-12-18"))),
            Map.of(DATE_OF_BIRTH, date("2012-12-20")));

    private static Timescale timescale(String name) {
        return switch (name) {
            case "working days" -> within(workingDays(10)).of(REFERRAL);
            case "days" -> within(days(10)).of(REFERRAL);
            case "hours" -> within(hours(24)).of(CONCERN);
            case "immediately" -> immediately().on(REFERRAL);
            case "by" -> by(birthday(16, DATE_OF_BIRTH));
            case "as directed" -> asDirectedBy(COURT_DIRECTION, CourtDirection::dueDate);
            case "window closing on a provisional day" -> between(workingDays(2)).and(workingDays(10)).after(REFERRAL);
            case "window of days" -> between(days(2)).and(days(10)).after(REFERRAL);
            case "provisional target" -> ideallyWithin(workingDays(10)).atMostWithin(weeks(5)).of(REFERRAL);
            case "provisional limit" -> ideallyWithin(days(2)).atMostWithin(workingDays(10)).of(REFERRAL);
            case "target and limit in days" -> ideallyWithin(days(2)).atMostWithin(days(10)).of(REFERRAL);
            case "sooner, chosen provisional" -> soonerOf(within(workingDays(10)).of(REFERRAL), within(days(30)).of(REFERRAL));
            case "later, other provisional" -> laterOf(within(workingDays(10)).of(REFERRAL), within(days(30)).of(REFERRAL));
            case "sooner of days" -> soonerOf(within(days(20)).of(REFERRAL), within(days(30)).of(REFERRAL));
            case "sooner, one side waiting" -> soonerOf(within(workingDays(10)).of(REFERRAL), within(days(30)).of(BIRTH));
            case "because" -> first(immediately().on(REFERRAL))
                    .thenEvery(either(workingDays(10)).when(UNDER_FIVE).otherwise(workingDays(20)));
            case "because in days" -> first(immediately().on(REFERRAL))
                    .thenEvery(either(days(10)).when(UNDER_FIVE).otherwise(days(20)));
            case "weekly" -> everyWeek().from(REFERRAL);
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0}: {1}, provisional {2}")
    @CsvSource(delimiter = '|', textBlock = """
            working days                         | Counted        | true
            days                                 | Counted        | false
            hours                                | CountedHours   | false
            immediately                          | OnTheDay       | false
            by                                   | OnTheDay       | false
            as directed                          | Directed       | false
            window closing on a provisional day  | Window         | true
            window of days                       | Window         | false
            provisional target                   | TargetAndLimit | true
            provisional limit                    | TargetAndLimit | true
            target and limit in days             | TargetAndLimit | false
            sooner, chosen provisional           | Choice         | true
            later, other provisional             | Choice         | true
            sooner of days                       | Choice         | false
            sooner, one side waiting             | Choice         | true
            because                              | Because        | true
            because in days                      | Because        | false
            weekly                               | Scheduled      | false
            """)
    void each_explanation_explains_the_date_due(String name, String kind, boolean provisional) {
        // Visited on the day of the referral: a recurrence owes its second obligation from then.
        List<Obligation> obligations = timescale(name).evaluate(LATE_2028, Fulfilment.by(VISIT), JUNE_2029).obligations();
        Obligation obligation = obligations.get(0);
        Obligation last = obligations.get(name.startsWith("because") ? 1 : 0);
        assertThat(last.explanation().getClass().getSimpleName()).isEqualTo(kind);
        assertThat(last.explanation().date()).isEqualTo(last.due());
        assertThat(obligation.explanation().date()).isEqualTo(obligation.due());
        assertThat(last.provisional()).isEqualTo(provisional);
        assertThat(last.explanation().provisional()).isEqualTo(provisional);
    }

    @Test
    void a_condition_chose_the_interval_of_a_provisional_date() {
        Obligation second = timescale("because").evaluate(Facts.of(List.of(new Referral(date("2028-12-18")),
                new Visit(date("2028-12-18"))), Map.of(DATE_OF_BIRTH, date("2025-06-01"))), Fulfilment.by(VISIT), JUNE_2029)
                .obligations().get(1);
        assertThat(second.provisional()).isTrue();
        assertThat(second.explanation().inEnglish()).startsWith("under 5 on 2028-12-18, so 10 working days after");
    }

    @ParameterizedTest(name = "{0} {1} working days")
    @CsvSource(delimiter = '|', textBlock = """
            2024-03-04 |  1 | 2024-03-05 | skipping no days
            2024-12-24 |  1 | 2024-12-27 | skipping Christmas Day 2024-12-25 and Boxing Day 2024-12-26
            2024-03-10 | -1 | 2024-03-08 | skipping 1 weekend day
            2024-03-08 |  1 | 2024-03-11 | skipping 2 weekend days
            2024-03-28 |  1 | 2024-04-02 | skipping Good Friday 2024-03-29, Easter Monday 2024-04-01 and 2 weekend days
            """)
    void a_count_of_working_days_names_what_it_skipped(LocalDate from, int n, LocalDate result, String skipped) {
        Deadline deadline = n > 0 ? within(workingDays(n)).of(REFERRAL) : atLeast(workingDays(-n)).before(REFERRAL);
        Obligation obligation = deadline.evaluate(Facts.of(new Referral(from)), JUNE_2029).obligations().get(0);
        assertThat(obligation.due()).isEqualTo(result);
        assertThat(obligation.explanation().inEnglish()).endsWith(", on the England and Wales calendar, " + skipped);
    }

    @Test
    void a_window_explains_when_it_opens_and_when_it_closes() {
        Facts facts = Facts.of(new Referral(date("2024-03-01")), new ApplicationIssued(date("2024-01-08")));
        assertThat(between(days(2)).and(days(10)).after(REFERRAL).evaluate(facts, JUNE_2029).obligations().get(0)
                .explanation().inEnglish()).isEqualTo("opens 2024-03-03 (2 days after the referral on 2024-03-01 is 2024-03-03),"
                        + " closes 2024-03-11 (10 days after the referral on 2024-03-01 is 2024-03-11)");
        assertThat(betweenDay(12).andDay(18).countingFrom(APPLICATION_ISSUED).evaluate(facts, JUNE_2029).obligations()
                .get(0).explanation().inEnglish()).isEqualTo("counting the application as day 1: opens 2024-01-19 (11 days after"
                        + " the application on 2024-01-08 is 2024-01-19), closes 2024-01-25 (17 days after the application"
                        + " on 2024-01-08 is 2024-01-25)");
    }

    /**
     * A choice inside a choice keeps its grouping in English: the inner choice is one option of the outer, in brackets,
     * as its words are in the rule ("(A or B, whichever is later) or C, whichever is sooner").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the later of two, sooner than a third | 2024-03-29 | the sooner of 2024-03-29 (the later of 2024-03-29 (24 days after the referral on 2024-03-05 is 2024-03-29) and 2024-03-15 (10 days after the referral on 2024-03-05 is 2024-03-15)) and 2024-04-04 (30 days after the referral on 2024-03-05 is 2024-04-04)
            """)
    void a_nested_choice_keeps_its_grouping(String story, LocalDate due, String english) {
        Deadline deadline = soonerOf(laterOf(within(days(10)).of(REFERRAL), within(days(24)).of(REFERRAL)), within(days(30)).of(REFERRAL));
        Obligation obligation = deadline.evaluate(Facts.of(new Referral(date("2024-03-05"))), JUNE_2029).obligations().get(0);
        assertThat(obligation.due()).as(story).isEqualTo(due);
        assertThat(obligation.explanation().inEnglish()).as(story).isEqualTo(english);
        assertThat(deadline.inWords()).isEqualTo("(within 10 days of the referral or within 24 days of the referral, whichever is"
                + " later) or within 30 days of the referral, whichever is sooner");
        assertThat(soonerOf(within(days(10)).of(REFERRAL).extendedBy(VISIT, within(days(20)).of(REFERRAL)),
                within(days(30)).of(REFERRAL)).inWords()).isEqualTo("(within 10 days of the referral, or within 20 days with the visit recorded by then) or within 30 days of"
                        + " the referral, whichever is sooner");
    }
}
