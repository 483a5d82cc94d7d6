package org.duly.testkit;

import static org.duly.testkit.Dates.date;
import static org.duly.testkit.Dates.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Child;
import org.duly.domain.events.AssessmentKind;
import org.duly.domain.events.AssessmentSignedOff;
import org.duly.domain.events.BecameLookedAfter;
import org.duly.domain.events.CaseClosed;
import org.duly.domain.events.CaseEvent;
import org.duly.domain.events.CeasedLookedAfter;
import org.duly.domain.events.ChildsPlanCreated;
import org.duly.domain.events.ChildsPlanEnded;
import org.duly.domain.events.ChildsPlanKind;
import org.duly.domain.events.ChildsPlanReviewed;
import org.duly.domain.events.ConferenceHeld;
import org.duly.domain.events.ConferenceKind;
import org.duly.domain.events.CoreGroupMeeting;
import org.duly.domain.events.HealthAssessment;
import org.duly.domain.events.HealthAssessmentKind;
import org.duly.domain.events.LegalStatus;
import org.duly.domain.events.LookedAfterReview;
import org.duly.domain.events.PlacementEnded;
import org.duly.domain.events.PlacementStarted;
import org.duly.domain.events.PlacementType;
import org.duly.domain.events.Referral;
import org.duly.domain.events.ReferralDecision;
import org.duly.domain.events.ReferralOutcome;
import org.duly.domain.events.SignificantHarmConcern;
import org.duly.domain.events.StrategyDiscussion;
import org.duly.domain.events.Visit;
import org.duly.domain.events.VisitPurpose;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.policy.Policy;

/**
 * A child's case for a test, written as the case happened, one event at a time, in date order:
 *
 * <pre>{@code
 * Schedule schedule = ChildCase.child("C-1").bornOn("2015-06-01")
 *     .referral("2024-03-01")
 *     .strategyDiscussion("2024-03-04T10:00", true)
 *     .initialConference("2024-03-22")
 *     .schedule("2024-04-01", policy);
 * assertThat(schedule).obligation("cp.icpc").isMet();
 * }</pre>
 *
 * <p>The common events have a method each; any other goes in with {@link #with(CaseEvent...)},
 * built with the domain's own builders, and so does an event of the application's own types. A placement started while another is open ends that one
 * first, as practice records a move. Building checks the timeline as the domain does and fails with
 * every problem at once.
 *
 * <p>Not thread-safe: build on one thread.
 */
public final class ChildCase {

    private final Child.Builder child;
    private final List<CaseEvent> events = new ArrayList<>();
    private boolean placed;

    private ChildCase(String id) {
        this.child = Child.builder().id(Objects.requireNonNull(id, "id"));
    }

    /**
     * Starts a child's case.
     *
     * <p>Example:
     * <pre>{@code
     * ChildCase.child("C-1").bornOn("2015-06-01");
     * }</pre>
     *
     * @param id the child's id
     * @return the case
     */
    public static ChildCase child(String id) {
        return new ChildCase(id);
    }

    /**
     * The child's date of birth.
     *
     * <p>Example:
     * <pre>{@code
     * ChildCase.child("C-1").bornOn("2015-06-01");
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @return this case
     */
    public ChildCase bornOn(String date) {
        child.dateOfBirth(date(date));
        return this;
    }

    /**
     * An unborn child's expected date of delivery.
     *
     * <p>Example:
     * <pre>{@code
     * ChildCase.child("C-2").unbornDueOn("2024-09-01");
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @return this case
     */
    public ChildCase unbornDueOn(String date) {
        child.expectedDateOfDelivery(date(date));
        return this;
    }

    /**
     * The child's name, to check it never appears where it must not.
     *
     * <p>Example:
     * <pre>{@code
     * ChildCase.child("C-1").named("Ada Lovelace");
     * }</pre>
     *
     * @param name the name
     * @return this case
     */
    public ChildCase named(String name) {
        child.name(name);
        return this;
    }

