package org.duly.cli.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.duly.casefile.CaseFileReader;
import org.duly.cli.synthetic.SyntheticCases;
import org.duly.domain.Timeline;
import org.duly.domain.events.TimelineEvent;
import org.duly.domain.events.ChildsPlanCreated;
import org.duly.policies.derbyshire.DerbyshirePracticeStandards;
import org.duly.timescales.Condition;
import org.duly.timescales.Event;
import org.duly.timescales.Fact;
import org.duly.timescales.Facts;
import org.duly.timescales.Interval;
import org.duly.timescales.MissingFactException;
import org.duly.timescales.Reads;
import org.duly.timescales.When;
import org.duly.workflows.cases.CaseFacts;
import org.duly.workflows.policy.Applicability;
import org.duly.workflows.policy.Policy;
import org.duly.workflows.policy.RuleVersion;
import org.junit.jupiter.api.Test;

/**
 * What the handbook says a rule reads is what its conditions declare ({@link Reads}); this holds them to it. Every
 * condition of every rule of the policy (on the events that start, meet, extend, end or discharge it, on dates that choose
 * an interval or a schedule's windows, the intervals the case sets, and whether the rule applies) is found by walking the
 * rule's own structure, not through what the handbook reads, and is tested on the synthetic caseload and every example
 * case file through facts that note every type of occurrence and every fact asked for. A condition that asks for one it
 * did not declare fails the test, naming the rule, the condition and what it asked.
 */
class DeclaredReadsTest {

    private static final Policy POLICY = DerbyshirePracticeStandards.policy();
    private static final LocalDate AS_OF = LocalDate.parse("2030-01-01");

    /** Facts that note what is asked of them, and work out every remembered value afresh, so that no read goes unseen. */
    private static final class RecordingFacts implements Facts {
        private final Facts facts;
        private final Set<Class<?>> occurrencesAsked = new LinkedHashSet<>();
        private final Set<Fact<?>> factsAsked = new LinkedHashSet<>();

        RecordingFacts(Facts facts) {
            this.facts = facts;
        }

        @Override
        public <O> List<O> occurrences(Class<O> type) {
            occurrencesAsked.add(type);
            return facts.occurrences(type);
        }

        @Override
        public <T> Optional<T> value(Fact<T> fact) {
            factsAsked.add(fact);
            return facts.value(fact);
        }

        @Override
        public <T> T remembered(Object key, Supplier<T> compute) {
            return compute.get();
        }
    }

    /** A condition found in a rule: what it is, what it declares, and how to exercise it on a case. */
    private record Check(String rule, String what, Reads declared, Exercise exercise) {
    }

    @FunctionalInterface
    private interface Exercise {
        void on(Facts recording, Facts facts, List<LocalDate> dates);
    }

    /** What each check was seen to ask for, over every case. */
    private record Asked(Set<Class<?>> occurrences, Set<Fact<?>> facts) {
    }

