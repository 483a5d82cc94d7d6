package org.duly.workflows.vocabulary;

import java.util.Optional;
import org.duly.domain.events.BecameLookedAfter;
import org.duly.domain.events.CareProceedingsEvent;
import org.duly.domain.events.ChangeOfCircumstances;
import org.duly.domain.events.ChangeOfCircumstancesReason;
import org.duly.domain.events.ChildsPlanEvent;
import org.duly.domain.events.CourtDirectionComplied;
import org.duly.domain.events.CourtDirectionMade;
import org.duly.domain.events.LegalStatusChanged;
import org.duly.domain.events.ParentingAssessmentEvent;
import org.duly.domain.events.PlacementEvent;
import org.duly.domain.events.PlacementStarted;
import org.duly.domain.events.PrivateFosteringEvent;
import org.duly.domain.staff.ReflectiveCaseReviewAllocated;
import org.duly.domain.staff.ReflectiveCaseReviewCompleted;
import org.duly.timescales.Link;

/**
 * The ids a case file carries to tie records together, as {@link Link}s the catalogue's rules use:
 * only a record for the same placement (or plan, assessment, proceedings, arrangement, direction,
 * review) meets an occurrence that placement started, where both records carry the id.
 */
public final class Links {

    /** A placement's records: its start, end and planning meeting. */
    public static final Link SAME_PLACEMENT = Link.named("placement").reading(PlacementEvent.class, PlacementEvent::placementId);

    /** A child's plan's records: created, reviewed, ended. */
    public static final Link SAME_PLAN = Link.named("plan").reading(ChildsPlanEvent.class, ChildsPlanEvent::planId);

    /** A parenting assessment's records, from allocation to the final report. */
    public static final Link SAME_PARENTING_ASSESSMENT = Link.named("parenting assessment")
            .reading(ParentingAssessmentEvent.class, ParentingAssessmentEvent::assessmentId);

    /** Care proceedings' records: issued, served, the hearings, concluded. */
    public static final Link SAME_PROCEEDINGS = Link.named("proceedings")
            .reading(CareProceedingsEvent.class, CareProceedingsEvent::proceedingsId);

    /** A private fostering arrangement's records: its notification, visits, reviews and end. */
    public static final Link SAME_ARRANGEMENT = Link.named("arrangement")
            .reading(PrivateFosteringEvent.class, PrivateFosteringEvent::arrangementId);

    /** A court direction and what complies with it, or varies it under its own id. */
    public static final Link SAME_DIRECTION = Link.named("court direction")
            .reading(CourtDirectionMade.class, made -> Optional.of(made.directionId()))
            .reading(CourtDirectionComplied.class, complied -> Optional.of(complied.directionId()));

    /** A reflective case review, from allocation to completion. */
    public static final Link SAME_REFLECTIVE_REVIEW = Link.named("review")
            .reading(ReflectiveCaseReviewAllocated.class, allocated -> Optional.of(allocated.reviewId()))
            .reading(ReflectiveCaseReviewCompleted.class, completed -> Optional.of(completed.reviewId()));

    /**
     * A change-of-circumstances record and the change it records, by its reason: coming into care, a
     * placement starting (a move) or a change of legal status. Changes on one day are one occasion,
     * named by the first of these.
     */
    public static final Link SAME_KIND_OF_CHANGE = Link.named("kind of change")
            .reading(BecameLookedAfter.class, entered -> Optional.of(ChangeOfCircumstancesReason.ENTERED_CARE))
            .reading(PlacementStarted.class, moved -> Optional.of(ChangeOfCircumstancesReason.PLACEMENT_MOVE))
            .reading(LegalStatusChanged.class, changed -> Optional.of(ChangeOfCircumstancesReason.LEGAL_STATUS_CHANGE))
            .reading(ChangeOfCircumstances.class, record -> Optional.of(record.reason()));

    private Links() {
    }
}
