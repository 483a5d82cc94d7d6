package org.duly.domain.events;

/**
 * The service a referral was made to.
 */
public enum ServiceArea {

    /** Children's social care. */
    SOCIAL_CARE,

    /** Early help. */
    EARLY_HELP
}
