package org.duly.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.duly.timescales.Booklet.*;
import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;

import java.time.Month;
import org.duly.timescales.period.Age;
import org.duly.timescales.period.MonthEndAmbiguity;
import org.junit.jupiter.api.Test;

/** Every timescale renders to the booklet's English without being evaluated. */
class TimescaleWordsTest {

    @Test
    void deadlines_read_like_the_booklet() {
        assertThat(within(workingDays(15)).of(STRATEGY_DISCUSSION.where(INITIATED_SECTION_47)).inWords())
                .isEqualTo("within 15 working days of the strategy discussion that initiated section 47 enquiries");
        assertThat(atLeast(workingDays(2)).before(INITIAL_CONFERENCE).inWords())
                .isEqualTo("at least 2 working days before the initial conference");
        assertThat(betweenDay(12).andDay(18).countingFrom(APPLICATION_ISSUED).inWords())
                .isEqualTo("between day 12 and day 18, counting the application as day 1");
        assertThat(between(weeks(2)).and(weeks(4)).after(REFERRAL).inWords())
                .isEqualTo("between 2 weeks and 4 weeks after the referral");
        assertThat(soonerOf(within(months(1)).of(BIRTH), within(months(3)).of(PRE_BIRTH_CONFERENCE)).inWords())
                .isEqualTo("within 1 month of the birth or within 3 months of the initial conference held before the birth,"
                        + " whichever is sooner");
        assertThat(laterOf(within(days(7)).of(REFERRAL), within(workingDays(5)).of(REFERRAL)).inWords())
                .endsWith("whichever is later");
        assertThat(ideallyWithin(weeks(16)).atMostWithin(weeks(26)).of(APPLICATION_ISSUED).inWords())
                .isEqualTo("ideally within 16 weeks and at most within 26 weeks of the application");
        assertThat(immediately().on(REFERRAL).inWords()).isEqualTo("immediately on the referral");
        assertThat(immediately().on(REFERRAL).orTheNextWorkingDay().inWords())
                .isEqualTo("immediately on the referral (the next working day when that is not a working day)");
        assertThat(by(birthday(16, DATE_OF_BIRTH)).inWords()).isEqualTo("by the 16th birthday");
        assertThat(by(reaching(Age.of(16, 6), DATE_OF_BIRTH)).inWords()).isEqualTo("by the age of 16 years and 6 months");
        assertThat(atLeast(months(1)).before(birthday(16, DATE_OF_BIRTH)).inWords())
                .isEqualTo("at least 1 month before the 16th birthday");
        assertThat(asDirectedBy(COURT_DIRECTION, CourtDirection::dueDate).inWords())
                .isEqualTo("by the due date set in the court direction");
        assertThat(within(hours(24)).of(CONCERN).inWords()).isEqualTo("within 24 hours of the concern of significant harm");
        assertThat(atLeast(weeks(12)).before(dateOf(EXPECTED_DATE_OF_DELIVERY)).inWords())
                .isEqualTo("at least 12 weeks before the expected date of delivery");
        assertThat(within(days(28)).of(anyOf("a change of accommodation or a significant change", REFERRAL, BIRTH)).inWords())
                .isEqualTo("within 28 days of a change of accommodation or a significant change");
    }

    @Test
    void nested_choices_list_each_deadline_once_and_keep_their_grouping() {
        Deadline tenDays = within(workingDays(10)).of(REFERRAL);
        Deadline twentyDays = within(workingDays(20)).of(REFERRAL);
        Deadline directed = asDirectedBy(COURT_DIRECTION, CourtDirection::dueDate);
        assertThat(laterOf(laterOf(tenDays, twentyDays), directed).inWords())
                .isEqualTo("within 10 working days of the referral, within 20 working days of the referral or by the due date"
                        + " set in the court direction, whichever is latest");
        assertThat(soonerOf(tenDays, soonerOf(twentyDays, directed)).inWords())
                .isEqualTo("within 10 working days of the referral, within 20 working days of the referral or by the due date"
                        + " set in the court direction, whichever is soonest");
        assertThat(soonerOf(laterOf(tenDays, twentyDays), directed).inWords())
                .isEqualTo("(within 10 working days of the referral or within 20 working days of the referral, whichever is"
                        + " later) or by the due date set in the court direction, whichever is sooner");
        assertThat(soonerOf(tenDays.until(BIRTH), directed).inWords())
                .isEqualTo("(within 10 working days of the referral, until the birth) or by the due date set in the court"
                        + " direction, whichever is sooner");
    }

