package org.duly.domain;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.duly.domain.events.BecameLookedAfter;
import org.duly.domain.events.Birth;
import org.duly.domain.events.CareProceedingsConcluded;
import org.duly.domain.events.CareProceedingsEvent;
import org.duly.domain.events.CareProceedingsIssued;
import org.duly.domain.events.CareProceedingsExtended;
import org.duly.domain.events.CareProceedingsServed;
import org.duly.domain.events.CaseClosed;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.CaseEventType;
import org.duly.domain.events.CaseManagementHearing;
import org.duly.domain.events.CeasedLookedAfter;
import org.duly.domain.events.ChildsPlanCreated;
import org.duly.domain.events.ChildsPlanEnded;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.ChildsPlanReviewed;
import org.duly.domain.events.ChronologyClosed;
import org.duly.domain.events.ChronologyStarted;
import org.duly.domain.events.ChronologyUpdated;
import org.duly.domain.events.ConferenceHeld;
import org.duly.domain.events.ConferenceKind;
import org.duly.domain.events.ConferenceScheduled;
import org.duly.domain.events.CoreGroupMeeting;
import org.duly.domain.events.CourtDirectionComplied;
import org.duly.domain.events.CourtDirectionMade;
import org.duly.domain.events.CourtDocumentsFiled;
import org.duly.domain.events.DisruptionMeeting;
import org.duly.domain.events.IndependentScrutinyDiscussion;
import org.duly.domain.events.LegalStatusChanged;
import org.duly.domain.events.LookedAfterReview;
import org.duly.domain.events.ParentingAssessmentEvent;
import org.duly.domain.events.ParentingAssessmentFinalReview;
import org.duly.domain.events.ParentingAssessmentMidwayReview;
import org.duly.domain.events.ParentingAssessmentReport;
import org.duly.domain.events.ParentingAssessmentSessionsCompleted;
import org.duly.domain.events.ParentingAssessmentStarted;
import org.duly.domain.events.PathwayPlan;
import org.duly.domain.events.PathwayPlanReview;
import org.duly.domain.events.PlacementEnded;
import org.duly.domain.events.PlacementEvent;
import org.duly.domain.events.PlacementPlanningMeeting;
import org.duly.domain.events.PlacementStarted;
import org.duly.domain.events.PreProceedingsEnded;
import org.duly.domain.events.PreProceedingsStarted;
import org.duly.domain.events.PrivateFosteringEnded;
import org.duly.domain.events.PrivateFosteringEvent;
import org.duly.domain.events.PrivateFosteringNetworkMeeting;
import org.duly.domain.events.PrivateFosteringNotification;
import org.duly.domain.events.PrivateFosteringReview;
import org.duly.domain.events.ProviderConcern;
import org.duly.domain.events.Section47EnquiryCompleted;
import org.duly.domain.events.Section47EnquiryStarted;
import org.duly.domain.events.Section47ManagementOversight;
import org.duly.domain.events.StrategyDiscussion;
import org.duly.domain.events.Visit;
import org.duly.domain.value.Spelling;
import org.duly.timescales.period.Age;
import org.duly.timescales.period.LeapDayBirthdays;

/**
 * The consistency rules of a child's timeline, checked in one pass per concern over events already
 * known to be in date order. Each rule looks only backward, at events listed before the one it
 * checks, so a timeline cut at a date stays valid.
 */
final class TimelineRules {

    private static final int ADULTHOOD = 18;
    private static final NavigableMap<Integer, PositionedEvent<CaseEvent>> NO_STARTS = Collections.emptyNavigableMap();

    private final Child child;
    private final List<PositionedEvent<CaseEvent>> events;
    private final List<TimelineProblem> problems = new ArrayList<>();
    // The classes of the events, and whether each type asked about is among them (present).
    private final Set<Class<?>> classes = new HashSet<>();
    private final Map<Class<?>, Boolean> presence = new HashMap<>();
    /** Each placement's starts by position, for an end that names a placement other than the open one. */
    private final Map<String, NavigableMap<Integer, PositionedEvent<CaseEvent>>> startsById = new HashMap<>();

