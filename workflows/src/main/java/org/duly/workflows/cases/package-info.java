/**
 * The facts of a subject's case as the engine reads them on an evaluation date: its events and
 * single-valued facts (the date of birth, the care history, the care leaver status), derived from a
 * domain timeline by {@link org.duly.workflows.cases.CaseFacts#of(org.duly.domain.Timeline, java.time.LocalDate)}.
 * The fact constants ({@link org.duly.workflows.cases.ChildFacts#DATE_OF_BIRTH} and
 * the others) are what rules count from.
 */
package org.duly.workflows.cases;
