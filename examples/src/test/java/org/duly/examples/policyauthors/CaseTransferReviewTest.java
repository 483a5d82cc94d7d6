package org.duly.examples.policyauthors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.testkit.DulyAssertions.assertThat;

import java.time.LocalDate;
import org.duly.examples.policyauthors.CaseTransferReview.CaseTransferred;
import org.duly.examples.policyauthors.CaseTransferReview.ManagerCaseReview;
import org.junit.jupiter.api.Test;

/** Example 6: a rule over Anytown's own records, evaluated without the catalogue. */
class CaseTransferReviewTest {

    private static final String RULE = "anytown.transfer-review";

    /** Thursday 21 March 2024, the week before Easter. */
    private static final CaseTransferred TRANSFER =
            new CaseTransferred(LocalDate.parse("2024-03-21"), "Assessment North", "Children in Need East");

    @Test
    void due_10_working_days_after_the_transfer_skipping_easter() {
        assertThat(CaseTransferReview.schedule("EX-6", LocalDate.parse("2024-04-09"), TRANSFER)).obligation(RULE)
                .isDueOn("2024-04-08").isOverdue()
                .explanationContains("skipping Good Friday 2024-03-29, Easter Monday 2024-04-01");
    }

    @Test
    void met_by_a_review_of_the_receiving_team_on_the_last_day() {
        ManagerCaseReview review = new ManagerCaseReview(LocalDate.parse("2024-04-08"), "Children in Need East");

        assertThat(CaseTransferReview.schedule("EX-6", LocalDate.parse("2024-04-09"), TRANSFER, review)).obligation(RULE)
                .isMet().wasMetOn("2024-04-08");
    }

    @Test
    void a_review_by_the_team_that_gave_the_case_up_does_not_count() {
        ManagerCaseReview review = new ManagerCaseReview(LocalDate.parse("2024-03-28"), "Assessment North");

        assertThat(CaseTransferReview.schedule("EX-6", LocalDate.parse("2024-04-09"), TRANSFER, review)).obligation(RULE)
                .isOverdue();
    }

    @Test
    void reads_as_the_booklet_does() {
        assertThat(CaseTransferReview.TRANSFER_REVIEW.inWords())
                .isEqualTo("Manager's case review after a transfer: within 10 working days of the transfer between teams");
    }
}