    private TimelineRules(Child child, List<PositionedEvent<CaseEvent>> events) {
        this.child = child;
        this.events = events;
        for (PositionedEvent<CaseEvent> positioned : events) {
            if (positioned.event() instanceof PlacementStarted start && start.placementId().isPresent()) {
                startsById.computeIfAbsent(start.placementId().get(), id -> new TreeMap<>()).put(positioned.position(), positioned);
            }
        }
    }

    /** Whether any event is of a type: worked out from the events' classes, once per type asked for. */
    private boolean present(Class<?> type) {
        Boolean known = presence.get(type);
        if (known == null) {
            if (classes.isEmpty()) {
                for (PositionedEvent<CaseEvent> positioned : events) {
                    classes.add(positioned.event().getClass());
                }
            }
            known = false;
            for (Class<?> each : classes) {
                known |= type.isAssignableFrom(each);
            }
            presence.put(type, known);
        }
        return known;
    }

    /** Every problem of the events, in position order within each rule. */
    static List<TimelineProblem> check(Child child, List<PositionedEvent<CaseEvent>> events) {
        TimelineRules rules = new TimelineRules(child, events);
        rules.checkBirth();
        rules.checkClosure();
        rules.checkChildProtection();
        rules.checkCare();
        rules.checkPlans();
        rules.checkLinks();
        return rules.problems;
    }

    /** The date of birth: the child record's, else the first birth event's. */
    static Optional<LocalDate> dateOfBirth(Child child, List<? extends CaseEvent> events) {
        return child.dateOfBirth().or(() -> events.stream().filter(Birth.class::isInstance).findFirst().map(CaseEvent::date));
    }

    private void checkBirth() {
        Optional<LocalDate> born = dateOfBirth(child, events.stream().map(PositionedEvent::event).toList());
        PositionedEvent<CaseEvent> firstBirth = null;
        for (PositionedEvent<CaseEvent> positioned : events) {
            CaseEvent event = positioned.event();
            if (event instanceof Birth) {
                if (firstBirth != null) {
                    problems.add(positioned.problem("date", "the birth is already recorded at " + firstBirth.reference()
                            + "; expected one birth"));
                } else if (child.dateOfBirth().isPresent() && !child.dateOfBirth().get().equals(event.date())) {
                    problems.add(positioned.problem("date", "differs from the child record's date of birth;"
                            + " expected the same date"));
                }
                firstBirth = firstBirth == null ? positioned : firstBirth;
            }
            if (((CaseEventType) event.eventType()).onlyAfterBirth()) {
                if (born.isEmpty()) {
                    problems.add(positioned.problem("date", "the child has only an expected date of delivery and no birth"
                            + " is recorded; expected a birth (or a date of birth) first ("
                            + event.eventType().description() + " cannot precede birth)"));
                } else if (event.date().isBefore(born.get())) {
                    problems.add(positioned.problem("date", event.date() + " is before the child's birth; expected a"
                            + " date on or after it (" + event.eventType().description() + " cannot precede birth)"));
                }
            }
            boolean preBirthConference = (event instanceof ConferenceHeld held && held.preBirth())
                    || (event instanceof ConferenceScheduled scheduled && scheduled.preBirth());
            LocalDate conferenceDay = event instanceof ConferenceScheduled scheduled ? scheduled.conferenceDate() : event.date();
            if (preBirthConference && born.isPresent() && !conferenceDay.isBefore(born.get())) {
                problems.add(positioned.problem("preBirth", "a pre-birth conference on " + conferenceDay
                        + " is not before the child's birth; expected a pre-birth conference before it, or preBirth false"));
            }
            if (event instanceof BecameLookedAfter && born.isPresent()
                    && Age.of(ADULTHOOD).reachedOn(born.get(), event.date(), LeapDayBirthdays.MARCH_1)) {
                problems.add(positioned.problem("date", "the child is 18 or over on " + event.date()
                        + "; expected a date before the 18th birthday: adults are not looked after"));
            }
        }
    }

