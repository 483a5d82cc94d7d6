package org.duly.workflows.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.duly.timescales.Fulfilment;
import org.duly.timescales.Timescale;
import org.duly.timescales.annotations.CheckReturnValue;

/**
 * One rule of a policy: a timescale with what meets it, where it comes from (spec ids, the
 * source's own words, statutory or local) and any interpretation the source leaves open, written
 * down beside the rule. Build rules with {@link Rules#rule(String, String)}.
 *
 * <p>This class is immutable and thread-safe. Its {@code with} methods return a new rule, which
 * must be used.
 */
@CheckReturnValue
public final class Rule {

    private final String id;
    private final String title;
    private final List<String> specIds;
    private final Citation citation;
    private final Basis basis;
    private final Timescale timescale;
    private final Optional<Fulfilment<?>> metBy;
    private final List<String> interpretations;
    private final Optional<Applicability> appliesWhen;

    Rule(String id, String title, List<String> specIds, Citation citation, Basis basis, Timescale timescale,
            Optional<Fulfilment<?>> metBy, List<String> interpretations, Optional<Applicability> appliesWhen) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.specIds = List.copyOf(specIds);
        this.citation = Objects.requireNonNull(citation, "citation");
        this.basis = Objects.requireNonNull(basis, "basis");
        this.timescale = Objects.requireNonNull(timescale, "timescale");
        this.metBy = Objects.requireNonNull(metBy, "metBy");
        this.interpretations = List.copyOf(interpretations);
        this.appliesWhen = Objects.requireNonNull(appliesWhen, "appliesWhen");
    }

    /**
     * The rule's stable id: "cp.icpc".
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The rule's title: "Initial child protection conference".
     *
     * @return the title
     */
    public String title() {
        return title;
    }

    /**
     * The spec ids it implements: "CP-2".
     *
     * @return the spec ids
     */
    public List<String> specIds() {
        return specIds;
    }

    /**
     * Where it comes from, with the source's own words.
     *
     * @return the citation
     */
    public Citation citation() {
        return citation;
    }

    /**
     * Whether it is statutory, and under which instrument, or a local practice standard.
     *
     * @return the basis
     */
    public Basis basis() {
        return basis;
    }

    /**
     * The timescale.
     *
     * @return the timescale
     */
    public Timescale timescale() {
        return timescale;
    }

    /**
     * What meets the rule's obligations, if anything recorded can.
     *
     * @return the fulfilment
     */
    public Optional<Fulfilment<?>> metBy() {
        return metBy;
    }

    /**
     * The interpretations the source leaves open, as the rule reads them.
     *
     * @return the interpretation notes
     */
    public List<String> interpretations() {
        return interpretations;
    }

    /**
     * The condition under which the rule applies at all, tested on the evaluation date; where it
     * does not hold the rule is not applicable to the case.
     *
     * @return the condition, if the rule has one
     */
    public Optional<Applicability> appliesWhen() {
        return appliesWhen;
    }

    /**
     * The rule in plain English: "Initial child protection conference: within 15 working days of
     * the strategy discussion that initiated section 47 enquiries".
     *
     * @return the rule in words
     */
    public String inWords() {
        return title + ": " + timescale.inWords() + appliesWhen.map(c -> " (applies " + c.inWords() + ")").orElse("");
    }

    /**
     * The same rule with an interpretation written down beside it.
     *
     * <p>Example:
     * <pre>{@code
     * Rule preBirth = rule.interpretedAs("'before 28 weeks' is read as 28 weeks of gestation: 12 weeks before the expected date of delivery");
     * }</pre>
     *
     * @param note the interpretation, in words
     * @return the rule
     */
    public Rule interpretedAs(String note) {
        List<String> notes = new ArrayList<>(interpretations);
        notes.add(Objects.requireNonNull(note, "note"));
        return new Rule(id, title, specIds, citation, basis, timescale, metBy, notes, appliesWhen);
    }

    /**
     * The same rule, applying only when a condition holds on the evaluation date.
     *
     * <p>Example:
     * <pre>{@code
     * Rule transition = rule.appliesWhen(Applicability.of("to children with complex needs",
     *     (date, facts) -> facts.require(CHILD, "to know the child's needs").complexNeeds()));
     * assertThat(transition.inWords()).endsWith(" (applies to children with complex needs)");
     * }</pre>
     *
     * @param condition the condition, in words that follow "applies": "to children with complex needs"
     * @return the rule
     */
    public Rule appliesWhen(Applicability condition) {
        return new Rule(id, title, specIds, citation, basis, timescale, metBy, interpretations,
                Optional.of(Objects.requireNonNull(condition, "condition")));
    }

    /**
     * The same rule with another timescale: what a local override usually changes.
     *
     * <p>Example:
     * <pre>{@code
     * Rule fourWeekly = rule.withTimescale(first(within(weeks(1)).of(PLACEMENT_STARTED)).thenEvery(weeks(4)));
     * }</pre>
     *
     * @param newTimescale the timescale
     * @return the rule
     */
    public Rule withTimescale(Timescale newTimescale) {
        return new Rule(id, title, specIds, citation, basis, newTimescale, metBy, interpretations, appliesWhen);
    }

    /**
     * The same rule with another citation, for a local policy that words it differently.
     *
     * <p>Example:
     * <pre>{@code
     * Rule local = rule.withCitation(new Citation("Derby City Procedures", "Visits", "every 4 weeks"));
     * }</pre>
     *
     * @param newCitation the citation
     * @return the rule
     */
    public Rule withCitation(Citation newCitation) {
        return new Rule(id, title, specIds, newCitation, basis, timescale, metBy, interpretations, appliesWhen);
    }

    @Override
    public String toString() {
        return id + " (" + String.join(", ", specIds) + "): " + inWords();
    }
}
