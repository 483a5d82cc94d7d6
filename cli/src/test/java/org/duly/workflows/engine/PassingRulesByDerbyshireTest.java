package org.duly.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.duly.casefile.ScheduleJson;
import org.duly.cli.synthetic.SyntheticCases;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Child;
import org.duly.domain.events.CaseEvent;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.timescales.Clock;
import org.duly.timescales.ClockStart;
import org.duly.timescales.Evaluation;
import org.duly.timescales.EvaluationContext;
import org.duly.timescales.Event;
import org.duly.timescales.Facts;
import org.duly.timescales.MissingFactException;
import org.duly.workflows.cases.CaseFacts;
import org.duly.workflows.policy.Policy;
import org.duly.workflows.policy.Rule;
import org.duly.workflows.policy.RuleVersion;
import org.junit.jupiter.api.Test;

/**
 * The engine passes by a rule nothing in a case can start ({@link Rule#mayStart}), one whose clocks
 * all start (or, for a condition judged on each due date, whose occurrences all fall due) after the
 * evaluation date and whose condition does not hold on it, and one whose clock
 * starts on no known day and whose condition does not hold, and gives the schedule it gives when
 * every rule is evaluated in full: over the Derbyshire catalogue, synthetic
 * children (the caseload the benchmarks evaluate), the same children with events dropped at random,
 * and several evaluation dates. Here, beside the synthetic caseload of the command line, because
 * the workflows module cannot see the catalogue; in the engine's package, because evaluating every
 * rule in full is the engine's package-private reference ({@link Engine#evaluatingEveryRule()}).
 */
class PassingRulesByDerbyshireTest {

    private static final Policy POLICY = DerbyshirePracticeStandards.policy();
    private static final Engine ENGINE = Engine.create();
    private static final Engine EVERY_RULE = ENGINE.evaluatingEveryRule();
    private static final List<LocalDate> DATES = List.of(LocalDate.parse("2023-03-01"), LocalDate.parse("2024-06-30"),
            LocalDate.parse("2025-12-31"), LocalDate.parse("2031-01-01"));

    /** Synthetic children, each followed by two copies with about one event in five dropped. */
    private static List<CaseTimeline> cases(long seed, int size) {
        List<CaseTimeline> cases = new ArrayList<>();
        Random random = new Random(seed);
        for (CaseTimeline child : SyntheticCases.caseload(seed, size)) {
            cases.add(child);
            for (int copy = 0; copy < 2; copy++) {
                List<CaseEvent> kept = new ArrayList<>();
                for (CaseEvent event : child.events()) {
                    if (random.nextInt(5) != 0) {
                        kept.add(event);
                    }
                }
                CaseTimeline.check(child.child(), kept).value().ifPresent(cases::add);
            }
        }
        return cases;
    }

    /** The rule's timescale evaluated as the engine evaluates it, met by what meets the rule. */
    private static Evaluation evaluationOf(Rule rule, Facts facts, EvaluationContext context) {
        return rule.metBy().isPresent()
                ? rule.timescale().evaluate(facts, rule.metBy().get(), context)
                : rule.timescale().evaluate(facts, context);
    }

    private static void assertSameSchedule(Schedule passing, Schedule every) {
        assertThat(passing.entries()).isEqualTo(every.entries());
        assertThat(passing.entries()).map(ScheduleEntry::explanationInEnglish)
                .isEqualTo(every.entries().stream().map(ScheduleEntry::explanationInEnglish).toList());
        assertThat(ScheduleJson.write(passing)).isEqualTo(ScheduleJson.write(every));
    }

    @Test
    void every_schedule_is_the_same_with_rules_passed_by_and_every_rule_evaluated() {
        int passedBy = 0;
        int notYet = 0;
        int noStart = 0;
        int schedules = 0;
        for (long seed : new long[] {2026L, 7L, 31L}) {
            for (CaseTimeline child : cases(seed, 100)) {
                for (LocalDate asOf : DATES) {
                    assertSameSchedule(ENGINE.evaluate(child, POLICY, asOf), EVERY_RULE.evaluate(child, POLICY, asOf));
                    schedules++;
                    CaseFacts subject = CaseFacts.of(child, asOf);
                    EvaluationContext context = EvaluationContext.on(asOf, POLICY.calendar());
                    for (List<RuleVersion> versions : POLICY.versionsByRule()) {
                        for (RuleVersion version : versions) {
                            Rule rule = version.rule();
                            if (!rule.mayStart(subject.facts())) {
                                passedBy++;
                            } else if (rule.appliesWhen().isPresent() && rule.timescale().started(subject.facts(), context)) {
                                ClockStart start = rule.timescale().clockStart(subject.facts(), context);
                                if (Engine.saysNothingYet(rule, rule.appliesWhen().get(), start, subject, context)) {
                                    notYet++;
                                } else if (Engine.saysNothingWithoutAStart(rule, rule.appliesWhen().get(), subject, context)) {
                                    noStart++;
                                }
                            }
                        }
                    }
                }
            }
        }
        // Most rules start nothing in most cases: the comparison covers rules passed by, many times over.
        assertThat(passedBy).isGreaterThan(schedules * POLICY.versionsByRule().size() / 2);
        // A child's birthdays start care leavers' clocks long before most children are looked after, if ever.
        assertThat(notYet).isGreaterThan(schedules);
        // Most children never become eligible care leavers, nor qualifying ones: no date to count those rules from.
        assertThat(noStart).isGreaterThan(schedules);
    }

    /** Whether a rule of the catalogue is to be checked in one case on one date. */
    @FunctionalInterface
    private interface RuleWhere {
        boolean holds(Rule rule, Facts facts, EvaluationContext context);
    }

