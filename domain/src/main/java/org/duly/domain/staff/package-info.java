/**
 * Staff, a subject other than a child: the events of a worker's supervision record and, for
 * managers, reflective case review allocations, which a {@code org.duly.domain.StaffTimeline} checks
 * as a child's timeline is checked.
 */
@DulyStyle
package org.duly.domain.staff;

import org.duly.domain.value.DulyStyle;
