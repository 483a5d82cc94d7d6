/**
 * Case files, what a system embedding Duly exchanges with it: a subject (a child, a complaint or a
 * worker) and its events as JSON. {@link org.duly.casefile.CaseFileReader} reads one into a
 * {@link org.duly.casefile.CaseFile} with every problem located by file, line and column;
 * {@link org.duly.casefile.CaseFileWriter} writes one back; {@link org.duly.casefile.CaseFileSchema}
 * is their JSON Schema. {@link org.duly.casefile.RawTimelines} reads the same format from maps, as a
 * JSON parser or a case management system's export holds it; the reflective binding and the
 * case-file spelling of enum values ({@link org.duly.casefile.CaseFileSpelling}) live here, not in
 * the domain. An application's own event types (declared with
 * {@code org.duly.domain.events.EventType.of}) are read, written and described by the variants of
 * the reader, the raw timelines and the schema that take them; their classes may be records or
 * Immutables values. {@link org.duly.casefile.Journey} and {@link org.duly.casefile.ScheduleJson} are what
 * reports and other systems read of a schedule.
 *
 * <p>One contract: the reader accepts exactly what the schema accepts (a test feeds hundreds of
 * mutants of the example files to both), nothing converted, dates from 1978-01-01 to 2199-12-31
 * (the days the working-day calendar supports). No message repeats personal data, whatever shape
 * the input gives it. The rule ({@link org.duly.casefile.Quoting}): a value is quoted only when it
 * has at most 40 characters and is shaped as a date, a time, a number (at most nine digits before
 * the point, so no telephone or NHS number) or a boolean, or is one of Duly's own words (a field
 * name, an event type, an enum value); anything else is described by its kind and size ("text of
 * 23 characters", "a list of 1 value", "an object"). A field name or an event type that is not one
 * of Duly's words is named by its place ({@code field 3}, {@code event 2}) and its size; a known
 * word may still be suggested ("did you mean strategyDiscussion?"). Identifiers are never quoted
 * either: the domain's messages say "this placement", located at the event's id field.
 */
package org.duly.casefile;
