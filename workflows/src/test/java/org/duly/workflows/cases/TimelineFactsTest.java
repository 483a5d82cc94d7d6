package org.duly.workflows.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.duly.timescales.Fact;
import org.junit.jupiter.api.Test;

/** The facts over a timeline: events found by any type they are of, values computed once. */
class TimelineFactsTest {

    interface Meeting {
    }

    record Referral(int day) {
    }

    record CoreGroup(int day) implements Meeting {
    }

    record Strategy(int day) implements Meeting {
    }

    private static final Fact<LocalDate> BORN = Fact.of("the date of birth", LocalDate.class);
    private static final Fact<LocalDate> UNKNOWN = Fact.of("the expected date of delivery", LocalDate.class);

    private static final List<Object> EVENTS = List.of(new Referral(1), new Strategy(2), new CoreGroup(3), new Referral(4),
            new CoreGroup(5));

    @Test
    void events_are_found_by_their_class_or_any_type_they_are_of_in_the_order_they_happened() {
        TimelineFacts facts = new TimelineFacts(EVENTS, Map.of());
        assertThat(facts.occurrences(Referral.class)).containsExactly(new Referral(1), new Referral(4));
        assertThat(facts.occurrences(CoreGroup.class)).containsExactly(new CoreGroup(3), new CoreGroup(5));
        assertThat(facts.occurrences(Meeting.class)).containsExactly(new Strategy(2), new CoreGroup(3), new CoreGroup(5));
        assertThat(List.<Object>copyOf(facts.occurrences(Record.class))).containsExactlyElementsOf(EVENTS);
        assertThat(facts.occurrences(String.class)).isEmpty();
    }

    @Test
    void the_events_of_a_type_several_classes_share_are_remembered_per_timeline_and_per_type() {
        TimelineFacts facts = new TimelineFacts(EVENTS, Map.of());
        TimelineFacts other = new TimelineFacts(List.of(new CoreGroup(7), new Referral(8), new Strategy(9)), Map.of());
        // Asked again, of another timeline, then of another shared type: each answer is its own.
        assertThat(facts.occurrences(Meeting.class)).containsExactly(new Strategy(2), new CoreGroup(3), new CoreGroup(5));
        assertThat(other.occurrences(Meeting.class)).containsExactly(new CoreGroup(7), new Strategy(9));
        assertThat(List.<Object>copyOf(other.occurrences(Record.class)))
                .containsExactly(new CoreGroup(7), new Referral(8), new Strategy(9));
        assertThat(facts.occurrences(Meeting.class)).isSameAs(facts.occurrences(Meeting.class))
                .containsExactly(new Strategy(2), new CoreGroup(3), new CoreGroup(5));
        assertThat(List.<Object>copyOf(facts.occurrences(Record.class))).containsExactlyElementsOf(EVENTS);
    }

    @Test
    void a_value_is_computed_once_on_first_use_and_an_unknown_fact_is_empty() {
        AtomicInteger computed = new AtomicInteger();
        TimelineFacts facts = new TimelineFacts(EVENTS, Map.of(BORN, () -> {
            computed.incrementAndGet();
            return Optional.of(LocalDate.parse("2015-06-01"));
        }));
        assertThat(computed).hasValue(0);
        assertThat(facts.value(BORN)).contains(LocalDate.parse("2015-06-01"));
        assertThat(facts.value(BORN)).contains(LocalDate.parse("2015-06-01"));
        assertThat(computed).hasValue(1);
        assertThat(facts.value(UNKNOWN)).isEmpty();
    }

    @Test
    void each_fact_has_its_own_value_whether_asked_by_the_constant_or_by_an_equal_fact() {
        TimelineFacts facts = new TimelineFacts(EVENTS, Map.of(
                BORN, () -> Optional.of(LocalDate.parse("2015-06-01")),
                UNKNOWN, () -> Optional.of(LocalDate.parse("2024-09-01"))));
        assertThat(facts.value(BORN)).contains(LocalDate.parse("2015-06-01"));
        assertThat(facts.value(UNKNOWN)).contains(LocalDate.parse("2024-09-01"));
        assertThat(facts.value(Fact.of("the date of birth", LocalDate.class))).contains(LocalDate.parse("2015-06-01"));
        assertThat(facts.value(Fact.of("the expected date of delivery", LocalDate.class))).contains(LocalDate.parse("2024-09-01"));
        assertThat(facts.value(Fact.of("the date of the referral", LocalDate.class))).isEmpty();
    }

    @Test
    void a_value_of_the_wrong_type_is_refused() {
        TimelineFacts facts = new TimelineFacts(EVENTS, Map.of(BORN, () -> Optional.of("not a date")));
        assertThatThrownBy(() -> facts.value(BORN)).isInstanceOf(ClassCastException.class);
    }

    @Test
    void a_value_is_remembered_by_its_keys_identity_however_many_are_remembered_and_whatever_working_one_out_asks() {
        TimelineFacts facts = new TimelineFacts(EVENTS, Map.of());
        AtomicInteger computed = new AtomicInteger();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            // Equal strings, each its own key: remembered by identity, never by equality.
            keys.add(new String("key"));
        }
        for (int i = 0; i < keys.size(); i++) {
            int value = i;
            String key = keys.get(i);
            // Working a value out asks for another (an event whose condition reads other events), as the table grows.
            assertThat(facts.remembered(key, () -> {
                computed.incrementAndGet();
                return facts.remembered(new Object(), () -> value) + 0;
            })).isEqualTo(i);
        }
        assertThat(computed).hasValue(1_000);
        for (int i = keys.size() - 1; i >= 0; i--) {
            assertThat(facts.<Integer>remembered(keys.get(i), () -> -1)).isEqualTo(i);
        }
        assertThat(computed).hasValue(1_000);
        // Another thread works its values out: the table is the first thread's alone.
        AtomicReference<Integer> elsewhere = new AtomicReference<>();
        Thread other = new Thread(() -> elsewhere.set(facts.remembered(keys.get(0), () -> -1)));
        other.start();
        assertThatCode(other::join).doesNotThrowAnyException();
        assertThat(elsewhere).hasValue(-1);
    }
}
