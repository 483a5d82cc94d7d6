package org.duly.policies.derbyshire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.policies.derbyshire.JourneyFixture.d;
import static org.duly.policies.derbyshire.JourneyFixture.lines;
import static org.duly.policies.derbyshire.JourneyFixture.schedule;
import static org.duly.policies.derbyshire.JourneyFixture.t;

import java.util.ArrayList;
import java.util.List;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Child;
import org.duly.domain.events.Birth;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.ChildsPlanCreated;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.ConferenceHeld;
import org.duly.domain.events.ConferenceKind;
import org.duly.domain.events.Referral;
import org.duly.domain.events.StrategyDiscussion;
import org.duly.workflows.engine.Schedule;
import org.junit.jupiter.api.Test;

/** An unborn child: the pre-birth conference before 28 weeks, then the birth moving the first review. */
class PreBirthJourneyTest {

    private static final Child UNBORN = Child.builder().id("C-2001").expectedDateOfDelivery(d("2024-09-01")).build();

    private static CaseTimeline journey(boolean heldLate, String birth) {
        List<CaseEvent> events = new ArrayList<>(List.of(
                Referral.builder().date(d("2024-03-25")).build(),
                StrategyDiscussion.builder().date(d("2024-04-02")).time(t("11:00")).initiatedSection47(true).build(),
                ConferenceHeld.builder().date(d(heldLate ? "2024-06-10" : "2024-04-22")).kind(ConferenceKind.INITIAL).preBirth(true).build(),
                ChildsPlanCreated.builder().date(d(heldLate ? "2024-06-10" : "2024-04-22")).kind(ChildsPlanKind.CHILD_PROTECTION).build()));
        if (birth != null) {
            events.add(Birth.builder().date(d(birth)).build());
        }
        return JourneyFixture.timeline(UNBORN, events);
    }

    @Test
    void the_pre_birth_conference_is_due_the_day_before_12_weeks_before_the_expected_date_of_delivery() {
        Schedule onTime = schedule(journey(false, null), "2024-05-01");
        assertThat(lines(onTime, "cp.pre-birth-icpc")).containsExactly("1.1 2024-06-08 MET");
        assertThat(onTime.entriesOf("cp.pre-birth-icpc").get(0).explanationInEnglish())
                .startsWith("the later of 2024-06-08 (85 days before the expected date of delivery on 2024-09-01 is 2024-06-08)"
                        + " and 2024-04-23 (15 working days after the strategy discussion that initiated section 47 enquiries"
                        + " before the birth on 2024-04-02 at 11:00 is 2024-04-23");
        // The clock starts at the strategy discussion, before its due date, not at the expected date of delivery after it.
        assertThat(onTime.entriesOf("cp.pre-birth-icpc").get(0).clockStartedOn()).contains(d("2024-04-02"));
        Schedule late = schedule(journey(true, null), "2024-06-11");
        assertThat(lines(late, "cp.pre-birth-icpc")).containsExactly("1.1 2024-06-08 MET_LATE");
        // Within 15 working days of the strategy discussion as well: 2 April + 15 = 23 April.
        assertThat(lines(onTime, "cp.icpc")).containsExactly("1.1 2024-04-23 MET");
    }

    @Test
    void before_the_birth_the_first_review_is_3_months_after_the_pre_birth_conference() {
        Schedule schedule = schedule(journey(false, null), "2024-05-01");
        assertThat(lines(schedule, "cp.pre-birth-review-conferences")).containsExactly("1.1 2024-07-22 UPCOMING");
        assertThat(lines(schedule, "cp.review-conferences")).isEmpty();
    }

    @Test
    void an_early_birth_brings_the_first_review_forward_to_1_month_after_the_birth() {
        Schedule early = schedule(journey(false, "2024-06-15"), "2024-06-20");
        assertThat(lines(early, "cp.pre-birth-review-conferences")).containsExactly("1.1 2024-07-15 UPCOMING");
        assertThat(early.entriesOf("cp.pre-birth-review-conferences").get(0).explanationInEnglish())
                .startsWith("the sooner of 2024-07-15 (1 month after the birth following a pre-birth child protection plan on"
                        + " 2024-06-15 is 2024-07-15) and 2024-07-22 (3 months after the initial child protection conference held"
                        + " before the birth on 2024-04-22 is 2024-07-22)");
        // A birth after the 3 months leaves the conference's date standing.
        Schedule onTerm = schedule(journey(false, "2024-07-01"), "2024-07-02");
        assertThat(lines(onTerm, "cp.pre-birth-review-conferences")).containsExactly("1.1 2024-07-22 UPCOMING");
    }
}
