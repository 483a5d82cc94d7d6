package org.duly.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.timescales.Timescales.birthday;
import static org.duly.timescales.Timescales.by;
import static org.duly.timescales.Timescales.dateOf;
import static org.duly.timescales.Timescales.first;
import static org.duly.timescales.Timescales.within;
import static org.duly.timescales.period.Periods.months;
import static org.duly.timescales.period.Periods.workingDays;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.duly.timescales.Condition;
import org.duly.timescales.EvaluationContext;
import org.duly.timescales.Event;
import org.duly.timescales.Fact;
import org.duly.timescales.Facts;
import org.duly.timescales.Timescale;
import org.duly.workflows.cases.CaseFacts;
import org.duly.workflows.policy.Applicability;
import org.duly.workflows.policy.Policy;
import org.duly.workflows.policy.Rule;
import org.duly.workflows.policy.Rules;
import org.junit.jupiter.api.Test;

/**
 * The engine passes by a rule nothing in a case can start ({@link Rule#mayStart}); one whose clocks
 * all start after the evaluation date and whose condition, judged when a clock starts, does not hold
 * on it; one whose occurrences all fall due after it ({@link Rule#fallsDueOnceStarted}) and whose
 * condition, judged on each due date, does not hold on it; and one whose clock starts on no known day
 * and whose condition does not hold today or cannot be told. A schedule is the same as when every rule
 * is evaluated in full: a rule that counts from a date, or whose extensions are read before anything
 * starts it, is never passed by. The Derbyshire catalogue over synthetic cases is checked the same way
 * in the command line's tests, where both are at hand.
 */
class PassingRulesByTest {

    record Referral(LocalDate date) {
    }

    record Visit(LocalDate date) {
    }

    /** A kind of contact, asked for by its interface: a phone call is one. */
    interface Contact {
        LocalDate date();
    }

    record PhoneCall(LocalDate date) implements Contact {
    }

    record Extension(LocalDate date) {
    }

    static final Event<Referral> REFERRAL = Event.of("the referral", Referral.class, Referral::date);
    static final Event<Visit> VISIT = Event.of("the visit", Visit.class, Visit::date);
    static final Event<Contact> CONTACT = Event.of("the contact", Contact.class, Contact::date);
    static final Fact<LocalDate> DATE_OF_BIRTH = Fact.of("the date of birth", LocalDate.class);
    static final Fact<Boolean> MANAGER_AGREED = Fact.of("whether a manager agreed the extension", Boolean.class);
    /** An extension counts only where a manager agreed it: a fact its condition asks for, whether or not a referral started a clock. */
    static final Event<Extension> AGREED_EXTENSION = Event.of("the extension", Extension.class, Extension::date)
            .where(Condition.withFacts("agreed by a manager",
                    (extension, facts) -> facts.require(MANAGER_AGREED, "to tell whether the extension counts")));

    private static Rule rule(String id, Timescale timescale, Event<?> metBy) {
        return Rules.rule(id, "Test rule " + id).implementing("T-1")
                .citing("Test procedures", "Tests", "as the test says").localStandard()
                .due(timescale)
                .metBy(metBy);
    }

    private static final Rule ASSESSMENT = rule("t.assessment", within(workingDays(45)).of(REFERRAL), VISIT);
    private static final Rule CONTACT_VISIT = rule("t.contact", within(workingDays(5)).of(CONTACT), VISIT);
    private static final Rule BY_SIXTEEN = rule("t.sixteen", by(birthday(16, DATE_OF_BIRTH)), VISIT);
    private static final Rule EXTENDED = rule("t.extended",
            within(workingDays(10)).of(REFERRAL).extendedBy(AGREED_EXTENSION, within(workingDays(20)).of(REFERRAL)), VISIT);

    /** The same, with a condition: the engine asks whether its clock started before evaluating it. */
    private static final Rule EXTENDED_WITH_CONDITION = rule("t.extended-with-condition",
            within(workingDays(10)).of(REFERRAL).extendedBy(AGREED_EXTENSION, within(workingDays(20)).of(REFERRAL)), VISIT)
            .appliesWhen(Applicability.of("to every child", (date, facts) -> true));

