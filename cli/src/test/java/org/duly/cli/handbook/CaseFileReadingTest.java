package org.duly.cli.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.duly.cli.handbook.CaseFileReading.Role;
import org.duly.cli.handbook.CaseFileReading.Use;
import org.duly.domain.complaints.ComplaintEventType;
import org.duly.domain.events.CaseEventType;
import org.duly.domain.events.EventType;
import org.duly.domain.staff.StaffEventType;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.workflows.policy.Policy;
import org.junit.jupiter.api.Test;

/**
 * Which case-file event types start, meet, extend, end and discharge each rule, read from the rules: right for
 * the rules a newcomer trips on, and every event type in the handbook's index.
 */
class CaseFileReadingTest {

    private static final Policy POLICY = DerbyshirePracticeStandards.policy();
    private static final Catalogue CATALOGUE = Catalogue.of(POLICY);
    private static final String MARKDOWN = Handbook.markdown(CATALOGUE);

    private static CaseFileReading reading(String ruleId) {
        return CaseFileReading.of(POLICY.rule(ruleId).orElseThrow());
    }

    @Test
    void core_groups_start_at_the_initial_conference_are_met_by_core_group_meetings_and_end_with_the_plan() {
        CaseFileReading coreGroups = reading("cp.core-groups");
        assertThat(coreGroups.caseFileNames(Role.STARTS)).containsExactly("conferenceHeld");
        assertThat(coreGroups.uses(Role.STARTS)).extracting(Use::words).containsExactly("the initial child protection conference");
        assertThat(coreGroups.caseFileNames(Role.MEETS)).containsExactly("coreGroupMeeting");
        assertThat(coreGroups.caseFileNames(Role.ENDS)).containsExactly("childsPlanEnded");
        assertThat(coreGroups.caseFileNames(Role.DISCHARGES)).isEmpty();
        // The conference counts only if it made a plan: without a childsPlanCreated of a child protection plan, no core groups.
        assertThat(coreGroups.uses(Role.STARTS)).singleElement().satisfies(use -> {
            assertThat(use.checkedNames()).containsExactly("childsPlanCreated");
            assertThat(use.checkedFacts()).isEmpty();
        });
        assertThat(coreGroups.inWords()).isEqualTo("starts at conferenceHeld (the initial child protection conference, which reads"
                + " childsPlanCreated); met by coreGroupMeeting (the core group meeting); ended by childsPlanEnded (the end of the"
                + " child protection plan)");
    }

    @Test
    void the_section_47_clock_starts_at_the_enquirys_own_record_not_the_strategy_discussion() {
        CaseFileReading completed = reading("cp.section-47-completed");
        assertThat(completed.caseFileNames(Role.STARTS)).startsWith("section47EnquiryStarted").doesNotContain("strategyDiscussion");
        assertThat(completed.caseFileNames(Role.MEETS)).containsExactly("section47EnquiryCompleted");
        assertThat(reading("cp.management-oversight").caseFileNames(Role.STARTS)).containsExactly("section47EnquiryStarted");
        CaseFileReading icpc = reading("cp.icpc");
        assertThat(icpc.caseFileNames(Role.STARTS)).containsExactly("strategyDiscussion");
        assertThat(icpc.uses(Role.STARTS)).extracting(Use::words)
                .containsExactly("the strategy discussion that initiated section 47 enquiries");
        assertThat(icpc.caseFileNames(Role.DISCHARGES)).containsExactly("section47EnquiryCompleted");
    }

    @Test
    void an_age_or_a_date_worked_out_from_the_case_is_said_to_be_no_event() {
        CaseFileReading allocation = reading("care-leavers.allocation");
        assertThat(allocation.uses(Role.STARTS)).singleElement().satisfies(use -> {
            assertThat(use.eventTypes()).isEmpty();
            assertThat(use.dateFrom()).contains("the date the young person became an eligible child");
        });
        assertThat(allocation.inWords()).startsWith("starts at the date the young person became an eligible child (a date known"
                + " from the case, not an event); met by leavingCareWorkerAllocated");
        CaseFileReading reviews = reading("lac.reviews");
        assertThat(reviews.caseFileNames(Role.STARTS)).containsExactly("becameLookedAfter");
        assertThat(reviews.uses(Role.ENDS)).extracting(Use::words).contains("the 18th birthday");
        assertThat(reviews.inWords()).contains("the 18th birthday (a date from the date of birth, not an event)");
    }

    @Test
    void extensions_are_named_and_an_event_of_several_types_names_each() {
        assertThat(reading("court.proceedings-26-weeks").caseFileNames(Role.EXTENDS)).containsExactly("careProceedingsExtended");
        // Any care proceedings record that completes the day 1 documents meets it.
        assertThat(reading("court.day-1-filing").caseFileNames(Role.MEETS)).contains("careProceedingsIssued", "courtDocumentsFiled");
    }

