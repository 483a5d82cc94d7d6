package org.duly.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.timescales.Timescales.first;
import static org.duly.timescales.Timescales.within;
import static org.duly.timescales.period.Periods.weeks;
import static org.duly.timescales.period.Periods.workingDays;
import static org.duly.workflows.policy.Rules.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duly.timescales.Event;
import org.duly.timescales.Fact;
import org.duly.timescales.Facts;
import org.duly.timescales.Status;
import org.duly.workflows.cases.CaseFacts;
import org.duly.workflows.policy.Applicability;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Policy;
import org.duly.workflows.policy.Rule;
import org.junit.jupiter.api.Test;

class EngineTest {

    record Referral(LocalDate date) {
    }

    record Assessment(LocalDate date) {
    }

    record Visit(LocalDate date) {
    }

    static final Event<Referral> REFERRAL = Event.of("the referral", Referral.class, Referral::date);
    static final Event<Assessment> ASSESSMENT = Event.of("the assessment", Assessment.class, Assessment::date);
    static final Event<Visit> VISIT = Event.of("the visit", Visit.class, Visit::date);
    static final Fact<Boolean> DISABLED = Fact.of("whether the child is disabled", Boolean.class);

    static Rule assessment(int workingDays) {
        return rule("cin.assessment", "Assessment").implementing("CIN-4")
                .citing("Northshire Children's Services Practice Standards", "Children in Need", "within a maximum of 45 working days")
                .localStandard()
                .due(within(workingDays(workingDays)).of(REFERRAL))
                .metBy(ASSESSMENT);
    }

    static final Rule VISITS = rule("cin.visits", "Visits").implementing("CIN-3")
            .citing("Northshire Children's Services Practice Standards", "Children in Need", "at least 6 weekly")
            .localStandard()
            .due(first(within(workingDays(7)).of(REFERRAL)).thenEvery(weeks(6)))
            .metBy(VISIT);

    static final Rule DISABLED_ONLY = rule("pf.definition", "Disabled children only").implementing("PF-6")
            .citing("Northshire Children's Services Practice Standards", "Private Fostering", "under 18 if disabled")
            .localStandard()
            .due(within(workingDays(5)).of(REFERRAL))
            .metBy(VISIT)
            .appliesWhen(Applicability.of("to disabled children",
                    (date, facts) -> facts.require(DISABLED, "to tell whether the rule applies")));

    private static CaseFacts child(Object... occurrences) {
        return new CaseFacts("child 1", Facts.of(List.of(occurrences), Map.of()), List.of());
    }

    @Test
    void a_rule_changed_on_a_date_applies_to_clocks_started_after_it_and_not_before() {
        Policy policy = Policy.builder("Test", "1")
                .rule(assessment(45))
                .rule(assessment(20), LocalDate.parse("2024-03-01"))
                .build();
        CaseFacts facts = child(new Referral(LocalDate.parse("2024-02-29")), new Referral(LocalDate.parse("2024-03-01")));
        Schedule schedule = Engine.englandAndWales().evaluate(facts, policy, LocalDate.parse("2024-03-04"));
        assertThat(schedule.entries()).map(e -> e.clockStartedOn().orElseThrow() + " -> " + e.due().orElseThrow()
                        + " " + e.ruleInForceFrom().map(LocalDate::toString).orElse("always"))
                .containsExactly("2024-03-01 -> 2024-04-02 2024-03-01", "2024-02-29 -> 2024-05-07 always");
    }

