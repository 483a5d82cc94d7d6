package org.duly.examples.policyauthors;

import static org.duly.timescales.Timescales.anyOf;
import static org.duly.timescales.Timescales.birthday;
import static org.duly.workflows.vocabulary.CaseEvents.CEASED_LOOKED_AFTER;
import static org.duly.workflows.cases.ChildFacts.DATE_OF_BIRTH;

import org.duly.timescales.Anchor;
import org.duly.workflows.policy.Citation;

/**
 * Anytown Council, the made-up authority of the policy authors' examples, and its practice
 * standards booklet, which every example rule cites in its own words.
 */
public final class AnytownCouncil {

    /** The name of Anytown's policy, as every example names it. */
    public static final String POLICY_NAME = "Anytown Council practice standards";

    /** The booklet the example rules cite. */
    public static final String PRACTICE_STANDARDS = "Anytown Council Children's Social Care Practice Standards";

    /**
     * The end of a child's time in care, where the duties to a child in care stop: "until the child
     * ceases to be looked after or turns 18". Its words come twice: as they follow "within 5 days of",
     * and as a clause, as they follow "until".
     */
    public static final Anchor LEAVES_CARE = anyOf("ceasing to be looked after or the 18th birthday",
            "the child ceases to be looked after or turns 18", CEASED_LOOKED_AFTER, birthday(18, DATE_OF_BIRTH));

    private AnytownCouncil() {
    }

    /**
     * A citation of Anytown's practice standards: the section and the booklet's own words, so that
     * a rule can be held against the text it implements.
     *
     * <p>Example:
     * <pre>{@code
     * Citation words = AnytownCouncil.practiceStandards("Case Transfers",
     *     "the manager of the receiving team will review the case within 10 working days of the transfer");
     * }</pre>
     *
     * @param section the booklet's section
     * @param words the booklet's words, exactly as written
     * @return the citation
     */
    public static Citation practiceStandards(String section, String words) {
        return new Citation(PRACTICE_STANDARDS, section, words);
    }
}
