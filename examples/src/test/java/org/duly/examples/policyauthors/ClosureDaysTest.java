package org.duly.examples.policyauthors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.testkit.DulyAssertions.assertThat;

import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.PlacementType;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.testkit.ChildCase;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;
import org.junit.jupiter.api.Test;

/** Example 7: the council's closure days travel with its policy and move every working-day due date across them. */
class ClosureDaysTest {

    /** A strategy discussion on Monday 16 December 2024 that starts section 47 enquiries. */
    private static ChildCase enquiryBeforeChristmas() {
        return ChildCase.child("EX-7").bornOn("2016-05-10").strategyDiscussion("2024-12-16T10:00", true);
    }

    @Test
    void the_initial_conference_steps_over_the_christmas_closure_and_the_training_day() {
        Schedule anytown = enquiryBeforeChristmas().schedule("2024-12-16", ClosureDays.policy());
        ScheduleEntry conference = anytown.entriesOf("cp.icpc").get(0);

        assertThat(conference).isDueOn("2025-01-16");
        assertThat(conference.explanationInEnglish()).contains("is 2025-01-16, on the England and Wales with local closures"
                + " calendar, skipping Christmas closure 2024-12-24, Christmas Day 2024-12-25, Boxing Day 2024-12-26,"
                + " Christmas closure 2024-12-27, Christmas closure 2024-12-30, Christmas closure 2024-12-31,"
                + " New Year's Day 2025-01-01, Staff training day 2025-01-10 and 8 weekend days");
        assertThat(anytown.calendar()).isEqualTo("England and Wales with local closures");
    }

    @Test
    void derbyshire_itself_keeps_its_own_working_days() {
        assertThat(enquiryBeforeChristmas().schedule("2024-12-16", DerbyshirePracticeStandards.policy()))
                .obligation("cp.icpc").isDueOn("2025-01-09");
    }

    @Test
    void timescales_in_calendar_days_do_not_move() {
        // Placed on Friday 20 December 2024: visited within 1 week, seven calendar days, closures or not.
        ChildCase placed = ChildCase.child("EX-7").bornOn("2016-05-10")
                .becameLookedAfter("2024-12-20", LegalStatus.SECTION_20)
                .placement("2024-12-20", PlacementType.LOCAL_AUTHORITY_FOSTER_CARE);
        assertThat(placed.schedule("2024-12-20", ClosureDays.policy())).obligation("lac.visits").isDueOn("2024-12-27");
        assertThat(placed.schedule("2024-12-20", DerbyshirePracticeStandards.policy())).obligation("lac.visits").isDueOn("2024-12-27");
        // The placement planning meeting, within 5 working days, moves from 31 December to 7 January.
        assertThat(placed.schedule("2024-12-20", DerbyshirePracticeStandards.policy())).obligation("lac.placement-planning-meeting")
                .isDueOn("2024-12-31");
        assertThat(placed.schedule("2024-12-20", ClosureDays.policy())).obligation("lac.placement-planning-meeting")
                .isDueOn("2025-01-07");
    }

    @Test
    void the_policy_records_its_closures_and_keeps_every_rule() {
        assertThat(ClosureDays.policy().changes()).containsExactly(
                "closed from 2024-12-24 to 2024-12-31: Christmas closure",
                "closed on 2025-01-10, 2025-07-04: Staff training day");
        assertThat(ClosureDays.policy().rules()).containsExactlyElementsOf(DerbyshirePracticeStandards.policy().rules());
        assertThat(DerbyshirePracticeStandards.policy().calendar().name()).isEqualTo("England and Wales");
    }
}