    @Test
    void selections_say_which_occurrence() {
        assertThat(REFERRAL.first().inWords()).isEqualTo("the first referral");
        assertThat(REFERRAL.latest().inWords()).isEqualTo("the latest referral");
        assertThat(REFERRAL.nth(2).inWords()).isEqualTo("the 2nd referral");
        assertThat(BECAME_LOOKED_AFTER.first().inWords()).isEqualTo("first becoming looked after");
        assertThat(REFERRAL.nth(11).inWords()).isEqualTo("the 11th referral");
        assertThat(REFERRAL.nth(22).inWords()).isEqualTo("the 22nd referral");
        assertThat(REFERRAL.first().each()).isEqualTo(REFERRAL);
    }

    @Test
    void recurrences_read_like_the_booklet() {
        assertThat(first(within(workingDays(20)).of(BECAME_LOOKED_AFTER))
                .then(within(months(3)).ofPrevious())
                .thenEvery(months(6))
                .until(CEASED_LOOKED_AFTER).inWords())
                .isEqualTo("first within 20 working days of becoming looked after, then within 3 months,"
                        + " then at least every 6 months, until ceasing to be looked after");
        assertThat(first(within(workingDays(20)).of(BECAME_LOOKED_AFTER)).thenEvery(months(6))
                .until(CEASED_LOOKED_AFTER.asClause("the child ceases to be looked after")).inWords())
                .endsWith(", until the child ceases to be looked after");
        assertThat(first(immediately().on(REFERRAL)).thenEvery(ideally(weeks(6)).atMost(months(3))).inWords())
                .isEqualTo("first immediately on the referral, then ideally every 6 weeks and at least every 3 months");
        assertThat(first(within(workingDays(20)).of(BECAME_LOOKED_AFTER))
                .thenEvery(either(months(6)).when(UNDER_FIVE).otherwise(months(12))).inWords())
                .isEqualTo("first within 20 working days of becoming looked after,"
                        + " then at least every 6 months when under 5, otherwise at least every 12 months");
        assertThat(inEach(Month.NOVEMBER, Month.MAY).from(BECAME_LOOKED_AFTER).until(CEASED_LOOKED_AFTER).inWords())
                .isEqualTo("each May and November from becoming looked after, until ceasing to be looked after");
        assertThat(inEach(Month.MAY).from(BECAME_LOOKED_AFTER).until(CEASED_LOOKED_AFTER.asClause("the child ceases to be looked"
                + " after")).inWords()).isEqualTo("each May from becoming looked after, until the child ceases to be looked after");
        assertThat(everyWeek().from(REFERRAL).inWords()).isEqualTo("every week (Monday to Sunday) from the referral");
    }

    /** The handbook review's wording rows (issue 13): each reads as a policy author would write it. */
    @Test
    void ends_and_outcomes_read_as_clauses_after_until_and_when() {
        Event<Booklet.PlanEnded> planEnds = Event.of("the plan ending", Booklet.PlanEnded.class, Booklet.PlanEnded::date)
                .asClause("the plan ends");
        assertThat(planEnds.inWords()).isEqualTo("the plan ending");
        assertThat(planEnds.inWords(Anchor.Form.CLAUSE)).isEqualTo("the plan ends");
        assertThat(BIRTH.inWords(Anchor.Form.CLAUSE)).isEqualTo("the birth");
        assertThat(BIRTH.hasClause()).isFalse();
        assertThat(planEnds.where(Condition.of("early", ended -> true)).inWords(Anchor.Form.CLAUSE))
                .as("new words leave the clause unsaid").isEqualTo("the plan ending early");
        assertThat(within(weeks(6)).of(REFERRAL).until(planEnds).inWords())
                .isEqualTo("within 6 weeks of the referral, until the plan ends");
        assertThat(within(months(6)).of(planEnds).inWords()).isEqualTo("within 6 months of the plan ending");
        assertThat(within(weeks(6)).of(REFERRAL).until(planEnds).until(BIRTH).inWords())
                .isEqualTo("within 6 weeks of the referral, until the plan ends or the birth");
        assertThat(first(within(weeks(6)).of(REFERRAL)).thenEvery(weeks(6))
                .until(anyOf("the plan ending or the birth", "the plan ends or the child is born", planEnds, BIRTH)).inWords())
                .isEqualTo("first within 6 weeks of the referral, then at least every 6 weeks, until the plan ends or the child is born");
        assertThat(within(weeks(6)).of(REFERRAL).dischargedBy(BIRTH).inWords())
                .isEqualTo("within 6 weeks of the referral, discharged by the birth");
        assertThat(within(weeks(6)).of(REFERRAL).dischargedBy(planEnds).dischargedBy(anyOf("the window closing",
                "the window closes", after(days(1), REFERRAL))).inWords())
                .isEqualTo("within 6 weeks of the referral, discharged when the plan ends or the window closes");
        assertThat(within(weeks(6)).of(REFERRAL).dischargedBy(BIRTH).dischargedBy(planEnds).inWords())
                .isEqualTo("within 6 weeks of the referral, discharged by the birth or when the plan ends");
    }

