package org.duly.testkit;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.SoftAssertionsProvider;
import org.duly.timescales.Status;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.engine.ScheduleEntry;

/**
 * Assertions on a schedule, leading to the obligations of one rule: the base to extend with
 * assertions of your own, as AssertJ's {@code Abstract*Assert} classes are.
 *
 * <p>A consuming app adds a schedule assertion, and reaches obligation assertions of its own, by
 * extending this class:
 *
 * <pre>{@code
 * public class OurScheduleAssert extends AbstractScheduleAssert<OurScheduleAssert, OurObligationAssert> {
 *     public OurScheduleAssert(Schedule actual) {
 *         super(actual, OurScheduleAssert.class);
 *     }
 *
 *     @Override
 *     protected OurObligationAssert obligationAssert(ScheduleEntry entry) {
 *         return new OurObligationAssert(entry);
 *     }
 *
 *     public OurScheduleAssert isForSubject(String id) {
 *         isNotNull();
 *         if (!actual.subject().equals(id)) {
 *             failWithActualExpectedAndMessage(actual.subject(), id, "Expected the schedule of %s but it is of %s", id, actual.subject());
 *         }
 *         return myself;
 *     }
 * }
 * }</pre>
 *
 * <p>A subclass keeps a public constructor taking the {@link Schedule} alone, so that soft
 * assertions ({@link DulySoftAssertions}) can proxy it.
 *
 * @param <SELF> the assertion class itself, returned by the schedule's assertions for chaining
 * @param <OBLIGATION> the assertions on one obligation that {@link #obligation(String)} returns
 */
