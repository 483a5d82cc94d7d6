package org.duly.workflows.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.duly.timescales.Timescales.within;
import static org.duly.timescales.period.Periods.workingDays;
import static org.duly.workflows.policy.Rules.rule;

import java.time.LocalDate;
import org.duly.timescales.Event;
import org.junit.jupiter.api.Test;

class PolicyTest {

    record Referral(LocalDate date) {
    }

    record Assessment(LocalDate date) {
    }

    static final Event<Referral> REFERRAL = Event.of("the referral", Referral.class, Referral::date);
    static final Event<Assessment> ASSESSMENT = Event.of("the assessment", Assessment.class, Assessment::date);

    static Rule assessment(int workingDays) {
        return rule("cin.assessment", "Assessment")
                .implementing("CIN-4")
                .citing(Citation.PRACTICE_STANDARDS, "Children in Need", "within a maximum of 45 working days")
                .localStandard()
                .due(within(workingDays(workingDays)).of(REFERRAL))
                .metBy(ASSESSMENT);
    }

    static Rule visit() {
        return rule("cin.visit", "Child seen")
                .implementing("CIN-2")
                .citing(Citation.PRACTICE_STANDARDS, "Children in Need", "within 7 working days")
                .localStandard()
                .due(within(workingDays(7)).of(REFERRAL))
                .metBy(ASSESSMENT);
    }

    @Test
    void a_rule_carries_its_sources_and_reads_in_english() {
        Rule rule = assessment(45).interpretedAs("the referral decision is day 0");
        assertThat(rule.inWords()).isEqualTo("Assessment: within 45 working days of the referral");
        assertThat(rule.area()).isEqualTo(Area.CHILDREN_IN_NEED);
        assertThat(rule.basis().inWords()).isEqualTo("local practice standard");
        assertThat(rule.citation()).hasToString(
                "Derbyshire Children's Services Practice Standards, Children in Need: \"within a maximum of 45 working days\"");
        assertThat(rule.interpretations()).containsExactly("the referral decision is day 0");
        assertThat(rule).hasToString("cin.assessment (CIN-4): Assessment: within 45 working days of the referral");
    }

    @Test
    void statutory_rules_name_their_instrument() {
        Rule statutory = rule("lac.review", "Review").implementing("LAC-6")
                .citing(Citation.PRACTICE_STANDARDS, "Children in Care", "within 20 working days")
                .statutory(Instrument.CARE_PLANNING_REGULATIONS_2010, "regulation 33")
                .due(within(workingDays(20)).of(REFERRAL)).metBy(ASSESSMENT);
        assertThat(statutory.basis().statutory()).isTrue();
        assertThat(statutory.basis().inWords()).isEqualTo(
                "statutory: Care Planning, Placement and Case Review (England) Regulations 2010, regulation 33");
    }

    @Test
    void rule_ids_and_spec_ids_are_checked_as_they_are_written() {
        assertThatThrownBy(() -> rule("CP ICPC", "x")).hasMessage("a rule id is lower case words joined by dots or dashes, not 'CP ICPC'");
        assertThatThrownBy(() -> rule("cp.icpc", "ICPC").implementing("XX-1"))
                .hasMessage("rule cp.icpc: 'XX-1' is not a spec id of a known area");
        assertThatThrownBy(() -> rule("cp.icpc", "ICPC").implementing()).hasMessage("rule cp.icpc must implement at least one spec id");
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
}
