package org.duly.policies.derbyshire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.policies.derbyshire.JourneyFixture.d;
import static org.duly.policies.derbyshire.JourneyFixture.lines;
import static org.duly.policies.derbyshire.JourneyFixture.schedule;
import static org.duly.policies.derbyshire.JourneyFixture.t;

import java.util.List;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Child;
import org.duly.domain.events.BecameLookedAfter;
import org.duly.domain.events.CeasedLookedAfter;
import org.duly.domain.events.ChildsPlanCreated;
import org.duly.domain.events.ChildsPlanEnded;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.ConferenceHeld;
import org.duly.domain.events.ConferenceKind;
import org.duly.domain.events.CoreGroupMeeting;
import org.duly.domain.events.HealthAssessment;
import org.duly.domain.events.HealthAssessmentKind;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.LookedAfterReview;
import org.duly.domain.events.PlacementEnded;
import org.duly.domain.events.PlacementStarted;
import org.duly.domain.events.PlacementType;
import org.duly.domain.events.Referral;
import org.duly.domain.events.ReferralAcknowledged;
import org.duly.domain.events.ReferralDecision;
import org.duly.domain.events.ReferralOutcome;
import org.duly.domain.events.ReportShared;
import org.duly.domain.events.Section47EnquiryCompleted;
import org.duly.domain.events.Section47EnquiryStarted;
import org.duly.domain.events.Section47ManagementOversight;
import org.duly.domain.events.SignificantHarmConcern;
import org.duly.domain.events.StrategyDiscussion;
import org.duly.domain.events.Visit;
import org.duly.domain.events.VisitPurpose;
import org.duly.workflows.engine.Schedule;
import org.junit.jupiter.api.Test;

/**
 * A child's whole journey: referral, child protection, into care, reviews, a placement move, the
 * 5th birthday, leaving care. Each step checks what practice would expect of the schedule then.
 */
class ChildJourneyTest {

    private static final Child CHILD = Child.builder().id("C-1042").name("Journey Testchild").dateOfBirth(d("2019-05-20")).build();

    private static final CaseTimeline JOURNEY = JourneyFixture.timeline(CHILD, List.of(
            Referral.builder().date(d("2023-11-06")).build(),
            ReferralAcknowledged.builder().date(d("2023-11-07")).build(),
            ReferralDecision.builder().date(d("2023-11-07")).outcome(ReferralOutcome.STRATEGY_DISCUSSION).build(),
            SignificantHarmConcern.builder().date(d("2023-11-07")).time(t("10:00")).build(),
            StrategyDiscussion.builder().date(d("2023-11-07")).time(t("15:00")).initiatedSection47(true).build(),
            Section47EnquiryStarted.builder().date(d("2023-11-08")).build(),
            Visit.builder().date(d("2023-11-08")).time(t("09:30")).purpose(VisitPurpose.CHILD_PROTECTION).childSeen(true)
                    .seenAlone(true).build(),
            Section47ManagementOversight.builder().date(d("2023-11-14")).build(),
            Section47EnquiryCompleted.builder().date(d("2023-11-22")).build(),
            ReportShared.builder().date(d("2023-11-23")).conferenceKind(ConferenceKind.INITIAL).conferenceDate(d("2023-11-27")).build(),
            ConferenceHeld.builder().date(d("2023-11-27")).kind(ConferenceKind.INITIAL).build(),
            ChildsPlanCreated.builder().date(d("2023-11-27")).kind(ChildsPlanKind.CHILD_PROTECTION).build(),
            CoreGroupMeeting.builder().date(d("2023-12-08")).build(),
            CoreGroupMeeting.builder().date(d("2024-01-18")).build(),
            BecameLookedAfter.builder().date(d("2024-02-05")).legalStatus(LegalStatus.SECTION_20).build(),
            PlacementStarted.builder().date(d("2024-02-05")).placementType(PlacementType.LOCAL_AUTHORITY_FOSTER_CARE).build(),
            ChildsPlanEnded.builder().date(d("2024-02-05")).kind(ChildsPlanKind.CHILD_PROTECTION).build(),
            Visit.builder().date(d("2024-02-09")).purpose(VisitPurpose.LOOKED_AFTER).childSeen(true).seenAlone(true).build(),
            HealthAssessment.builder().date(d("2024-02-26")).kind(HealthAssessmentKind.INITIAL).build(),
            LookedAfterReview.builder().date(d("2024-03-01")).build(),
            PlacementEnded.builder().date(d("2024-03-15")).build(),
            PlacementStarted.builder().date(d("2024-03-15")).placementType(PlacementType.INDEPENDENT_FOSTERING_AGENCY).build(),
            Visit.builder().date(d("2024-03-20")).purpose(VisitPurpose.LOOKED_AFTER).childSeen(true).seenAlone(false).build(),
            Visit.builder().date(d("2024-04-16")).purpose(VisitPurpose.LOOKED_AFTER).childSeen(true).seenAlone(true).build(),
            LookedAfterReview.builder().date(d("2024-05-30")).build(),
            HealthAssessment.builder().date(d("2024-08-20")).kind(HealthAssessmentKind.REVIEW).build(),
            CeasedLookedAfter.builder().date(d("2024-09-30")).build()));

