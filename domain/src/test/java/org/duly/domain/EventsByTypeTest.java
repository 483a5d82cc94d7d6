package org.duly.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.duly.domain.events.Birth;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.PlacementEvent;
import org.duly.domain.events.PlacementType;
import org.duly.domain.events.TimelineEvent;
import org.duly.domain.events.Visit;
import org.junit.jupiter.api.Test;

/**
 * Events looked up by type, and a timeline cut at a day by a search: each the same as picking the events out
 * one by one, which is what they replace.
 */
class EventsByTypeTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final Child CHILD = Cases.childBorn("2012-02-29");

    /** Every type an event of the story is of, and some no event is of. */
    private static Set<Class<?>> typesOf(List<CaseEvent> story) {
        Set<Class<?>> types = new LinkedHashSet<>(List.of(Object.class, CaseEvent.class, TimelineEvent.class, PlacementEvent.class,
                Visit.class, Birth.class, String.class, Comparable.class));
        for (CaseEvent event : story) {
            for (Class<?> type = event.getClass(); type != null; type = type.getSuperclass()) {
                types.add(type);
                types.addAll(List.of(type.getInterfaces()));
            }
            for (Class<?> type : event.getClass().getInterfaces()) {
                types.addAll(List.of(type.getInterfaces()));
            }
        }
        return types;
    }

    private static <O> List<O> pickedOut(List<?> events, Class<O> type) {
        List<O> ofType = new ArrayList<>();
        for (Object event : events) {
            if (type.isInstance(event)) {
                ofType.add(type.cast(event));
            }
        }
        return ofType;
    }

    @Test
    void the_events_of_any_type_are_those_picked_out_one_by_one_in_timeline_order() {
        qt().withExamples(1_000).forAll(Stories.from(START, 30)).checkAssert(story -> {
            CaseTimeline timeline = Cases.timeline(CHILD, story.toArray(CaseEvent[]::new));
            for (Class<?> type : typesOf(story)) {
                assertThat(timeline.eventsOf(type)).as("%s", type).isEqualTo(pickedOut(story, type));
                assertThat(EventsByType.of(story).eventsOf(type)).as("%s", type).isEqualTo(pickedOut(story, type));
            }
        });
    }

    @Test
    void a_type_several_classes_share_has_their_events_in_timeline_order_and_one_every_class_has_has_them_all() {
        List<CaseEvent> story = List.of(Cases.becameLookedAfter("2024-01-10", LegalStatus.SECTION_20),
                Cases.placementStarted("2024-01-10", PlacementType.LOCAL_AUTHORITY_FOSTER_CARE, "P-1"),
                Cases.legalStatusChanged("2024-02-01", LegalStatus.INTERIM_CARE_ORDER), Cases.placementEnded("2024-03-01", "P-1"),
                Cases.placementStarted("2024-03-01", PlacementType.PRIVATE_RESIDENTIAL, "P-2"));
        EventsByType byType = EventsByType.of(story);
        assertThat(List.<Object>copyOf(byType.eventsOf(PlacementEvent.class))).containsExactly(story.get(1), story.get(3), story.get(4));
        assertThat(byType.eventsOf(CaseEvent.class)).containsExactlyElementsOf(story);
        assertThat(byType.eventsOf(Object.class)).containsExactlyElementsOf(story);
        assertThat(byType.eventsOf(Visit.class)).isEmpty();
        assertThat(EventsByType.of(List.of()).eventsOf(CaseEvent.class)).isEmpty();
    }

    @Test
    void a_timeline_cut_at_any_day_keeps_exactly_the_events_dated_by_then() {
        qt().withExamples(1_000).forAll(Stories.from(START, 30), integers().between(-2, 900)).checkAssert((story, cut) -> {
            LocalDate day = START.plusDays(cut);
            CaseTimeline upTo = Cases.timeline(CHILD, story.toArray(CaseEvent[]::new)).upTo(day);
            assertThat(upTo.events()).isEqualTo(story.stream().filter(event -> !event.date().isAfter(day)).toList());
            assertThat(upTo.eventsOf(PlacementEvent.class)).isEqualTo(pickedOut(upTo.events(), PlacementEvent.class));
        });
    }

    @Test
    void a_timeline_cut_before_the_birth_it_records_has_no_date_of_birth_and_one_cut_after_it_has() {
        Child unborn = Child.builder().id("C-2").expectedDateOfDelivery(Cases.day("2024-03-01")).build();
        CaseTimeline timeline = Cases.timeline(unborn, Cases.referral("2024-01-05"),
                Birth.builder().date(Cases.day("2024-02-20")).build(), Cases.referral("2024-04-01"));
        for (String day : List.of("2024-01-04", "2024-01-05", "2024-02-19", "2024-02-20", "2024-03-31", "2024-04-01")) {
            CaseTimeline upTo = timeline.upTo(Cases.day(day));
            // The same child as a timeline of just those events has, worked out afresh.
            assertThat(upTo.child()).as(day).isEqualTo(CaseTimeline.of(unborn, upTo.events()).child());
        }
        assertThat(timeline.upTo(Cases.day("2024-02-19")).child().dateOfBirth()).isEmpty();
        assertThat(timeline.upTo(Cases.day("2024-02-20")).child().dateOfBirth()).contains(Cases.day("2024-02-20"));
        assertThat(timeline.upTo(Cases.day("2024-03-31")).child().dateOfBirth()).contains(Cases.day("2024-02-20"));
    }
}