public abstract class AbstractScheduleAssert<SELF extends AbstractScheduleAssert<SELF, OBLIGATION>,
        OBLIGATION extends AbstractObligationAssert<OBLIGATION>> extends AbstractAssert<SELF, Schedule> {

    // Set by DulySoftAssertionsProvider on the proxies it makes: the obligations reached from this
    // schedule are then proxied too, and a failure to reach one is collected instead of thrown.
    SoftAssertionsProvider softly;

    /**
     * Assertions on the schedule.
     *
     * <p>Example:
     * <pre>{@code
     * super(actual, OurScheduleAssert.class);
     * }</pre>
     *
     * @param actual the schedule
     * @param selfType the class of the subclass
     */
    protected AbstractScheduleAssert(Schedule actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * The assertions on one entry that the navigation methods ({@link #obligation(String)} ...) return.
     *
     * <p>Example:
     * <pre>{@code
     * protected OurObligationAssert obligationAssert(ScheduleEntry entry) {
     *     return new OurObligationAssert(entry);
     * }
     * }</pre>
     *
     * @param entry the entry, or null when a soft assertion could not reach it
     * @return the assertions
     */
    protected abstract OBLIGATION obligationAssert(ScheduleEntry entry);

    private List<ScheduleEntry> entries(String ruleId) {
        isNotNull();
        return actual.entriesOf(ruleId);
    }

    private static String listing(List<ScheduleEntry> entries) {
        return entries.isEmpty() ? "none" : entries.stream().map(ScheduleEntry::toString).collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    private static List<String> lines(List<ScheduleEntry> entries) {
        return entries.stream().map(ScheduleEntry::toString).toList();
    }

    /** The assertions on the entry found, described as this schedule is; under soft assertions, proxied, and a failure to find it collected. */
    @SuppressWarnings("unchecked")
    private OBLIGATION navigate(Supplier<ScheduleEntry> find) {
        ScheduleEntry entry;
        try {
            entry = find.get();
        } catch (AssertionError failure) {
            if (softly == null) {
                throw failure;
            }
            // Collected here rather than by the proxy, which would return null and end the test with a NullPointerException.
            softly.collectAssertionError(failure);
            entry = null;
        }
        OBLIGATION obligation = obligationAssert(entry);
        if (softly != null) {
            obligation = softly.proxy((Class<OBLIGATION>) obligation.getClass(), ScheduleEntry.class, entry);
        }
        if (info.hasDescription()) {
            obligation = obligation.describedAs(info.description());
        }
        return obligation;
    }

    /**
     * The rule's only obligation; fails when it has none or several. The same as
     * {@link #onlyObligation(String)}: a rule with several obligations needs its occurrence named,
     * {@link #obligation(String, int)}, so that a table row cannot pass against the wrong one.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("cp.icpc").isMet();
     * }</pre>
     *
     * @param ruleId the rule's id
     * @return assertions on the obligation
     */
    public OBLIGATION obligation(String ruleId) {
        return onlyObligation(ruleId);
    }

    /**
     * The rule's only obligation, as AssertJ's {@code singleElement()}: fails when it has none (saying
     * whether the policy has no such rule, with the nearest id it has, or the rule's clock has not
     * started) or several (listing them).
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).onlyObligation("cp.icpc").isDueOn("2024-04-08");
     * }</pre>
     *
     * @param ruleId the rule's id
     * @return assertions on the obligation
     */
    public OBLIGATION onlyObligation(String ruleId) {
        return navigate(() -> {
            List<ScheduleEntry> entries = entries(ruleId);
            if (entries.isEmpty()) {
                throw failure("Expected an obligation of %s on %s but %s", ruleId, actual.asOf(), RuleIds.whyNone(actual, ruleId));
            }
            if (entries.size() > 1) {
                throw failure("Expected only one obligation of %s but it has %s; name the one meant, as obligation(\"%s\", occurrence)"
                        + " or obligation(\"%s\", chain, occurrence):%s", ruleId, entries.size(), ruleId, ruleId, listing(entries));
            }
            return entries.get(0);
        });
    }

    /**
     * The rule's n-th obligation of its first chain: the 2nd looked after review.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("lac.reviews", 2).isDueOn("2024-06-01");
     * }</pre>
     *
     * @param ruleId the rule's id
     * @param occurrence which occurrence, from 1
     * @return assertions on the obligation
     */
    public OBLIGATION obligation(String ruleId, int occurrence) {
        return obligation(ruleId, 1, occurrence);
    }

    /**
     * The rule's n-th obligation of a chain: the 1st review of the 2nd period of care.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).obligation("lac.reviews", 2, 1).isDueOn("2025-03-31");
     * }</pre>
     *
     * @param ruleId the rule's id
     * @param chain which chain, from 1
     * @param occurrence which occurrence in it, from 1
     * @return assertions on the obligation
     */
    public OBLIGATION obligation(String ruleId, int chain, int occurrence) {
        return navigate(() -> {
            List<ScheduleEntry> entries = entries(ruleId);
            if (entries.isEmpty()) {
                throw failure("Expected obligation %s of chain %s of %s on %s but %s", occurrence, chain, ruleId, actual.asOf(),
                        RuleIds.whyNone(actual, ruleId));
            }
            List<ScheduleEntry> labelled = entries.stream().filter(entry -> entry.chain() == chain && entry.occurrence() == occurrence)
                    .toList();
            if (labelled.isEmpty()) {
                throw failure("Expected obligation %s of chain %s of %s but it has:%s", occurrence, chain, ruleId, listing(entries));
            }
            if (labelled.size() > 1) {
                // Two clocks can give entries the same label when the later cannot be computed.
                throw failure("Expected one obligation %s of chain %s of %s but it has %s:%s", occurrence, chain, ruleId, labelled.size(),
                        listing(labelled));
            }
            return labelled.get(0);
        });
    }

    /**
     * The rule owes nothing: no obligation at all, not even a not-applicable entry. Fails for an id the
     * policy does not know, which a typo would otherwise pass.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).hasNoObligation("cp.review-conferences");
     * }</pre>
     *
     * @param ruleId the rule's id
     * @return this
     */
    public SELF hasNoObligation(String ruleId) {
        List<ScheduleEntry> entries = entries(ruleId);
        RuleIds.unknown(actual, ruleId).ifPresent(unknown -> failWithMessage("Expected no obligation of %s but %s", ruleId, unknown));
        if (!entries.isEmpty()) {
            failWithActualExpectedAndMessage(lines(entries), List.of(), "Expected no obligation of %s but it has:%s", ruleId,
                    listing(entries));
        }
        return myself;
    }

    /**
     * The rule has this many obligations. Fails for an id the policy does not know.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).hasObligations("lac.visits", 3);
     * }</pre>
     *
     * @param ruleId the rule's id
     * @param count how many
     * @return this
     */
    public SELF hasObligations(String ruleId, int count) {
        List<ScheduleEntry> entries = entries(ruleId);
        RuleIds.unknown(actual, ruleId).ifPresent(unknown -> failWithMessage("Expected %s obligations of %s but %s", count, ruleId, unknown));
        if (entries.size() != count) {
            failWithActualExpectedAndMessage(entries.size(), count, "Expected %s obligations of %s but it has %s:%s", count, ruleId,
                    entries.size(), listing(entries));
        }
        return myself;
    }

    /**
     * Nothing in the schedule is overdue.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(schedule).hasNothingOverdue();
     * }</pre>
     *
     * @return this
     */
    public SELF hasNothingOverdue() {
        isNotNull();
        List<ScheduleEntry> overdue = actual.entries().stream().filter(entry -> entry.status() == Status.OVERDUE).toList();
        if (!overdue.isEmpty()) {
            failWithActualExpectedAndMessage(lines(overdue), List.of(), "Expected nothing overdue on %s but:%s", actual.asOf(),
                    listing(overdue));
        }
        return myself;
    }
}