    private static final Policy POLICY = Policy.builder("Test", "1")
            .rule(ASSESSMENT).rule(CONTACT_VISIT).rule(BY_SIXTEEN).rule(EXTENDED).rule(EXTENDED_WITH_CONDITION).build();

    private static final LocalDate AS_OF = LocalDate.parse("2024-04-01");

    static final Fact<Boolean> LOOKED_AFTER = Fact.of("whether the child is looked after", Boolean.class);
    /** Counted from a birthday, and owed only to a child looked after when the clock starts. */
    private static final Rule LOOKED_AFTER_AT_SIXTEEN = rule("t.looked-after-at-sixteen", by(birthday(16, DATE_OF_BIRTH)), VISIT)
            .appliesWhen(Applicability.of("to a child looked after",
                    (date, facts) -> facts.require(LOOKED_AFTER, "to tell whether the child is looked after")));
    private static final Policy AT_SIXTEEN = Policy.builder("Test", "1").rule(LOOKED_AFTER_AT_SIXTEEN).build();

    static final Fact<LocalDate> BECAME_ELIGIBLE = Fact.of("the date the young person became eligible", LocalDate.class);
    /** Counted from a date a case may lack, and owed only to a child looked after. */
    private static final Rule FROM_ELIGIBILITY = rule("t.from-eligibility", within(workingDays(10)).of(dateOf(BECAME_ELIGIBLE)), VISIT)
            .appliesWhen(Applicability.of("to a child looked after",
                    (date, facts) -> facts.require(LOOKED_AFTER, "to tell whether the child is looked after")));
    private static final Policy FROM_A_DATE = Policy.builder("Test", "1").rule(FROM_ELIGIBILITY).build();

    /** Counted from the 18th birthday, and owed only while the young person is looked after on each due date. */
    private static final Rule YEARLY_FROM_EIGHTEEN = rule("t.yearly-from-eighteen",
            first(within(months(12)).of(birthday(18, DATE_OF_BIRTH))).thenEvery(months(12)), VISIT)
            .appliesWhen(Applicability.of("to a child looked after",
                    (date, facts) -> facts.require(LOOKED_AFTER, "to tell whether the child is looked after")).judgedOnEachDueDate());
    /**
     * First by the 16th birthday, then every 6 months, owed only before the 15th birthday, judged on each due date: met at
     * 14, its next occurrence falls due at 14 and a half, before its clock starts.
     */
    private static final Rule SIX_MONTHLY_UNTIL_FIFTEEN = rule("t.six-monthly-until-fifteen",
            first(by(birthday(16, DATE_OF_BIRTH))).thenEvery(months(6)), VISIT)
            .appliesWhen(Applicability.of("before the 15th birthday", (date, facts) -> date.isBefore(
                    facts.require(DATE_OF_BIRTH, "to find the 15th birthday").plusYears(15))).judgedOnEachDueDate());
    private static final Policy JUDGED_ON_EACH_DUE_DATE = Policy.builder("Test", "1").rule(YEARLY_FROM_EIGHTEEN)
            .rule(SIX_MONTHLY_UNTIL_FIFTEEN).build();

    private static CaseFacts child(Map<Fact<?>, ?> values, Object... occurrences) {
        return new CaseFacts("child 1", Facts.of(List.of(occurrences), values), List.of());
    }

    /** Whether the engine passes a rule by as having nothing to say yet, asking when its clock starts as the engine does. */
    private static boolean saysNothingYet(Rule rule, CaseFacts facts, EvaluationContext context) {
        return Engine.saysNothingYet(rule, rule.appliesWhen().orElseThrow(), rule.timescale().clockStart(facts.facts(), context), facts,
                context);
    }

    /** The schedule with rules passed by, after checking it is the schedule of every rule evaluated in full. */
    private static Schedule schedule(CaseFacts facts) {
        return schedule(facts, POLICY);
    }

