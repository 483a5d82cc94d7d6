package org.duly.policies.derbyshire;

import static org.duly.timescales.Timescales.*;
import static org.duly.timescales.period.Periods.*;
import static org.duly.workflows.policy.Rules.rule;
import static org.duly.workflows.vocabulary.CaseEvents.*;
import static org.duly.workflows.vocabulary.Conditions.*;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.duly.domain.events.CaseClosed;
import org.duly.domain.events.ConferenceHeld;
import org.duly.domain.events.ChildsPlanCreated;
import org.duly.domain.events.ChildsPlanEnded;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.Referral;
import org.duly.domain.events.Section47EnquiryCompleted;
import org.duly.domain.events.ServiceArea;
import org.duly.domain.events.SteppedDown;
import org.duly.domain.events.StrategyDiscussion;
import org.duly.domain.events.Visit;
import org.duly.timescales.Anchor;
import org.duly.timescales.Condition;
import org.duly.timescales.Event;
import org.duly.timescales.Facts;
import org.duly.timescales.Reads;
import org.duly.workflows.policy.Citation;
import org.duly.workflows.policy.Instrument;
import org.duly.workflows.policy.Rule;

/**
 * The booklet's section "Children in Need": its key timescales as rules, each with the booklet's own words.
 * Their tables are in {@code ChildrenInNeedRulesTest}.
 */
final class ChildrenInNeed {

    /** The section, as the booklet heads it. */
    static final String SECTION = "Children in Need";

    /**
     * A referral to social care: one made to early help (an early help request) is not in this section. A referral that
     * does not say which service it was made to is read as social care's.
     */
    private static final Event<Referral> REFERRAL_TO_SOCIAL_CARE = REFERRAL.filteredBy(Condition.of("to social care",
            referral -> referral.service().map(service -> service == ServiceArea.SOCIAL_CARE).orElse(true))).called("the referral");

    /** What {@code firstSeenAfterTheReferral} reads: the referrals, closures, strategy discussions and visits. */
    private static final Reads FIRST_SEEN_AFTER_THE_REFERRAL_READS = Reads.of(Referral.class, CaseClosed.class, StrategyDiscussion.class,
            Visit.class).and(CHILD_SEEN_BY_A_SOCIAL_WORKER.reads());
    /** What the visits first seen after a referral are remembered by, in a case's facts. */
    private static final Object FIRST_SEEN_AFTER_A_REFERRAL = new Object();

    /** The child first seen by a social worker after a referral to social care: the visits run from here. */
    private static final Event<Visit> FIRST_SEEN_AFTER_THE_REFERRAL = VISIT.filteredBy(Condition.withFacts(
            "first seeing the child after the referral", FIRST_SEEN_AFTER_THE_REFERRAL_READS, ChildrenInNeed::firstSeenAfterTheReferral))
            .called("the first time a social worker sees the child after the referral");
    /** A child in need plan that starts the visits: no visit since the referral has started them already. */
    private static final Event<ChildsPlanCreated> PLAN_STARTING_THE_VISITS = ChildsSinglePlan.CHILD_IN_NEED_PLAN.filteredBy(
            Condition.withFacts("with no visits running",
                    Reads.of(ChildsPlanEnded.class, SteppedDown.class, CaseClosed.class, Visit.class).and(FIRST_SEEN_AFTER_THE_REFERRAL_READS),
                    ChildrenInNeed::noVisitsRunning))
            .called("the start of the child in need plan, when no visit since the referral has started the visits");

    /** What {@code staysOpen} reads: the closures and steps down. */
    private static final Reads STAYS_OPEN = Reads.of(CaseClosed.class, SteppedDown.class);
    /**
     * A section 47 enquiry ending without a child protection plan, the case staying open: the enquiry concluding that no
     * conference is needed, or an initial conference that made no plan, with the case neither closed nor stepped down that
     * day. The child in need visits resume from here.
     */
    private static final Anchor ENQUIRY_ENDED_WITHOUT_A_PLAN = anyOf("the end of a section 47 enquiry without a child protection"
                    + " plan, the case staying open",
            SECTION_47_COMPLETED.filteredBy(NO_CONFERENCE_NEEDED.and(Condition.withFacts("the case staying open", STAYS_OPEN,
                            (Section47EnquiryCompleted completed, Facts facts) -> staysOpen(completed.date(), facts))))
                    .called("the section 47 enquiry concluding that no conference is needed"),
            ChildProtection.INITIAL_CONFERENCE.filteredBy(WITH_A_PLAN.negate("that made no child protection plan")
                            .and(Condition.withFacts("the case staying open", STAYS_OPEN, (ConferenceHeld held, Facts facts) -> staysOpen(held.date(), facts))))
                    .called("the initial child protection conference that made no plan"));

    private ChildrenInNeed() {
    }

