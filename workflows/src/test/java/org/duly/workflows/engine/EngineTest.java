package org.duly.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.duly.timescales.calendar.DateRange;
import org.duly.timescales.calendar.EnglandAndWales;
import org.duly.timescales.calendar.WorkingCalendar;
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
        Schedule schedule = Engine.create().evaluate(facts, policy, LocalDate.parse("2024-03-04"));
        assertThat(schedule.entries()).map(e -> e.clockStartedOn().orElseThrow() + " -> " + e.due().orElseThrow()
                        + " " + e.ruleInForceFrom().map(LocalDate::toString).orElse("always"))
                .containsExactly("2024-03-01 -> 2024-04-02 2024-03-01", "2024-02-29 -> 2024-05-07 always");
    }

    @Test
    void closing_the_case_ends_future_obligations_and_keeps_those_already_due_as_missed() {
        Policy policy = Policy.builder("Test", "1").rule(VISITS).build();
        CaseFacts open = child(new Referral(LocalDate.parse("2024-01-02")), new Visit(LocalDate.parse("2024-01-05")));
        Schedule before = Engine.create().evaluate(open, policy, LocalDate.parse("2024-03-01"));
        assertThat(before.entries()).map(ScheduleEntry::toString)
                .containsExactly("cin.visits #1 due 2024-01-11: MET by the visit on 2024-01-05",
                        "cin.visits #2 due 2024-02-16: OVERDUE");
        CaseFacts closedAfter = new CaseFacts("child 1", open.facts(), List.of(LocalDate.parse("2024-02-20")));
        assertThat(Engine.create().evaluate(closedAfter, policy, LocalDate.parse("2024-03-01")).entries())
                .map(ScheduleEntry::toString).containsExactly("cin.visits #1 due 2024-01-11: MET by the visit on 2024-01-05",
                        "cin.visits #2 due 2024-02-16: MISSED (ended by the closure of the case on 2024-02-20)");
        // A visit recorded after the closure does not put right a miss before it.
        CaseFacts visitedAfterClosing = new CaseFacts("child 1", Facts.of(new Referral(LocalDate.parse("2024-01-02")),
                new Visit(LocalDate.parse("2024-01-05")), new Visit(LocalDate.parse("2024-02-22"))), List.of(LocalDate.parse("2024-02-20")));
        assertThat(Engine.create().evaluate(visitedAfterClosing, policy, LocalDate.parse("2024-03-01")).entries())
                .map(ScheduleEntry::status).containsExactly(Status.MET, Status.MISSED);
        CaseFacts closedBefore = new CaseFacts("child 1", open.facts(), List.of(LocalDate.parse("2024-02-16")));
        assertThat(Engine.create().evaluate(closedBefore, policy, LocalDate.parse("2024-03-01")).entries())
                .map(ScheduleEntry::status).containsExactly(Status.MET);
    }

    @Test
    void a_rule_whose_condition_does_not_hold_is_not_applicable_and_a_missing_fact_cannot_be_computed() {
        Policy policy = Policy.builder("Test", "1").rule(DISABLED_ONLY).build();
        Referral referral = new Referral(LocalDate.parse("2024-01-02"));
        CaseFacts notDisabled = new CaseFacts("child 1", Facts.of(List.of(referral), Map.of(DISABLED, false)), List.of());
        assertThat(Engine.create().evaluate(notDisabled, policy, LocalDate.parse("2024-01-03")).entries())
                .map(ScheduleEntry::toString)
                .containsExactly("pf.definition #1: NOT_APPLICABLE (applies only to disabled children: not so on 2024-01-02,"
                        + " when its clock started)");
        CaseFacts unknown = child(referral);
        assertThat(Engine.create().evaluate(unknown, policy, LocalDate.parse("2024-01-03")).entries())
                .map(ScheduleEntry::toString)
                .containsExactly("pf.definition #1 due 2024-01-09: CANNOT_COMPUTE (needs whether the child is disabled to tell"
                        + " whether the rule applies)");
        CaseFacts disabled = new CaseFacts("child 1", Facts.of(List.of(referral), Map.of(DISABLED, true)), List.of());
        assertThat(Engine.create().evaluate(disabled, policy, LocalDate.parse("2024-01-03")).entries())
                .map(ScheduleEntry::status).containsExactly(Status.DUE_SOON);
    }

    @Test
    void the_schedule_is_in_due_date_order_and_summarises_as_councils_report() {
        Policy policy = Policy.builder("Test", "1").rule(assessment(45)).rule(VISITS).build();
        CaseFacts facts = child(new Referral(LocalDate.parse("2024-01-02")), new Visit(LocalDate.parse("2024-01-12")),
                new Assessment(LocalDate.parse("2024-02-01")));
        Schedule schedule = Engine.create().evaluate(facts, policy, LocalDate.parse("2024-03-15"));
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

    @Test
    void a_policys_closure_days_move_its_working_day_due_dates_and_are_named_in_the_explanation() {
        Policy template = Policy.builder("Test", "1").rule(assessment(5)).build();
        Policy northshire = template.derive("Northshire", "2024-12")
                .closedOn(DateRange.of(LocalDate.parse("2024-12-23"), LocalDate.parse("2024-12-31")), "Christmas closure")
                .closedOn(LocalDate.parse("2025-01-03"), "Staff training day")
                .build();
        CaseFacts facts = child(new Referral(LocalDate.parse("2024-12-20")));
        Engine engine = Engine.create();

        ScheduleEntry onTemplate = engine.evaluate(facts, template, LocalDate.parse("2024-12-20")).entries().get(0);
        ScheduleEntry onNorthshire = engine.evaluate(facts, northshire, LocalDate.parse("2024-12-20")).entries().get(0);

        // Friday 20 December 2024 + 5 working days: 23, 24, 27, 30 and 31 December in England and Wales.
        assertThat(onTemplate.due()).contains(LocalDate.parse("2024-12-31"));
        // Northshire is closed from 23 to 31 December and on Friday 3 January: 2, 6, 7, 8 and 9 January.
        assertThat(onNorthshire.due()).contains(LocalDate.parse("2025-01-09"));
        assertThat(onNorthshire.explanationInEnglish()).contains("5 working days after the referral on 2024-12-20 is 2025-01-09,"
                + " on the England and Wales with local closures calendar, skipping Christmas closure 2024-12-23,"
                + " Christmas closure 2024-12-24, Christmas Day 2024-12-25, Boxing Day 2024-12-26, Christmas closure 2024-12-27,"
                + " Christmas closure 2024-12-30, Christmas closure 2024-12-31, New Year's Day 2025-01-01,"
                + " Staff training day 2025-01-03 and 6 weekend days");
        assertThat(engine.evaluate(facts, northshire, LocalDate.parse("2024-12-20")).calendar())
                .isEqualTo("England and Wales with local closures");
    }

    @Test
    void one_engine_counts_each_policy_on_its_own_calendar() {
        WorkingCalendar weekendsOnly = WorkingCalendar.builder("weekends only")
                .supportedRange(DateRange.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"))).build();
        Policy englandAndWales = Policy.builder("Test", "1").rule(assessment(5)).build();
        Policy onWeekendsOnly = Policy.builder("Test", "1").calendar(weekendsOnly).rule(assessment(5)).build();
        CaseFacts facts = child(new Referral(LocalDate.parse("2024-03-27")));
        Engine engine = Engine.create();

        Schedule easter = engine.evaluate(facts, englandAndWales, LocalDate.parse("2024-03-27"));
        Schedule noHolidays = engine.evaluate(facts, onWeekendsOnly, LocalDate.parse("2024-03-27"));

        assertThat(englandAndWales.calendar()).isSameAs(EnglandAndWales.calendar());
        assertThat(easter.entries()).map(e -> e.due().orElseThrow()).containsExactly(LocalDate.parse("2024-04-05"));
        assertThat(easter.calendar()).isEqualTo("England and Wales");
        assertThat(noHolidays.entries()).map(e -> e.due().orElseThrow()).containsExactly(LocalDate.parse("2024-04-03"));
        assertThat(noHolidays.calendar()).isEqualTo("weekends only");
        assertThat(engine.evaluate(facts, englandAndWales.withCalendar(weekendsOnly), LocalDate.parse("2024-03-27")).entries())
                .map(e -> e.due().orElseThrow()).containsExactly(LocalDate.parse("2024-04-03"));
    }

    /** A child under 16 on a day: born on 2008-06-15, 16 on 2024-06-15. */
    static final Applicability UNDER_16 = Applicability.of("to children under 16",
            (date, facts) -> date.isBefore(LocalDate.parse("2024-06-15")));

    static Rule sixWeeklyVisits(Applicability applicability) {
        return rule("cin.visits", "Visits").implementing("CIN-3")
                .citing("Northshire Children's Services Practice Standards", "Children in Need", "at least 6 weekly")
                .localStandard()
                .due(first(within(workingDays(7)).of(REFERRAL)).thenEvery(weeks(6)))
                .metBy(VISIT)
                .appliesWhen(applicability);
    }

    /**
     * Rule 5, history: whether a rule applies is judged for each occurrence on the day its clock started, or on the
     * day it falls due where the rule says so, never on the evaluation date: turning 16 does not turn an earlier miss
     * into "not applicable". A day still to come is judged on what is known on the evaluation date.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # story                                                         | judged on  | visits     | as of      | expected
            a miss at 15, judged at the clock's start, stays after 16         | CLOCK_START | -          | 2024-09-02 | 1 2024-03-12 OVERDUE
            a miss at 15, judged on its due date, stays after 16              | DUE_DATE    | -          | 2024-09-02 | 1 2024-03-12 OVERDUE
            a clock started at 15 goes on after 16                            | CLOCK_START | 2024-03-11 | 2024-09-02 | 1 2024-03-12 MET; 2 2024-04-22 OVERDUE
            judged on each due date: the visit due the day before 16 is owed  | DUE_DATE    | 2024-05-03 | 2024-09-02 | 1 2024-03-12 MET_LATE; 2 2024-06-14 OVERDUE
            judged on each due date: the visit due on the 16th birthday is not | DUE_DATE    | 2024-05-04 | 2024-09-02 | 1 2024-03-12 MET_LATE
            a clock that starts at 16 does not apply                          | CLOCK_START | -          | 2024-09-02 | NOT_APPLICABLE
            """)
    void applicability_is_judged_on_the_clock_start_or_each_due_date(String story, Applicability.JudgedOn judgedOn, String visits,
            String asOf, String expected) {
        Applicability applicability = judgedOn == Applicability.JudgedOn.DUE_DATE ? UNDER_16.judgedOnEachDueDate() : UNDER_16;
        Policy policy = Policy.builder("Test", "1").rule(sixWeeklyVisits(applicability)).build();
        List<Object> facts = new java.util.ArrayList<>(List.of(new Referral(LocalDate.parse(
                story.startsWith("a clock that starts at 16") ? "2024-06-17" : "2024-03-01"))));
        if (visits != null) {
            facts.add(new Visit(LocalDate.parse(visits)));
        }
        Schedule schedule = Engine.create().evaluate(new CaseFacts("child 1", Facts.of(facts, Map.of()), List.of()), policy,
                LocalDate.parse(asOf));
        assertThat(schedule.entries()).as(story).map(entry -> entry instanceof ScheduleEntry.NotApplicable ? "NOT_APPLICABLE"
                        : entry.label() + " " + entry.due().orElseThrow() + " " + entry.status())
                .containsExactly(expected.split("; "));
    }

    @Test
    void an_engine_can_warn_earlier_or_later_and_take_another_29_february_rule() {
        Policy policy = Policy.builder("Test", "1").rule(assessment(5)).build();
        CaseFacts facts = child(new Referral(LocalDate.parse("2024-03-04")));
        LocalDate asOf = LocalDate.parse("2024-03-05");
        // Due Monday 11 March: within the default horizon of 5 working days, beyond one of 1 day.
        assertThat(Engine.create().evaluate(facts, policy, asOf).entries()).map(ScheduleEntry::status)
                .containsExactly(Status.DUE_SOON);
        assertThat(Engine.create().withDueSoonHorizon(org.duly.timescales.period.Periods.days(1)).evaluate(facts, policy, asOf)
                .entries()).map(ScheduleEntry::status).containsExactly(Status.UPCOMING);

        Fact<LocalDate> born = Fact.of("the date of birth", LocalDate.class);
        Rule sixteen = rule("cl.pathway", "Pathway plan").implementing("CL-1")
                .citing("Northshire Children's Services Practice Standards", "Care leavers", "by 16")
                .localStandard()
                .due(org.duly.timescales.Timescales.by(org.duly.timescales.Timescales.birthday(16, born)))
                .metBy(VISIT);
        Policy birthdays = Policy.builder("Test", "1").rule(sixteen).build();
        CaseFacts leapling = new CaseFacts("child 1", Facts.of(List.of(), Map.of(born, LocalDate.parse("2008-02-29"))), List.of());
        LocalDate sixteenth = LocalDate.parse("2024-01-01");
        assertThat(Engine.create().evaluate(leapling, birthdays, sixteenth).entries().get(0).due())
                .contains(LocalDate.parse("2024-02-29"));
        Rule seventeen = sixteen.withTimescale(org.duly.timescales.Timescales.by(org.duly.timescales.Timescales.birthday(17, born)));
        Policy later = Policy.builder("Test", "1").rule(seventeen).build();
        assertThat(Engine.create().evaluate(leapling, later, sixteenth).entries().get(0).due())
                .contains(LocalDate.parse("2025-03-01"));
        assertThat(Engine.create().withLeapDayBirthdays(org.duly.timescales.period.LeapDayBirthdays.FEBRUARY_28)
                .evaluate(leapling, later, sixteenth).entries().get(0).due()).contains(LocalDate.parse("2025-02-28"));
    }

    @Test
    void an_entry_is_provisional_when_its_date_rests_on_unpublished_holidays_and_explains_itself_with_its_reason() {
        Policy policy = Policy.builder("Test", "1").rule(assessment(10)).rule(DISABLED_ONLY).build();
        CaseFacts late = child(new Referral(LocalDate.parse("2028-12-20")));
        List<ScheduleEntry> entries = Engine.create().evaluate(late, policy, LocalDate.parse("2028-12-20")).entries();
        // In due-date order: the disabled children's rule (5 working days, within the published holidays) first.
        assertThat(entries).map(entry -> entry.rule().id() + " " + entry.provisional())
                .containsExactly("pf.definition false", "cin.assessment true");
        // The window is known, so it is explained before what is missing to tell whether it is owed.
        assertThat(entries.get(0).explanationInEnglish()).isEqualTo("5 working days after the referral on 2028-12-20 is"
                + " 2028-12-29, on the England and Wales calendar, skipping Christmas Day 2028-12-25, Boxing Day 2028-12-26"
                + " and 2 weekend days; needs whether the child is disabled to tell whether the rule applies");
        CaseFacts early = child(new Referral(LocalDate.parse("2024-03-04")));
        assertThat(Engine.create().evaluate(early, policy, LocalDate.parse("2024-03-04")).entries().get(0).provisional()).isFalse();
    }

    @Test
    void a_summary_built_as_schedules_come_is_the_summary_of_them_all_and_one_taken_earlier_never_changes() {
        Policy policy = Policy.builder("Test", "1").rule(assessment(5)).rule(VISITS).build();
        LocalDate asOf = LocalDate.parse("2024-03-20");
        Schedule first = Engine.create().evaluate(child(new Referral(LocalDate.parse("2024-03-01"))), policy, asOf);
        Schedule second = Engine.create().evaluate(new CaseFacts("child 2", Facts.of(List.of(new Referral(LocalDate.parse("2024-02-01")),
                new Assessment(LocalDate.parse("2024-02-05"))), Map.of()), List.of()), policy, asOf);
        ScheduleSummary.Builder tally = ScheduleSummary.builder().add(first);
        ScheduleSummary early = tally.build();
        tally.add(second);
        assertThat(tally.build()).isEqualTo(ScheduleSummary.of(List.of(first, second)));
        assertThat(early).isEqualTo(ScheduleSummary.of(List.of(first)));
        assertThat(tally.schedules()).isEqualTo(2);
        assertThat(tally.entries()).isEqualTo(first.entries().size() + second.entries().size());
        assertThat(tally.asOf()).containsExactly(asOf);
    }

    @Test
    void a_summary_lists_the_most_overdue_first_and_each_rule_s_share_on_time() {
        Policy policy = Policy.builder("Test", "1").rule(assessment(5)).rule(VISITS).build();
        CaseFacts first = new CaseFacts("child 1", Facts.of(List.of(new Referral(LocalDate.parse("2024-03-01"))), Map.of()), List.of());
        CaseFacts second = new CaseFacts("child 2", Facts.of(List.of(new Referral(LocalDate.parse("2024-02-01")),
                new Assessment(LocalDate.parse("2024-02-05"))), Map.of()), List.of());
        LocalDate asOf = LocalDate.parse("2024-03-20");
        ScheduleSummary summary = ScheduleSummary.of(List.of(Engine.create().evaluate(first, policy, asOf),
                Engine.create().evaluate(second, policy, asOf)));
        assertThat(summary.overdue()).map(o -> o.subject() + " " + o.rule().id() + " " + o.daysOverdue()).containsExactly(
                "child 2 cin.visits 37", "child 1 cin.assessment 12", "child 1 cin.visits 8");
        assertThat(summary.timeliness()).map(t -> t.ruleId() + " " + t.title() + " " + t.share())
                .containsExactly("cin.assessment Assessment 0.5", "cin.visits Visits 0.0");
        assertThat(new ScheduleSummary.Timeliness("cin.visits", "Visits", 0, 0, 0, 0, 0, 0).share()).isEqualTo(1.0);
        assertThat(new ScheduleSummary.Timeliness("cin.visits", "Visits", 3, 1, 0, 0, 0, 0).share()).isEqualTo(0.75);
    }

    @Test
    void an_overdue_item_keeps_the_rule_the_occurrence_and_the_due_date_but_not_the_entry() {
        Policy policy = Policy.builder("Test", "1").rule(assessment(5)).rule(VISITS).build();
        CaseFacts child = new CaseFacts("child 1", Facts.of(List.of(new Referral(LocalDate.parse("2024-03-01"))), Map.of()), List.of());
        Schedule schedule = Engine.create().evaluate(child, policy, LocalDate.parse("2024-03-20"));
        ScheduleSummary summary = ScheduleSummary.of(List.of(schedule));

        assertThat(summary.overdue()).map(o -> o.rule().id() + " #" + o.label() + " due " + o.due() + ", " + o.daysOverdue())
                .containsExactly("cin.assessment #1 due 2024-03-08, 12", "cin.visits #1 due 2024-03-12, 8");
        assertThat(summary.overdue()).map(ScheduleSummary.Overdue::label)
                .containsExactlyElementsOf(schedule.entries().stream().map(ScheduleEntry::label).toList());
        Schedule early = Engine.create().evaluate(child, policy, LocalDate.parse("2024-03-02"));
        assertThatThrownBy(() -> ScheduleSummary.Overdue.of(early, early.entries().get(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not overdue: cin.assessment #1");
    }
}
