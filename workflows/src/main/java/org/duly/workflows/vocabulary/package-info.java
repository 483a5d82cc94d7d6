/**
 * The words of English children's social care that any council's rules use: the events a timescale
 * counts from or is met by ({@link org.duly.workflows.vocabulary.CaseEvents}: "the strategy
 * discussion", "becoming looked after") and the conditions that narrow them or choose an interval
 * ({@link org.duly.workflows.vocabulary.Conditions}: "that initiated section 47 enquiries", "under 5").
 * They bind the domain's case events to the timescale DSL, so a rule reads like the booklet:
 * {@code within(workingDays(15)).of(STRATEGY_DISCUSSION.where(INITIATED_SECTION_47))}.
 */
package org.duly.workflows.vocabulary;