    @Test
    void no_word_is_said_twice_and_one_of_a_unit_is_said_as_people_say_it() {
        assertThat(REFERRAL.filteredBy(Condition.of("first", referral -> true)).called("the first referral").first().inWords())
                .isEqualTo("the first referral");
        assertThat(ideally(by(BIRTH)).atTheLatest(atTheLatest(workingDays(10)).after(REFERRAL)).inWords())
                .isEqualTo("ideally by the birth, and at the latest 10 working days after the referral");
        assertThat(first(within(weeks(1)).of(REFERRAL)).thenEvery(weeks(1)).inWords())
                .isEqualTo("first within 1 week of the referral, then at least weekly");
        assertThat(first(within(weeks(1)).of(REFERRAL)).thenEvery(either(weeks(2)).when(UNDER_FIVE).otherwise(ideally(months(1))
                .atMost(years(1)))).inWords())
                .isEqualTo("first within 1 week of the referral, then at least fortnightly when under 5, otherwise ideally monthly"
                        + " and at least yearly");
        assertThat(within(calendarDays(28)).of(REFERRAL).inWords()).isEqualTo("within 28 calendar days of the referral");
        assertThat(within(weeks(6)).after(REFERRAL).inWords()).isEqualTo("within 6 weeks after the referral");
        assertThat(between(days(1)).and(days(42)).after(REFERRAL).inWords()).isEqualTo("within 42 days after the referral");
    }

    @Test
    void a_choice_by_case_and_extensions_say_what_each_one_sets() {
        assertThat(whicheverApplies(within(weeks(2)).of(REFERRAL), whicheverApplies(within(months(1)).of(BIRTH),
                within(weeks(6)).of(BECAME_LOOKED_AFTER))).inWords())
                .isEqualTo("within 2 weeks of the referral, within 1 month of the birth or within 6 weeks of becoming looked after,"
                        + " whichever applies");
        Deadline tenDays = within(workingDays(10)).of(REFERRAL);
        assertThat(tenDays.extendedBy(HEARING, within(workingDays(20)).of(REFERRAL)).inWords())
                .isEqualTo("within 10 working days of the referral, or within 20 working days with the case management hearing"
                        + " recorded by then");
        assertThat(tenDays.extendedBy(HEARING, within(workingDays(20)).of(BIRTH)).extendedBy(REPORT_SHARED, report -> java.util.Optional
                .of(report.conferenceDate())).inWords())
                .isEqualTo("within 10 working days of the referral, or within 20 working days of the birth with the case management"
                        + " hearing, or by the date set in the report shared, each extension recorded by then");
        assertThat(laterOf(tenDays, tenDays.extendedBy(REPORT_SHARED, report -> java.util.Optional.of(report.conferenceDate())))
                .inWords())
                .isEqualTo("within 10 working days of the referral, or by a later date set in the report shared recorded by then");
    }

