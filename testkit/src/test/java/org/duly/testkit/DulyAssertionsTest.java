package org.duly.testkit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.duly.testkit.DulyAssertions.assertThat;
import static org.duly.timescales.Timescales.within;
import static org.duly.timescales.period.Periods.workingDays;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.CaseEvents.CONFERENCE_HELD;
import static org.duly.workflows.vocabulary.CaseEvents.STRATEGY_DISCUSSION;
import static org.duly.workflows.vocabulary.Conditions.INITIATED_SECTION_47;
import static org.duly.workflows.vocabulary.Conditions.conferenceHeld;

import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import org.duly.domain.events.ConferenceKind;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.PlacementType;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.policy.Instrument;
import org.duly.workflows.policy.Policy;
import org.junit.jupiter.api.Test;

/** The testkit's assertions pass when they should and fail, clearly, when they should not. */
class DulyAssertionsTest {

    /** The test kit knows no policy: its tests bring one of their own. */
    static final Policy POLICY = Policy.builder("Test practice standards", "1")
            .rule(rule("cp.icpc", "Initial child protection conference").implementing("CP-2")
                    .citing("Test practice standards", "Child Protection", "within 15 working days of the strategy discussion")
                    .statutory(Instrument.WORKING_TOGETHER, "initial child protection conferences")
                    .due(within(workingDays(15)).of(STRATEGY_DISCUSSION.where(INITIATED_SECTION_47)))
                    .metBy(CONFERENCE_HELD.where(conferenceHeld(ConferenceKind.INITIAL))))
            .build();

    private static final Schedule SCHEDULE = ChildCase.child("C-1").bornOn("2016-05-10").named("Ada Testname")
            .strategyDiscussion("2024-03-14T10:00", true)
            .schedule("2024-04-09", POLICY);

    @Test
    void a_true_assertion_passes() {
        assertThat(SCHEDULE).obligation("cp.icpc").isDueOn("2024-04-08").isOverdue().isNotProvisional()
                .explanationContains("skipping Good Friday 2024-03-29, Easter Monday 2024-04-01");
        assertThat(SCHEDULE).hasNoObligation("lac.reviews").hasObligations("cp.icpc", 1);
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
                .hasMessageContaining("Expected an obligation of lac.reviews on 2024-04-09 but the schedule has none");
        assertThatThrownBy(() -> assertThat(SCHEDULE).hasNothingOverdue()).hasMessageContaining("cp.icpc #1 due 2024-04-08: OVERDUE");
        assertThatThrownBy(() -> assertThat(SCHEDULE).obligation("cp.icpc", 2))
                .hasMessageContaining("Expected obligation 2 of chain 1 of cp.icpc");
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
