/**
 * Who does the work: {@link org.duly.domain.workforce.Worker} and
 * {@link org.duly.domain.workforce.WorkerRole}. It sits below the events, which name the role of
 * the worker who visited, and below the staff records, which are about workers.
 */
@DulyStyle
package org.duly.domain.workforce;

import org.duly.domain.value.DulyStyle;
