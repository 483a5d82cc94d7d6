package org.duly.domain;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.ChildsPlanCreated;
import org.duly.domain.events.ChildsPlanEnded;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.ChildsPlanReviewed;
import org.duly.domain.events.CoreGroupMeeting;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.LookedAfterReview;
import org.duly.domain.events.PlacementType;
import org.duly.domain.events.Visit;
import org.duly.domain.events.VisitPurpose;
import org.quicktheories.core.Gen;

/**
 * Random case stories that are consistent by construction: each step picks, from the events the
 * story so far allows, one to happen a few days later. Validation must accept every one.
 */
public final class Stories {

    private Stories() {
    }

    /** Stories of up to {@code steps} events starting on {@code start}, about a child who stays under 18. */
    public static Gen<List<CaseEvent>> from(LocalDate start, int steps) {
        return from(start, steps, LocalDate.MAX);
    }

    /** Stories of up to {@code steps} events starting on {@code start}; no one comes into care from {@code eighteenth}. */
    public static Gen<List<CaseEvent>> from(LocalDate start, int steps, LocalDate eighteenth) {
        Gen<int[]> step = integers().between(0, 1_000).zip(integers().between(0, 40), (choice, gap) -> new int[] {choice, gap});
        return lists().of(step).ofSizeBetween(0, steps).map(choices -> tell(start, choices, eighteenth));
    }

    private static List<CaseEvent> tell(LocalDate start, List<int[]> choices, LocalDate eighteenth) {
        State state = new State();
        state.eighteenth = eighteenth;
        List<CaseEvent> events = new ArrayList<>();
        LocalDate date = start;
        for (int[] choice : choices) {
            date = date.plusDays(choice[1]);
            List<Supplier<CaseEvent>> allowed = state.allowed(date, choice[0]);
            events.add(allowed.get(choice[0] % allowed.size()).get());
        }
        return events;
    }

    private static final class State {
        boolean closed;
        boolean strategy;
        boolean initialConference;
        boolean lookedAfter;
        boolean everLookedAfter;
        boolean placement;
        boolean plan;
        LocalDate eighteenth;

        List<Supplier<CaseEvent>> allowed(LocalDate date, int seed) {
            String day = date.toString();
            List<Supplier<CaseEvent>> allowed = new ArrayList<>();
            allowed.add(() -> {
                closed = false;
                return Cases.referral(day);
            });
            if (closed) {
                return allowed;
            }
            allowed.add(() -> {
                closed = true;
                return Cases.caseClosed(day);
            });
            allowed.add(() -> {
                strategy = true;
                return Cases.strategyDiscussion(day, seed % 2 == 0);
            });
            allowed.add(() -> Visit.builder().date(date).purpose(VisitPurpose.CHILD_IN_NEED).childSeen(seed % 3 > 0)
                    .seenAlone(seed % 3 == 2).build());
            if (strategy) {
                allowed.add(() -> {
                    initialConference = true;
                    return Cases.initialConference(day);
                });
            }
            if (initialConference) {
                allowed.add(() -> Cases.reviewConference(day));
                allowed.add(() -> CoreGroupMeeting.builder().date(date).build());
            }
            LegalStatus status = LegalStatus.values()[seed % LegalStatus.values().length];
            if (!lookedAfter && date.isBefore(eighteenth)) {
                allowed.add(() -> {
                    lookedAfter = true;
                    everLookedAfter = true;
                    return Cases.becameLookedAfter(day, status);
                });
                allowed.add(() -> {
                    lookedAfter = true;
                    everLookedAfter = true;
                    return Cases.becameLookedAfter(day, seed % 2 == 0 ? LegalStatus.SECTION_20 : LegalStatus.INTERIM_CARE_ORDER);
                });
            } else if (lookedAfter) {
                // Only a child in care can cease to be: from the 18th birthday on, one never in care has nothing to end.
                allowed.add(() -> {
                    lookedAfter = false;
                    placement = false;
                    return Cases.ceasedLookedAfter(day);
                });
                allowed.add(() -> Cases.legalStatusChanged(day, status));
                if (!placement) {
                    allowed.add(() -> {
                        placement = true;
                        return Cases.placementStarted(day, PlacementType.values()[seed % PlacementType.values().length]);
                    });
                }
            }
            if (placement) {
                allowed.add(() -> {
                    placement = false;
                    return Cases.placementEnded(day);
                });
            }
            if (everLookedAfter) {
                allowed.add(() -> LookedAfterReview.builder().date(date).build());
            }
            if (!plan) {
                allowed.add(() -> {
                    plan = true;
                    return ChildsPlanCreated.builder().date(date).kind(ChildsPlanKind.CHILD_IN_NEED).build();
                });
            } else {
                allowed.add(() -> ChildsPlanReviewed.builder().date(date).kind(ChildsPlanKind.CHILD_IN_NEED).build());
                allowed.add(() -> {
                    plan = false;
                    return ChildsPlanEnded.builder().date(date).kind(ChildsPlanKind.CHILD_IN_NEED).build();
                });
            }
            return allowed;
        }
    }
}
