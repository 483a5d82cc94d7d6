package org.duly.testkit;

import java.util.List;
import java.util.Optional;
import org.duly.domain.value.Spelling;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.policy.Policy;
import org.duly.workflows.policy.Rule;
import org.duly.workflows.policy.RuleVersion;

/** Why a schedule has no obligation of a rule: a rule id its policy does not know (with the nearest it does), or a clock not started. */
final class RuleIds {

    private RuleIds() {
    }

    /** "the policy Anytown 1 has no rule cp.icpcc (did you mean cp.icpc?)", or empty when it has the rule. */
    static Optional<String> unknown(Schedule schedule, String ruleId) {
        Policy policy = schedule.policy();
        if (policy.rule(ruleId).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("the policy " + policy.title() + " has no rule " + ruleId
                + Spelling.closest(ruleId, policy.rules().stream().map(Rule::id).toList()).map(id -> " (did you mean " + id + "?)").orElse(""));
    }

    /** Why a rule has no entry in the schedule: not a rule of its policy, or nothing in the case has started its clock. */
    static String whyNone(Schedule schedule, String ruleId) {
        return unknown(schedule, ruleId).orElseGet(() -> {
            List<RuleVersion> versions = schedule.policy().versionsOf(ruleId);
            return "its clock has not started: nothing in the case starts " + versions.get(versions.size() - 1).rule().inWords()
                    + versions.get(0).effectiveFrom().map(from -> " (in force from " + from + ")").orElse("");
        });
    }
}
