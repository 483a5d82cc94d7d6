package org.duly.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.duly.testkit.DulyAssertions.assertThat;
import static org.duly.timescales.Timescales.within;
import static org.duly.timescales.period.Periods.hours;
import static org.duly.timescales.period.Periods.workingDays;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.CaseEvents.BECAME_LOOKED_AFTER;
import static org.duly.workflows.vocabulary.CaseEvents.CONFERENCE_HELD;
import static org.duly.workflows.vocabulary.CaseEvents.LOOKED_AFTER_REVIEW;
import static org.duly.workflows.vocabulary.CaseEvents.SIGNIFICANT_HARM_CONCERN;
import static org.duly.workflows.vocabulary.CaseEvents.STRATEGY_DISCUSSION;
import static org.duly.workflows.vocabulary.Conditions.INITIATED_SECTION_47;
import static org.duly.workflows.vocabulary.Conditions.conferenceHeld;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.duly.domain.events.ConferenceKind;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.PlacementType;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.policy.Instrument;
import org.duly.workflows.policy.Policy;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The testkit's assertions pass when they should and fail, clearly, when they should not. */
class DulyAssertionsTest {

    /**
     * The test kit knows no policy: its tests bring one of their own. A rule counted in hours, one in
     * working days, and one whose clock the cases here never start.
     */
    static final Policy POLICY = Policy.builder("Test practice standards", "1")
            .rule(rule("cp.strategy-discussion", "Strategy discussion").implementing("CP-1")
                    .citing("Test practice standards", "Child Protection", "within 24 hours of the concern")
                    .localStandard()
                    .due(within(hours(24)).of(SIGNIFICANT_HARM_CONCERN))
                    .metBy(STRATEGY_DISCUSSION))
            .rule(rule("cp.icpc", "Initial child protection conference").implementing("CP-2")
                    .citing("Test practice standards", "Child Protection", "within 15 working days of the strategy discussion")
                    .statutory(Instrument.WORKING_TOGETHER, "initial child protection conferences")
                    .due(within(workingDays(15)).of(STRATEGY_DISCUSSION.where(INITIATED_SECTION_47)))
                    .metBy(CONFERENCE_HELD.where(conferenceHeld(ConferenceKind.INITIAL))))
            .rule(rule("lac.reviews", "Looked after reviews").implementing("LAC-6")
                    .citing("Test practice standards", "Children in Care", "within 20 working days of becoming looked after")
                    .localStandard()
                    .due(within(workingDays(20)).of(BECAME_LOOKED_AFTER))
                    .metBy(LOOKED_AFTER_REVIEW))
            .build();

    /** A child's case with one overdue conference; the child's name must never appear in a failure. */
    static final Schedule SCHEDULE = ChildCase.child("C-1").bornOn("2016-05-10").named("Ada Testname")
            .strategyDiscussion("2024-03-14T10:00", true)
            .schedule("2024-04-09", POLICY);

    @Test
    void a_true_assertion_passes() {
        assertThat(SCHEDULE).obligation("cp.icpc").isDueOn("2024-04-08").isOverdue().isNotProvisional()
                .explanationContains("skipping Good Friday 2024-03-29, Easter Monday 2024-04-01");
        assertThat(SCHEDULE).hasNoObligation("lac.reviews").hasObligations("cp.icpc", 1);
    }