    private void checkClosure() {
        PositionedEvent<CaseEvent> closed = null;
        for (PositionedEvent<CaseEvent> positioned : events) {
            CaseEvent event = positioned.event();
            // A record dated after the closure is accepted: work due before it is often recorded late (DESIGN rule 9);
            // the engine ends every clock at the closure, so it puts right nothing that was missed.
            if (((CaseEventType) event.eventType()).opensCase()) {
                closed = null;
            } else if (event instanceof CaseClosed && closed != null) {
                problems.add(positioned.problem("date", "the case is already closed at " + closed.reference()
                        + "; expected it reopened before it closes again"));
            }
            if (event instanceof CaseClosed && closed == null) {
                closed = positioned;
            }
        }
    }

    private void checkChildProtection() {
        boolean strategyDiscussion = false;
        boolean section47 = false;
        boolean initialConference = false;
        for (PositionedEvent<CaseEvent> positioned : events) {
            CaseEvent event = positioned.event();
            if (event instanceof StrategyDiscussion discussion) {
                strategyDiscussion = true;
                section47 |= discussion.initiatedSection47();
            } else if (event instanceof Section47EnquiryStarted) {
                section47 = true;
            } else if (event instanceof ConferenceHeld held && held.kind() == ConferenceKind.INITIAL) {
                if (!strategyDiscussion) {
                    problems.add(positioned.problem("date", "an initial child protection conference on " + event.date()
                            + " with no strategy discussion before it; expected a strategy discussion first"));
                }
                initialConference = true;
            } else if (event instanceof ConferenceHeld && !initialConference) {
                problems.add(positioned.problem("kind", "a review conference with no initial conference before it;"
                        + " expected an initial conference first"));
            } else if (event instanceof CoreGroupMeeting && !initialConference) {
                problems.add(positioned.problem("date", "a core group with no initial child protection conference before"
                        + " it; expected the conference first"));
            } else if ((event instanceof Section47EnquiryCompleted || event instanceof Section47ManagementOversight)
                    && !section47) {
                problems.add(positioned.problem("date", "no section 47 enquiry has started; expected a strategy"
                        + " discussion that initiated one, or its start, first"));
            }
        }
    }

    private void checkCare() {
        PositionedEvent<CaseEvent> lookedAfter = null;
        PositionedEvent<CaseEvent> openPlacement = null;
        boolean everLookedAfter = false;
        PositionedEvent<CaseEvent> endedByCeasing = null;
        LocalDate ceasedOn = null;
        Map<String, PositionedEvent<CaseEvent>> placements = new HashMap<>();
        for (PositionedEvent<CaseEvent> positioned : events) {
            CaseEvent event = positioned.event();
            if (event instanceof BecameLookedAfter) {
                if (lookedAfter != null) {
                    problems.add(positioned.problem("date", "the child is already looked after since "
                            + lookedAfter.reference() + "; expected that period to cease first"));
                }
                lookedAfter = positioned;
                everLookedAfter = true;
            } else if (event instanceof CeasedLookedAfter) {
                if (lookedAfter == null) {
                    problems.add(positioned.problem("date", "the child is not looked after, so cannot cease to be;"
                            + " expected becoming looked after first"));
                }
                lookedAfter = null;
                // Ceasing to be looked after ends the placement too; its own end may still follow that day.
                endedByCeasing = openPlacement;
                ceasedOn = event.date();
                openPlacement = null;
            } else if (event instanceof LegalStatusChanged && lookedAfter == null) {
                problems.add(positioned.problem("date", "the child is not looked after on " + event.date()
                        + "; expected a legal status to change only during a period of care"));
            } else if (event instanceof LookedAfterReview && !everLookedAfter) {
                problems.add(positioned.problem("date", "a looked after review of a child never looked after;"
                        + " expected becoming looked after first"));
            } else if (event instanceof PlacementStarted started) {
                if (lookedAfter == null) {
                    problems.add(positioned.problem("date", "the child is not looked after on " + event.date()
                            + "; expected a placement to start during a period of care (on the same day, list"
                            + " becameLookedAfter before it)"));
                }
                // A new placement with no end recorded for the previous one ends it that day, as consecutive episodes do
                // in the SSDA903 return (DESIGN rule 9): accepted, and the care history says so.
                started.placementId().ifPresent(id -> {
                    if (placements.containsKey(id)) {
                        problems.add(positioned.problem("placementId", "this placement already started at "
                                + placements.get(id).reference() + "; expected a new identifier"));
                    }
                });
                started.placementId().ifPresent(id -> placements.putIfAbsent(id, positioned));
                openPlacement = positioned;
            } else if (event instanceof PlacementEnded ended) {
                boolean alreadyEndedThatDay = openPlacement == null && endedByCeasing != null
                        && ended.date().equals(ceasedOn)
                        && (ended.placementId().isEmpty()
                                || ended.placementId().equals(((PlacementStarted) endedByCeasing.event()).placementId()));
                if (!alreadyEndedThatDay) {
                    openPlacement = checkPlacementEnd(positioned, ended, openPlacement, placements);
                }
            }
        }
    }