    /**
     * The child is disabled.
     *
     * <p>Example:
     * <pre>{@code
     * ChildCase.child("C-1").bornOn("2010-01-01").disabled();
     * }</pre>
     *
     * @return this case
     */
    public ChildCase disabled() {
        child.disabled(true);
        return this;
    }

    /**
     * The child has special educational needs.
     *
     * <p>Example:
     * <pre>{@code
     * ChildCase.child("C-1").bornOn("2010-01-01").specialEducationalNeeds();
     * }</pre>
     *
     * @return this case
     */
    public ChildCase specialEducationalNeeds() {
        child.specialEducationalNeeds(true);
        return this;
    }

    /**
     * The child has complex needs.
     *
     * <p>Example:
     * <pre>{@code
     * ChildCase.child("C-1").bornOn("2010-01-01").complexNeeds();
     * }</pre>
     *
     * @return this case
     */
    public ChildCase complexNeeds() {
        child.complexNeeds(true);
        return this;
    }

    /**
     * The young person is likely to need adult services.
     *
     * <p>Example:
     * <pre>{@code
     * ChildCase.child("C-1").bornOn("2010-01-01").likelyToNeedAdultServices();
     * }</pre>
     *
     * @return this case
     */
    public ChildCase likelyToNeedAdultServices() {
        child.likelyToNeedAdultServices(true);
        return this;
    }

    /**
     * Any events, in date order: Duly's own, built with the domain's builders, or an application's
     * own (a record implementing {@code CaseEvent} whose {@code eventType()} returns the type it
     * declared with {@code EventType.of}).
     *
     * <p>Example:
     * <pre>{@code
     * kase.with(Section47EnquiryStarted.builder().date(LocalDate.parse("2024-03-05")).build());
     * kase.with(new ChildReturned("M-1", LocalDate.parse("2025-02-20"), Optional.of(LocalTime.parse("22:15"))));
     * }</pre>
     *
     * @param more the events
     * @return this case
     */
    public ChildCase with(CaseEvent... more) {
        for (CaseEvent event : more) {
            events.add(Objects.requireNonNull(event, "event"));
            if (event instanceof BecameLookedAfter) {
                placed = false;
            }
        }
        return this;
    }

    /**
     * A referral.
     *
     * <p>Example:
     * <pre>{@code
     * kase.referral("2024-03-01");
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @return this case
     */
    public ChildCase referral(String date) {
        return with(Referral.builder().date(date(date)).time(time(date)).build());
    }

    /**
     * The decision on a referral.
     *
     * <p>Example:
     * <pre>{@code
     * kase.referralDecision("2024-03-01", ReferralOutcome.SINGLE_ASSESSMENT);
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @param outcome the outcome
     * @return this case
     */
    public ChildCase referralDecision(String date, ReferralOutcome outcome) {
        return with(ReferralDecision.builder().date(date(date)).outcome(outcome).build());
    }

    /**
     * A concern of significant harm, with its time.
     *
     * <p>Example:
     * <pre>{@code
     * kase.significantHarmConcern("2024-03-01T09:00");
     * }</pre>
     *
     * @param dateTime YYYY-MM-DDTHH:MM
     * @return this case
     */
    public ChildCase significantHarmConcern(String dateTime) {
        return with(SignificantHarmConcern.builder().date(date(dateTime)).time(time(dateTime)).build());
    }

    /**
     * A strategy discussion.
     *
     * <p>Example:
     * <pre>{@code
     * kase.strategyDiscussion("2024-03-01T14:00", true);
     * }</pre>
     *
     * @param dateTime YYYY-MM-DD, or YYYY-MM-DDTHH:MM
     * @param initiatedSection47 whether it initiated section 47 enquiries
     * @return this case
     */
    public ChildCase strategyDiscussion(String dateTime, boolean initiatedSection47) {
        return with(StrategyDiscussion.builder().date(date(dateTime)).time(time(dateTime)).initiatedSection47(initiatedSection47).build());
    }

    /**
     * An initial child protection conference held, at which a child protection plan was made.
     *
     * <p>Example:
     * <pre>{@code
     * kase.initialConference("2024-03-22");
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @return this case
     */
    public ChildCase initialConference(String date) {
        return with(ConferenceHeld.builder().date(date(date)).kind(ConferenceKind.INITIAL).build(),
                ChildsPlanCreated.builder().date(date(date)).kind(ChildsPlanKind.CHILD_PROTECTION).build());
    }

