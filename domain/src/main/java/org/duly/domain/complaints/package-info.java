/**
 * Complaints, a subject other than a child: the {@link org.duly.domain.complaints.Complaint} and its
 * events (received, acknowledged, resolved, responded to at each stage, extended with a reason,
 * escalated, heard by a review panel), which a {@code org.duly.domain.ComplaintTimeline} checks as a
 * child's timeline is checked.
 */
@DulyStyle
package org.duly.domain.complaints;

import org.duly.domain.value.DulyStyle;