    @Test
    void a_miss_a_discharge_and_lateness_are_asserted_and_a_wrong_one_fails() {
        ChildCase enquiry = ChildCase.child("C-1").bornOn("2016-05-10").strategyDiscussion("2024-03-14T10:00", true);
        // The conference was due on 2024-04-08: the case closed after it, before it, or the conference came 3 days late.
        Schedule closedAfter = enquiry.closed("2024-04-20").schedule("2024-05-01", POLICY);
        assertThat(closedAfter).obligation("cp.icpc").isMissed().isLateBy(12).wasClosedBy("2024-04-20").hasIntervalsMissed(0);
        assertThatThrownBy(() -> assertThat(closedAfter).obligation("cp.icpc").isNotRequired())
                .hasMessageContaining("Expected cp.icpc to be NOT_REQUIRED but it is MISSED");
        assertThatThrownBy(() -> assertThat(closedAfter).obligation("cp.icpc").wasClosedBy("the adoption order"))
                .hasMessageContaining("Expected cp.icpc to be closed by the adoption order but");
        assertThatThrownBy(() -> assertThat(closedAfter).obligation("cp.icpc").isLateBy(11))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("late by 12");
        assertThatThrownBy(() -> assertThat(closedAfter).obligation("cp.icpc").hasIntervalsMissed(1))
                .hasMessageContaining("it missed 0");

        Schedule closedBefore = ChildCase.child("C-1").bornOn("2016-05-10").strategyDiscussion("2024-03-14T10:00", true)
                .closed("2024-03-20").schedule("2024-05-01", POLICY);
        assertThat(closedBefore).obligation("cp.icpc").isNotRequired().wasClosedBy("2024-03-20");
        assertThatThrownBy(() -> assertThat(closedBefore).obligation("cp.icpc").isLateBy(0))
                .hasMessageContaining("Expected cp.icpc to be late by 0 days but it is NOT_REQUIRED");

        Schedule late = ChildCase.child("C-1").bornOn("2016-05-10").strategyDiscussion("2024-03-14T10:00", true)
                .initialConference("2024-04-11").schedule("2024-05-01", POLICY);
        assertThat(late).obligation("cp.icpc").isMetLate().isLateBy(3);
        assertThatThrownBy(() -> assertThat(late).obligation("cp.icpc").wasClosedBy("2024-04-11"))
                .hasMessageContaining("Expected cp.icpc to be closed by 2024-04-11 but it is MET_LATE");
    }

