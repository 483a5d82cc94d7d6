package org.duly.domain.events;

/**
 * How pre-proceedings under the Public Law Outline ended.
 */
public enum PreProceedingsOutcome {

    /** The case was diverted from proceedings. */
    DIVERTED_FROM_PROCEEDINGS,

    /** Care proceedings were issued. */
    CARE_PROCEEDINGS_ISSUED
}
