package org.duly.domain.events;

/**
 * What a referral decision decided: the type of response the referral needs.
 */
public enum ReferralOutcome {

    /** A single assessment by a social worker. */
    SINGLE_ASSESSMENT,

    /** An early help assessment. */
    EARLY_HELP_ASSESSMENT,

    /** A strategy discussion, because the child may be suffering significant harm. */
    STRATEGY_DISCUSSION,

    /** Support from a partner agency, with no assessment by the council. */
    REFERRAL_TO_PARTNER_AGENCY,

    /** Information and advice only. */
    INFORMATION_AND_ADVICE,

    /** No further action. */
    NO_FURTHER_ACTION
}
