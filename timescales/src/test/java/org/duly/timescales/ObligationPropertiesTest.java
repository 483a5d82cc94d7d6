package org.duly.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.timescales.Booklet.*;
import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.duly.timescales.calendar.EnglandAndWales;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * DESIGN's nine rules as randomized properties, with shrinking: for random referrals, visits and
 * outcomes, every mechanism (plain, discharged, superseded, ended, a window that opens, a recurrence)
 * with every kind of fulfilment (by date, with a look-back, covering), a status always agrees with its
 * dates, no record meets two occurrences unless the rule says it covers them, a miss stays a miss as
 * time passes, and the same facts always give the same answer.
 */
class ObligationPropertiesTest {

    private static final LocalDate FIRST = date("2024-01-01");
    private static final Set<Status> LATE_OR_CLOSED = Set.of(Status.OVERDUE, Status.MISSED, Status.MET_LATE, Status.NOT_REQUIRED);

    /** One mechanism, by name so that a failure says which. */
    record Mechanism(String name, Timescale timescale) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Mechanism> MECHANISMS = List.of(
            new Mechanism("within 10 working days", within(workingDays(10)).of(REFERRAL)),
            new Mechanism("discharged by the plan ending", within(workingDays(10)).of(REFERRAL).dischargedBy(PLAN_ENDED)),
            new Mechanism("until the next referral", within(workingDays(10)).of(REFERRAL).untilTheNext()),
            new Mechanism("until the plan ends", within(weeks(4)).of(REFERRAL).until(PLAN_ENDED)),
            new Mechanism("between day 5 and day 15", between(days(5)).and(days(15)).after(REFERRAL)),
            new Mechanism("every 6 weeks", first(within(weeks(1)).of(REFERRAL)).thenEvery(weeks(6))),
            new Mechanism("every 6 weeks until the plan ends", first(within(weeks(1)).of(REFERRAL)).thenEvery(weeks(6))
                    .until(PLAN_ENDED)));

    private static final List<Fulfilment<Visit>> FULFILMENTS = List.of(
            Fulfilment.by(VISIT),
            Fulfilment.by(VISIT).orUpTo(days(5)).before(),
            Fulfilment.by(VISIT).coveringEveryOpenOccurrence());

    /** A story: the days (from 2024-01-01) of the referrals, visits and plan endings, and two evaluation days. */
    record Story(List<Integer> referrals, List<Integer> visits, List<Integer> endings, int earlier, int later) {
        Facts known(int asOf) {
            List<Object> facts = new ArrayList<>();
            referrals.stream().filter(day -> day <= asOf).forEach(day -> facts.add(new Referral(FIRST.plusDays(day))));
            visits.stream().filter(day -> day <= asOf).forEach(day -> facts.add(new Visit(FIRST.plusDays(day))));
            endings.stream().filter(day -> day <= asOf).forEach(day -> facts.add(new PlanEnded(FIRST.plusDays(day))));
            return Facts.of(facts, Map.of());
        }
    }

    private static Gen<List<Integer>> someDays(int most) {
        return lists().of(integers().between(0, 400)).ofSizeBetween(0, most);
    }

    private static Gen<Story> stories() {
        return lists().of(integers().between(0, 400)).ofSizeBetween(1, 4)
                .zip(someDays(10), someDays(2), (referrals, visits, endings) -> List.of(referrals, visits, endings))
                .zip(integers().between(0, 500), integers().between(0, 200),
                        (lists, earlier, more) -> new Story(lists.get(0), lists.get(1), lists.get(2), earlier, earlier + more));
    }

    private static EvaluationContext on(int day) {
        return EvaluationContext.on(FIRST.plusDays(day), EnglandAndWales.calendar());
    }

    private static void forEveryRule(Story story, int asOf, Function<Given, Void> check) {
        for (Mechanism mechanism : MECHANISMS) {
            for (Fulfilment<Visit> fulfilment : FULFILMENTS) {
                check.apply(new Given(mechanism, fulfilment,
                        mechanism.timescale().evaluate(story.known(asOf), fulfilment, on(asOf)).obligations()));
            }
        }
    }

    /** A mechanism, a fulfilment and what they give. */
    record Given(Mechanism mechanism, Fulfilment<Visit> fulfilment, List<Obligation> obligations) {
        String name() {
            return mechanism + ", met by " + fulfilment.inWords();
        }
    }