    private PositionedEvent<CaseEvent> checkPlacementEnd(PositionedEvent<CaseEvent> positioned, PlacementEnded ended, PositionedEvent<CaseEvent> open,
            Map<String, PositionedEvent<CaseEvent>> started) {
        Optional<String> openId = open == null ? Optional.empty() : ((PlacementStarted) open.event()).placementId();
        if (ended.placementId().isPresent() && !ended.placementId().equals(openId)) {
            String id = ended.placementId().get();
            Map.Entry<Integer, PositionedEvent<CaseEvent>> later = startsById.getOrDefault(id, NO_STARTS).higherEntry(positioned.position());
            if (later != null) {
                problems.add(positioned.problem("date", "the placement ends before it starts at "
                        + later.getValue().reference() + "; expected its start first"));
            } else if (started.containsKey(id)) {
                problems.add(positioned.problem("placementId", "this placement is not open (it started at "
                        + started.get(id).reference() + " and has ended); expected the open placement"));
            } else {
                problems.add(positioned.problem("placementId", "no placement with this placementId has started;"
                        + " expected the identifier of the open placement"));
            }
            return open;
        }
        if (open == null) {
            problems.add(positioned.problem("date", "no placement is open to end; expected a placement to start"
                    + " before it ends"));
        }
        return null;
    }

    private void checkPlans() {
        Map<ChildsPlanKind, OpenPlans> openPlans = new EnumMap<>(ChildsPlanKind.class);
        boolean chronology = false;
        boolean pathwayPlan = false;
        boolean preProceedings = false;
        for (PositionedEvent<CaseEvent> positioned : events) {
            CaseEvent event = positioned.event();
            if (event instanceof ChildsPlanCreated created) {
                OpenPlans open = openPlans.computeIfAbsent(created.kind(), kind -> new OpenPlans());
                if (open.contains(created.planId())) {
                    problems.add(positioned.problem("kind", withArticle(planName(created.kind(), created.planId()))
                            + " is already open; expected it to end before another starts"));
                }
                open.open(created.planId());
            } else if (event instanceof ChildsPlanReviewed reviewed) {
                requireOpenPlan(positioned, reviewed.kind(), reviewed.planId(), openPlans, "reviews", false);
            } else if (event instanceof ChildsPlanEnded ended) {
                requireOpenPlan(positioned, ended.kind(), ended.planId(), openPlans, "ends", true);
            } else if (event instanceof ChronologyStarted) {
                chronology = true;
            } else if ((event instanceof ChronologyUpdated || event instanceof ChronologyClosed) && !chronology) {
                problems.add(positioned.problem("date", "a chronology that never started; expected it started first"));
            } else if (event instanceof PathwayPlan) {
                pathwayPlan = true;
            } else if (event instanceof PathwayPlanReview && !pathwayPlan) {
                problems.add(positioned.problem("date", "reviews a pathway plan that never started; expected the"
                        + " pathway plan first"));
            } else if (event instanceof PreProceedingsStarted) {
                preProceedings = true;
            } else if (event instanceof PreProceedingsEnded && !preProceedings) {
                problems.add(positioned.problem("date", "pre-proceedings that never started; expected their start first"));
            }
        }
    }

