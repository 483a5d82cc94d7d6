/**
 * The engine: a subject's timeline, a policy and an evaluation date in, a
 * {@link org.duly.workflows.engine.Schedule} out, every entry with its due date, status and
 * explanation; and {@link org.duly.workflows.engine.ScheduleSummary}, a schedule or a caseload counted
 * as councils report timeliness. Pure: it reads no clock, file, network or environment; the caller says
 * what "today" is.
 *
 * <pre>{@code
 * Schedule schedule = Engine.create().evaluate(timeline, policy, LocalDate.parse("2024-09-10"));
 * schedule.entries().forEach(entry -> System.out.println(entry + ": " + entry.explanationInEnglish()));
 * }</pre>
 */
package org.duly.workflows.engine;