    @Test
    void a_wrong_due_date_fails_with_the_explanation() {
        assertThatThrownBy(() -> assertThat(SCHEDULE).obligation("cp.icpc").isDueOn("2024-04-05"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expected cp.icpc to be due on 2024-04-05 but it is due on 2024-04-08")
                .hasMessageContaining("because 15 working days after the strategy discussion");
    }

    @Test
    void a_wrong_status_or_a_missing_rule_fails() {
        assertThatThrownBy(() -> assertThat(SCHEDULE).obligation("cp.icpc").isMet())
                .hasMessageContaining("Expected cp.icpc to be MET but it is OVERDUE");
        assertThatThrownBy(() -> assertThat(SCHEDULE).obligation("lac.reviews"))
                .hasMessageContaining("Expected an obligation of lac.reviews on 2024-04-09 but its clock has not started");
        assertThatThrownBy(() -> assertThat(SCHEDULE).hasNothingOverdue()).hasMessageContaining("cp.icpc #1 due 2024-04-08: OVERDUE");
        assertThatThrownBy(() -> assertThat(SCHEDULE).obligation("cp.icpc", 2))
                .hasMessageContaining("Expected obligation 2 of chain 1 of cp.icpc");
    }

    @Test
    void a_failure_carries_the_expected_and_actual_values_for_an_ide_to_compare() {
        assertThatThrownBy(() -> assertThat(SCHEDULE).obligation("cp.icpc").isDueOn("2024-04-05"))
                .isInstanceOfSatisfying(AssertionFailedError.class, failure -> {
                    Assertions.assertThat(failure.getExpected().getValue()).isEqualTo(LocalDate.parse("2024-04-05"));
                    Assertions.assertThat(failure.getActual().getValue()).isEqualTo(LocalDate.parse("2024-04-08"));
                })
                .hasMessage("""
                        Expected cp.icpc to be due on 2024-04-05 but it is due on 2024-04-08:
                          cp.icpc #1 due 2024-04-08: OVERDUE
                          because 15 working days after the strategy discussion that initiated section 47 enquiries on 2024-03-14 at 10:00 \
                        is 2024-04-08, on the England and Wales calendar, skipping Good Friday 2024-03-29, Easter Monday 2024-04-01 \
                        and 8 weekend days""");
        assertThatThrownBy(() -> assertThat(SCHEDULE).obligation("cp.icpc").isMet())
                .isInstanceOfSatisfying(AssertionFailedError.class, failure -> {
                    Assertions.assertThat(failure.getExpected().getValue()).isEqualTo(Status.MET);
                    Assertions.assertThat(failure.getActual().getValue()).isEqualTo(Status.OVERDUE);
                });
        assertThatThrownBy(() -> assertThat(SCHEDULE).hasNothingOverdue())
                .isInstanceOfSatisfying(AssertionFailedError.class, failure -> {
                    Assertions.assertThat(failure.getExpected().getValue()).isEqualTo(List.of());
                    Assertions.assertThat(failure.getActual().getValue()).isEqualTo(List.of("cp.icpc #1 due 2024-04-08: OVERDUE"));
                });
        assertThatThrownBy(() -> assertThat(SCHEDULE).hasObligations("cp.icpc", 2))
                .isInstanceOfSatisfying(AssertionFailedError.class, failure -> {
                    Assertions.assertThat(failure.getExpected().getValue()).isEqualTo(2);
                    Assertions.assertThat(failure.getActual().getValue()).isEqualTo(1);
                });
    }

    @Test
    void a_description_of_the_schedule_or_the_obligation_heads_the_failure_and_the_childs_name_never_appears() {
        assertThatThrownBy(() -> assertThat(SCHEDULE).as("C-1 on 9 April").obligation("cp.icpc").isMet())
                .hasMessageStartingWith("[C-1 on 9 April] Expected cp.icpc to be MET but it is OVERDUE")
                .message().doesNotContain("Ada", "Testname");
        assertThatThrownBy(() -> assertThat(SCHEDULE).obligation("cp.icpc").as("the ICPC").isDueOn("2024-04-05"))
                .hasMessageStartingWith("[the ICPC] Expected cp.icpc to be due on 2024-04-05");
    }

    @Test
    void only_obligation_fails_when_the_rule_has_several_and_lists_them_as_does_obligation() {
        Schedule twice = ChildCase.child("C-5").bornOn("2016-05-10")
                .strategyDiscussion("2024-03-14T10:00", true)
                .initialConference("2024-04-04")
                .strategyDiscussion("2024-06-03T10:00", true)
                .schedule("2024-06-10", POLICY);
        String several = """
                Expected only one obligation of cp.icpc but it has 2; name the one meant, as obligation("cp.icpc", occurrence) \
                or obligation("cp.icpc", chain, occurrence):
                  cp.icpc #1 due 2024-04-08: MET by the child protection conference (an initial conference) on 2024-04-04
                  cp.icpc #2 due 2024-06-24: UPCOMING""";
        assertThatThrownBy(() -> assertThat(twice).onlyObligation("cp.icpc")).hasMessage(several);
        assertThatThrownBy(() -> assertThat(twice).obligation("cp.icpc")).hasMessage(several);
        assertThat(twice).obligation("cp.icpc", 1).isMet();
        assertThat(twice).obligation("cp.icpc", 2).isDueOn("2024-06-24").isUpcoming();
        assertThat(SCHEDULE).onlyObligation("cp.icpc").isOverdue();
    }

    @Test
    void a_typo_in_a_rule_id_gets_the_nearest_id_and_a_rule_not_started_says_so() {
        assertThatThrownBy(() -> assertThat(SCHEDULE).obligation("cp.icpcc"))
                .hasMessage("Expected an obligation of cp.icpcc on 2024-04-09 but the policy Test practice standards 1 has no rule"
                        + " cp.icpcc (did you mean cp.icpc?)");
        assertThatThrownBy(() -> assertThat(SCHEDULE).obligation("CP.ICPC", 2))
                .hasMessage("Expected obligation 2 of chain 1 of CP.ICPC on 2024-04-09 but the policy Test practice standards 1 has no"
                        + " rule CP.ICPC (did you mean cp.icpc?)");
        assertThatThrownBy(() -> assertThat(SCHEDULE).obligation("court.final-hearing"))
                .hasMessage("Expected an obligation of court.final-hearing on 2024-04-09 but the policy Test practice standards 1 has"
                        + " no rule court.final-hearing");
        assertThatThrownBy(() -> assertThat(SCHEDULE).onlyObligation("lac.reviews"))
                .hasMessage("Expected an obligation of lac.reviews on 2024-04-09 but its clock has not started: nothing in the case"
                        + " starts Looked after reviews: within 20 working days of becoming looked after");
    }

    @Test
    void an_assertion_that_nothing_is_owed_fails_for_a_rule_the_policy_does_not_have_which_a_typo_would_pass() {
        assertThatThrownBy(() -> assertThat(SCHEDULE).hasNoObligation("lac.review"))
                .hasMessage("Expected no obligation of lac.review but the policy Test practice standards 1 has no rule lac.review"
                        + " (did you mean lac.reviews?)");
        assertThatThrownBy(() -> assertThat(SCHEDULE).hasObligations("lac.review", 0))
                .hasMessageContaining("has no rule lac.review (did you mean lac.reviews?)");
        assertThatThrownBy(() -> assertThat(SCHEDULE).hasNoObligation("cp.icpc"))
                .hasMessage("Expected no obligation of cp.icpc but it has:\n  cp.icpc #1 due 2024-04-08: OVERDUE");
    }

    @Test
    void a_rule_in_hours_is_due_at_a_moment_on_the_clocks_in_england() {
        // 24 hours from noon on the Saturday the clocks go forward is 13:00 on the Sunday.
        Schedule springForward = ChildCase.child("C-6").bornOn("2016-05-10").significantHarmConcern("2024-03-30T12:00")
                .schedule("2024-03-30", POLICY);
        assertThat(springForward).obligation("cp.strategy-discussion")
                .isDueOn("2024-03-31")
                .isDueAt("2024-03-31T13:00")
                .isDueAt(LocalDateTime.parse("2024-03-31T13:00"))
                .isDueAt("2024-03-31T12:00Z")
                .isDueAt(ZonedDateTime.parse("2024-03-31T13:00+01:00[Europe/London]"));
        assertThatThrownBy(() -> assertThat(springForward).obligation("cp.strategy-discussion").isDueAt("2024-03-31T12:00"))
                .isInstanceOfSatisfying(AssertionFailedError.class, failure -> {
                    Assertions.assertThat(failure.getExpected().getValue()).isEqualTo(LocalDateTime.parse("2024-03-31T12:00"));
                    Assertions.assertThat(failure.getActual().getValue()).isEqualTo(LocalDateTime.parse("2024-03-31T13:00"));
                })
                .hasMessageStartingWith("Expected cp.strategy-discussion to be due at 2024-03-31T12:00 (Europe/London) but it is due at"
                        + " 2024-03-31T13:00+01:00[Europe/London]:\n  cp.strategy-discussion #1 due 2024-03-31: DUE_SOON\n  because 24 hours");
        // When the clocks go back 01:30 happens twice: an offset says which.
        Schedule fallBack = ChildCase.child("C-7").bornOn("2016-05-10").significantHarmConcern("2024-10-26T01:30")
                .schedule("2024-10-26", POLICY);
        assertThat(fallBack).obligation("cp.strategy-discussion").isDueAt("2024-10-27T01:30").isDueAt("2024-10-27T01:30+01:00");
        assertThatThrownBy(() -> assertThat(fallBack).obligation("cp.strategy-discussion").isDueAt("2024-10-27T01:30Z"))
                .hasMessageStartingWith("Expected cp.strategy-discussion to be due at 2024-10-27T01:30Z but it is due at"
                        + " 2024-10-27T01:30+01:00[Europe/London]");
        assertThatThrownBy(() -> assertThat(SCHEDULE).obligation("cp.icpc").isDueAt("2024-04-08T17:00"))
                .hasMessageStartingWith("Expected cp.icpc to be due at 2024-04-08T17:00 (Europe/London) but it is counted in days,"
                        + " due on 2024-04-08:\n  cp.icpc #1 due 2024-04-08: OVERDUE");
    }

    @Test
    void the_builder_ends_an_open_placement_before_the_next_and_reports_bad_timelines() {
        ChildCase moved = ChildCase.child("C-2").bornOn("2012-01-01")
                .becameLookedAfter("2024-01-08", LegalStatus.SECTION_20)
                .placement("2024-01-08", PlacementType.LOCAL_AUTHORITY_FOSTER_CARE)
                .placement("2024-02-01", PlacementType.INDEPENDENT_FOSTERING_AGENCY);
        Assertions.assertThat(moved.timeline().events()).hasSize(4);
        assertThatThrownBy(() -> ChildCase.child("C-3").bornOn("2020-01-01").becameLookedAfter("2019-12-31", LegalStatus.SECTION_20)
                .timeline())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the case is not a valid timeline")
                .hasMessageContaining("event 1 (becameLookedAfter)");
        Assertions.assertThat(moved.dateOfBirth()).contains(LocalDate.parse("2012-01-01"));
    }

    @Test
    void fixed_calendars_say_exactly_which_days_are_holidays() {
        Assertions.assertThat(TestCalendars.weekendsOnly().shift(LocalDate.parse("2024-03-28"), 1)).isEqualTo("2024-03-29");
        Assertions.assertThat(TestCalendars.withHolidays("2024-03-29 Good Friday").shift(LocalDate.parse("2024-03-28"), 1))
                .isEqualTo("2024-04-01");
        assertThatThrownBy(() -> TestCalendars.withHolidays("Good Friday")).hasMessage("a holiday is 'YYYY-MM-DD Name', not 'Good Friday'");
    }
}
