/**
 * The ground every Duly value type stands on: the exception a value's own invariant throws
 * ({@link org.duly.domain.value.InvalidValueException}), how Duly spells an enum value in a case
 * file and in English ({@link org.duly.domain.value.Spelling}), and the project-wide Immutables
 * style ({@link org.duly.domain.value.DulyStyle}, internal to Duly), and who holds a subject's work
 * ({@link org.duly.domain.value.Allocated}: a team and a worker, by id). Depends on nothing in Duly but
 * {@code org.duly.timescales.annotations}.
 */
@DulyStyle
package org.duly.domain.value;
