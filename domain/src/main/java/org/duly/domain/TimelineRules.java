package org.duly.domain;

import static org.duly.domain.events.CaseEventType.BECAME_LOOKED_AFTER;
import static org.duly.domain.events.CaseEventType.BIRTH;
import static org.duly.domain.events.CaseEventType.CARE_PROCEEDINGS_CONCLUDED;
import static org.duly.domain.events.CaseEventType.CARE_PROCEEDINGS_EXTENDED;
import static org.duly.domain.events.CaseEventType.CARE_PROCEEDINGS_ISSUED;
import static org.duly.domain.events.CaseEventType.CARE_PROCEEDINGS_SERVED;
import static org.duly.domain.events.CaseEventType.CASE_CLOSED;
import static org.duly.domain.events.CaseEventType.CASE_MANAGEMENT_HEARING;
import static org.duly.domain.events.CaseEventType.CEASED_LOOKED_AFTER;
import static org.duly.domain.events.CaseEventType.CHILDS_PLAN_CREATED;
import static org.duly.domain.events.CaseEventType.CHILDS_PLAN_ENDED;
import static org.duly.domain.events.CaseEventType.CHILDS_PLAN_REVIEWED;
import static org.duly.domain.events.CaseEventType.CHRONOLOGY_CLOSED;
import static org.duly.domain.events.CaseEventType.CHRONOLOGY_STARTED;
import static org.duly.domain.events.CaseEventType.CHRONOLOGY_UPDATED;
import static org.duly.domain.events.CaseEventType.CONFERENCE_HELD;
import static org.duly.domain.events.CaseEventType.CONFERENCE_SCHEDULED;
import static org.duly.domain.events.CaseEventType.CORE_GROUP_MEETING;
import static org.duly.domain.events.CaseEventType.COURT_DIRECTION_COMPLIED;
import static org.duly.domain.events.CaseEventType.COURT_DIRECTION_MADE;
import static org.duly.domain.events.CaseEventType.COURT_DOCUMENTS_FILED;
import static org.duly.domain.events.CaseEventType.DISRUPTION_MEETING;
import static org.duly.domain.events.CaseEventType.INDEPENDENT_SCRUTINY_DISCUSSION;
import static org.duly.domain.events.CaseEventType.LEGAL_STATUS_CHANGED;
import static org.duly.domain.events.CaseEventType.LOOKED_AFTER_REVIEW;
import static org.duly.domain.events.CaseEventType.PARENTING_ASSESSMENT_FINAL_REVIEW;
import static org.duly.domain.events.CaseEventType.PARENTING_ASSESSMENT_MIDWAY_REVIEW;
import static org.duly.domain.events.CaseEventType.PARENTING_ASSESSMENT_REPORT;
import static org.duly.domain.events.CaseEventType.PARENTING_ASSESSMENT_SESSIONS_COMPLETED;
import static org.duly.domain.events.CaseEventType.PARENTING_ASSESSMENT_STARTED;
import static org.duly.domain.events.CaseEventType.PATHWAY_PLAN;
import static org.duly.domain.events.CaseEventType.PATHWAY_PLAN_REVIEW;
import static org.duly.domain.events.CaseEventType.PLACEMENT_ENDED;
import static org.duly.domain.events.CaseEventType.PLACEMENT_PLANNING_MEETING;
import static org.duly.domain.events.CaseEventType.PLACEMENT_STARTED;
import static org.duly.domain.events.CaseEventType.PRE_PROCEEDINGS_ENDED;
import static org.duly.domain.events.CaseEventType.PRE_PROCEEDINGS_STARTED;
import static org.duly.domain.events.CaseEventType.PRIVATE_FOSTERING_ENDED;
import static org.duly.domain.events.CaseEventType.PRIVATE_FOSTERING_NETWORK_MEETING;
import static org.duly.domain.events.CaseEventType.PRIVATE_FOSTERING_NOTIFICATION;
import static org.duly.domain.events.CaseEventType.PRIVATE_FOSTERING_REVIEW;
import static org.duly.domain.events.CaseEventType.PROVIDER_CONCERN;
import static org.duly.domain.events.CaseEventType.SECTION_47_ENQUIRY_COMPLETED;
import static org.duly.domain.events.CaseEventType.SECTION_47_ENQUIRY_STARTED;
import static org.duly.domain.events.CaseEventType.SECTION_47_MANAGEMENT_OVERSIGHT;
import static org.duly.domain.events.CaseEventType.STRATEGY_DISCUSSION;
import static org.duly.domain.events.CaseEventType.VISIT;

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
import org.duly.domain.events.Birth;
import org.duly.domain.events.CareProceedingsEvent;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.CaseEventType;
import org.duly.domain.events.ChildsPlanCreated;
import org.duly.domain.events.ChildsPlanEnded;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.ChildsPlanReviewed;
import org.duly.domain.events.ConferenceHeld;
import org.duly.domain.events.ConferenceKind;
import org.duly.domain.events.ConferenceScheduled;
import org.duly.domain.events.CourtDirectionComplied;
import org.duly.domain.events.CourtDirectionMade;
import org.duly.domain.events.IndependentScrutinyDiscussion;
import org.duly.domain.events.ParentingAssessmentEvent;
import org.duly.domain.events.PlacementEnded;
import org.duly.domain.events.PlacementEvent;
import org.duly.domain.events.PlacementStarted;
import org.duly.domain.events.PrivateFosteringEvent;
import org.duly.domain.events.StrategyDiscussion;
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

    /**
     * For each class of event, which of Duly's event types (by ordinal) it is an instance of: what
     * {@code instanceof} answers, worked out once per class rather than for every event of every case
     * in every rule.
     */
    private static final ClassValue<boolean[]> KINDS = new ClassValue<>() {
        @Override
        protected boolean[] computeValue(Class<?> type) {
            CaseEventType[] all = CaseEventType.values();
            boolean[] kinds = new boolean[all.length];
            for (CaseEventType each : all) {
                kinds[each.ordinal()] = each.type().isAssignableFrom(type);
            }
            return kinds;
        }
    };

    private final Child child;
    private final List<PositionedEvent<CaseEvent>> events;
    private final List<TimelineProblem> problems = new ArrayList<>();
    /** The kinds of each event (KINDS), by its index in the events. */
    private final boolean[][] kinds;
    /** The event type of each event, by its index: asked of each event once, as it is by several rules. */
    private final CaseEventType[] types;
    /** Each placement's starts by position, for an end that names a placement other than the open one. */
    private final Map<String, NavigableMap<Integer, PositionedEvent<CaseEvent>>> startsById = new HashMap<>();

    private TimelineRules(Child child, List<PositionedEvent<CaseEvent>> events) {
        this.child = child;
        this.events = events;
        this.kinds = new boolean[events.size()][];
        this.types = new CaseEventType[events.size()];
        for (int i = 0; i < events.size(); i++) {
            kinds[i] = KINDS.get(events.get(i).event().getClass());
            types[i] = (CaseEventType) events.get(i).event().eventType();
            PositionedEvent<CaseEvent> positioned = events.get(i);
            if (is(i, PLACEMENT_STARTED) && ((PlacementStarted) positioned.event()).placementId().isPresent()) {
                startsById.computeIfAbsent(((PlacementStarted) positioned.event()).placementId().get(), id -> new TreeMap<>())
                        .put(positioned.position(), positioned);
            }
        }
    }

    /** Whether the event at an index is an instance of a type's value type, as {@code instanceof} would say. */
    private boolean is(int index, CaseEventType type) {
        return kinds[index][type.ordinal()];
    }

    /** Whether any event is an instance of a type's value type: most cases hold few of the types the links name. */
    private boolean present(CaseEventType type) {
        for (boolean[] each : kinds) {
            if (each[type.ordinal()]) {
                return true;
            }
        }
        return false;
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
        Optional<LocalDate> born = child.dateOfBirth();
        for (int i = 0; born.isEmpty() && i < events.size(); i++) {
            // The child record's date of birth, else the first birth event's (dateOfBirth), without a list of the events.
            if (is(i, BIRTH)) {
                born = Optional.of(((Birth) events.get(i).event()).date());
            }
        }
        PositionedEvent<CaseEvent> firstBirth = null;
        for (int i = 0; i < events.size(); i++) {
            PositionedEvent<CaseEvent> positioned = events.get(i);
            CaseEvent event = positioned.event();
            if (is(i, BIRTH)) {
                if (firstBirth != null) {
                    problems.add(positioned.problem("date", "the birth is already recorded at " + firstBirth.reference()
                            + "; expected one birth"));
                } else if (child.dateOfBirth().isPresent() && !child.dateOfBirth().get().equals(event.date())) {
                    problems.add(positioned.problem("date", "differs from the child record's date of birth;"
                            + " expected the same date"));
                }
                firstBirth = firstBirth == null ? positioned : firstBirth;
            }
            if (types[i].onlyAfterBirth()) {
                if (born.isEmpty()) {
                    problems.add(positioned.problem("date", "the child has only an expected date of delivery and no birth"
                            + " is recorded; expected a birth (or a date of birth) first ("
                            + event.eventType().description() + " cannot precede birth)"));
                } else if (event.date().isBefore(born.get())) {
                    problems.add(positioned.problem("date", event.date() + " is before the child's birth; expected a"
                            + " date on or after it (" + event.eventType().description() + " cannot precede birth)"));
                }
            }
            boolean preBirthConference = (is(i, CONFERENCE_HELD) && ((ConferenceHeld) event).preBirth())
                    || (is(i, CONFERENCE_SCHEDULED) && ((ConferenceScheduled) event).preBirth());
            LocalDate conferenceDay = is(i, CONFERENCE_SCHEDULED) ? ((ConferenceScheduled) event).conferenceDate() : event.date();
            if (preBirthConference && born.isPresent() && !conferenceDay.isBefore(born.get())) {
                problems.add(positioned.problem("preBirth", "a pre-birth conference on " + conferenceDay
                        + " is not before the child's birth; expected a pre-birth conference before it, or preBirth false"));
            }
            if (is(i, BECAME_LOOKED_AFTER) && born.isPresent()
                    && Age.of(ADULTHOOD).reachedOn(born.get(), event.date(), LeapDayBirthdays.MARCH_1)) {
                problems.add(positioned.problem("date", "the child is 18 or over on " + event.date()
                        + "; expected a date before the 18th birthday: adults are not looked after"));
            }
        }
    }

    private void checkClosure() {
        PositionedEvent<CaseEvent> closed = null;
        for (int i = 0; i < events.size(); i++) {
            PositionedEvent<CaseEvent> positioned = events.get(i);
            CaseEvent event = positioned.event();
            // A record dated after the closure is accepted: work due before it is often recorded late (DESIGN rule 9);
            // the engine ends every clock at the closure, so it puts right nothing that was missed.
            if (types[i].opensCase()) {
                closed = null;
            } else if (is(i, CASE_CLOSED) && closed != null) {
                problems.add(positioned.problem("date", "the case is already closed at " + closed.reference()
                        + "; expected it reopened before it closes again"));
            }
            if (is(i, CASE_CLOSED) && closed == null) {
                closed = positioned;
            }
        }
    }

    private void checkChildProtection() {
        boolean strategyDiscussion = false;
        boolean section47 = false;
        boolean initialConference = false;
        for (int i = 0; i < events.size(); i++) {
            PositionedEvent<CaseEvent> positioned = events.get(i);
            CaseEvent event = positioned.event();
            if (is(i, STRATEGY_DISCUSSION)) {
                strategyDiscussion = true;
                section47 |= ((StrategyDiscussion) event).initiatedSection47();
            } else if (is(i, SECTION_47_ENQUIRY_STARTED)) {
                section47 = true;
            } else if (is(i, CONFERENCE_HELD) && ((ConferenceHeld) event).kind() == ConferenceKind.INITIAL) {
                if (!strategyDiscussion) {
                    problems.add(positioned.problem("date", "an initial child protection conference on " + event.date()
                            + " with no strategy discussion before it; expected a strategy discussion first"));
                }
                initialConference = true;
            } else if (is(i, CONFERENCE_HELD) && !initialConference) {
                problems.add(positioned.problem("kind", "a review conference with no initial conference before it;"
                        + " expected an initial conference first"));
            } else if (is(i, CORE_GROUP_MEETING) && !initialConference) {
                problems.add(positioned.problem("date", "a core group with no initial child protection conference before"
                        + " it; expected the conference first"));
            } else if ((is(i, SECTION_47_ENQUIRY_COMPLETED) || is(i, SECTION_47_MANAGEMENT_OVERSIGHT)) && !section47) {
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
        for (int i = 0; i < events.size(); i++) {
            PositionedEvent<CaseEvent> positioned = events.get(i);
            CaseEvent event = positioned.event();
            if (is(i, BECAME_LOOKED_AFTER)) {
                if (lookedAfter != null) {
                    problems.add(positioned.problem("date", "the child is already looked after since "
                            + lookedAfter.reference() + "; expected that period to cease first"));
                }
                lookedAfter = positioned;
                everLookedAfter = true;
            } else if (is(i, CEASED_LOOKED_AFTER)) {
                if (lookedAfter == null) {
                    problems.add(positioned.problem("date", "the child is not looked after, so cannot cease to be;"
                            + " expected becoming looked after first"));
                }
                lookedAfter = null;
                // Ceasing to be looked after ends the placement too; its own end may still follow that day.
                endedByCeasing = openPlacement;
                ceasedOn = event.date();
                openPlacement = null;
            } else if (is(i, LEGAL_STATUS_CHANGED) && lookedAfter == null) {
                problems.add(positioned.problem("date", "the child is not looked after on " + event.date()
                        + "; expected a legal status to change only during a period of care"));
            } else if (is(i, LOOKED_AFTER_REVIEW) && !everLookedAfter) {
                problems.add(positioned.problem("date", "a looked after review of a child never looked after;"
                        + " expected becoming looked after first"));
            } else if (is(i, PLACEMENT_STARTED)) {
                PlacementStarted started = (PlacementStarted) event;
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
            } else if (is(i, PLACEMENT_ENDED)) {
                PlacementEnded ended = (PlacementEnded) event;
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
        for (int i = 0; i < events.size(); i++) {
            PositionedEvent<CaseEvent> positioned = events.get(i);
            CaseEvent event = positioned.event();
            if (is(i, CHILDS_PLAN_CREATED)) {
                ChildsPlanCreated created = (ChildsPlanCreated) event;
                OpenPlans open = openPlans.computeIfAbsent(created.kind(), kind -> new OpenPlans());
                if (open.contains(created.planId())) {
                    problems.add(positioned.problem("kind", withArticle(planName(created.kind(), created.planId()))
                            + " is already open; expected it to end before another starts"));
                }
                open.open(created.planId());
            } else if (is(i, CHILDS_PLAN_REVIEWED)) {
                ChildsPlanReviewed reviewed = (ChildsPlanReviewed) event;
                requireOpenPlan(positioned, reviewed.kind(), reviewed.planId(), openPlans, "reviews", false);
            } else if (is(i, CHILDS_PLAN_ENDED)) {
                ChildsPlanEnded ended = (ChildsPlanEnded) event;
                requireOpenPlan(positioned, ended.kind(), ended.planId(), openPlans, "ends", true);
            } else if (is(i, CHRONOLOGY_STARTED)) {
                chronology = true;
            } else if ((is(i, CHRONOLOGY_UPDATED) || is(i, CHRONOLOGY_CLOSED)) && !chronology) {
                problems.add(positioned.problem("date", "a chronology that never started; expected it started first"));
            } else if (is(i, PATHWAY_PLAN)) {
                pathwayPlan = true;
            } else if (is(i, PATHWAY_PLAN_REVIEW) && !pathwayPlan) {
                problems.add(positioned.problem("date", "reviews a pathway plan that never started; expected the"
                        + " pathway plan first"));
            } else if (is(i, PRE_PROCEEDINGS_STARTED)) {
                preProceedings = true;
            } else if (is(i, PRE_PROCEEDINGS_ENDED) && !preProceedings) {
                problems.add(positioned.problem("date", "pre-proceedings that never started; expected their start first"));
            }
        }
    }

    private void requireOpenPlan(PositionedEvent<CaseEvent> positioned, ChildsPlanKind kind, Optional<String> planId,
            Map<ChildsPlanKind, OpenPlans> openPlans, String verb, boolean ends) {
        // None of the kind opened yet is as good as none open: kept, so that a case of many reviews makes one.
        OpenPlans open = openPlans.computeIfAbsent(kind, none -> new OpenPlans());
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
        requireEarlier(COURT_DIRECTION_COMPLIED, COURT_DIRECTION_MADE, "directionId",
                e -> Optional.of(((CourtDirectionComplied) e).directionId()),
                e -> Optional.of(((CourtDirectionMade) e).directionId()), true, "court direction");
        for (CaseEventType type : List.of(CARE_PROCEEDINGS_SERVED, CASE_MANAGEMENT_HEARING,
                CARE_PROCEEDINGS_CONCLUDED, CARE_PROCEEDINGS_EXTENDED, COURT_DOCUMENTS_FILED)) {
            requireEarlier(type, CARE_PROCEEDINGS_ISSUED, "proceedingsId", e -> ((CareProceedingsEvent) e).proceedingsId(),
                    e -> ((CareProceedingsEvent) e).proceedingsId(), true, "care proceedings");
        }
        for (CaseEventType type : List.of(PARENTING_ASSESSMENT_MIDWAY_REVIEW,
                PARENTING_ASSESSMENT_SESSIONS_COMPLETED, PARENTING_ASSESSMENT_FINAL_REVIEW,
                PARENTING_ASSESSMENT_REPORT)) {
            requireEarlier(type, PARENTING_ASSESSMENT_STARTED, "assessmentId",
                    e -> ((ParentingAssessmentEvent) e).assessmentId(), e -> ((ParentingAssessmentEvent) e).assessmentId(),
                    true, "parenting assessment started");
        }
        for (CaseEventType type : List.of(PRIVATE_FOSTERING_NETWORK_MEETING,
                PRIVATE_FOSTERING_REVIEW, PRIVATE_FOSTERING_ENDED)) {
            requireEarlier(type, PRIVATE_FOSTERING_NOTIFICATION, "arrangementId",
                    e -> ((PrivateFosteringEvent) e).arrangementId(), e -> ((PrivateFosteringEvent) e).arrangementId(),
                    true, "private fostering arrangement");
        }
        for (CaseEventType type : List.of(VISIT, PROVIDER_CONCERN, DISRUPTION_MEETING)) {
            requireEarlier(type, PLACEMENT_STARTED, "placementId", e -> ((PlacementEvent) e).placementId(),
                    e -> ((PlacementEvent) e).placementId(), false, "placement");
        }
        // A planning meeting may be held before the move it names (regulation 9 prefers it so): the placement it
        // names must be in the case, before or after it.
        requireSomewhere(PLACEMENT_PLANNING_MEETING, PLACEMENT_STARTED, "placementId",
                e -> ((PlacementEvent) e).placementId(), "placement");
        requireEarlier(INDEPENDENT_SCRUTINY_DISCUSSION, CHILDS_PLAN_CREATED, "planId",
                e -> ((IndependentScrutinyDiscussion) e).planId(), e -> ((ChildsPlanCreated) e).planId(), false,
                "child's plan");
        // A direction made again under its own id is the court varying it (DESIGN rule 9): the later one replaces it.
    }

    /** Requires each event of a type that names an id to name one an event of another type carries, anywhere in the case. */
    private void requireSomewhere(CaseEventType type, CaseEventType otherType, String field,
            Function<CaseEvent, Optional<String>> link, String what) {
        if (!present(type)) {
            return;
        }
        Set<Optional<String>> ids = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            if (is(i, otherType)) {
                ids.add(link.apply(events.get(i).event()));
            }
        }
        String otherName = otherType.caseFileName();
        for (int i = 0; i < events.size(); i++) {
            PositionedEvent<CaseEvent> positioned = events.get(i);
            Optional<String> id = is(i, type) ? link.apply(positioned.event()) : Optional.empty();
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
    private void requireEarlier(CaseEventType type, CaseEventType earlierType, String field,
            Function<CaseEvent, Optional<String>> link, Function<CaseEvent, Optional<String>> earlierLink,
            boolean anyWithoutId, String what) {
        if (!present(type)) {
            // Most cases hold few of the linked types: nothing to check, no pass over the events.
            return;
        }
        // The links seen so far, so that each event is checked in constant time.
        Set<Optional<String>> seen = new HashSet<>();

        for (int i = 0; i < events.size(); i++) {
            PositionedEvent<CaseEvent> positioned = events.get(i);
            CaseEvent event = positioned.event();
            if (is(i, type)) {
                Optional<String> id = link.apply(event);
                boolean found = id.isEmpty() ? !seen.isEmpty() : seen.contains(id);
                if ((id.isPresent() || anyWithoutId) && !found) {
                    problems.add(positioned.problem(id.isPresent() ? field : "date", "no " + what
                            + (id.isPresent() ? " with this " + field : "") + " before it; expected the "
                            + earlierType.caseFileName()
                            + " it refers to first"));
                }
            }
            if (is(i, earlierType)) {
                seen.add(earlierLink.apply(event));
            }
        }
    }
}
