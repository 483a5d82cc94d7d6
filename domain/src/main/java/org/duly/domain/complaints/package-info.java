/**
 * Complaints, a subject other than a child: the {@link org.duly.domain.complaints.Complaint}, its
 * events (received, acknowledged, resolved, responded to at each stage, extended with a reason,
 * escalated, heard by a review panel) and the {@link org.duly.domain.complaints.ComplaintTimeline}
 * that checks them as a child's timeline is checked.
 */
@DulyStyle
package org.duly.domain.complaints;

import org.duly.domain.value.DulyStyle;