    private static Schedule schedule(CaseFacts facts, Policy policy) {
        Schedule passing = Engine.create().evaluate(facts, policy, AS_OF);
        Schedule every = Engine.create().evaluatingEveryRule().evaluate(facts, policy, AS_OF);
        assertThat(passing.entries()).isEqualTo(every.entries());
        assertThat(passing.entries()).map(ScheduleEntry::explanationInEnglish)
                .isEqualTo(every.entries().stream().map(ScheduleEntry::explanationInEnglish).toList());
        return passing;
    }

    @Test
    void a_rule_counted_from_events_may_start_only_where_the_case_holds_one_of_their_type_or_of_a_subtype() {
        Facts visitOnly = Facts.of(new Visit(LocalDate.parse("2024-03-01")));
        assertThat(ASSESSMENT.mayStart(visitOnly)).isFalse();
        assertThat(CONTACT_VISIT.mayStart(visitOnly)).isFalse();
        assertThat(ASSESSMENT.mayStart(Facts.of(new Referral(LocalDate.parse("2024-03-01"))))).isTrue();
        // Occurrences are asked for by type, and a phone call is a contact.
        assertThat(CONTACT_VISIT.mayStart(Facts.of(new PhoneCall(LocalDate.parse("2024-03-01"))))).isTrue();

        assertThat(schedule(child(Map.of(DATE_OF_BIRTH, LocalDate.parse("2015-06-01")), new PhoneCall(LocalDate.parse("2024-03-01")),
                new Visit(LocalDate.parse("2024-03-04")))).entries())
                .map(ScheduleEntry::toString)
                .containsExactly("t.contact #1 due 2024-03-08: MET by the visit on 2024-03-04",
                        "t.sixteen #1 due 2031-06-01: MET by the visit on 2024-03-04");
    }

    @Test
    void the_policy_says_for_each_rule_version_in_turn_what_the_rule_says_of_whether_anything_may_start_it() {
        // A second version of a rule counted from a referral, and one counted from a contact: versions are counted in turn.
        Rule later = rule("t.contact", within(workingDays(10)).of(CONTACT), VISIT);
        Policy policy = Policy.builder("Test", "1").rule(ASSESSMENT).rule(CONTACT_VISIT).rule(later, LocalDate.parse("2024-01-01"))
                .rule(BY_SIXTEEN).rule(EXTENDED).rule(EXTENDED_WITH_CONDITION).build();
        for (Facts facts : List.of(Facts.of(), Facts.of(new Visit(LocalDate.parse("2024-03-01"))),
                Facts.of(new PhoneCall(LocalDate.parse("2024-03-01"))), Facts.of(new Referral(LocalDate.parse("2024-03-01"))),
                Facts.of(new Extension(LocalDate.parse("2024-03-01"))),
                Facts.of(new Referral(LocalDate.parse("2024-03-01")), new PhoneCall(LocalDate.parse("2024-03-02"))))) {
            List<Boolean> byRule = policy.versionsByRule().stream().flatMap(List::stream)
                    .map(ruleVersion -> ruleVersion.rule().mayStart(facts)).toList();
            boolean[] byPolicy = policy.mayStart(facts);
            assertThat(byPolicy).hasSize(byRule.size());
            for (int i = 0; i < byPolicy.length; i++) {
                assertThat(byPolicy[i]).as("version %s", i).isEqualTo(byRule.get(i));
            }
        }
        assertThat(policy.mayStart(Facts.of(new PhoneCall(LocalDate.parse("2024-03-01")))))
                .containsExactly(false, true, true, true, false, false);
    }

    @Test
    void a_rule_counted_from_a_date_is_never_passed_by_so_a_missing_date_is_said() {
        assertThat(BY_SIXTEEN.mayStart(Facts.of())).isTrue();

        assertThat(schedule(child(Map.of())).entries()).map(ScheduleEntry::toString)
                .containsExactly("t.sixteen #1: CANNOT_COMPUTE (needs the date of birth to find the 16th birthday)");
    }

