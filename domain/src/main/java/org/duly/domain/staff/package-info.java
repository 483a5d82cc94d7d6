/**
 * Staff, a subject other than a child: a worker's supervision record and, for managers, reflective
 * case review allocations, in a
 * {@link org.duly.domain.staff.StaffTimeline} checked as a child's timeline is.
 */
@DulyStyle
package org.duly.domain.staff;

import org.duly.domain.value.DulyStyle;
