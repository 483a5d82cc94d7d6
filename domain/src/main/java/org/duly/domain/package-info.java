/**
 * A child's case as Duly sees it: the {@link org.duly.domain.Child}, the
 * {@link org.duly.domain.CaseTimeline} of their case events in date order, and the
 * {@link org.duly.domain.TimelineProblem}s found when a timeline is built from a case
 * management system's records. Knows nothing of deadlines; reads no clock, file, network or
 * environment.
 *
 * <p>Packages depend one way: {@code value} and {@code workforce} at the bottom, then
 * {@code events}, then this package, then {@code care}, {@code complaints} and {@code staff}.
 */
@DulyStyle
package org.duly.domain;

import org.duly.domain.value.DulyStyle;
