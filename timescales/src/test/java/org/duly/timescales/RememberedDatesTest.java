package org.duly.timescales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duly.timescales.Timescales.within;
import static org.duly.timescales.period.Periods.days;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.duly.timescales.calendar.EnglandAndWales;
import org.junit.jupiter.api.Test;

/**
 * The dates and times of a type's occurrences are asked once per case and shared by every event made
 * from one with the same dates and times ({@code where}, {@code first}, ...), and carried with an
 * event's matches to its anchor points and candidates: each event still sees its own dates, times
 * and date order, whichever event of the family a case asked for first.
 */
class RememberedDatesTest {

    record Visit(LocalDate date, Optional<LocalDateTime> at, boolean alone, LocalDate planned) {
    }

    private static final AtomicInteger DATES_ASKED = new AtomicInteger();

    private static final Event<Visit> VISIT = Event.of("the visit", Visit.class, visit -> {
        DATES_ASKED.incrementAndGet();
        return visit.date();
    });
    private static final Event<Visit> VISIT_ALONE = VISIT.where(Condition.of("alone", Visit::alone));
    /** The same date, with times: other times, so not the visit's remembered ones. */
    private static final Event<Visit> VISIT_AT = VISIT.withDateTime(Visit::at);
    /** The same type at another date, out of the order the visits happened in. */
    private static final Event<Visit> VISIT_PLANNED = Event.of("the planned visit", Visit.class, Visit::planned);

    private static final Visit FIRST = visit("2024-03-01", "2024-03-01T10:15", true, "2024-03-20");
    private static final Visit SECOND = visit("2024-03-05", null, false, "2024-03-02");
    private static final Visit THIRD = visit("2024-03-08", "2024-03-08T16:00", true, "2024-03-20");
    private static final Visit FOURTH = visit("2024-03-12", null, true, "2024-03-02");

    private static final EvaluationContext CONTEXT = EvaluationContext.on(LocalDate.parse("2024-04-01"), EnglandAndWales.calendar());

    private static Visit visit(String date, String at, boolean alone, String planned) {
        return new Visit(LocalDate.parse(date), Optional.ofNullable(at).map(LocalDateTime::parse), alone, LocalDate.parse(planned));
    }

