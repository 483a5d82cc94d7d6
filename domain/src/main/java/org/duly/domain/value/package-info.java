/**
 * The ground every Duly value type stands on: the project-wide Immutables style
 * ({@link org.duly.domain.value.DulyStyle}) and the exception a value's own invariant throws.
 * Depends on nothing else in Duly.
 */
@DulyStyle
package org.duly.domain.value;