    @Test
    void month_end_ambiguities_are_listed_for_the_periods_a_timescale_uses() {
        Recurrence reviews = first(within(workingDays(20)).of(BECAME_LOOKED_AFTER))
                .then(within(months(3)).ofPrevious())
                .thenEvery(months(6));
        assertThat(reviews.monthEndAmbiguities()).map(MonthEndAmbiguity::toString)
                .contains("31 January + 3 months = 30 April, rounded down to the last day of the month",
                        "30 November + 3 months = 28 February (29 in a leap year), rounded down to the last day of the month",
                        "31 March + 6 months = 30 September, rounded down to the last day of the month",
                        "31 August + 6 months = 28 February (29 in a leap year), rounded down to the last day of the month");
        assertThat(within(workingDays(15)).of(STRATEGY_DISCUSSION).monthEndAmbiguities()).isEmpty();
        assertThat(atLeast(months(1)).before(birthday(16, DATE_OF_BIRTH)).monthEndAmbiguities()).map(MonthEndAmbiguity::toString)
                .contains("31 January + 1 month = 28 February (29 in a leap year), rounded down to the last day of the month");
    }

    @Test
    void windows_are_in_one_unit_and_never_close_before_they_open() {
        assertThatThrownBy(() -> between(weeks(4)).and(weeks(2)).after(REFERRAL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a window cannot close (2 weeks) before it opens (4 weeks)");
        assertThatThrownBy(() -> between(weeks(2)).and(days(20)).after(REFERRAL))
                .hasMessage("a window opens and closes in one unit, not 2 weeks and 20 days");
        assertThatThrownBy(() -> betweenDay(18).andDay(12))
                .hasMessage("the window closes on day 12, before it opens on day 18");
        assertThatThrownBy(() -> betweenDay(0)).hasMessage("days are numbered from 1, not 0");
    }

    @Test
    void numbered_days_start_at_day_1_and_a_window_may_be_one_day() {
        assertThat(betweenDay(1).andDay(1).countingFrom(REFERRAL).inWords())
                .isEqualTo("between day 1 and day 1, counting the referral as day 1");
        assertThatThrownBy(() -> betweenDay(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("days are numbered from 1, not 0");
        assertThatThrownBy(() -> betweenDay(5).andDay(4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the window closes on day 4, before it opens on day 5");
    }

    @Test
    void intervals_of_a_recurrence_read_after_then() {
        Recurrence visits = first(within(days(7)).of(REFERRAL))
                .then(ideallyWithin(weeks(6)).atMostWithin(months(3)).ofPrevious())
                .then(either(ideally(weeks(4)).atMost(weeks(6))).when(UNDER_FIVE).otherwise(weeks(8)))
                .thenEvery(months(6));
        assertThat(visits.inWords()).isEqualTo("first within 7 days of the referral,"
                + " then ideally within 6 weeks and at most within 3 months,"
                + " then ideally within 4 weeks and at most within 6 weeks when under 5, otherwise within 8 weeks,"
                + " then at least every 6 months");
    }

    @Test
    void every_kind_of_timescale_lists_the_month_end_ambiguities_of_its_periods() {
        String januaryEnd = "31 January + 1 month = 28 February (29 in a leap year), rounded down to the last day of the month";
        java.util.List<Timescale> timescales = java.util.List.of(
                atTheLatest(months(1)).after(REFERRAL),
                between(months(1)).and(months(2)).after(REFERRAL),
                ideallyWithin(months(1)).atMostWithin(months(2)).of(REFERRAL),
                ideally(within(months(1)).of(REFERRAL)).atTheLatest(within(days(40)).of(REFERRAL)),
                within(months(1)).of(REFERRAL).until(PLAN_ENDED),
                soonerOf(within(days(3)).of(REFERRAL), within(months(1)).of(REFERRAL)),
                first(within(days(7)).of(REFERRAL)).then(ideallyWithin(weeks(6)).atMostWithin(months(1)).ofPrevious())
                        .thenEvery(weeks(6)),
                first(within(days(7)).of(REFERRAL)).thenEvery(either(weeks(4)).when(UNDER_FIVE).otherwise(months(1))));
        for (Timescale timescale : timescales) {
            assertThat(timescale.monthEndAmbiguities()).as(timescale.inWords()).map(MonthEndAmbiguity::toString)
                    .contains(januaryEnd);
        }
    }
}
