/**
 * Facts derived from a child's timeline by pure functions: periods of care and placements
 * ({@link org.duly.domain.care.CareHistory}), the legal status and placement on a date, the care
 * leaver category on a date ({@link org.duly.domain.care.CareLeaverStatus}) and the private
 * fostering definition ({@link org.duly.domain.care.PrivateFostering}). Where the statute or the
 * booklet leaves a point open, the interpretation is written beside the code that makes it.
 *
 * <p>Depends on the timeline ({@code org.duly.domain}); nothing in the domain depends on it.
 */
@DulyStyle
package org.duly.domain.care;

import org.duly.domain.value.DulyStyle;