    private void requireOpenPlan(PositionedEvent<CaseEvent> positioned, ChildsPlanKind kind, Optional<String> planId,
            Map<ChildsPlanKind, OpenPlans> openPlans, String verb, boolean ends) {
        OpenPlans open = openPlans.getOrDefault(kind, new OpenPlans());
        // A plan named by its id, or else the one opened last.
        Optional<Optional<String>> match = planId.isPresent()
                ? Optional.of(planId).filter(open::contains)
                : open.newest();
        if (match.isEmpty()) {
            problems.add(positioned.problem(planId.isPresent() ? "planId" : "kind", verb + " "
                    + withArticle(planName(kind, planId)) + " that never started or has ended; expected the plan created first"));
        } else if (ends) {
            open.close(match.get());
        }
    }

    /**
     * The open plans of one kind, by id (none for a plan without one), as a list in the order they
     * opened would hold them, with each step in constant time: a case file may hold thousands. A
     * plan may be open twice under one id (a problem already reported); closing one closes the
     * oldest, as removing it from the list would.
     */
    private static final class OpenPlans {
        /** The open plans under each id, oldest first. */
        private final Map<Optional<String>, ArrayDeque<Opened>> byId = new HashMap<>();
        /** Every plan opened, newest last; those closed since are skipped when the newest is asked for. */
        private final ArrayDeque<Opened> opened = new ArrayDeque<>();
        private final Set<Opened> open = new HashSet<>();

        /** One opening of a plan, known by its identity: a plan opened twice under one id is two. */
        private static final class Opened {
            private final Optional<String> planId;

            Opened(Optional<String> planId) {
                this.planId = planId;
            }
        }

        boolean contains(Optional<String> planId) {
            ArrayDeque<Opened> under = byId.get(planId);
            return under != null && !under.isEmpty();
        }

        void open(Optional<String> planId) {
            Opened plan = new Opened(planId);
            byId.computeIfAbsent(planId, id -> new ArrayDeque<>()).addLast(plan);
            opened.addLast(plan);
            open.add(plan);
        }

        Optional<Optional<String>> newest() {
            while (!opened.isEmpty() && !open.contains(opened.peekLast())) {
                opened.removeLast();
            }
            return opened.isEmpty() ? Optional.empty() : Optional.of(opened.peekLast().planId);
        }

        void close(Optional<String> planId) {
            open.remove(byId.get(planId).removeFirst());
        }
    }

