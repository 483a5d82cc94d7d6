package org.duly.workflows.policy;

import java.util.List;

/**
 * A policy that cannot be built, with every problem found: two rules with one id, an override or a
 * removal of a rule that does not exist. Thrown when the policy is built, so a broken policy never
 * evaluates a case.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicyDefinitionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    PolicyDefinitionException(String policy, List<String> problems) {
        super("policy " + policy + " has " + problems.size() + (problems.size() == 1 ? " problem:\n  " : " problems:\n  ")
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found.
     *
     * @return the problems, in the order found
     */
    public List<String> problems() {
        return problems;
    }
}