    @Test
    void every_rule_says_in_its_handbook_section_where_it_reads_a_case_file() {
        for (CatalogueRule rule : CATALOGUE.rules()) {
            for (CatalogueRule.Version version : rule.versions()) {
                CaseFileReading reading = version.inACaseFile();
                assertThat(reading.uses(Role.STARTS)).as(rule.id()).isNotEmpty();
                assertThat(reading.uses(Role.MEETS)).as(rule.id()).isNotEmpty();
                assertThat(MARKDOWN).as(rule.id()).contains("In a case file: " + reading.markdown() + ".\n");
            }
        }
        assertThat(MARKDOWN).contains("In a case file: starts at `conferenceHeld` (the initial child protection conference, which"
                + " reads `childsPlanCreated`); met by `coreGroupMeeting` (the core group meeting); ended by `childsPlanEnded` (the end"
                + " of the child protection plan).");
    }

    @Test
    void the_index_lists_every_event_type_of_every_file_with_the_rules_it_starts_meets_and_ends() {
        List<EventType> all = new java.util.ArrayList<>(List.of(CaseEventType.values()));
        all.addAll(List.of(ComplaintEventType.values()));
        all.addAll(List.of(StaffEventType.values()));
        Map<EventType, Map<Role, List<CatalogueRule>>> index = CATALOGUE.eventIndex();
        assertThat(index.keySet()).containsExactlyElementsOf(all);
        String section = MARKDOWN.substring(MARKDOWN.indexOf("## " + Handbook.EVENT_INDEX + "\n"));
        assertThat(MARKDOWN).contains("- " + Markdown.linkTo(Handbook.EVENT_INDEX, Handbook.EVENT_INDEX) + "\n");
        for (EventType type : all) {
            assertThat(section).as(type.caseFileName()).contains("| `" + type.caseFileName() + "` (");
        }
        assertThat(index.get(CaseEventType.CORE_GROUP_MEETING)).containsOnlyKeys(Role.MEETS);
        assertThat(index.get(CaseEventType.CORE_GROUP_MEETING).get(Role.MEETS)).extracting(CatalogueRule::id)
                .containsExactly("cp.core-groups");
        assertThat(index.get(CaseEventType.SECTION_47_ENQUIRY_STARTED).get(Role.STARTS)).extracting(CatalogueRule::id)
                .contains("cp.section-47-completed", "cp.management-oversight");
        assertThat(index.get(CaseEventType.CHILDS_PLAN_ENDED).get(Role.ENDS)).extracting(CatalogueRule::id)
                .contains("cp.core-groups", "cp.review-conferences");
        assertThat(section).contains("| `coreGroupMeeting` (core group meeting) | meets "
                + Markdown.linkTo("cp.core-groups", "cp.core-groups: Core groups") + " |");
    }

    @Test
    void a_type_a_condition_looks_at_is_listed_as_checked_by_its_rules() {
        Map<EventType, Map<Role, List<CatalogueRule>>> index = CATALOGUE.eventIndex();
        assertThat(index.get(CaseEventType.CHILDS_PLAN_CREATED).get(Role.CHECKS)).extracting(CatalogueRule::id)
                .contains("cp.core-groups", "cp.review-conferences", "cp.pre-birth-review-conferences");
        String section = MARKDOWN.substring(MARKDOWN.indexOf("## " + Handbook.EVENT_INDEX + "\n"));
        String plansCreated = section.lines().filter(line -> line.startsWith("| `childsPlanCreated` (")).findFirst().orElseThrow();
        assertThat(plansCreated).contains("checked by ").contains(Markdown.linkTo("cp.core-groups", "cp.core-groups: Core groups"));
        // An interval set by the case and whether a rule applies read the case too, each in a use of its own.
        CaseFileReading visits = reading("cp.visits");
        assertThat(visits.caseFileNames(Role.CHECKS)).containsExactly("conferenceHeld");
        assertThat(visits.inWords()).endsWith("; also reads conferenceHeld (to set or choose its intervals)");
        assertThat(reading("family-time.as-directed").caseFileNames(Role.CHECKS)).containsExactly("familyTimeDirected");
        assertThat(index.get(CaseEventType.FAMILY_TIME_DIRECTED).get(Role.CHECKS)).extracting(CatalogueRule::id)
                .containsExactly("family-time.as-directed");
        // A fact worked out from the case is named as a fact, not an event type.
        assertThat(reading("cp.pre-birth-icpc").inWords()).contains("the expected date of delivery");
    }

    @Test
    void an_event_type_no_rule_reads_is_listed_as_read_by_none() {
        Map<EventType, Map<Role, List<CatalogueRule>>> index = CATALOGUE.eventIndex();
        List<EventType> unread = index.entrySet().stream().filter(entry -> entry.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        // An end of placement starts, meets and ends no rule: the next placement's start is what the rules read.
        assertThat(unread).contains(CaseEventType.PLACEMENT_ENDED);
        String section = MARKDOWN.substring(MARKDOWN.indexOf("## " + Handbook.EVENT_INDEX + "\n"));
        unread.forEach(type -> assertThat(section).contains("| `" + type.caseFileName() + "` (" + Markdown.text(type.description())
                + ") | *none* |"));
        assertThat(section.lines().filter(line -> line.endsWith("| *none* |")).count()).isEqualTo(unread.size());
    }
}