    private static String withArticle(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private static String planName(ChildsPlanKind kind, Optional<String> planId) {
        // The id itself is free text, which no message quotes; the message is located at the event's planId.
        return Spelling.words(kind) + " plan" + (planId.isPresent() ? " with this planId" : "");
    }

    /** Links by identifier: each must name a thing an earlier event started. */
    private void checkLinks() {
        requireEarlier(CourtDirectionComplied.class, CourtDirectionMade.class, "directionId",
                e -> Optional.of(((CourtDirectionComplied) e).directionId()),
                e -> Optional.of(((CourtDirectionMade) e).directionId()), true, "court direction");
        for (Class<? extends CaseEvent> type : List.of(CareProceedingsServed.class, CaseManagementHearing.class,
                CareProceedingsConcluded.class, CareProceedingsExtended.class, CourtDocumentsFiled.class)) {
            requireEarlier(type, CareProceedingsIssued.class, "proceedingsId", e -> ((CareProceedingsEvent) e).proceedingsId(),
                    e -> ((CareProceedingsEvent) e).proceedingsId(), true, "care proceedings");
        }
        for (Class<? extends CaseEvent> type : List.of(ParentingAssessmentMidwayReview.class,
                ParentingAssessmentSessionsCompleted.class, ParentingAssessmentFinalReview.class,
                ParentingAssessmentReport.class)) {
            requireEarlier(type, ParentingAssessmentStarted.class, "assessmentId",
                    e -> ((ParentingAssessmentEvent) e).assessmentId(), e -> ((ParentingAssessmentEvent) e).assessmentId(),
                    true, "parenting assessment started");
        }
        for (Class<? extends CaseEvent> type : List.of(PrivateFosteringNetworkMeeting.class,
                PrivateFosteringReview.class, PrivateFosteringEnded.class)) {
            requireEarlier(type, PrivateFosteringNotification.class, "arrangementId",
                    e -> ((PrivateFosteringEvent) e).arrangementId(), e -> ((PrivateFosteringEvent) e).arrangementId(),
                    true, "private fostering arrangement");
        }
        for (Class<? extends CaseEvent> type : List.of(Visit.class, ProviderConcern.class, DisruptionMeeting.class)) {
            requireEarlier(type, PlacementStarted.class, "placementId", e -> ((PlacementEvent) e).placementId(),
                    e -> ((PlacementEvent) e).placementId(), false, "placement");
        }
        // A planning meeting may be held before the move it names (regulation 9 prefers it so): the placement it
        // names must be in the case, before or after it.
        requireSomewhere(PlacementPlanningMeeting.class, PlacementStarted.class, "placementId",
                e -> ((PlacementEvent) e).placementId(), "placement");
        requireEarlier(IndependentScrutinyDiscussion.class, ChildsPlanCreated.class, "planId",
                e -> ((IndependentScrutinyDiscussion) e).planId(), e -> ((ChildsPlanCreated) e).planId(), false,
                "child's plan");
        // A direction made again under its own id is the court varying it (DESIGN rule 9): the later one replaces it.
    }

    /** Requires each event of a type that names an id to name one an event of another type carries, anywhere in the case. */
    private void requireSomewhere(Class<? extends CaseEvent> type, Class<? extends CaseEvent> otherType, String field,
            Function<CaseEvent, Optional<String>> link, String what) {
        if (!present(type)) {
            return;
        }
        java.util.Set<Optional<String>> ids = new java.util.HashSet<>();
        for (PositionedEvent<CaseEvent> positioned : events) {
            if (otherType.isInstance(positioned.event())) {
                ids.add(link.apply(positioned.event()));
            }
        }
        String otherName = CaseEventType.of(otherType).caseFileName();
        for (PositionedEvent<CaseEvent> positioned : events) {
            Optional<String> id = type.isInstance(positioned.event()) ? link.apply(positioned.event()) : Optional.empty();
            if (id.isPresent() && !ids.contains(id)) {
                problems.add(positioned.problem(field, "no " + what + " with this " + field + " in the case; expected the "
                        + otherName + " it refers to"));
            }
        }
    }

    /**
     * Requires each event of a type to follow an event of another type with the same link: the
     * same identifier if it names one; any if it names none and {@code anyWithoutId} is true.
     */
    private void requireEarlier(Class<? extends CaseEvent> type, Class<? extends CaseEvent> earlierType, String field,
            Function<CaseEvent, Optional<String>> link, Function<CaseEvent, Optional<String>> earlierLink,
            boolean anyWithoutId, String what) {
        if (!present(type)) {
            // Most cases hold few of the linked types: nothing to check, no pass over the events.
            return;
        }
        // The links seen so far, so that each event is checked in constant time.
        Set<Optional<String>> seen = new HashSet<>();
        String earlierName = CaseEventType.of(earlierType).caseFileName();
        for (PositionedEvent<CaseEvent> positioned : events) {
            CaseEvent event = positioned.event();
            if (type.isInstance(event)) {
                Optional<String> id = link.apply(event);
                boolean found = id.isEmpty() ? !seen.isEmpty() : seen.contains(id);
                if ((id.isPresent() || anyWithoutId) && !found) {
                    problems.add(positioned.problem(id.isPresent() ? field : "date", "no " + what
                            + (id.isPresent() ? " with this " + field : "") + " before it; expected the " + earlierName
                            + " it refers to first"));
                }
            }
            if (earlierType.isInstance(event)) {
                seen.add(earlierLink.apply(event));
            }
        }
    }
}
