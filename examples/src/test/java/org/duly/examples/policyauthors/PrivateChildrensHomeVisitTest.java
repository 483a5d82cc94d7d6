package org.duly.examples.policyauthors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.testkit.DulyAssertions.assertThat;

import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.PlacementType;
import org.duly.domain.events.VisitPurpose;
import org.duly.testkit.ChildCase;
import org.junit.jupiter.api.Test;

/** Example 1: the local rule reads as the booklet does, and counts 5 working days from each move. */
class PrivateChildrensHomeVisitTest {

    private static final String RULE = "anytown.private-home-visit";

    /** A child in care since Monday 4 March 2024, in foster care until the move. */
    private static ChildCase inCare() {
        return ChildCase.child("EX-1").bornOn("2011-02-14")
                .becameLookedAfter("2024-03-04", LegalStatus.SECTION_20)
                .placement("2024-03-04", PlacementType.LOCAL_AUTHORITY_FOSTER_CARE);
    }

    @Test
    void reads_as_the_booklet_does() {
        assertThat(PrivateChildrensHomeVisit.VISIT_AFTER_A_MOVE.inWords()).isEqualTo("Visit after a move to a private children's"
                + " home: within 5 working days of the start of the placement in a private children's home");
        assertThat(PrivateChildrensHomeVisit.VISIT_AFTER_A_MOVE.citation().words()).startsWith("When a child moves to a private");
    }

    @Test
    void five_working_days_skip_good_friday_and_easter_monday() {
        ChildCase kase = inCare().placement("2024-03-26", PlacementType.PRIVATE_RESIDENTIAL);

        assertThat(kase.schedule("2024-04-05", PrivateChildrensHomeVisit.policy())).obligation(RULE)
                .isDueOn("2024-04-04").isOverdue()
                .explanationContains("skipping Good Friday 2024-03-29, Easter Monday 2024-04-01");
    }

    @Test
    void met_only_by_a_visit_at_which_the_child_was_seen_alone() {
        ChildCase seenWithCarers = inCare().placement("2024-03-26", PlacementType.PRIVATE_RESIDENTIAL)
                .visit("2024-04-02", VisitPurpose.LOOKED_AFTER);
        ChildCase seenAlone = inCare().placement("2024-03-26", PlacementType.PRIVATE_RESIDENTIAL)
                .visitSeenAlone("2024-04-02", VisitPurpose.LOOKED_AFTER);

        assertThat(seenWithCarers.schedule("2024-04-05", PrivateChildrensHomeVisit.policy())).obligation(RULE).isOverdue();
        assertThat(seenAlone.schedule("2024-04-05", PrivateChildrensHomeVisit.policy())).obligation(RULE).wasMetOn("2024-04-02");
    }

    @Test
    void a_move_to_foster_care_starts_no_clock() {
        assertThat(inCare().schedule("2024-04-05", PrivateChildrensHomeVisit.policy())).hasNoObligation(RULE);
    }

    @Test
    void each_move_to_a_private_childrens_home_starts_its_own_clock() {
        ChildCase kase = inCare().placement("2024-03-26", PlacementType.PRIVATE_RESIDENTIAL)
                .visitSeenAlone("2024-04-04", VisitPurpose.LOOKED_AFTER)
                .placement("2024-05-01", PlacementType.PRIVATE_RESIDENTIAL);

        // 1 May 2024 + 5 working days skips the early May bank holiday (Monday 6 May).
        assertThat(kase.schedule("2024-05-09", PrivateChildrensHomeVisit.policy())).obligation(RULE, 2)
                .isDueOn("2024-05-09").isDueSoon();
    }
}
