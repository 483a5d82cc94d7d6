package org.duly.examples.policyauthors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.testkit.DulyAssertions.assertThat;

import org.duly.domain.events.LegalStatus;
import org.duly.testkit.ChildCase;
import org.junit.jupiter.api.Test;

/** Example 4: the interval is chosen by the child's age on the day of the previous assessment. */
class HealthAssessmentsTest {

    private static final String RULE = "anytown.health-assessments";

    /** Turns 5 on Tuesday 10 September 2024; in care from Monday 4 March 2024, first assessed on 25 March. */
    private static ChildCase fourYearOld() {
        return ChildCase.child("EX-4").bornOn("2019-09-10")
                .becameLookedAfter("2024-03-04", LegalStatus.SECTION_20)
                .healthAssessment("2024-03-25");
    }

    @Test
    void the_first_within_20_working_days_of_becoming_looked_after() {
        assertThat(fourYearOld().schedule("2024-04-01", HealthAssessments.policy())).obligation(RULE, 1)
                .isDueOn("2024-04-03").wasMetOn("2024-03-25");
    }

    @Test
    void under_5_the_next_is_due_6_months_after_the_last() {
        assertThat(fourYearOld().schedule("2024-04-01", HealthAssessments.policy())).obligation(RULE, 2)
                .isDueOn("2024-09-25").isUpcoming()
                .explanationContains("under 5 on 2024-03-25");
    }

    @Test
    void assessed_the_day_before_the_5th_birthday_the_next_is_still_6_months_on() {
        ChildCase kase = fourYearOld().healthAssessment("2024-09-09");

        assertThat(kase.schedule("2024-10-01", HealthAssessments.policy())).obligation(RULE, 3).isDueOn("2025-03-09");
    }

    @Test
    void assessed_on_the_5th_birthday_the_next_is_12_months_on() {
        ChildCase kase = fourYearOld().healthAssessment("2024-09-10");

        assertThat(kase.schedule("2024-10-01", HealthAssessments.policy())).obligation(RULE, 3).isDueOn("2025-09-10");
    }

    @Test
    void six_months_from_the_31st_of_august_rounds_down_to_the_end_of_february() {
        ChildCase kase = ChildCase.child("EX-4B").bornOn("2021-01-01")
                .becameLookedAfter("2024-08-05", LegalStatus.SECTION_20)
                .healthAssessment("2024-08-31");

        assertThat(kase.schedule("2024-09-02", HealthAssessments.policy())).obligation(RULE, 2).isDueOn("2025-02-28")
                .explanationContains("31 February 2025 does not exist: rounded down to the last day of the month");
    }

    @Test
    void the_rule_lists_where_month_end_rounding_decides_the_date() {
        assertThat(HealthAssessments.HEALTH.timescale().monthEndAmbiguities()).map(Object::toString)
                .contains("31 August + 6 months = 28 February (29 in a leap year), rounded down to the last day of the month");
    }

    @Test
    void reads_as_the_booklet_does() {
        assertThat(HealthAssessments.HEALTH.inWords()).isEqualTo("Health assessments: first within 20 working days of becoming"
                + " looked after, then at least every 6 months when under 5, otherwise at least every 12 months, until the"
                + " child ceases to be looked after or turns 18");
    }
}
