package org.duly.workflows.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A version of a rule and the date it came into force, if it has one: the version that applies to
 * an obligation is the one in force on the date its clock started.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule the rule
 * @param effectiveFrom the first date of clocks it applies to; empty for "always"
 * @param label why this version exists, for a local change: "Derby City: 4-weekly visits"
 */
public record RuleVersion(Rule rule, Optional<LocalDate> effectiveFrom, Optional<String> label) {

    /** Checks every part is present. */
    public RuleVersion {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(label, "label");
    }

    /**
     * Whether a clock started on this date is older than this version.
     *
     * @param clockStart the date the clock started
     * @return true if this version was not yet in force then
     */
    boolean laterThan(LocalDate clockStart) {
        return effectiveFrom.map(from -> from.isAfter(clockStart)).orElse(false);
    }

    @Override
    public String toString() {
        return rule.id() + effectiveFrom.map(from -> " from " + from).orElse("") + label.map(l -> " (" + l + ")").orElse("");
    }
}
