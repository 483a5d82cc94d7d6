package org.duly.domain.complaints;

/** A stage of the complaints procedure. A corporate complaint has stages 1 and 2 only. */
public enum ComplaintStage {

    /** Stage 1, local resolution: 10 working days for a statutory complaint, 28 days for a corporate one. */
    STAGE_1,

    /** Stage 2, investigation: 25 working days, extendable to 65 for a statutory complaint. */
    STAGE_2,

    /** Stage 3, the review panel of a statutory complaint: within 30 working days of the request. */
    REVIEW_PANEL
}
