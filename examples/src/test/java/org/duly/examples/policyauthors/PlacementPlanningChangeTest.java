package org.duly.examples.policyauthors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.testkit.DulyAssertions.assertThat;

import java.time.LocalDate;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.PlacementType;
import org.duly.testkit.ChildCase;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.workflows.engine.ScheduleEntry;
import org.junit.jupiter.api.Test;

/** Example 3: the version of the rule is chosen by the day the placement started, not the day of the schedule. */
class PlacementPlanningChangeTest {

    private static final String RULE = "lac.placement-planning-meeting";

    private static ChildCase placedOn(String date) {
        return ChildCase.child("EX-3").bornOn("2015-01-01")
                .becameLookedAfter(date, LegalStatus.SECTION_20)
                .placement(date, PlacementType.LOCAL_AUTHORITY_FOSTER_CARE);
    }

    @Test
    void placed_the_day_before_the_change_keeps_5_working_days() {
        // Monday 31 March 2025 + 5 working days; evaluated after the change, still the old version.
        ScheduleEntry meeting = placedOn("2025-03-31").schedule("2025-04-07", PlacementPlanningChange.policy()).entriesOf(RULE).get(0);

        assertThat(meeting).isDueOn("2025-04-07").isDueSoon();
        assertThat(meeting.ruleInForceFrom()).isEmpty();
        assertThat(meeting.rule().inWords()).endsWith("within 5 working days of the start of a placement (not a short break)");
    }

    @Test
    void placed_on_the_day_of_the_change_gets_3_working_days() {
        ScheduleEntry meeting = placedOn("2025-04-01").schedule("2025-04-07", PlacementPlanningChange.policy()).entriesOf(RULE).get(0);

        assertThat(meeting).isDueOn("2025-04-04").isOverdue();
        assertThat(meeting.ruleInForceFrom()).contains(LocalDate.of(2025, 4, 1));
        assertThat(meeting.rule()).isSameAs(PlacementPlanningChange.WITHIN_3_WORKING_DAYS);
    }

    @Test
    void derbyshire_itself_is_unchanged() {
        assertThat(placedOn("2025-04-01").schedule("2025-04-07", DerbyshirePracticeStandards.policy())).obligation(RULE)
                .isDueOn("2025-04-08");
    }

    @Test
    void the_policy_keeps_both_versions() {
        assertThat(PlacementPlanningChange.policy().ruleInForceOn(RULE, LocalDate.of(2025, 3, 31)))
                .contains(DerbyshirePracticeStandards.policy().rule(RULE).orElseThrow());
        assertThat(PlacementPlanningChange.policy().ruleInForceOn(RULE, LocalDate.of(2025, 4, 1)))
                .contains(PlacementPlanningChange.WITHIN_3_WORKING_DAYS);
        assertThat(PlacementPlanningChange.policy().changes()).containsExactly(
                "override lac.placement-planning-meeting from 2025-04-01: Anytown holds placement planning meetings within 3 working days");
    }
}