    /**
     * A pre-birth initial conference held, at which a child protection plan was made.
     *
     * <p>Example:
     * <pre>{@code
     * kase.preBirthConference("2024-05-20");
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @return this case
     */
    public ChildCase preBirthConference(String date) {
        return with(ConferenceHeld.builder().date(date(date)).kind(ConferenceKind.INITIAL).preBirth(true).build(),
                ChildsPlanCreated.builder().date(date(date)).kind(ChildsPlanKind.CHILD_PROTECTION).build());
    }

    /**
     * A review child protection conference held.
     *
     * <p>Example:
     * <pre>{@code
     * kase.reviewConference("2024-06-20");
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @return this case
     */
    public ChildCase reviewConference(String date) {
        return with(ConferenceHeld.builder().date(date(date)).kind(ConferenceKind.REVIEW).build());
    }

    /**
     * A core group meeting.
     *
     * <p>Example:
     * <pre>{@code
     * kase.coreGroup("2024-04-05");
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @return this case
     */
    public ChildCase coreGroup(String date) {
        return with(CoreGroupMeeting.builder().date(date(date)).build());
    }

    /**
     * A child's plan created.
     *
     * <p>Example:
     * <pre>{@code
     * kase.planCreated("2024-04-05", ChildsPlanKind.CHILD_IN_NEED);
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @param kind the kind of plan
     * @return this case
     */
    public ChildCase planCreated(String date, ChildsPlanKind kind) {
        return with(ChildsPlanCreated.builder().date(date(date)).kind(kind).build());
    }

    /**
     * A child's plan reviewed.
     *
     * <p>Example:
     * <pre>{@code
     * kase.planReviewed("2024-05-10", ChildsPlanKind.CHILD_IN_NEED);
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @param kind the kind of plan
     * @return this case
     */
    public ChildCase planReviewed(String date, ChildsPlanKind kind) {
        return with(ChildsPlanReviewed.builder().date(date(date)).kind(kind).build());
    }

    /**
     * A child's plan ended.
     *
     * <p>Example:
     * <pre>{@code
     * kase.planEnded("2024-09-10", ChildsPlanKind.CHILD_IN_NEED);
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @param kind the kind of plan
     * @return this case
     */
    public ChildCase planEnded(String date, ChildsPlanKind kind) {
        return with(ChildsPlanEnded.builder().date(date(date)).kind(kind).build());
    }

    /**
     * An assessment signed off and shared with the family.
     *
     * <p>Example:
     * <pre>{@code
     * kase.assessmentSignedOff("2024-04-30", AssessmentKind.SINGLE_ASSESSMENT);
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @param kind the kind of assessment
     * @return this case
     */
    public ChildCase assessmentSignedOff(String date, AssessmentKind kind) {
        return with(AssessmentSignedOff.builder().date(date(date)).kind(kind).sharedWithFamily(true).build());
    }

    /**
     * A visit at which the child was seen, not alone.
     *
     * <p>Example:
     * <pre>{@code
     * kase.visit("2024-03-05", VisitPurpose.LOOKED_AFTER);
     * }</pre>
     *
     * @param dateTime YYYY-MM-DD, or YYYY-MM-DDTHH:MM
     * @param purpose what the visit was for
     * @return this case
     */
    public ChildCase visit(String dateTime, VisitPurpose purpose) {
        return with(Visit.builder().date(date(dateTime)).time(time(dateTime)).purpose(purpose).childSeen(true).seenAlone(false).build());
    }

    /**
     * A visit at which the child was seen and spoken to alone.
     *
     * <p>Example:
     * <pre>{@code
     * kase.visitSeenAlone("2024-03-05T09:30", VisitPurpose.CHILD_PROTECTION);
     * }</pre>
     *
     * @param dateTime YYYY-MM-DD, or YYYY-MM-DDTHH:MM
     * @param purpose what the visit was for
     * @return this case
     */
    public ChildCase visitSeenAlone(String dateTime, VisitPurpose purpose) {
        return with(Visit.builder().date(date(dateTime)).time(time(dateTime)).purpose(purpose).childSeen(true).seenAlone(true).build());
    }