    @Test
    void a_rule_whose_extensions_are_read_before_anything_starts_it_is_passed_by_only_without_them() {
        assertThat(EXTENDED.mayStart(Facts.of())).isFalse();
        Facts extensionOnly = Facts.of(new Extension(LocalDate.parse("2024-03-01")));
        assertThat(EXTENDED.mayStart(extensionOnly)).isTrue();

        // Without a referral nothing is owed, but the extension's condition is tested, and the fact it needs is missing.
        assertThat(schedule(child(Map.of(DATE_OF_BIRTH, LocalDate.parse("2015-06-01")), new Extension(LocalDate.parse("2024-03-01"))))
                .entriesOf("t.extended")).map(ScheduleEntry::toString)
                .containsExactly("t.extended #1: CANNOT_COMPUTE (needs whether a manager agreed the extension to tell whether"
                        + " the extension counts)");
        assertThat(schedule(child(Map.of(DATE_OF_BIRTH, LocalDate.parse("2015-06-01"), MANAGER_AGREED, true),
                new Extension(LocalDate.parse("2024-03-01")))).entriesOf("t.extended")).isEmpty();
    }

    @Test
    void a_rule_with_a_condition_that_started_no_clock_says_nothing_even_where_its_evaluation_misses_a_fact() {
        // The extension's condition throws before anything is known to have started: the clock did not start, so nothing is said.
        assertThat(schedule(child(Map.of(DATE_OF_BIRTH, LocalDate.parse("2015-06-01")), new Extension(LocalDate.parse("2024-03-01"))))
                .entriesOf("t.extended-with-condition")).isEmpty();
        // With a referral the clock started, and the missing fact is said.
        assertThat(schedule(child(Map.of(DATE_OF_BIRTH, LocalDate.parse("2015-06-01")), new Referral(LocalDate.parse("2024-02-26")),
                new Extension(LocalDate.parse("2024-03-01")))).entriesOf("t.extended-with-condition")).map(ScheduleEntry::toString)
                .containsExactly("t.extended-with-condition #1: CANNOT_COMPUTE (needs whether a manager agreed the extension to tell"
                        + " whether the extension counts)");
        // Started and agreed: the extension counts.
        assertThat(schedule(child(Map.of(DATE_OF_BIRTH, LocalDate.parse("2015-06-01"), MANAGER_AGREED, true),
                new Referral(LocalDate.parse("2024-02-26")), new Extension(LocalDate.parse("2024-03-01"))))
                .entriesOf("t.extended-with-condition")).hasSize(1);
    }

    @Test
    void a_rule_whose_clocks_all_start_later_is_passed_by_where_its_condition_does_not_hold_today() {
        EvaluationContext context = EvaluationContext.on(AS_OF, POLICY.calendar());
        // 13 today: the 16th birthday is still to come, and its occurrence would be judged on what is known today.
        CaseFacts notLookedAfter = child(Map.of(DATE_OF_BIRTH, LocalDate.parse("2010-06-01"), LOOKED_AFTER, false));
        assertThat(LOOKED_AFTER_AT_SIXTEEN.timescale().startsAfter(notLookedAfter.facts(), context)).isTrue();
        assertThat(saysNothingYet(LOOKED_AFTER_AT_SIXTEEN, notLookedAfter, context)).isTrue();
        assertThat(schedule(notLookedAfter, AT_SIXTEEN).entries()).isEmpty();

        // Looked after today: the occurrence to come is forecast, so the rule is evaluated.
        CaseFacts lookedAfterToday = child(Map.of(DATE_OF_BIRTH, LocalDate.parse("2010-06-01"), LOOKED_AFTER, true));
        assertThat(saysNothingYet(LOOKED_AFTER_AT_SIXTEEN, lookedAfterToday, context)).isFalse();
        assertThat(schedule(lookedAfterToday, AT_SIXTEEN).entries()).map(ScheduleEntry::toString)
                .containsExactly("t.looked-after-at-sixteen #1 due 2026-06-01: UPCOMING");

        // Not known today: evaluated, and the missing fact is said.
        CaseFacts notKnown = child(Map.of(DATE_OF_BIRTH, LocalDate.parse("2010-06-01")));
        assertThat(saysNothingYet(LOOKED_AFTER_AT_SIXTEEN, notKnown, context)).isFalse();
        assertThat(schedule(notKnown, AT_SIXTEEN).entries()).map(ScheduleEntry::toString)
                .containsExactly("t.looked-after-at-sixteen #1 due 2026-06-01: CANNOT_COMPUTE (needs whether the child is looked after to tell"
                        + " whether the child is looked after)");

        // 16 already: the clock started, the occurrence was judged on the birthday, and the rule says it did not apply.
        CaseFacts sixteen = child(Map.of(DATE_OF_BIRTH, LocalDate.parse("2008-03-01"), LOOKED_AFTER, false));
        assertThat(LOOKED_AFTER_AT_SIXTEEN.timescale().startsAfter(sixteen.facts(), context)).isFalse();
        assertThat(saysNothingYet(LOOKED_AFTER_AT_SIXTEEN, sixteen, context)).isFalse();
        assertThat(schedule(sixteen, AT_SIXTEEN).entries()).map(ScheduleEntry::toString)
                .containsExactly("t.looked-after-at-sixteen #1: NOT_APPLICABLE (applies only to a child looked after: not so on"
                        + " 2024-03-01, when its clock started)");

        // Without a date of birth the start is not known: evaluated, and the missing date is said.
        CaseFacts noBirthday = child(Map.of(LOOKED_AFTER, false));
        assertThat(LOOKED_AFTER_AT_SIXTEEN.timescale().startsAfter(noBirthday.facts(), context)).isFalse();
        assertThat(saysNothingYet(LOOKED_AFTER_AT_SIXTEEN, noBirthday, context)).isFalse();
    }

