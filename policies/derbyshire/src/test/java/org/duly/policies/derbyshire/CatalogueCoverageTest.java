package org.duly.policies.derbyshire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.duly.workflows.policy.Area;
import org.duly.workflows.policy.Policy;
import org.duly.workflows.policy.Rule;
import org.duly.workflows.policy.RuleVersion;
import org.junit.jupiter.api.Test;

/**
 * The catalogue covers every row of key-timescales.tsv (the booklet's key timescales, bundled with
 * the policy as its spec sheet), and every rule carries what a policy author needs to hold it against
 * the booklet.
 */
class CatalogueCoverageTest {

    private static final Policy POLICY = DerbyshirePracticeStandards.policy();

    private static Map<String, String> specIds() throws IOException {
        try (InputStream in = DerbyshirePracticeStandards.class.getResourceAsStream("key-timescales.tsv")) {
            Map<String, String> ids = new LinkedHashMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(line -> !line.isBlank())
                    .forEach(line -> {
                        String[] fields = line.split("\t");
                        ids.put(fields[0], fields[1]);
                    });
            return ids;
        }
    }

    @Test
    void every_spec_id_has_a_rule() throws IOException {
        Map<String, String> spec = specIds();
        assertThat(spec).hasSize(111);
        Set<String> implemented = POLICY.versions().stream().map(RuleVersion::rule)
                .flatMap(rule -> rule.specIds().stream()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(implemented).as("spec ids without a rule").containsAll(spec.keySet());
        assertThat(spec.keySet()).as("rules naming ids the spec does not have").containsAll(implemented);
    }

    @Test
    void every_area_of_the_booklet_leads_some_rule_and_every_spec_id_names_an_area() throws IOException {
        assertThat(POLICY.rules().stream().map(POLICY::areaOf).distinct()).containsExactlyInAnyOrderElementsOf(POLICY.areas());
        assertThat(POLICY.areas()).hasSize(21).startsWith(Area.of("Early Help and Single Assessments"))
                .endsWith(Area.of("Statutory Complaints")).doesNotContain(Area.ALL_RULES);
        for (Map.Entry<String, String> row : specIds().entrySet()) {
            assertThat(POLICY.specSheet().areaOf(row.getKey())).as(row.getKey()).hasValueSatisfying(area ->
                    assertThat(area.title()).isEqualTo(row.getValue()));
        }
    }

    @Test
    void each_section_of_the_booklet_is_a_source_file_of_its_own_named_after_it() {
        for (Area area : POLICY.areas()) {
            String file = area.title().replace("'", "").replace("/", " ").replaceAll("\\s+", " ");
            String className = java.util.Arrays.stream(file.split(" ")).map(word -> Character.toUpperCase(word.charAt(0))
                    + word.substring(1)).collect(Collectors.joining());
            assertThat(className).as(area.title()).isIn(SECTIONS);
        }
    }

    /** The section files, in the booklet's order. */
    private static final List<String> SECTIONS = List.of("EarlyHelpAndSingleAssessments", "ChildsSinglePlan", "Chronologies",
            "StepUpStepDown", "ParentingAssessments", "FamilyTime", "PrivateFostering", "EarlyHelp", "ChildrenInNeed",
            "ChildProtection", "CourtWork", "ChildrenInCare", "ChildExploitation", "LifeStoryWork", "CareLeavers",
            "TransitionToAdulthood", "ExternalPlacements", "Supervision", "ReflectiveCaseReviews", "CorporateComplaints",
            "StatutoryComplaints");

    @Test
    void every_section_file_holds_the_rules_of_its_area_and_only_those() throws Exception {
        for (String section : SECTIONS) {
            Class<?> type = Class.forName(getClass().getPackageName() + "." + section);
            java.lang.reflect.Method rules = type.getDeclaredMethod("rules");
            rules.setAccessible(true);
            @SuppressWarnings("unchecked")
            List<Rule> ofSection = (List<Rule>) rules.invoke(null);
            java.lang.reflect.Field title = type.getDeclaredField("SECTION");
            title.setAccessible(true);
            Area area = Area.of((String) title.get(null));
            assertThat(ofSection).as(section).isNotEmpty().allSatisfy(rule -> assertThat(POLICY.areaOf(rule)).isEqualTo(area));
        }
    }

    @Test
    void every_rule_cites_the_booklet_says_its_basis_and_reads_in_english() {
        List<Rule> rules = POLICY.versions().stream().map(RuleVersion::rule).toList();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(70);
        for (Rule rule : rules) {
            assertThat(rule.citation().document()).as(rule.id()).isEqualTo("Derbyshire Children's Services Practice Standards")
                    .isEqualTo(DerbyshirePracticeStandards.DOCUMENT);
            assertThat(rule.citation().words()).as(rule.id()).isNotBlank();
            assertThat(rule.basis().inWords()).as(rule.id()).isNotBlank();
            assertThat(rule.inWords()).as(rule.id()).startsWith(rule.title() + ": ");
            assertThat(rule.metBy()).as(rule.id()).isPresent();
        }
    }

    @Test
    void rule_ids_are_unique_and_stable() {
        List<String> ids = POLICY.rules().stream().map(Rule::id).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids).contains("cp.icpc", "lac.reviews", "lac.visits", "care-leavers.yearly-contact");
        assertThat(POLICY.name()).isEqualTo("Derbyshire practice standards");
    }

    @Test
    void the_personal_adviser_rule_runs_to_21_or_25_by_the_date_of_each_contact() {
        // One version: the Children and Social Work Act 2017 applies to every former relevant care leaver aged 21 to 24
        // on or after 1 April 2018, whenever they turned 18 (audit B-7e), so the version is not chosen by the clock's start.
        assertThat(POLICY.versionsOf("care-leavers.yearly-contact")).map(RuleVersion::toString)
                .containsExactly("care-leavers.yearly-contact");
        assertThat(POLICY.rule("care-leavers.yearly-contact").orElseThrow().inWords())
                .contains("until the 25th birthday").contains("to 21, or to 25 from 1 April 2018");
    }

    @Test
    void the_booklet_s_headline_rules_read_as_the_booklet_does() {
        assertThat(POLICY.rule("cp.icpc").orElseThrow().timescale().inWords())
                .isEqualTo("within 15 working days of the strategy discussion that initiated section 47 enquiries, discharged when"
                        + " the section 47 enquiry concludes that no conference is needed");
        assertThat(POLICY.rule("lac.reviews").orElseThrow().timescale().inWords())
                .isEqualTo("first within 20 working days of becoming looked after, then within 3 months, then at least every 6 months,"
                        + " until the child ceases to be looked after, turns 18 or is placed for adoption");
    }

    @Test
    void the_complaint_extensions_are_named_in_the_rules_english() {
        assertThat(POLICY.rule("complaints.statutory.stage-1").orElseThrow().timescale().inWords())
                .isEqualTo("within 10 working days of receipt of the complaint, or within 20 working days with the extension of"
                        + " stage 1 for a complex complaint, or by the date set in the extension for an advocate at stage 1, each"
                        + " extension recorded by then, until the complaint is resolved");
        assertThat(POLICY.rule("complaints.statutory.stage-2").orElseThrow().timescale().inWords())
                .contains("or within 65 working days with the extension of stage 2 recorded by then");
    }
}