    static List<Rule> rules() {
        return List.of(
                rule("cin.referral-decision", "Decision on the response to a referral")
                        .implementing("CIN-1")
                        .citing(booklet("Within 1 working day of a referral being made, a decision will need to have been"
                                + " made about the type of response required (if an assessment is necessary and at what level)"))
                        .statutory(Instrument.WORKING_TOGETHER, "decision within one working day of a referral")
                        .due(within(workingDays(1)).of(REFERRAL_TO_SOCIAL_CARE))
                        .metBy(REFERRAL_DECISION)
                        .interpretedAs(SOCIAL_CARE_ONLY),
                rule("cin.referral-acknowledged", "Referral acknowledged")
                        .implementing("CIN-1")
                        .citing(booklet("and receipt of the referral will need to be acknowledged"))
                        .statutory(Instrument.WORKING_TOGETHER, "acknowledgement within one working day of a referral")
                        .due(within(workingDays(1)).of(REFERRAL_TO_SOCIAL_CARE))
                        .metBy(REFERRAL_ACKNOWLEDGED)
                        .interpretedAs(SOCIAL_CARE_ONLY),
                rule("cin.child-seen", "Child seen by a social worker")
                        .implementing("CIN-2")
                        .citing(booklet("The child must be seen within 7 working days of the referral being made by a"
                                + " social worker"))
                        .localStandard()
                        .due(within(workingDays(7)).of(REFERRAL_TO_SOCIAL_CARE)
                                .dischargedBy(REFERRAL_DECISION.where(WITHOUT_A_SOCIAL_CARE_RESPONSE)))
                        .metBy(VISIT.where(CHILD_SEEN_BY_A_SOCIAL_WORKER))
                        .interpretedAs("A social worker sees the child when social care responds: not required once the referral"
                                + " decision is early help, a partner agency, information and advice or no further action, even"
                                + " when that decision is recorded after the 7 working days (its lateness is the decision's,"
                                + " cin.referral-decision)."),
                rule("cin.visits", "Child in need visits")
                        .implementing("CIN-3")
                        .citing(booklet("and regularly whilst the case remains open. Frequency of visiting will be bespoke"
                                + " to the level of risk / complexity identified and should occur at least 6 weekly"))
                        .localStandard()
                        .due(first(within(weeks(6)).after(anyOf("the first time a social worker sees the child after"
                                        + " the referral, the start of the child in need plan, or the end of a section 47 enquiry"
                                        + " without a child protection plan", FIRST_SEEN_AFTER_THE_REFERRAL,
                                        PLAN_STARTING_THE_VISITS, ENQUIRY_ENDED_WITHOUT_A_PLAN)))
                                .thenEvery(weeks(6))
                                .until(anyOf("the end of the child in need plan, a step down, the assessment concluding that no"
                                        + " plan is needed, or a section 47 enquiry", "the child in need plan ends, the case steps"
                                        + " down, the assessment concludes that no plan is needed, or a section 47 enquiry starts",
                                        ChildsSinglePlan.CHILD_IN_NEED_PLAN_ENDS,
                                        STEPPED_DOWN, ASSESSMENT_COMPLETED.where(CONCLUDING_NO_PLAN_IS_NEEDED),
                                        STRATEGY_DISCUSSION.where(INITIATED_SECTION_47))))
                        .metBy(VISIT.where(CHILD_SEEN_BY_A_SOCIAL_WORKER))
                        .interpretedAs("\"Regularly whilst the case remains open\": from the first time a social worker sees the"
                                + " child after the referral (cin.child-seen's visit), every visit at most 6 weeks after the last,"
                                + " through the assessment and into the child in need plan, until the plan ends, the case steps"
                                + " down or closes, or the assessment concludes that no plan is needed. A gap between the"
                                + " initial visit and the plan counts like any other. A section 47 enquiry ends them: its visits"
                                + " and a child protection plan's follow the child protection standards.")
                        .interpretedAs("Where no referral or initial visit is recorded, the visits run from the child in need"
                                + " plan: the first within 6 weeks after it.")
                        .interpretedAs("\"Whilst the case remains open\": when the section 47 enquiry ends without a child"
                                + " protection plan (it concludes that no conference is needed, or the initial conference makes"
                                + " no plan) and the case stays open, the visits resume from that day: the first within 6 weeks"
                                + " after it, then every 6 weeks, through any child in need plan that follows. A case closed or"
                                + " stepped down that day owes none.")
                        .interpretedAs("The first of the 6-weekly visits is the one after the visit or plan it counts from (a"
                                + " day to 42 days after it), so the visit that starts them is not counted twice."));
    }

    /** Whether the case stays open after an enquiry ends on a day: not closed or stepped down that day. */
    private static boolean staysOpen(LocalDate day, Facts facts) {
        return facts.occurrences(CaseClosed.class).stream().noneMatch(closed -> closed.date().equals(day))
                && facts.occurrences(SteppedDown.class).stream().noneMatch(down -> down.date().equals(day));
    }

