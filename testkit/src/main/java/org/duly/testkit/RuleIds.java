package org.duly.testkit;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.policy.Policy;
import org.duly.workflows.policy.Rule;
import org.duly.workflows.policy.RuleVersion;

/** Why a schedule has no obligation of a rule: a rule id its policy does not know (with the nearest it does), or a clock not started. */
final class RuleIds {

    // As for event names in case files (casefile's RawEvents): three edits catch a typo without suggesting an unrelated rule.
    private static final int MOST_EDITS = 3;

    private RuleIds() {
    }

    /** "the policy Anytown 1 has no rule cp.icpcc (did you mean cp.icpc?)", or empty when it has the rule. */
    static Optional<String> unknown(Schedule schedule, String ruleId) {
        Policy policy = schedule.policy();
        if (policy.rule(ruleId).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("the policy " + policy.title() + " has no rule " + ruleId
                + nearest(ruleId, policy.rules().stream().map(Rule::id).toList()).map(id -> " (did you mean " + id + "?)").orElse(""));
    }

    /** Why a rule has no entry in the schedule: not a rule of its policy, or nothing in the case has started its clock. */
    static String whyNone(Schedule schedule, String ruleId) {
        return unknown(schedule, ruleId).orElseGet(() -> {
            List<RuleVersion> versions = schedule.policy().versionsOf(ruleId);
            return "its clock has not started: nothing in the case starts " + versions.get(versions.size() - 1).rule().inWords()
                    + versions.get(0).effectiveFrom().map(from -> " (in force from " + from + ")").orElse("");
        });
    }

    private static Optional<String> nearest(String typed, List<String> known) {
        String lower = typed.toLowerCase(Locale.ROOT);
        return known.stream()
                .min(Comparator.comparingInt(id -> distance(id.toLowerCase(Locale.ROOT), lower)))
                .filter(id -> distance(id.toLowerCase(Locale.ROOT), lower) <= MOST_EDITS);
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
