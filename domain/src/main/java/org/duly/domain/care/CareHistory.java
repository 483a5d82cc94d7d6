package org.duly.domain.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Child;
import org.duly.domain.events.BecameLookedAfter;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.CeasedLookedAfter;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.LegalStatusChanged;
import org.duly.domain.events.PlacementEnded;
import org.duly.domain.events.PlacementStarted;

/**
 * A child's time in care, derived from their timeline: the periods of care (from becoming looked
 * after to ceasing to be), the placements, and the legal status on any day.
 *
 * <p>"On a day" means after that day's events, as the child went to bed: a child who moves
 * placement on a day is in the new placement on it; a child who ceases to be looked after on a day
 * is not looked after on it. Ceasing to be looked after ends the placement too, where its end was
 * not recorded.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CareHistory {

    private final CaseTimeline timeline;
    private final Child child;
    private final List<PeriodOfCare> periods;
    private final List<Placement> placements;
    private final NavigableMap<LocalDate, LegalStatus> legalStatusChanges;

    private CareHistory(CaseTimeline timeline, List<PeriodOfCare> periods, List<Placement> placements,
            NavigableMap<LocalDate, LegalStatus> legalStatusChanges) {
        this.timeline = timeline;
        this.child = timeline.child();
        this.periods = List.copyOf(periods);
        this.placements = List.copyOf(placements);
        this.legalStatusChanges = Collections.unmodifiableNavigableMap(legalStatusChanges);
    }

    /**
     * The care history of a timeline. A child still looked after at the end of the timeline has an
     * open period of care.
     *
     * <p>Example:
     * <pre>{@code
     * CareHistory history = CareHistory.of(timeline);
     * assertThat(history.periodsOfCare()).containsExactly(PeriodOfCare.from(LocalDate.parse("2024-01-10")));
     * assertThat(history.placementOn(LocalDate.parse("2024-01-10")).map(Placement::type))
     *     .contains(PlacementType.LOCAL_AUTHORITY_FOSTER_CARE);
     * assertThat(history.legalStatusOn(LocalDate.parse("2024-01-10"))).contains(LegalStatus.SECTION_20);
     * }</pre>
     *
     * @param timeline the child's timeline
     * @return the care history
     */
    public static CareHistory of(CaseTimeline timeline) {
        if (timeline.eventsOf(BecameLookedAfter.class).isEmpty() && timeline.eventsOf(LegalStatusChanged.class).isEmpty()
                && timeline.eventsOf(CeasedLookedAfter.class).isEmpty() && timeline.eventsOf(PlacementStarted.class).isEmpty()
                && timeline.eventsOf(PlacementEnded.class).isEmpty()) {
            // Most children were never looked after: a pass over their events would find nothing, so none is made.
            return new CareHistory(timeline, List.of(), List.of(), Collections.emptyNavigableMap());
        }
        return read(timeline);
    }

    /** What an event can be to a care history, as bits: a class could be more than one. */
    private static final int BECAME_LOOKED_AFTER = 1;
    private static final int LEGAL_STATUS_CHANGED = 2;
    private static final int CEASED_LOOKED_AFTER = 4;
    private static final int PLACEMENT_STARTED = 8;
    private static final int PLACEMENT_ENDED = 16;

    /**
     * What each class of event can be to a care history, worked out once per class: the pass over a case's events then
     * asks each event's class once, not each event whether it is of up to five interfaces (on Java 17 each such question
     * can search the class's interfaces).
     */
    private static final ClassValue<Integer> KINDS = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            return (BecameLookedAfter.class.isAssignableFrom(type) ? BECAME_LOOKED_AFTER : 0)
                    | (LegalStatusChanged.class.isAssignableFrom(type) ? LEGAL_STATUS_CHANGED : 0)
                    | (CeasedLookedAfter.class.isAssignableFrom(type) ? CEASED_LOOKED_AFTER : 0)
                    | (PlacementStarted.class.isAssignableFrom(type) ? PLACEMENT_STARTED : 0)
                    | (PlacementEnded.class.isAssignableFrom(type) ? PLACEMENT_ENDED : 0);
        }
    };

    /** The care history read in one pass over every event of a timeline: what {@link #of} gives, without the shortcut. */
    static CareHistory read(CaseTimeline timeline) {
        List<PeriodOfCare> periods = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        TreeMap<LocalDate, LegalStatus> statuses = new TreeMap<>();
        LocalDate lookedAfterFrom = null;
        PlacementStarted openPlacement = null;
        for (CaseEvent event : timeline.events()) {
            int kinds = KINDS.get(event.getClass());
            if ((kinds & BECAME_LOOKED_AFTER) != 0) {
                BecameLookedAfter became = (BecameLookedAfter) event;
                lookedAfterFrom = became.date();
                statuses.put(became.date(), became.legalStatus());
            } else if ((kinds & LEGAL_STATUS_CHANGED) != 0) {
                LegalStatusChanged changed = (LegalStatusChanged) event;
                statuses.put(changed.date(), changed.legalStatus());
            } else if ((kinds & CEASED_LOOKED_AFTER) != 0 && lookedAfterFrom != null) {
                periods.add(PeriodOfCare.of(lookedAfterFrom, event.date()));
                lookedAfterFrom = null;
                if (openPlacement != null) {
                    placements.add(new Placement(openPlacement, Optional.of(event.date())));
                    openPlacement = null;
                }
            } else if ((kinds & PLACEMENT_STARTED) != 0) {
                PlacementStarted started = (PlacementStarted) event;
                if (openPlacement != null) {
                    // No end recorded: the new placement ends the previous one that day, as consecutive episodes do
                    // in the SSDA903 return.
                    placements.add(new Placement(openPlacement, Optional.of(started.date()), true));
                }
                openPlacement = started;
            } else if ((kinds & PLACEMENT_ENDED) != 0 && openPlacement != null) {
                placements.add(new Placement(openPlacement, Optional.of(event.date())));
                openPlacement = null;
            }
        }
        if (lookedAfterFrom != null) {
            periods.add(PeriodOfCare.from(lookedAfterFrom));
        }
        if (openPlacement != null) {
            placements.add(new Placement(openPlacement, Optional.empty()));
        }
        return new CareHistory(timeline, periods, placements, statuses);
    }

    /**
     * The timeline this history was read from.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CareHistory.of(timeline).timeline()).isSameAs(timeline);
     * }</pre>
     *
     * @return the timeline
     */
    public CaseTimeline timeline() {
        return timeline;
    }

    /**
     * The child the history is about, with the date of birth the timeline records.
     *
     * @return the child
     */
    public Child child() {
        return child;
    }

    /**
     * The periods of care, in date order; the last is open if the child is still looked after.
     *
     * @return the periods, unmodifiable
     */
    public List<PeriodOfCare> periodsOfCare() {
        return periods;
    }

    /**
     * The placements, in date order; the last is open if the child still lives there.
     *
     * @return the placements, unmodifiable
     */
    public List<Placement> placements() {
        return placements;
    }

    /**
     * Whether the child is looked after on a day, after that day's events.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(history.lookedAfterOn(LocalDate.parse("2024-01-09"))).isFalse();
     * assertThat(history.lookedAfterOn(LocalDate.parse("2024-01-10"))).isTrue();
     * }</pre>
     *
     * @param date the day
     * @return true if a period of care covers it
     */
    public boolean lookedAfterOn(LocalDate date) {
        return periodOfCareOn(date).isPresent();
    }

    /**
     * The period of care covering a day.
     *
     * @param date the day
     * @return the period, or empty if the child is not looked after on it
     */
    public Optional<PeriodOfCare> periodOfCareOn(LocalDate date) {
        // A loop, not a stream: asked for every day a rule about children in care judges.
        for (PeriodOfCare period : periods) {
            if (period.lookedAfterOn(date)) {
                return Optional.of(period);
            }
        }
        return Optional.empty();
    }

    /**
     * The placement the child lives in on a day, after that day's events.
     *
     * @param date the day
     * @return the placement, or empty if there is none on that day
     */
    public Optional<Placement> placementOn(LocalDate date) {
        Placement current = null;
        for (Placement placement : placements) {
            if (placement.isCurrentOn(date)) {
                current = placement;
            }
        }
        return Optional.ofNullable(current);
    }

    /**
     * The legal status under which the child is looked after on a day, after that day's events.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(history.legalStatusOn(LocalDate.parse("2024-02-14"))).contains(LegalStatus.INTERIM_CARE_ORDER);
     * }</pre>
     *
     * @param date the day
     * @return the legal status, or empty if the child is not looked after on it
     */
    public Optional<LegalStatus> legalStatusOn(LocalDate date) {
        if (!lookedAfterOn(date)) {
            return Optional.empty();
        }
        return Optional.ofNullable(legalStatusChanges.floorEntry(date)).map(Map.Entry::getValue);
    }

    /**
     * The days on which the legal status changed, with the status from each, for explanations.
     *
     * @return the changes in date order, including the status each period of care began with
     */
    public Map<LocalDate, LegalStatus> legalStatusChanges() {
        return legalStatusChanges;
    }
}
