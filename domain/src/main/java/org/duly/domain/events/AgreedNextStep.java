package org.duly.domain.events;

/**
 * The next step agreed between the Senior Early Help Practitioner and the social care Team Manager after
 * escalating need or risk in an early help case.
 */
public enum AgreedNextStep {

    /** Step up to social care for a single assessment. */
    STEP_UP,

    /** A joint visit to the family by the Early Help Practitioner and a duty social worker. */
    JOINT_VISIT,

    /** No further action. */
    NO_FURTHER_ACTION
}
