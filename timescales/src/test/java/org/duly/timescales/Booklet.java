package org.duly.timescales;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.duly.timescales.period.Age;
import org.duly.timescales.period.LeapDayBirthdays;

/**
 * Occurrences and events shaped like the practice standards booklet's, for testing the DSL. The
 * timescales module knows nothing of social care; these exist only in its tests.
 */
final class Booklet {

    private Booklet() {
    }

    record Referral(LocalDate date) {
    }

    record StrategyDiscussion(LocalDateTime dateTime, boolean section47) {
        LocalDate date() {
            return dateTime.toLocalDate();
        }
    }

    enum Kind { INITIAL, REVIEW }

    record Conference(LocalDate date, Kind kind, boolean preBirth) {
    }

    record ReportShared(LocalDate date, LocalDate conferenceDate) {
    }

    record Birth(LocalDate date) {
    }

    record BecameLookedAfter(LocalDate date) {
    }

    record CeasedLookedAfter(LocalDate date) {
    }

    record LookedAfterReview(LocalDate date) {
    }

    record HealthAssessment(LocalDate date) {
    }

    record ApplicationIssued(LocalDate date) {
    }

    record Hearing(LocalDate date) {
    }

    record LeavingCareReferral(LocalDate date) {
    }

    record Concern(LocalDateTime dateTime) {
        LocalDate date() {
            return dateTime.toLocalDate();
        }
    }

    record ChildSeen(LocalDate date, Optional<LocalDateTime> dateTime) {
    }

    record CourtDirection(LocalDate date, LocalDate dueDate) {
    }

    record Filed(LocalDate date) {
    }

    record Sdq(LocalDate date) {
    }

    record Meeting(LocalDate date) {
    }

    record PlacementStarted(LocalDate date, boolean fourWeekly) {
    }

    record PlanStarted(LocalDate date) {
    }

    record PlanEnded(LocalDate date) {
    }

    record AdoptionOrder(LocalDate date) {
    }

    record BookGiven(LocalDate date) {
    }

    record Visit(LocalDate date) {
    }

    static final Fact<LocalDate> DATE_OF_BIRTH = Fact.of("the date of birth", LocalDate.class);
    static final Fact<LocalDate> EXPECTED_DATE_OF_DELIVERY = Fact.of("the expected date of delivery", LocalDate.class);

    static final Event<Referral> REFERRAL = Event.of("the referral", Referral.class, Referral::date);
    static final Event<StrategyDiscussion> STRATEGY_DISCUSSION =
            Event.of("the strategy discussion", StrategyDiscussion.class, StrategyDiscussion::date)
                    .withDateTime(discussion -> Optional.of(discussion.dateTime()));
    static final Condition<StrategyDiscussion> INITIATED_SECTION_47 =
            Condition.of("that initiated section 47 enquiries", StrategyDiscussion::section47);
    static final Event<Conference> CONFERENCE = Event.of("the conference", Conference.class, Conference::date);
    static final Condition<Conference> INITIAL = Condition.of("(initial)", conference -> conference.kind() == Kind.INITIAL);
    static final Condition<Conference> REVIEW = Condition.of("(review)", conference -> conference.kind() == Kind.REVIEW);
    static final Event<Conference> INITIAL_CONFERENCE = CONFERENCE.filteredBy(INITIAL).called("the initial conference");
    static final Event<Conference> REVIEW_CONFERENCE = CONFERENCE.filteredBy(REVIEW).called("the review conference");
    static final Event<Conference> PRE_BIRTH_CONFERENCE =
            INITIAL_CONFERENCE.where(Condition.of("held before the birth", Conference::preBirth));
    static final Event<ReportShared> REPORT_SHARED = Event.of("the report shared", ReportShared.class, ReportShared::date);
    static final Event<Birth> BIRTH = Event.of("the birth", Birth.class, Birth::date);
    static final Event<BecameLookedAfter> BECAME_LOOKED_AFTER =
            Event.of("becoming looked after", BecameLookedAfter.class, BecameLookedAfter::date);
    static final Event<CeasedLookedAfter> CEASED_LOOKED_AFTER =
            Event.of("ceasing to be looked after", CeasedLookedAfter.class, CeasedLookedAfter::date);
    static final Event<LookedAfterReview> LOOKED_AFTER_REVIEW =
            Event.of("the looked after review", LookedAfterReview.class, LookedAfterReview::date);
    static final Event<HealthAssessment> HEALTH_ASSESSMENT =
            Event.of("the health assessment", HealthAssessment.class, HealthAssessment::date);
    static final Event<ApplicationIssued> APPLICATION_ISSUED =
            Event.of("the application", ApplicationIssued.class, ApplicationIssued::date);
    static final Event<Hearing> HEARING = Event.of("the case management hearing", Hearing.class, Hearing::date);
    static final Event<LeavingCareReferral> LEAVING_CARE_REFERRAL =
            Event.of("the referral to the leaving care team", LeavingCareReferral.class, LeavingCareReferral::date);
    static final Event<Concern> CONCERN = Event.of("the concern of significant harm", Concern.class, Concern::date)
            .withDateTime(concern -> Optional.of(concern.dateTime()));
    static final Event<ChildSeen> CHILD_SEEN = Event.of("the child seen alone", ChildSeen.class, ChildSeen::date)
            .withDateTime(ChildSeen::dateTime);
    static final Event<CourtDirection> COURT_DIRECTION = Event.of("the court direction", CourtDirection.class, CourtDirection::date);
    static final Event<Filed> FILED = Event.of("the filing", Filed.class, Filed::date);
    static final Event<Sdq> SDQ = Event.of("the SDQ", Sdq.class, Sdq::date);
    static final Event<Meeting> MEETING = Event.of("the improvement cycle meeting", Meeting.class, Meeting::date);

    static final Event<PlacementStarted> PLACEMENT_STARTED =
            Event.of("the start of the placement", PlacementStarted.class, PlacementStarted::date);
    static final Event<Visit> VISIT = Event.of("the visit", Visit.class, Visit::date);
    /** The placement on a date is one visited 4-weekly: the latest placement started on or before it. */
    static final When IN_A_FOUR_WEEKLY_PLACEMENT = When.of("in a 4-weekly placement",
            (date, facts) -> facts.occurrences(PlacementStarted.class).stream()
                    .filter(placement -> !placement.date().isAfter(date))
                    .reduce((earlier, later) -> later)
                    .map(PlacementStarted::fourWeekly).orElse(false));

    static final Event<PlanStarted> PLAN_STARTED = Event.of("the plan starting", PlanStarted.class, PlanStarted::date);
    static final Event<PlanEnded> PLAN_ENDED = Event.of("the plan ending", PlanEnded.class, PlanEnded::date);
    static final Event<AdoptionOrder> ADOPTION_ORDER = Event.of("the adoption order", AdoptionOrder.class, AdoptionOrder::date);
    static final Event<BookGiven> BOOK_GIVEN = Event.of("the life story book given", BookGiven.class, BookGiven::date);
    static final Fact<LocalDate> BECAME_ELIGIBLE = Fact.of("the date of becoming eligible", LocalDate.class);

    static final When UNDER_FIVE = When.of("under 5", (date, facts) ->
            !Age.of(5).reachedOn(facts.require(DATE_OF_BIRTH, "to tell whether the child is under 5"), date,
                    LeapDayBirthdays.MARCH_1));

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