    private static final String SOCIAL_CARE_ONLY = "A referral to social care: an early help request (a referral recorded"
            + " as made to early help) is decided under the early help section's timescales, not this one.";

    /** The latest referral to social care on or before a day. */
    private static Optional<LocalDate> latestReferral(LocalDate day, Facts facts) {
        // Loops, not streams, in what is asked of every visit of every case.
        LocalDate latest = null;
        for (Referral referral : facts.occurrences(Referral.class)) {
            if (referral.service().orElse(ServiceArea.SOCIAL_CARE) == ServiceArea.SOCIAL_CARE && !referral.date().isAfter(day)
                    && (latest == null || referral.date().isAfter(latest))) {
                latest = referral.date();
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * The first visit at which a social worker saw the child on or after the latest referral, the case not closed between;
     * not in a section 47 enquiry, whose visits follow the child protection standards.
     */
    private static boolean firstSeenAfterTheReferral(Visit visit, Facts facts) {
        // Asked of each visit by each plan too: worked out for every visit once per case, by their first visit since each referral.
        return facts.remembered(FIRST_SEEN_AFTER_A_REFERRAL, () -> firstSeenAfterAReferral(facts)).contains(visit);
    }

    /** The visits {@link #firstSeenAfterTheReferral}, by identity: two visits alike on one day are still two. */
    private static Set<Visit> firstSeenAfterAReferral(Facts facts) {
        List<Visit> visits = facts.occurrences(Visit.class);
        Set<Visit> firstSeen = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<LocalDate, Optional<Visit>> firstSeenSince = new HashMap<>();
        for (Visit visit : visits) {
            Optional<LocalDate> referral = latestReferral(visit.date(), facts);
            if (referral.isEmpty() || !startsTheVisits(visit, referral.get(), facts)) {
                continue;
            }
            Optional<Visit> first = firstSeenSince.computeIfAbsent(referral.get(), since -> firstSeenSince(visits, since, facts));
            if (first.isPresent() && first.get() == visit) {
                firstSeen.add(visit);
            }
        }
        return Collections.unmodifiableSet(firstSeen);
    }

    /**
     * Whether a visit after a referral can start the visits: the child seen by a social worker, the case not closed since
     * the referral, and no section 47 enquiry started since it.
     */
    private static boolean startsTheVisits(Visit visit, LocalDate referral, Facts facts) {
        if (!CHILD_SEEN_BY_A_SOCIAL_WORKER.test(visit, facts)) {
            return false;
        }
        for (CaseClosed closed : facts.occurrences(CaseClosed.class)) {
            if (!closed.date().isBefore(referral) && closed.date().isBefore(visit.date())) {
                return false;
            }
        }
        for (StrategyDiscussion discussion : facts.occurrences(StrategyDiscussion.class)) {
            if (discussion.initiatedSection47() && !discussion.date().isBefore(referral) && !discussion.date().isAfter(visit.date())) {
                return false;
            }
        }
        return true;
    }

    /** The first visit on or after a day at which a social worker saw the child. */
    private static Optional<Visit> firstSeenSince(List<Visit> visits, LocalDate since, Facts facts) {
        for (Visit visit : visits) {
            if (!visit.date().isBefore(since) && CHILD_SEEN_BY_A_SOCIAL_WORKER.test(visit, facts)) {
                return Optional.of(visit);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a plan starts the visits: no initial visit since the latest referral, the last child in need plan ending,
     * step down or closure is already running them.
     */
    private static boolean noVisitsRunning(ChildsPlanCreated plan, Facts facts) {
        LocalDate lastEnded = LocalDate.MIN;
        for (ChildsPlanEnded ended : facts.occurrences(ChildsPlanEnded.class)) {
            if (ended.kind() == ChildsPlanKind.CHILD_IN_NEED && !ended.date().isAfter(plan.date()) && ended.date().isAfter(lastEnded)) {
                lastEnded = ended.date();
            }
        }
        for (SteppedDown down : facts.occurrences(SteppedDown.class)) {
            if (!down.date().isAfter(plan.date()) && down.date().isAfter(lastEnded)) {
                lastEnded = down.date();
            }
        }
        for (CaseClosed closed : facts.occurrences(CaseClosed.class)) {
            if (!closed.date().isAfter(plan.date()) && closed.date().isAfter(lastEnded)) {
                lastEnded = closed.date();
            }
        }
        for (Visit visit : facts.occurrences(Visit.class)) {
            if (!visit.date().isAfter(plan.date()) && visit.date().isAfter(lastEnded) && firstSeenAfterTheReferral(visit, facts)) {
                return false;
            }
        }
        return true;
    }

    private static Citation booklet(String words) {
        return Booklet.cite(SECTION, words);
    }
}
