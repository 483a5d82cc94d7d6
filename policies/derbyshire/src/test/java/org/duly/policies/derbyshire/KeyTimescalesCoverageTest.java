package org.duly.policies.derbyshire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.duly.domain.complaints.ComplaintEventType;
import org.duly.domain.events.CaseEventType;
import org.duly.domain.staff.StaffEventType;
import org.duly.workflows.policy.Rule;
import org.duly.workflows.policy.RuleVersion;
import org.duly.workflows.policy.Spec;
import org.junit.jupiter.api.Test;

/**
 * Every key timescale of the booklet is served by an event type the case files can record: which
 * events serve which timescale is read from the rules (what meets each), not written again beside
 * the event types, which carry no spec ids.
 */
class KeyTimescalesCoverageTest {

    private static final Set<Class<?>> RECORDED = Stream.of(
                    Arrays.stream(CaseEventType.values()).map(CaseEventType::type),
                    Arrays.stream(ComplaintEventType.values()).map(ComplaintEventType::type),
                    Arrays.stream(StaffEventType.values()).map(StaffEventType::type))
            .flatMap(types -> types).collect(Collectors.toSet());

    @Test
    void every_timescale_in_the_booklet_is_served_by_an_event_type() {
        Set<String> ids = DerbyshirePracticeStandards.specSheet().specs().stream().map(Spec::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(111).contains("EHSA-1", "CP-2", "LAC-6", "CL-9", "SC-4");
        Set<String> served = DerbyshirePracticeStandards.policy().versions().stream().map(RuleVersion::rule)
                .filter(rule -> recorded(metBy(rule)))
                .flatMap(rule -> rule.specIds().stream()).collect(Collectors.toSet());
        assertThat(served).containsAll(ids);
    }

    @Test
    void every_rule_is_met_by_an_event_type_the_case_files_record() {
        assertThat(DerbyshirePracticeStandards.policy().versions()).map(RuleVersion::rule)
                .allSatisfy(rule -> assertThat(recorded(metBy(rule))).as(rule.id() + " is met by " + metBy(rule).getSimpleName()).isTrue());
    }

    /** A type the case files record, or one they record kinds of (the issue or a later filing, a response or a resolution). */
    private static boolean recorded(Class<?> type) {
        return RECORDED.stream().anyMatch(type::isAssignableFrom);
    }

    private static Class<?> metBy(Rule rule) {
        return rule.metBy().orElseThrow().event().type();
    }
}