    @Test
    void a_rule_judged_on_each_due_date_is_passed_by_where_every_occurrence_falls_due_later_and_its_condition_does_not_hold_today() {
        EvaluationContext context = EvaluationContext.on(AS_OF, POLICY.calendar());
        // 15 today: every contact falls due after the 18th birthday, and each would be judged on what is known today.
        CaseFacts notLookedAfter = child(Map.of(DATE_OF_BIRTH, LocalDate.parse("2009-06-01"), LOOKED_AFTER, false));
        assertThat(YEARLY_FROM_EIGHTEEN.timescale().startsAfter(notLookedAfter.facts(), context)).isTrue();
        assertThat(YEARLY_FROM_EIGHTEEN.fallsDueOnceStarted()).isTrue();
        assertThat(saysNothingYet(YEARLY_FROM_EIGHTEEN, notLookedAfter, context)).isTrue();
        assertThat(schedule(notLookedAfter, JUDGED_ON_EACH_DUE_DATE).entriesOf("t.yearly-from-eighteen")).isEmpty();

        // Looked after today: the first contact is forecast.
        CaseFacts lookedAfterToday = child(Map.of(DATE_OF_BIRTH, LocalDate.parse("2009-06-01"), LOOKED_AFTER, true));
        assertThat(saysNothingYet(YEARLY_FROM_EIGHTEEN, lookedAfterToday, context)).isFalse();
        assertThat(schedule(lookedAfterToday, JUDGED_ON_EACH_DUE_DATE).entriesOf("t.yearly-from-eighteen")).map(ScheduleEntry::toString)
                .containsExactly("t.yearly-from-eighteen #1 due 2028-06-01: UPCOMING");

        // 19 today: the first contact fell due, was judged on its day, and the rule says it did not apply.
        CaseFacts nineteen = child(Map.of(DATE_OF_BIRTH, LocalDate.parse("2005-01-10"), LOOKED_AFTER, false));
        assertThat(YEARLY_FROM_EIGHTEEN.timescale().startsAfter(nineteen.facts(), context)).isFalse();
        assertThat(schedule(nineteen, JUDGED_ON_EACH_DUE_DATE).entriesOf("t.yearly-from-eighteen")).map(ScheduleEntry::toString)
                .containsExactly("t.yearly-from-eighteen #1: NOT_APPLICABLE (applies only to a child looked after: not so on"
                        + " 2024-01-10, when it fell due)");
    }