    /** Facts that remember by key identity, as a case's facts do. */
    private static Facts remembering(Object... occurrences) {
        Facts facts = Facts.of(occurrences);
        Map<Object, Object> remembered = new IdentityHashMap<>();
        return new Facts() {
            @Override
            public <O> List<O> occurrences(Class<O> type) {
                return facts.occurrences(type);
            }

            @Override
            public <T> Optional<T> value(Fact<T> fact) {
                return facts.value(fact);
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T remembered(Object key, Supplier<T> compute) {
                Object value = remembered.get(key);
                if (value == null) {
                    value = compute.get();
                    remembered.put(key, value);
                }
                return (T) value;
            }
        };
    }

    private static AnchorPoint point(String words, LocalDate date, Optional<LocalDateTime> at, Visit visit) {
        return new AnchorPoint(words, date, at, Optional.empty(), Optional.of(visit), 0);
    }

    private static List<AnchorPoint> points(Event<Visit> event, Facts facts) {
        return Anchors.resolve(event, facts, CONTEXT).get();
    }

    @Test
    void each_event_of_a_family_sees_its_own_dates_times_and_order_whichever_a_case_asked_for_first() {
        List<Event<Visit>> family = List.of(VISIT, VISIT_ALONE, VISIT_AT, VISIT_PLANNED, VISIT_ALONE.first(), VISIT.latest(),
                VISIT_PLANNED.nth(2), VISIT_AT.where(Condition.of("alone", Visit::alone)));
        Map<Event<Visit>, List<AnchorPoint>> expected = Map.of(
                VISIT, List.of(point("the visit", FIRST.date(), Optional.empty(), FIRST),
                        point("the visit", SECOND.date(), Optional.empty(), SECOND),
                        point("the visit", THIRD.date(), Optional.empty(), THIRD),
                        point("the visit", FOURTH.date(), Optional.empty(), FOURTH)),
                VISIT_ALONE, List.of(point("the visit alone", FIRST.date(), Optional.empty(), FIRST),
                        point("the visit alone", THIRD.date(), Optional.empty(), THIRD),
                        point("the visit alone", FOURTH.date(), Optional.empty(), FOURTH)),
                VISIT_AT, List.of(point("the visit", FIRST.date(), FIRST.at(), FIRST),
                        point("the visit", SECOND.date(), Optional.empty(), SECOND),
                        point("the visit", THIRD.date(), THIRD.at(), THIRD),
                        point("the visit", FOURTH.date(), Optional.empty(), FOURTH)),
                // Sorted by the planned date; two on one day keep the order they happened in.
                VISIT_PLANNED, List.of(point("the planned visit", SECOND.planned(), Optional.empty(), SECOND),
                        point("the planned visit", FOURTH.planned(), Optional.empty(), FOURTH),
                        point("the planned visit", FIRST.planned(), Optional.empty(), FIRST),
                        point("the planned visit", THIRD.planned(), Optional.empty(), THIRD)));
        // Every order in which a case might first ask: each event first, then the rest.
        for (int first = 0; first < family.size(); first++) {
            Facts facts = remembering(FIRST, SECOND, THIRD, FOURTH);
            Facts forgetting = Facts.of(FIRST, SECOND, THIRD, FOURTH);
            for (int i = 0; i < family.size(); i++) {
                Event<Visit> event = family.get((first + i) % family.size());
                assertThat(points(event, facts)).as(event.inWords()).isEqualTo(points(event, forgetting));
                if (expected.containsKey(event)) {
                    assertThat(points(event, facts)).as(event.inWords()).isEqualTo(expected.get(event));
                }
            }
        }
        Facts facts = remembering(FIRST, SECOND, THIRD, FOURTH);
        assertThat(points(VISIT_ALONE.first(), facts)).containsExactly(point("the visit alone", FIRST.date(), Optional.empty(), FIRST));
        assertThat(points(VISIT.latest(), facts)).containsExactly(point("the visit", FOURTH.date(), Optional.empty(), FOURTH));
        assertThat(points(VISIT_PLANNED.nth(2), facts))
                .containsExactly(point("the planned visit", FOURTH.planned(), Optional.empty(), FOURTH));
    }

    @Test
    void a_family_asks_each_occurrence_its_date_once_per_case() {
        Facts facts = remembering(FIRST, SECOND, THIRD, FOURTH);
        DATES_ASKED.set(0);
        List<AnchorPoint> all = new ArrayList<>();
        all.addAll(points(VISIT, facts));
        all.addAll(points(VISIT_ALONE, facts));
        all.addAll(points(VISIT_ALONE.latest(), facts));
        assertThat(all).hasSize(8);
        assertThat(DATES_ASKED.get()).isEqualTo(4);
        // Other times are other dates and times to remember.
        assertThat(points(VISIT_AT, facts)).hasSize(4);
        assertThat(DATES_ASKED.get()).isEqualTo(8);
    }

    @Test
    void a_candidate_carries_its_date_and_time_to_what_it_meets() {
        Facts facts = remembering(FIRST, SECOND, THIRD, FOURTH);
        // The visit without times asked first: the timed visit's candidates still carry their times.
        assertThat(points(VISIT, facts)).hasSize(4);
        Evaluation evaluation = within(days(5)).of(VISIT_ALONE.nth(2)).evaluate(facts, Fulfilment.by(VISIT_AT), CONTEXT);
        assertThat(evaluation.obligations()).singleElement().satisfies(obligation -> {
            assertThat(obligation.metBy()).map(MetBy::date).contains(THIRD.date());
            assertThat(obligation.metBy()).map(MetBy::dateTime).contains(THIRD.at());
        });
    }
}
