package org.duly.workflows.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.duly.timescales.Timescales.within;
import static org.duly.timescales.period.Periods.workingDays;
import static org.duly.workflows.policy.Rules.rule;

import java.time.LocalDate;
import java.util.List;
import org.duly.timescales.Event;
import org.duly.timescales.calendar.DateRange;
import org.duly.timescales.calendar.EnglandAndWales;
import org.duly.timescales.calendar.NonWorkingDay;
import org.duly.timescales.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

class PolicyTest {

    static final String NORTHSHIRE = "Northshire Children's Services Practice Standards";

    record Referral(LocalDate date) {
    }

    record Assessment(LocalDate date) {
    }

    static final Event<Referral> REFERRAL = Event.of("the referral", Referral.class, Referral::date);
    static final Event<Assessment> ASSESSMENT = Event.of("the assessment", Assessment.class, Assessment::date);

    static Rule assessment(int workingDays) {
        return rule("cin.assessment", "Assessment")
                .implementing("CIN-4")
                .citing(NORTHSHIRE, "Children in Need", "within a maximum of 45 working days")
                .localStandard()
                .due(within(workingDays(workingDays)).of(REFERRAL))
                .metBy(ASSESSMENT);
    }

    static Rule visit() {
        return rule("cin.visit", "Child seen")
                .implementing("CIN-2")
                .citing(NORTHSHIRE, "Children in Need", "within 7 working days")
                .localStandard()
                .due(within(workingDays(7)).of(REFERRAL))
                .metBy(ASSESSMENT);
    }

    @Test
    void a_rule_carries_its_sources_and_reads_in_english() {
        Rule rule = assessment(45).interpretedAs("the referral decision is day 0");
        assertThat(rule.inWords()).isEqualTo("Assessment: within 45 working days of the referral");
        assertThat(rule.basis().inWords()).isEqualTo("local practice standard");
        assertThat(rule.citation()).hasToString(
                "Northshire Children's Services Practice Standards, Children in Need: \"within a maximum of 45 working days\"");
        assertThat(rule.interpretations()).containsExactly("the referral decision is day 0");
        assertThat(rule).hasToString("cin.assessment (CIN-4): Assessment: within 45 working days of the referral");
    }

