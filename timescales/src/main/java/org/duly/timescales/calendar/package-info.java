/**
 * Working-day calendars: which days are working days, and counting working days forwards and
 * backwards in constant time.
 *
 * <p>The conventions (see {@code DESIGN.md}, "Semantics"):
 * <ul>
 *   <li>a working day is Monday to Friday, not a bank holiday, not a closure day the authority
 *       configured;</li>
 *   <li>counting from a date, that date is day 0, also when it is not a working day;</li>
 *   <li>{@link org.duly.timescales.calendar.WorkingCalendar#workingDaysBetween workingDaysBetween(from, to)}
 *       counts the working days in {@code (from, to]};</li>
 *   <li>inside the published holiday data a result is confirmed; one that depends on a later day is
 *       provisional; outside the supported range there is no answer, only a
 *       {@link org.duly.timescales.calendar.CalendarRangeException}.</li>
 * </ul>
 *
 * <p>Start from {@link org.duly.timescales.calendar.EnglandAndWales#calendar()}.
 */
package org.duly.timescales.calendar;
