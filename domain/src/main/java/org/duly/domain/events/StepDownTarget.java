package org.duly.domain.events;

/**
 * Where a case stepped down from social care went.
 */
public enum StepDownTarget {

    /** A locality targeted early help team. */
    EARLY_HELP,

    /** A partner agency, with support from the Early Help Development Team where agreed. */
    PARTNER_AGENCY
}