    @Test
    void statutory_rules_name_their_instrument() {
        Rule statutory = rule("lac.review", "Review").implementing("LAC-6")
                .citing(NORTHSHIRE, "Children in Care", "within 20 working days")
                .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "regulation 33")
                .due(within(workingDays(20)).of(REFERRAL)).metBy(ASSESSMENT);
        assertThat(statutory.basis().statutory()).isTrue();
        assertThat(statutory.basis().inWords()).isEqualTo(
                "statutory: Care Planning, Placement and Case Review (England) Regulations 2010, regulation 33");
    }

    @Test
    void rule_ids_and_spec_ids_are_checked_as_they_are_written() {
        assertThatThrownBy(() -> rule("CP ICPC", "x")).hasMessage("a rule id is lower case words joined by dots or dashes, not 'CP ICPC'");
        assertThatThrownBy(() -> rule("cp.icpc", "ICPC").implementing(" "))
                .hasMessage("rule cp.icpc: a spec id is not blank");
        assertThatThrownBy(() -> rule("cp.icpc", "ICPC").implementing()).hasMessage("rule cp.icpc must implement at least one spec id");
    }

    @Test
    void any_councils_spec_ids_are_accepted_and_a_spec_sheet_files_rules_under_its_areas() {
        Area childrenInNeed = Area.of("Children in Need");
        SpecSheet sheet = SpecSheet.fromTsv("id\tsection\ttimescale\n"
                + "CIN-2\tChildren in Need\tChild seen within 7 working days of the referral\n"
                + "CIN-4\tChildren in Need\tAssessment within 45 working days of the referral\n");
        Policy policy = Policy.builder("Northshire", "1").specSheet(sheet).rule(assessment(45)).rule(visit()).build();
        assertThat(policy.areas()).containsExactly(childrenInNeed);
        assertThat(policy.areaOf(policy.rule("cin.assessment").orElseThrow())).isEqualTo(childrenInNeed);
        assertThat(policy.specSheet().spec("CIN-4")).map(Spec::words).contains("Assessment within 45 working days of the referral");
        assertThat(Policy.builder("Anytown", "1").rule(assessment(45)).build().areas()).containsExactly(Area.ALL_RULES);
    }

    @Test
    void a_spec_id_the_sheet_does_not_have_is_an_error_when_the_policy_is_built() {
        SpecSheet sheet = SpecSheet.of(java.util.List.of(Spec.of("CIN-2", Area.of("Children in Need"), "Child seen")));
        assertThatThrownBy(() -> Policy.builder("Northshire", "1").specSheet(sheet).rule(assessment(45)).rule(visit()).build())
                .isInstanceOf(PolicyDefinitionException.class)
                .hasMessage("policy Northshire has 1 problem:\n  rule cin.assessment implements CIN-4, which is not on the spec sheet");
        Policy template = Policy.builder("Northshire", "1").specSheet(sheet).rule(visit()).build();
        Policy derived = template.derive("Southshire", "2")
                .specs(java.util.List.of(Spec.of("CIN-4", Area.of("Children in Need"), "Assessment")))
                .add("Southshire's assessments", assessment(40)).build();
        assertThat(derived.rule("cin.assessment")).isPresent();
    }

    @Test
    void a_spec_sheet_names_every_malformed_line_and_every_id_listed_twice() {
        assertThatThrownBy(() -> SpecSheet.fromTsv("id\tsection\ttimescale\nCIN-2\tChildren in Need\nCIN-4\t\tx\n"))
                .hasMessage("the spec sheet has 2 problems:\n"
                        + "  line 2: expected an id, an area and the timescale's words, separated by tabs\n"
                        + "  line 3: expected an id, an area and the timescale's words, separated by tabs");
        assertThatThrownBy(() -> SpecSheet.fromTsv("id\tsection\ttimescale\nA-1\tA\tx\nA-1\tA\ty\n"))
                .hasMessage("a spec sheet lists each id once; listed twice: A-1");
    }

    @Test
    void two_rules_with_one_id_are_an_error_when_the_policy_is_built() {
        assertThatThrownBy(() -> Policy.builder("Test", "1").rule(assessment(45)).rule(assessment(40)).rule(visit())
                .rule(visit()).build())
                .isInstanceOf(PolicyDefinitionException.class)
                .hasMessage("policy Test has 2 problems:\n  two rules with the id cin.assessment\n  two rules with the id cin.visit");
    }

    @Test
    void versions_of_a_rule_are_chosen_by_the_date_the_clock_started() {
        Policy policy = Policy.builder("Test", "1")
                .rule(assessment(45))
                .rule(assessment(40), LocalDate.parse("2024-04-01"))
                .build();
        assertThat(policy.versionsOf("cin.assessment")).hasSize(2);
        assertThat(policy.rules()).singleElement().satisfies(rule -> assertThat(rule.inWords()).contains("40 working days"));
        assertThat(policy.ruleInForceOn("cin.assessment", LocalDate.parse("2024-03-31")).orElseThrow().inWords())
                .contains("45 working days");
        assertThat(policy.ruleInForceOn("cin.assessment", LocalDate.parse("2024-04-01")).orElseThrow().inWords())
                .contains("40 working days");
        Policy later = Policy.builder("Test", "1").rule(assessment(40), LocalDate.parse("2024-04-01")).build();
        assertThat(later.ruleInForceOn("cin.assessment", LocalDate.parse("2024-03-31"))).isEmpty();
    }

    @Test
    void a_policy_derives_from_a_template_with_labelled_changes() {
        Policy template = Policy.builder("Template", "2023").rule(assessment(45)).rule(visit()).build();
        Policy local = template.derive("Local", "2024")
                .override("assessments in 40 working days here", assessment(40))
                .remove("no visiting standard here", "cin.visit")
                .build();
        assertThat(local.rules()).singleElement().satisfies(rule -> assertThat(rule.inWords()).contains("40 working days"));
        assertThat(local.changes()).containsExactly("override cin.assessment: assessments in 40 working days here",
                "remove cin.visit: no visiting standard here");
        assertThat(local.versionsOf("cin.assessment").get(0).label()).contains("assessments in 40 working days here");
        assertThat(template.rules()).hasSize(2);
        assertThat(local).hasToString("Local 2024 (1 rules)");
    }

    @Test
    void a_derived_rule_change_can_apply_from_a_date() {
        Policy template = Policy.builder("Template", "2023").rule(assessment(45)).build();
        Policy local = template.derive("Local", "2024")
                .override("shorter from April 2024", assessment(40), LocalDate.parse("2024-04-01"))
                .build();
        assertThat(local.versionsOf("cin.assessment")).map(RuleVersion::toString)
                .containsExactly("cin.assessment", "cin.assessment from 2024-04-01 (shorter from April 2024)");
    }

    @Test
    void overriding_or_removing_a_missing_rule_or_adding_an_existing_one_is_an_error_listing_all_problems() {
        Policy template = Policy.builder("Template", "2023").rule(assessment(45)).build();
        assertThatThrownBy(() -> template.derive("Local", "2024")
                .override("x", visit())
                .remove("y", "cp.icpc")
                .add("z", assessment(30))
                .build())
                .isInstanceOf(PolicyDefinitionException.class)
                .hasMessage("policy Local has 3 problems:\n"
                        + "  cannot override cin.visit: Template has no rule with that id\n"
                        + "  cannot remove cp.icpc: Template has no rule with that id\n"
                        + "  cannot add cin.assessment (z): the policy already has a rule with that id; override it instead");
    }

    private static final DateRange CHRISTMAS_2024 = DateRange.of(LocalDate.parse("2024-12-24"), LocalDate.parse("2024-12-31"));

    private static List<String> closures(Policy policy) {
        return policy.calendar().namedNonWorkingDays(DateRange.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2025-12-31")))
                .stream().filter(day -> day.kind() == NonWorkingDay.Kind.CLOSURE).map(NonWorkingDay::toString).toList();
    }

    @Test
    void a_policy_counts_on_england_and_wales_unless_it_names_a_calendar_or_closure_days() {
        assertThat(Policy.builder("Test", "1").rule(visit()).build().calendar()).isSameAs(EnglandAndWales.calendar());

        WorkingCalendar northshire = EnglandAndWales.calendar().withClosures(CHRISTMAS_2024, "Christmas closure").withName("Northshire");
        assertThat(Policy.builder("Test", "1").calendar(northshire).rule(visit()).build().calendar()).isSameAs(northshire);

        // Closure days are added to the calendar the policy names, whichever is given first.
        Policy closedFirst = Policy.builder("Test", "1").closedOn(LocalDate.parse("2025-07-04"), "Staff training day")
                .calendar(northshire).rule(visit()).build();
        assertThat(closedFirst.calendar().name()).isEqualTo("Northshire");
        assertThat(closures(closedFirst)).containsExactly("Christmas closure 2024-12-24", "Christmas closure 2024-12-27",
                "Christmas closure 2024-12-30", "Christmas closure 2024-12-31", "Staff training day 2025-07-04");
    }

    @Test
    void a_derived_policy_keeps_its_templates_calendar_and_closures_unless_it_says_otherwise() {
        Policy template = Policy.builder("Template", "2023")
                .closedOn(CHRISTMAS_2024, "Christmas closure")
                .rule(assessment(45)).build();
        assertThat(template.calendar().name()).isEqualTo("England and Wales with local closures");

        Policy kept = template.derive("Local", "2024").override("assessments in 40 working days here", assessment(40)).build();
        assertThat(kept.calendar()).isSameAs(template.calendar());
        assertThat(kept.changes()).containsExactly("override cin.assessment: assessments in 40 working days here");

        Policy extended = template.derive("Local", "2025")
                .closedOn(List.of(LocalDate.parse("2025-07-04"), LocalDate.parse("2025-01-02")), "Staff training day")
                .build();
        assertThat(closures(extended)).containsExactly("Christmas closure 2024-12-24", "Christmas closure 2024-12-27",
                "Christmas closure 2024-12-30", "Christmas closure 2024-12-31", "Staff training day 2025-01-02",
                "Staff training day 2025-07-04");
        assertThat(extended.changes()).containsExactly("closed on 2025-07-04, 2025-01-02: Staff training day");
        assertThat(closures(template)).hasSize(4);

        Policy replaced = template.derive("Local", "2026")
                .calendar(EnglandAndWales.calendar())
                .closedOn(LocalDate.parse("2025-12-29"), "Christmas closure")
                .build();
        assertThat(closures(replaced)).containsExactly("Christmas closure 2025-12-29");
        assertThat(replaced.changes()).containsExactly("calendar: England and Wales", "closed on 2025-12-29: Christmas closure");
    }

    @Test
    void the_same_policy_on_another_calendar_keeps_its_rules_and_changes() {
        Policy template = Policy.builder("Template", "2023").rule(assessment(45)).rule(visit()).build();
        Policy local = template.derive("Local", "2024").remove("no visiting standard here", "cin.visit").build();
        WorkingCalendar weekendsOnly = WorkingCalendar.builder("weekends only")
                .supportedRange(DateRange.of(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"))).build();

        Policy onWeekendsOnly = local.withCalendar(weekendsOnly);
        assertThat(onWeekendsOnly.calendar()).isSameAs(weekendsOnly);
        assertThat(onWeekendsOnly.title()).isEqualTo("Local 2024");
        assertThat(onWeekendsOnly.versions()).isEqualTo(local.versions());
        assertThat(onWeekendsOnly.changes()).isEqualTo(local.changes());
        assertThat(local.calendar()).isSameAs(EnglandAndWales.calendar());
    }

    @Test
    void closure_days_the_calendar_cannot_hold_are_problems_of_the_policy() {
        Policy template = Policy.builder("Template", "2023").rule(assessment(45)).build();
        assertThatThrownBy(() -> template.derive("Local", "2024")
                .closedOn(DateRange.of(LocalDate.parse("2199-12-30"), LocalDate.parse("2200-01-02")), "Millennium closure")
                .closedOn(LocalDate.parse("2024-12-27"), " ")
                .remove("y", "cp.icpc")
                .build())
                .isInstanceOf(PolicyDefinitionException.class)
                .hasMessage("policy Local has 3 problems:\n"
                        + "  cannot remove cp.icpc: Template has no rule with that id\n"
                        + "  cannot close from 2199-12-30 to 2200-01-02 (Millennium closure): 2199-12-30 to 2200-01-02 reaches outside"
                        + " the range the England and Wales calendar supports (1978-01-01 to 2199-12-31)\n"
                        + "  cannot close on 2024-12-27 ( ): a closure needs a name");
    }

    static Rule plan() {
        return rule("cin.plan", "Plan")
                .implementing("CIN-5")
                .citing(NORTHSHIRE, "Children in Need", "within 10 working days of the assessment")
                .localStandard()
                .due(within(workingDays(10)).of(REFERRAL))
                .metBy(ASSESSMENT);
    }

    private static List<String> ids(List<Rule> rules) {
        return rules.stream().map(Rule::id).toList();
    }

    @Test
    void rules_keep_the_order_they_were_given_in_and_a_derived_policy_keeps_its_template_s_order() {
        Policy template = Policy.builder("Template", "2023").rules(List.of(assessment(45), visit(), plan())).build();
        assertThat(ids(template.rules())).containsExactly("cin.assessment", "cin.visit", "cin.plan");
        assertThat(template.version()).isEqualTo("2023");
        Policy local = template.derive("Local", "2024")
                .override("visits in 5 working days here", rule("cin.visit", "Child seen").implementing("CIN-2")
                        .citing(NORTHSHIRE, "Children in Need", "within 5 working days").localStandard()
                        .due(within(workingDays(5)).of(REFERRAL)).metBy(ASSESSMENT))
                .override("plans in 15 working days from April", rule("cin.plan", "Plan").implementing("CIN-5")
                        .citing(NORTHSHIRE, "Children in Need", "within 15 working days").localStandard()
                        .due(within(workingDays(15)).of(REFERRAL)).metBy(ASSESSMENT), LocalDate.parse("2024-04-01"))
                .build();
        assertThat(ids(local.rules())).containsExactly("cin.assessment", "cin.visit", "cin.plan");
        assertThat(local.rule("cin.visit").orElseThrow().inWords()).contains("5 working days");
        assertThat(local.versions()).map(RuleVersion::toString).containsExactly("cin.assessment",
                "cin.visit (visits in 5 working days here)", "cin.plan", "cin.plan from 2024-04-01 (plans in 15 working days from April)");
    }

    @Test
    void closure_days_given_as_a_list_close_each_day_and_a_derived_range_is_listed_among_the_changes() {
        Policy policy = Policy.builder("Test", "1")
                .closedOn(List.of(LocalDate.parse("2025-07-04"), LocalDate.parse("2024-12-27")), "Staff training day")
                .rule(assessment(45)).build();
        assertThat(closures(policy)).containsExactly("Staff training day 2024-12-27", "Staff training day 2025-07-04");
        Policy derived = policy.derive("Local", "2").closedOn(CHRISTMAS_2024, "Christmas closure").build();
        assertThat(derived.changes()).containsExactly("closed from 2024-12-24 to 2024-12-31: Christmas closure");
    }

    @Test
    void a_policy_that_cannot_be_built_lists_its_problems_one_by_one() {
        assertThatThrownBy(() -> Policy.builder("Test", "1").rule(assessment(45)).rule(assessment(40)).build())
                .isInstanceOfSatisfying(PolicyDefinitionException.class, e -> assertThat(e.problems())
                        .containsExactly("two rules with the id cin.assessment"));
    }

    @Test
    void the_parts_of_a_policy_say_themselves() {
        assertThat(Area.of("Children in Need")).hasToString("Children in Need");
        assertThat(Spec.of("CIN-4", Area.of("Children in Need"), "Assessment within 45 working days"))
                .hasToString("CIN-4 (Children in Need): Assessment within 45 working days");
        assertThat(SpecSheet.of(List.of(Spec.of("CIN-4", Area.of("Children in Need"), "Assessment"),
                Spec.of("CP-1", Area.of("Child Protection"), "Strategy discussion"))))
                .hasToString("spec sheet of 2 timescales in 2 areas");
        assertThat(Applicability.of("to disabled children", (date, facts) -> true)).hasToString("to disabled children");
        assertThat(Instrument.of("Children Act 1989")).hasToString("Children Act 1989");
        assertThat(Instrument.of("Children Act 1989").title()).isEqualTo("Children Act 1989");
        assertThatThrownBy(() -> Instrument.of(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an instrument needs a title");
        assertThat(assessment(45).basis().statutory()).isFalse();
    }

    @Test
    void a_rule_with_another_citation_keeps_everything_else() {
        Rule rule = assessment(45);
        Rule recited = rule.withCitation(new Citation(NORTHSHIRE, "Assessment", "45 working days"));
        assertThat(recited.citation()).hasToString("Northshire Children's Services Practice Standards, Assessment: \"45 working days\"");
        assertThat(recited.inWords()).isEqualTo(rule.inWords());
        assertThat(recited.id()).isEqualTo(rule.id());
        assertThat(rule.appliesWhen(Applicability.of("to disabled children", (date, facts) -> true)).inWords())
                .isEqualTo("Assessment: within 45 working days of the referral (applies to disabled children)");
    }
}
