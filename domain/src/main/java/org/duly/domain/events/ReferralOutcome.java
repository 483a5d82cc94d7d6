package org.duly.domain.events;

/**
 * What a referral decision decided (CIN-1): the type of response the referral needs.
 */
public enum ReferralOutcome {

    /** A single assessment by a social worker (EHSA-1, EHSA-2, EHSA-4, CIN-4). */
    SINGLE_ASSESSMENT,

    /** An early help assessment (EHSA-3, EH-1, EH-2). */
    EARLY_HELP_ASSESSMENT,

    /** A strategy discussion, because the child may be suffering significant harm (CP-1). */
    STRATEGY_DISCUSSION,

    /** Support from a partner agency, with no assessment by the council. */
    REFERRAL_TO_PARTNER_AGENCY,

    /** Information and advice only. */
    INFORMATION_AND_ADVICE,

    /** No further action. */
    NO_FURTHER_ACTION
}
