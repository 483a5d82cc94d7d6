/**
 * The subjects' records as Duly sees them: the {@link org.duly.domain.Timeline} of a subject's
 * events in date order, one of a child's case ({@link org.duly.domain.CaseTimeline} of a
 * {@link org.duly.domain.Child}), a complaint ({@link org.duly.domain.ComplaintTimeline}) or a
 * worker's supervision ({@link org.duly.domain.StaffTimeline}); and the
 * {@link org.duly.domain.TimelineProblem}s found when a timeline is checked, every one at once, as
 * a {@link org.duly.domain.Checked} value or an {@link org.duly.domain.InvalidTimelineException}.
 * A reader of records hands what it read to a timeline's {@code check} as a
 * {@link org.duly.domain.TimelineDraft}. Knows nothing of deadlines; reads no clock, file, network
 * or environment.
 *
 * <p>Packages depend one way: {@code value} and {@code workforce} at the bottom, then
 * {@code events} (a child's case events, and what every event shares), then {@code complaints} and
 * {@code staff} (their events), then this package (the timelines), then {@code care}.
 */
@DulyStyle
package org.duly.domain;

import org.duly.domain.value.DulyStyle;
