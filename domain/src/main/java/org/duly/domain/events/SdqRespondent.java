package org.duly.domain.events;

/**
 * Who a strengths and difficulties questionnaire was sent to.
 */
public enum SdqRespondent {

    /** The carer. */
    CARER,

    /** The school or other education provider. */
    EDUCATION_PROVIDER,

    /** The young person, for a self-report from age 11. */
    YOUNG_PERSON
}
