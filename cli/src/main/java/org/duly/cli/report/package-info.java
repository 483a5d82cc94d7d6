/**
 * Renderings of schedules for people and programs: one subject's schedule as a terminal table,
 * CSV, JSON, iCalendar or a self-contained HTML page with a timeline ({@link
 * org.duly.cli.report.ScheduleFormat}); a caseload's summary as a table, CSV or an HTML page
 * with charts ({@link org.duly.cli.report.CaseloadFormat}); and progress on the terminal for
 * long runs ({@link org.duly.cli.report.Progress}).
 *
 * <p>Three promises hold for every format. <b>Nothing personal</b>: a report is built from the
 * {@link org.duly.workflows.engine.Schedule} and a {@link org.duly.casefile.Journey} (the case
 * id and the kinds and dates of events), never from the child, so no name, date of birth or free
 * text can reach it. <b>Same input, same bytes</b>: no clock, locale, random number or platform line
 * separator is read, so outputs can be compared, committed and re-imported (calendar entries keep
 * their UIDs). <b>Self-contained pages</b>: HTML pages load nothing (a Content-Security-Policy
 * forbids it) and draw their pictures in inline SVG without scripts.
 *
 * <p>The renderers write strings; where they go (standard output, a file) is the command's business.
 */
package org.duly.cli.report;
