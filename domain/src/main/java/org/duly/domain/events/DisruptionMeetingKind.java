package org.duly.domain.events;

/**
 * Which meeting the commissioning team held about a placement with concerns.
 */
public enum DisruptionMeetingKind {

    /** A provider challenge meeting. */
    PROVIDER_CHALLENGE,

    /** A placement disruption meeting, after a placement broke down. */
    PLACEMENT_DISRUPTION
}
