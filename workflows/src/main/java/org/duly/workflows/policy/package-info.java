/**
 * Policies: rules written in a DSL that reads like a council's practice standards, their spec sheet
 * (the timescales of the document they implement, by id and area), versions in force from a date,
 * and policies derived from a template with labelled overrides, additions and removals. Knows no
 * particular council: a council's policy lives in a module of its own.
 *
 * <h2>Grammar of a rule</h2>
 * Each arrow is a method; only the finished rule is a value, so a half-written rule does not compile.
 * <pre>
 * rule(id, title) .implementing(specId, ...) .citing(document, section, words)
 *     .statutory(instrument, provision) | .localStandard()
 *     .due(timescale) .metBy(event | fulfilment)                    -&gt; <b>Rule</b>
 *     [ .appliesWhen(condition) ] [ .interpretedAs(note) ] ...
 * </pre>
 *
 * <pre>{@code
 * Rule icpc = rule("cp.icpc", "Initial child protection conference")
 *     .implementing("CP-2")
 *     .citing("Northshire Practice Standards", "Child Protection", "within 15 working days of the strategy discussion")
 *     .statutory(Instrument.WORKING_TOGETHER, "initial child protection conferences")
 *     .due(within(workingDays(15)).of(STRATEGY_DISCUSSION.where(INITIATED_SECTION_47)))
 *     .metBy(CONFERENCE_HELD.where(conferenceHeld(ConferenceKind.INITIAL)));
 * Policy policy = Policy.builder("Northshire practice standards", "2025-01").rule(icpc).build();
 * }</pre>
 */
package org.duly.workflows.policy;