    private static List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        for (RuleVersion version : POLICY.versions()) {
            String rule = version.rule().id() + version.label().map(label -> " (" + label + ")").orElse("");
            walk(version.rule(), rule, checks, new IdentityHashMap<>());
        }
        return checks;
    }

    /**
     * Walks a rule's structure by reflection: records, classes and their fields, optionals and collections, down to its
     * events, conditions on dates, intervals set by the case and applicability, which are what it checks.
     */
    private static void walk(Object part, String rule, List<Check> checks, Map<Object, Boolean> seen) {
        if (part == null || seen.put(part, Boolean.TRUE) != null) {
            return;
        }
        if (part instanceof Event<?> event) {
            event.narrowedBy().ifPresent(condition -> checks.add(new Check(rule, "the event \"" + event.inWords() + "\"",
                    condition.reads(), (recording, facts, dates) -> testEach(event, recording, facts))));
            return;
        }
        if (part instanceof Condition<?> condition) {
            throw new AssertionError(rule + ": a condition outside an event, which this test cannot try: " + condition);
        }
        if (part instanceof When when) {
            checks.add(new Check(rule, "when \"" + when.description() + "\"", when.reads(),
                    (recording, facts, dates) -> dates.forEach(date -> tolerant(() -> when.test(date, recording)))));
            return;
        }
        if (part instanceof Interval.SetBy setBy) {
            checks.add(new Check(rule, "the interval \"" + setBy.words() + "\"", setBy.reads(),
                    (recording, facts, dates) -> dates.forEach(date -> tolerant(() -> setBy.period().apply(date, recording)))));
            return;
        }
        if (part instanceof Applicability applicability) {
            checks.add(new Check(rule, "applies \"" + applicability.description() + "\"", applicability.reads(),
                    (recording, facts, dates) -> dates.forEach(date -> tolerant(() -> applicability.test(date, recording)))));
            return;
        }
        if (part instanceof Optional<?> optional) {
            optional.ifPresent(value -> walk(value, rule, checks, seen));
            return;
        }
        if (part instanceof Collection<?> collection) {
            collection.forEach(value -> walk(value, rule, checks, seen));
            return;
        }
        if (part instanceof Map<?, ?> map) {
            map.values().forEach(value -> walk(value, rule, checks, seen));
            return;
        }
        Class<?> type = part.getClass();
        if (!type.getName().startsWith("org.duly.") || type.isSynthetic() || type.isHidden() || type.isEnum()) {
            return;
        }
        for (Class<?> each = type; each != null && each != Object.class; each = each.getSuperclass()) {
            for (Field field : each.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    walk(field.get(part), rule, checks, seen);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    throw new AssertionError(rule + ": cannot read " + field, e);
                }
            }
        }
    }

    private static <O> void testEach(Event<O> event, Facts recording, Facts facts) {
        Condition<? super O> condition = event.narrowedBy().orElseThrow();
        for (O occurrence : facts.occurrences(event.type())) {
            tolerant(() -> condition.test(occurrence, recording));
        }
    }

    /** A fact the case lacks stops a test where the engine would report it; what was asked until then still counts. */
    private static void tolerant(Supplier<?> test) {
        try {
            var unused = test.get();
        } catch (MissingFactException missing) {
            // asked, and noted
        }
    }

    private static List<Timeline> cases() throws Exception {
        List<Timeline> cases = new ArrayList<>(SyntheticCases.caseload(2026L, 300));
        for (String folder : List.of("../examples/cases", "../examples/caseload")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file : files.filter(path -> path.toString().endsWith(".json")).sorted().toList()) {
                    cases.add(CaseFileReader.read(file).orElseThrow().timeline());
                }
            }
        }
        return cases;
    }

    private static Map<Check, Asked> askedOverTheCaseload(List<Check> checks) throws Exception {
        Map<Check, Asked> asked = new LinkedHashMap<>();
        checks.forEach(check -> asked.put(check, new Asked(new LinkedHashSet<>(), new LinkedHashSet<>())));
        for (Timeline timeline : cases()) {
            Facts facts = CaseFacts.of(timeline, AS_OF).facts();
            List<LocalDate> dates = timeline.events().stream().map(TimelineEvent::date).distinct().sorted().toList();
            for (Check check : checks) {
                RecordingFacts recording = new RecordingFacts(facts);
                check.exercise().on(recording, facts, dates);
                asked.get(check).occurrences().addAll(recording.occurrencesAsked);
                asked.get(check).facts().addAll(recording.factsAsked);
            }
        }
        return asked;
    }

    @Test
    void every_condition_of_every_rule_declares_every_record_and_fact_it_reads() throws Exception {
        List<Check> checks = checks();
        Map<Check, Asked> asked = askedOverTheCaseload(checks);

        Set<String> undeclared = new TreeSet<>();
        asked.forEach((check, seen) -> {
            seen.occurrences().stream().filter(type -> !check.declared().covers(type)).forEach(type ->
                    undeclared.add(check.rule() + ": " + check.what() + " asks for " + type.getSimpleName() + " occurrences"));
            seen.facts().stream().filter(fact -> !check.declared().covers(fact)).forEach(fact ->
                    undeclared.add(check.rule() + ": " + check.what() + " asks for " + fact.description()));
        });
        assertThat(undeclared).as("reads a condition does not declare (Condition.withFacts(words, Reads.of(...), test))").isEmpty();

        // The walk and the caseload reach what they must, so that an empty list above means something.
        assertThat(checks).hasSizeGreaterThan(100);
        assertThat(asked.entrySet()).anySatisfy(entry -> {
            assertThat(entry.getKey().rule()).isEqualTo("cp.core-groups");
            assertThat(entry.getValue().occurrences()).contains(ChildsPlanCreated.class);
        });
        long reading = asked.values().stream().filter(seen -> !seen.occurrences().isEmpty() || !seen.facts().isEmpty()).count();
        assertThat(reading).as("checks seen to read the case").isGreaterThan(50);
    }

    @Test
    void the_recording_facts_notice_a_read_left_undeclared() {
        Condition<ChildsPlanCreated> undeclared = Condition.withFacts("that follows another plan",
                (plan, facts) -> facts.occurrences(ChildsPlanCreated.class).size() > 1);
        RecordingFacts recording = new RecordingFacts(Facts.of());
        assertThat(undeclared.test(null, recording)).isFalse();
        assertThat(recording.occurrencesAsked).containsExactly(ChildsPlanCreated.class);
        assertThat(undeclared.reads().covers(ChildsPlanCreated.class)).isFalse();
    }
}
