package org.duly.domain.events;

import java.util.Optional;

/**
 * An event of a parenting assessment, naming the assessment it belongs to where
 * more than one runs at a time.
 */
public interface ParentingAssessmentEvent extends CaseEvent {

    /**
     * The identifier of the assessment, where more than one runs at a time (one per parent).
     *
     * @return the assessment id, or empty when the child has one assessment at a time
     */
    Optional<String> assessmentId();
}
