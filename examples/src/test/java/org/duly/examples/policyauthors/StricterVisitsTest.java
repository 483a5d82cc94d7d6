package org.duly.examples.policyauthors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.testkit.DulyAssertions.assertThat;

import java.util.List;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.PlacementType;
import org.duly.domain.events.VisitPurpose;
import org.duly.testkit.ChildCase;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.workflows.policy.Policy;
import org.duly.workflows.policy.Rule;
import org.junit.jupiter.api.Test;

/** Example 2: one rule replaced, every other rule of the catalogue kept. */
class StricterVisitsTest {

    /** Placed in the authority's own foster care on Monday 3 June 2024 and visited on the Wednesday. */
    private static ChildCase visitedOnce() {
        return ChildCase.child("EX-2").bornOn("2015-01-01")
                .becameLookedAfter("2024-06-03", LegalStatus.SECTION_20)
                .placement("2024-06-03", PlacementType.LOCAL_AUTHORITY_FOSTER_CARE)
                .visit("2024-06-05", VisitPurpose.LOOKED_AFTER);
    }

    @Test
    void the_next_visit_is_due_4_weeks_after_the_last_where_derbyshire_allows_6() {
        assertThat(visitedOnce().schedule("2024-06-20", StricterVisits.policy())).obligation("lac.visits", 2)
                .isDueOn("2024-07-03").isUpcoming();
        assertThat(visitedOnce().schedule("2024-06-20", DerbyshirePracticeStandards.policy())).obligation("lac.visits", 2)
                .isDueOn("2024-07-17");
    }

    @Test
    void the_first_visit_is_unchanged() {
        assertThat(visitedOnce().schedule("2024-06-20", StricterVisits.policy())).obligation("lac.visits", 1)
                .isDueOn("2024-06-10").wasMetOn("2024-06-05");
    }

    @Test
    void every_other_rule_stays_as_derbyshire_wrote_it_in_its_place() {
        Policy derbyshire = DerbyshirePracticeStandards.policy();
        List<Rule> expected = derbyshire.rules().stream()
                .map(rule -> rule.id().equals("lac.visits") ? StricterVisits.VISITS : rule)
                .toList();

        assertThat(StricterVisits.policy().rules()).containsExactlyElementsOf(expected);
        assertThat(visitedOnce().schedule("2024-06-20", StricterVisits.policy())).obligation("lac.placement-planning-meeting")
                .isDueOn("2024-06-10");
    }

    @Test
    void the_policy_records_the_change_and_its_reason() {
        assertThat(StricterVisits.policy().name()).isEqualTo("Anytown Council practice standards");
        assertThat(StricterVisits.policy().changes())
                .containsExactly("override lac.visits: Anytown visits every child in care at least every 4 weeks");
        assertThat(StricterVisits.VISITS.inWords()).isEqualTo("Visits to a child in care: first within 1 week of the start of"
                + " the placement, then at least every 4 weeks, until the child ceases to be looked after or turns 18");
    }
}