    @Test
    void closing_the_case_ends_future_obligations_and_keeps_those_already_due() {
        Policy policy = Policy.builder("Test", "1").rule(VISITS).build();
        CaseFacts open = child(new Referral(LocalDate.parse("2024-01-02")), new Visit(LocalDate.parse("2024-01-05")));
        Schedule before = Engine.englandAndWales().evaluate(open, policy, LocalDate.parse("2024-03-01"));
        assertThat(before.entries()).map(ScheduleEntry::toString)
                .containsExactly("cin.visits #1 due 2024-01-11: MET by the visit on 2024-01-05",
                        "cin.visits #2 due 2024-02-16: OVERDUE");
        CaseFacts closedAfter = new CaseFacts("child 1", open.facts(), List.of(LocalDate.parse("2024-02-20")));
        assertThat(Engine.englandAndWales().evaluate(closedAfter, policy, LocalDate.parse("2024-03-01")).entries())
                .map(ScheduleEntry::status).containsExactly(Status.MET, Status.OVERDUE);
        CaseFacts closedBefore = new CaseFacts("child 1", open.facts(), List.of(LocalDate.parse("2024-02-16")));
        assertThat(Engine.englandAndWales().evaluate(closedBefore, policy, LocalDate.parse("2024-03-01")).entries())
                .map(ScheduleEntry::status).containsExactly(Status.MET);
    }

    @Test
    void a_rule_whose_condition_does_not_hold_is_not_applicable_and_a_missing_fact_cannot_be_computed() {
        Policy policy = Policy.builder("Test", "1").rule(DISABLED_ONLY).build();
        Referral referral = new Referral(LocalDate.parse("2024-01-02"));
        CaseFacts notDisabled = new CaseFacts("child 1", Facts.of(List.of(referral), Map.of(DISABLED, false)), List.of());
        assertThat(Engine.englandAndWales().evaluate(notDisabled, policy, LocalDate.parse("2024-01-03")).entries())
                .map(ScheduleEntry::toString)
                .containsExactly("pf.definition #1: NOT_APPLICABLE (applies only to disabled children)");
        CaseFacts unknown = child(referral);
        assertThat(Engine.englandAndWales().evaluate(unknown, policy, LocalDate.parse("2024-01-03")).entries())
                .map(ScheduleEntry::toString)
                .containsExactly("pf.definition #1: CANNOT_COMPUTE (needs whether the child is disabled to tell whether the rule applies)");
        CaseFacts disabled = new CaseFacts("child 1", Facts.of(List.of(referral), Map.of(DISABLED, true)), List.of());
        assertThat(Engine.englandAndWales().evaluate(disabled, policy, LocalDate.parse("2024-01-03")).entries())
                .map(ScheduleEntry::status).containsExactly(Status.DUE_SOON);
    }

    @Test
    void the_schedule_is_in_due_date_order_and_summarises_as_councils_report() {
        Policy policy = Policy.builder("Test", "1").rule(assessment(45)).rule(VISITS).build();
        CaseFacts facts = child(new Referral(LocalDate.parse("2024-01-02")), new Visit(LocalDate.parse("2024-01-12")),
                new Assessment(LocalDate.parse("2024-02-01")));
        Schedule schedule = Engine.englandAndWales().evaluate(facts, policy, LocalDate.parse("2024-03-15"));
        assertThat(schedule.entries()).map(ScheduleEntry::toString).containsExactly(
                "cin.visits #1 due 2024-01-11: MET_LATE by the visit on 2024-01-12",
                "cin.visits #2 due 2024-02-23: OVERDUE",
                "cin.assessment #1 due 2024-03-05: MET by the assessment on 2024-02-01");
        ScheduleSummary summary = schedule.summary();
        assertThat(summary.count(Status.MET)).isEqualTo(1);
        assertThat(summary.count(Status.MET_LATE)).isEqualTo(1);
        assertThat(summary.count(Status.OVERDUE)).isEqualTo(1);
        assertThat(summary.overdue()).singleElement().satisfies(o -> {
            assertThat(o.daysOverdue()).isEqualTo(21);
            assertThat(o.subject()).isEqualTo("child 1");
        });
        assertThat(summary.timeliness()).map(t -> t.ruleId() + " " + t.metOnTime() + "/" + t.due())
                .containsExactly("cin.visits 0/2", "cin.assessment 1/1");
        assertThat(summary.countsByArea()).containsOnlyKeys(org.duly.workflows.policy.Area.ALL_RULES);
        assertThat(schedule.policy()).isSameAs(policy);
        assertThat(schedule.policy().title()).isEqualTo("Test 1");
        assertThat(schedule.calendar()).isEqualTo("England and Wales");
    }
}