    /**
     * Becoming looked after.
     *
     * <p>Example:
     * <pre>{@code
     * kase.becameLookedAfter("2024-02-05", LegalStatus.SECTION_20);
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @param status the legal status
     * @return this case
     */
    public ChildCase becameLookedAfter(String date, LegalStatus status) {
        return with(BecameLookedAfter.builder().date(date(date)).legalStatus(status).build());
    }

    /**
     * A placement starting; a placement still open ends the same day first.
     *
     * <p>Example:
     * <pre>{@code
     * kase.placement("2024-02-05", PlacementType.LOCAL_AUTHORITY_FOSTER_CARE);
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @param type the type of placement
     * @return this case
     */
    public ChildCase placement(String date, PlacementType type) {
        if (placed) {
            events.add(PlacementEnded.builder().date(date(date)).build());
        }
        events.add(PlacementStarted.builder().date(date(date)).placementType(type).build());
        placed = true;
        return this;
    }

    /**
     * Ceasing to be looked after; the open placement ends with it.
     *
     * <p>Example:
     * <pre>{@code
     * kase.ceasedLookedAfter("2024-09-30");
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @return this case
     */
    public ChildCase ceasedLookedAfter(String date) {
        events.add(CeasedLookedAfter.builder().date(date(date)).build());
        placed = false;
        return this;
    }

    /**
     * A looked after review held.
     *
     * <p>Example:
     * <pre>{@code
     * kase.lookedAfterReview("2024-03-01");
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @return this case
     */
    public ChildCase lookedAfterReview(String date) {
        return with(LookedAfterReview.builder().date(date(date)).build());
    }

    /**
     * A health assessment.
     *
     * <p>Example:
     * <pre>{@code
     * kase.healthAssessment("2024-02-26");
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @return this case
     */
    public ChildCase healthAssessment(String date) {
        boolean first = events.stream().noneMatch(HealthAssessment.class::isInstance);
        return with(HealthAssessment.builder().date(date(date))
                .kind(first ? HealthAssessmentKind.INITIAL : HealthAssessmentKind.REVIEW).build());
    }

    /**
     * The case closing.
     *
     * <p>Example:
     * <pre>{@code
     * kase.closed("2024-12-20");
     * }</pre>
     *
     * @param date YYYY-MM-DD
     * @return this case
     */
    public ChildCase closed(String date) {
        return with(CaseClosed.builder().date(date(date)).build());
    }

    /**
     * The timeline, checked as the domain checks it.
     *
     * <p>Example:
     * <pre>{@code
     * CaseTimeline timeline = kase.timeline();
     * }</pre>
     *
     * @return the timeline
     * @throws AssertionError listing every problem, when the events do not make a valid timeline
     */
    public CaseTimeline timeline() {
        Child built = child.build();
        return ValidTimelines.valid(CaseTimeline.check(built, events), "the case");
    }

    /**
     * The schedule under a policy, on the policy's calendar. For a test on a fixed calendar, give the
     * policy that calendar.
     *
     * <p>Example:
     * <pre>{@code
     * Schedule schedule = kase.schedule("2024-04-01", localPolicy);
     * Schedule fixed = kase.schedule("2024-04-01", localPolicy.withCalendar(TestCalendars.weekendsOnly()));
     * }</pre>
     *
     * @param asOf the evaluation date, YYYY-MM-DD
     * @param policy the policy
     * @return the schedule
     */
    public Schedule schedule(String asOf, Policy policy) {
        return Engine.create().evaluate(timeline(), policy, LocalDate.parse(asOf));
    }

    /** The events so far, for tests of the builder. */
    List<CaseEvent> events() {
        return List.copyOf(events);
    }

    /** The child so far, for tests of the builder. */
    Optional<LocalDate> dateOfBirth() {
        return child.build().dateOfBirth();
    }
}