    @Test
    void a_rule_judged_on_each_due_date_whose_occurrences_can_fall_due_before_its_clock_starts_is_evaluated() {
        EvaluationContext context = EvaluationContext.on(AS_OF, POLICY.calendar());
        // 15 and a month today, so the rule does not apply today, and the 16th birthday is still to come; but the visit at
        // 14 met the first occurrence early, and the next fell due at 14 and a half, when the rule applied: it is overdue.
        // (The first, due at 16, is judged on what is known today, and left out.) Passing the rule by would hide it.
        CaseFacts metAtFourteen = child(Map.of(DATE_OF_BIRTH, LocalDate.parse("2009-03-01")), new Visit(LocalDate.parse("2023-03-10")));
        assertThat(SIX_MONTHLY_UNTIL_FIFTEEN.timescale().startsAfter(metAtFourteen.facts(), context)).isTrue();
        assertThat(SIX_MONTHLY_UNTIL_FIFTEEN.fallsDueOnceStarted()).isFalse();
        assertThat(saysNothingYet(SIX_MONTHLY_UNTIL_FIFTEEN, metAtFourteen, context)).isFalse();
        assertThat(schedule(metAtFourteen, JUDGED_ON_EACH_DUE_DATE).entriesOf("t.six-monthly-until-fifteen")).map(ScheduleEntry::toString)
                .containsExactly("t.six-monthly-until-fifteen #2 due 2023-09-10: OVERDUE");
    }

    @Test
    void a_rule_whose_clock_starts_on_no_known_day_is_passed_by_where_its_condition_does_not_hold_today_or_cannot_be_told() {
        EvaluationContext context = EvaluationContext.on(AS_OF, POLICY.calendar());
        Applicability lookedAfter = FROM_ELIGIBILITY.appliesWhen().orElseThrow();
        // Never eligible, not looked after: the date is missing, and the rule would say nothing of it.
        CaseFacts notLookedAfter = child(Map.of(LOOKED_AFTER, false));
        assertThat(FROM_ELIGIBILITY.startsOnNoKnownDay(notLookedAfter.facts(), context)).isTrue();
        assertThat(Engine.saysNothingWithoutAStart(FROM_ELIGIBILITY, lookedAfter, notLookedAfter, context)).isTrue();
        assertThat(schedule(notLookedAfter, FROM_A_DATE).entries()).isEmpty();

        // Whether the child is looked after cannot be told either: still nothing, as no clock is known to have started.
        CaseFacts nothingKnown = child(Map.of());
        assertThat(Engine.saysNothingWithoutAStart(FROM_ELIGIBILITY, lookedAfter, nothingKnown, context)).isTrue();
        assertThat(schedule(nothingKnown, FROM_A_DATE).entries()).isEmpty();

        // Looked after today: the missing date is said, so the rule is evaluated.
        CaseFacts lookedAfterToday = child(Map.of(LOOKED_AFTER, true));
        assertThat(Engine.saysNothingWithoutAStart(FROM_ELIGIBILITY, lookedAfter, lookedAfterToday, context)).isFalse();
        assertThat(schedule(lookedAfterToday, FROM_A_DATE).entries()).map(ScheduleEntry::toString)
                .containsExactly("t.from-eligibility #1: CANNOT_COMPUTE (needs the date the young person became eligible to count"
                        + " from it)");

        // With the date, the clock starts on a known day: evaluated, and judged on it.
        CaseFacts eligible = child(Map.of(LOOKED_AFTER, false, BECAME_ELIGIBLE, LocalDate.parse("2024-03-01")));
        assertThat(FROM_ELIGIBILITY.startsOnNoKnownDay(eligible.facts(), context)).isFalse();
        assertThat(Engine.saysNothingWithoutAStart(FROM_ELIGIBILITY, lookedAfter, eligible, context)).isFalse();
        assertThat(schedule(eligible, FROM_A_DATE).entries()).map(ScheduleEntry::toString)
                .containsExactly("t.from-eligibility #1: NOT_APPLICABLE (applies only to a child looked after: not so on"
                        + " 2024-03-01, when its clock started)");
    }
}