    /** What is checked of one rule of the catalogue in one case on one date. */
    @FunctionalInterface
    private interface RuleCheck {
        void check(Rule rule, Facts facts, EvaluationContext context);
    }

    /**
     * Checks each version of each rule of the catalogue where it holds, in each case of a seed's caseload at each date; how
     * many were checked.
     */
    private static int checkEachRule(long seed, RuleWhere where, RuleCheck check) {
        int checked = 0;
        for (CaseTimeline child : cases(seed, 100)) {
            for (LocalDate asOf : DATES) {
                Facts facts = CaseFacts.of(child, asOf).facts();
                EvaluationContext context = EvaluationContext.on(asOf, POLICY.calendar());
                for (List<RuleVersion> versions : POLICY.versionsByRule()) {
                    for (RuleVersion version : versions) {
                        Rule rule = version.rule();
                        if (!where.holds(rule, facts, context)) {
                            continue;
                        }
                        checked++;
                        check.check(rule, facts, context);
                    }
                }
            }
        }
        return checked;
    }

    @Test
    void a_clock_that_starts_on_no_known_day_gives_no_occurrence() {
        int checked = checkEachRule(17L, (rule, facts, context) -> rule.startsOnNoKnownDay(facts, context),
                (rule, facts, context) -> {
                    Evaluation evaluation;
                    try {
                        evaluation = evaluationOf(rule, facts, context);
                    } catch (MissingFactException missing) {
                        return;
                    }
                    assertThat(evaluation.obligations()).as(rule.id()).isEmpty();
                    assertThat(rule.timescale().startedBy(facts, context)).as(rule.id()).isFalse();
                });
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void a_clock_that_starts_after_the_evaluation_date_gives_only_occurrences_started_after_it() {
        int checked = checkEachRule(13L, (rule, facts, context) -> rule.timescale().startsAfter(facts, context),
                (rule, facts, context) -> {
                    assertThat(evaluationOf(rule, facts, context).obligations()).as(rule.id()).allSatisfy(obligation ->
                            assertThat(obligation.clockStartedOn()).isAfter(context.asOf()));
                    assertThat(rule.timescale().started(facts, context)).as(rule.id()).isTrue();
                    assertThat(rule.timescale().startedBy(facts, context)).as(rule.id()).isFalse();
                });
        assertThat(checked).isPositive();
    }

    @Test
    void a_rule_whose_occurrences_fall_due_after_the_evaluation_date_gives_only_those() {
        List<String> rules = new ArrayList<>();
        int checked = checkEachRule(19L, (rule, facts, context) -> rule.fallsDueOnceStarted()
                && rule.timescale().startsAfter(facts, context),
                (rule, facts, context) -> {
                    assertThat(evaluationOf(rule, facts, context).obligations()).as(rule.id()).allSatisfy(obligation ->
                            assertThat(obligation.due()).isAfter(context.asOf()));
                    if (!rules.contains(rule.id())) {
                        rules.add(rule.id());
                    }
                });
        assertThat(checked).isGreaterThan(100);
        // The care leavers' contacts counted from the 18th birthday, judged on each due date, are among them.
        assertThat(rules).contains("care-leavers.yearly-contact", "care-leavers.contacts-after-18");
    }

    @Test
    void a_rule_passed_by_would_have_started_nothing_owed_nothing_and_missed_no_fact() {
        int passedBy = checkEachRule(11L, (rule, facts, context) -> !rule.mayStart(facts),
                (rule, facts, context) -> {
                    Evaluation evaluation = evaluationOf(rule, facts, context);
                    assertThat(evaluation.obligations()).as(rule.id()).isEmpty();
                    assertThat(evaluation.cannotCompute()).as(rule.id()).isEmpty();
                    assertThat(rule.timescale().started(facts, context)).as(rule.id()).isFalse();
                    assertThat(rule.timescale().startedBy(facts, context)).as(rule.id()).isFalse();
                });
        assertThat(passedBy).isPositive();
    }

    @Test
    void a_rule_counted_from_a_birthday_or_a_fact_is_never_passed_by() {
        List<String> fromDates = new ArrayList<>();
        for (List<RuleVersion> versions : POLICY.versionsByRule()) {
            for (RuleVersion version : versions) {
                Rule rule = version.rule();
                if (Clock.of(rule.timescale()).startedBy().stream().anyMatch(anchor -> !(anchor instanceof Event<?>))) {
                    fromDates.add(rule.id());
                    assertThat(rule.mayStart(Facts.of())).as(rule.id()).isTrue();
                }
            }
        }
        assertThat(fromDates).contains("care-leavers.referral", "care-leavers.contacts-after-18", "transition.plan-reviews",
                "transition.plan-reviews-complex-needs", "cp.pre-birth-icpc");

        // A young person with complex needs, likely to need adult services, and not one event recorded.
        Child child = Child.builder().id("C-1").dateOfBirth(LocalDate.parse("2007-05-01"))
                .likelyToNeedAdultServices(true).complexNeeds(true).build();
        CaseTimeline noEvents = CaseTimeline.check(child, List.of()).value().orElseThrow();
        for (LocalDate asOf : DATES) {
            assertSameSchedule(ENGINE.evaluate(noEvents, POLICY, asOf), EVERY_RULE.evaluate(noEvents, POLICY, asOf));
        }
        assertThat(ENGINE.evaluate(noEvents, POLICY, LocalDate.parse("2025-12-31")).entries())
                .map(entry -> entry.rule().id())
                .contains("care-leavers.referral", "care-leavers.pfa-record-complex-needs", "transition.plan-reviews-complex-needs");
    }
}
