package org.duly.cli;

import org.duly.workflows.policy.Policy;
import picocli.CommandLine.Option;

/**
 * {@code --policy NAME}, for any command that applies a policy: mix it in with
 * {@code @Mixin PolicyOption policy;} and call {@link #policy()}. Without the option the command
 * uses {@value Policies#DEFAULT}; an unknown name is a usage error listing the known names.
 */
public final class PolicyOption {

    @Option(names = "--policy", paramLabel = "NAME", defaultValue = Policies.DEFAULT, converter = Policies.Converter.class,
            completionCandidates = Policies.Names.class,
            description = "The policy to apply, by name: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Policy policy;

    /**
     * The policy named on the command line, or the default one.
     *
     * <p>Example:
     * <pre>{@code
     * @Mixin
     * private PolicyOption policyOption;
     * ...
     * Schedule schedule = engine.evaluate(facts, policyOption.policy(), asOf);
     * }</pre>
     *
     * @return the policy
     */
    public Policy policy() {
        return policy;
    }
}
