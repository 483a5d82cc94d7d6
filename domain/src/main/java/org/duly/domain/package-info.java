/**
 * Immutable case types: the child, case events, episodes, placements, legal statuses, complaints.
 * Knows nothing of deadlines; reads no clock, file, network or environment.
 */
package org.duly.domain;