    @Test
    void a_status_always_agrees_with_its_dates() {
        qt().withExamples(300).forAll(stories()).checkAssert(story -> forEveryRule(story, story.later(), rule -> {
            LocalDate asOf = FIRST.plusDays(story.later());
            for (Obligation obligation : rule.obligations()) {
                String what = rule.name() + ": " + obligation;
                switch (obligation.status()) {
                    case MET -> assertThat(obligation.metBy().orElseThrow().date()).as(what).isBeforeOrEqualTo(obligation.due());
                    case MET_LATE -> assertThat(obligation.metBy().orElseThrow().date()).as(what).isAfter(obligation.due());
                    case UPCOMING, DUE_SOON -> assertThat(obligation.due()).as(what).isAfterOrEqualTo(asOf);
                    case OVERDUE -> {
                        assertThat(obligation.due()).as(what).isBefore(asOf);
                        assertThat(obligation.closedBy()).as(what).isEmpty();
                    }
                    case MISSED -> {
                        assertThat(obligation.due()).as(what).isBefore(asOf);
                        assertThat(obligation.closedBy().orElseThrow().by().date()).as(what).isBeforeOrEqualTo(asOf);
                        assertThat(obligation.metBy()).as(what).isEmpty();
                    }
                    case NOT_REQUIRED -> assertThat(obligation.closedBy()).as(what).isPresent();
                    default -> {
                    }
                }
                obligation.metBy().ifPresent(met -> {
                    assertThat(met.date()).as(what).isBeforeOrEqualTo(asOf);
                    // Rule 7: work before the window opens, or before the look-back allows, never meets it.
                    LocalDate earliest = rule.fulfilment().lookBack().isPresent() ? obligation.clockStartedOn().minusDays(5)
                            : obligation.windowStart().orElse(obligation.clockStartedOn());
                    assertThat(met.date()).as(what).isAfterOrEqualTo(earliest);
                });
                assertThat(obligation.intervalsMissed()).as(what).isNotNegative();
            }
            return null;
        }));
    }

    @Test
    void no_record_meets_two_occurrences_unless_the_rule_says_it_covers_them() {
        qt().withExamples(300).forAll(stories()).checkAssert(story -> forEveryRule(story, story.later(), rule -> {
            if (rule.fulfilment().coversEveryOpenOccurrence()) {
                return null;
            }
            Map<Object, Integer> uses = new IdentityHashMap<>();
            rule.obligations().forEach(o -> o.metBy().ifPresent(met -> uses.merge(met.occurrence(), 1, Integer::sum)));
            assertThat(uses.values()).as(rule.name() + ": " + rule.obligations()).allMatch(count -> count == 1);
            return null;
        }));
    }

    @Test
    void a_miss_stays_a_miss_and_met_work_stays_met_as_time_passes() {
        qt().withExamples(300).forAll(stories()).checkAssert(story -> {
            for (Mechanism mechanism : MECHANISMS) {
                for (Fulfilment<Visit> fulfilment : FULFILMENTS) {
                    List<Obligation> before = mechanism.timescale().evaluate(story.known(story.earlier()), fulfilment,
                            on(story.earlier())).obligations();
                    Map<String, Obligation> after = mechanism.timescale().evaluate(story.known(story.later()), fulfilment,
                            on(story.later())).obligations().stream().collect(Collectors.toMap(
                                    ObligationPropertiesTest::identity, Function.identity()));
                    for (Obligation then : before) {
                        String what = mechanism + ", met by " + fulfilment.inWords() + ": " + then + " on day " + story.earlier()
                                + ", on day " + story.later() + " " + after.get(identity(then));
                        if (then.status() == Status.OVERDUE || then.status() == Status.MISSED) {
                            assertThat(after).as(what).containsKey(identity(then));
                            assertThat(after.get(identity(then)).status()).as(what).isIn(LATE_OR_CLOSED);
                        }
                        // A look-back lets a later occurrence claim a record made just before it, so only plain work is checked.
                        if ((then.status() == Status.MET || then.status() == Status.MET_LATE) && fulfilment.lookBack().isEmpty()) {
                            assertThat(after).as(what).containsKey(identity(then));
                            assertThat(after.get(identity(then)).status()).as(what).isEqualTo(then.status());
                        }
                    }
                }
            }
        });
    }

    @Test
    void the_same_facts_always_give_the_same_obligations() {
        qt().withExamples(200).forAll(stories()).checkAssert(story -> forEveryRule(story, story.later(), rule -> {
            List<Obligation> again = rule.mechanism().timescale().evaluate(story.known(story.later()), rule.fulfilment(),
                    on(story.later())).obligations();
            assertThat(again.stream().map(Obligation::toString)).as(rule.name())
                    .containsExactlyElementsOf(rule.obligations().stream().map(Obligation::toString).toList());
            return null;
        }));
    }

    /** The same occurrence on two evaluation days: its chain, its number and the day its clock started. */
    private static String identity(Obligation obligation) {
        return Stream.of(obligation.chain(), obligation.occurrence(), obligation.clockStartedOn())
                .map(String::valueOf).collect(Collectors.joining(" "));
    }
}