    @Test
    void in_the_section_47_enquiry_the_conference_is_counted_over_15_working_days() {
        Schedule schedule = schedule(JOURNEY, "2023-11-20");
        assertThat(lines(schedule, "cp.strategy-discussion")).containsExactly("1.1 2023-11-08 MET");
        assertThat(lines(schedule, "cp.seen-alone")).containsExactly("1.1 2023-11-08 MET");
        assertThat(lines(schedule, "cp.icpc")).containsExactly("1.1 2023-11-28 UPCOMING");
        assertThat(lines(schedule, "cp.management-oversight")).containsExactly("1.1 2023-11-17 MET");
        assertThat(lines(schedule, "cp.section-47-completed")).containsExactly("1.1 2023-11-29 UPCOMING");
        assertThat(lines(schedule, "cin.referral-decision")).containsExactly("1.1 2023-11-07 MET");
        assertThat(schedule.entriesOf("cp.icpc").get(0).explanationInEnglish()).startsWith(
                "15 working days after the strategy discussion that initiated section 47 enquiries on 2023-11-07 at 15:00 is"
                        + " 2023-11-28, on the England and Wales calendar, skipping 6 weekend days");
    }

    @Test
    void after_the_initial_conference_core_groups_and_the_review_conference_run_until_the_child_comes_into_care() {
        Schedule beforeCare = schedule(JOURNEY, "2024-01-31");
        assertThat(lines(beforeCare, "cp.icpc")).containsExactly("1.1 2023-11-28 MET");
        assertThat(lines(beforeCare, "cp.report-initial")).containsExactly("1.1 2023-11-23 MET");
        assertThat(lines(beforeCare, "cp.core-groups"))
                .containsExactly("1.1 2023-12-11 MET", "1.2 2024-01-19 MET", "1.3 2024-02-29 UPCOMING");
        assertThat(lines(beforeCare, "cp.review-conferences")).containsExactly("1.1 2024-02-27 UPCOMING");
        // The child protection plan ends on coming into care: core groups and review conferences stop.
        Schedule inCare = schedule(JOURNEY, "2024-03-05");
        assertThat(lines(inCare, "cp.core-groups")).containsExactly("1.1 2023-12-11 MET", "1.2 2024-01-19 MET");
        assertThat(lines(inCare, "cp.review-conferences")).isEmpty();
    }

    @Test
    void in_care_reviews_visits_and_health_assessments_follow_the_child() {
        Schedule schedule = schedule(JOURNEY, "2024-06-03");
        assertThat(lines(schedule, "lac.reviews")).containsExactly("1.1 2024-03-04 MET", "1.2 2024-06-01 MET", "1.3 2024-11-30 UPCOMING");
        // The move on 2024-03-15 restarts the visits; the new placement is an IFA, so visits are 4-weekly.
        assertThat(lines(schedule, "lac.visits")).containsExactly(
                "1.1 2024-02-12 MET", "2.1 2024-03-22 MET", "2.2 2024-04-17 MET", "2.3 2024-05-14 OVERDUE");
        assertThat(lines(schedule, "lac.placement-planning-meeting"))
                .containsExactly("1.1 2024-02-12 OVERDUE", "1.2 2024-03-22 OVERDUE");
        assertThat(lines(schedule, "lac.care-plan")).containsExactly("1.1 2024-02-19 OVERDUE");
        // Under 5 at the first assessment: the next is due 6 months later.
        assertThat(lines(schedule, "lac.health-assessments")).containsExactly("1.1 2024-03-04 MET", "1.2 2024-08-26 UPCOMING");
    }

    @Test
    void turning_5_changes_the_health_assessment_interval() {
        Schedule schedule = schedule(JOURNEY, "2024-08-21");
        assertThat(lines(schedule, "lac.health-assessments"))
                .containsExactly("1.1 2024-03-04 MET", "1.2 2024-08-26 MET", "1.3 2025-08-20 UPCOMING");
        assertThat(schedule.entriesOf("lac.health-assessments").get(2).explanationInEnglish())
                .startsWith("not under 5 on 2024-08-20, so 12 months after the health assessment (2nd) on 2024-08-20");
    }

    @Test
    void leaving_care_ends_what_was_not_yet_due_and_keeps_what_was_missed() {
        Schedule schedule = schedule(JOURNEY, "2024-12-01");
        assertThat(lines(schedule, "lac.reviews")).containsExactly("1.1 2024-03-04 MET", "1.2 2024-06-01 MET");
        assertThat(lines(schedule, "lac.health-assessments")).containsExactly("1.1 2024-03-04 MET", "1.2 2024-08-26 MET");
        assertThat(lines(schedule, "lac.visits")).contains("2.3 2024-05-14 MISSED");
        // Never done while the child was in care, and it can no longer be: leaving care made the overdue care plan a miss.
        assertThat(lines(schedule, "lac.care-plan")).containsExactly("1.1 2024-02-19 MISSED");
    }

    @Test
    void the_schedule_never_names_the_child() {
        Schedule schedule = schedule(JOURNEY, "2024-06-03");
        assertThat(schedule.toString()).doesNotContain("Journey", "Testchild");
        assertThat(schedule.subject()).isEqualTo("C-1042");
        assertThat(JourneyFixture.describe(schedule)).doesNotContain("Testchild");
    }
}
