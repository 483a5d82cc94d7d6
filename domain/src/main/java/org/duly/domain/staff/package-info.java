/**
 * Staff, a subject other than a child: a worker's supervision record and, for managers, reflective
 * case review allocations (SUP-1 to SUP-3, RCR-1, RCR-2), in a
 * {@link org.duly.domain.staff.StaffTimeline} checked as a child's timeline is.
 */
@DulyStyle
package org.duly.domain.staff;

import org.duly.domain.value.DulyStyle;
