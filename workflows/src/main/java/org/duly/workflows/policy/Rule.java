package org.duly.workflows.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.duly.timescales.Anchor;
import org.duly.timescales.Clock;
import org.duly.timescales.EvaluationContext;
import org.duly.timescales.Event;
import org.duly.timescales.Facts;
import org.duly.timescales.Fulfilment;
import org.duly.timescales.Timescale;
import org.duly.timescales.annotations.CheckReturnValue;
import org.duly.timescales.annotations.Internal;

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
    /**
     * The types of the events that start or extend the timescale's clock, each once, worked out once for
     * {@link #mayStart}; null when it may count from a date (a birthday, a fact), which no event need start.
     */
    private final Class<?>[] startingTypes;
    /** What the timescale's clock reads, worked out once for {@link #startsOnNoKnownDay}. */
    private final Clock clock;
    /** Whether no occurrence can fall due before the first day a clock starts: {@link #fallsDueOnceStarted}. */
    private final boolean fallsDueOnceStarted;

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
        this.clock = Clock.of(timescale);
        this.startingTypes = startingTypes(clock);
        this.fallsDueOnceStarted = timescale.fallsDueOnceStarted(metBy);
    }

    /**
     * The types of the events a clock needs an occurrence of before an evaluation reads anything else
     * of a case, or null when a date it counts from (a birthday, a fact) may start it, or be missing,
     * without any event. Extensions are read whether or not anything started the clock (their
     * conditions may ask for a fact), so their types count too.
     */
    private static Class<?>[] startingTypes(Clock clock) {
        Set<Class<?>> types = new LinkedHashSet<>();
        for (List<Anchor> anchors : List.of(clock.startedBy(), clock.extendedBy())) {
            for (Anchor anchor : anchors) {
                if (!(anchor instanceof Event<?> event)) {
                    return null;
                }
                types.add(event.type());
            }
        }
        return types.toArray(new Class<?>[0]);
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

    /** The types of the events that may start the clock, or null when a date may: for {@link Policy#mayStart}. */
    Class<?>[] startingTypes() {
        return startingTypes;
    }

    /**
     * Whether anything in these facts could start the rule's clock, told from the kinds of events
     * recorded alone: false only when every anchor the clock counts from (and every event that could
     * extend it) is an event, and the facts hold no occurrence of any of their types. Then evaluating
     * the rule owes nothing and says nothing, not even "not applicable" or "cannot compute", so the
     * engine passes it by. A clock that may count from a birthday or a fact's date may always start:
     * the date, or its absence, is something to say.
     *
     * <p>Example:
     * <pre>{@code
     * // icpc is due within(workingDays(15)).of(STRATEGY_DISCUSSION.where(INITIATED_SECTION_47))
     * assertThat(icpc.mayStart(Facts.of(new Referral(LocalDate.parse("2024-03-01"))))).isFalse();
     * assertThat(icpc.mayStart(Facts.of(new StrategyDiscussion(LocalDate.parse("2024-03-04"))))).isTrue();
     * }</pre>
     *
     * @param facts what is known about the case on the evaluation date
     * @return false when nothing in the facts can start the clock; true when something may
     */
    @Internal
    public boolean mayStart(Facts facts) {
        if (startingTypes == null) {
            return true;
        }
        for (Class<?> type : startingTypes) {
            if (!facts.occurrences(type).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether no anchor that starts the rule's clock gives a day in these facts ({@link Clock#startsOnNoKnownDay}): its
     * evaluation would owe nothing and could only say what is missing. The engine asks, for a rule with a condition,
     * before evaluating it.
     *
     * <p>Example:
     * <pre>{@code
     * // allocation is due by(dateOf(DATE_BECAME_ELIGIBLE))
     * assertThat(allocation.startsOnNoKnownDay(Facts.of(), context)).isTrue();
     * }</pre>
     *
     * @param facts what is known about the case on the evaluation date
     * @param context the calendar and the evaluation date
     * @return true when no anchor that starts the clock gives a day
     */
    @Internal
    public boolean startsOnNoKnownDay(Facts facts, EvaluationContext context) {
        return clock.startsOnNoKnownDay(facts, context);
    }

    /**
     * Whether no occurrence of the rule can fall due before the first day a clock starts, met by what meets the rule
     * ({@link Timescale#fallsDueOnceStarted}), worked out once. Then, when every clock starts after the evaluation date,
     * every occurrence falls due after it: the engine asks, for a rule whose condition is judged on each due date, before
     * evaluating it, as each occurrence would be judged on what is known today.
     *
     * <p>Example:
     * <pre>{@code
     * // due first(within(months(12)).of(birthday(18, DATE_OF_BIRTH))).thenEvery(months(12))
     * assertThat(yearlyContact.fallsDueOnceStarted()).isTrue();
     * }</pre>
     *
     * @return whether no occurrence can fall due before the first day a clock starts
     */
    @Internal
    public boolean fallsDueOnceStarted() {
        return fallsDueOnceStarted;
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
