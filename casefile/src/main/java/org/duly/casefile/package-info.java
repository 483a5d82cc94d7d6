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
 */
package org.duly.casefile;
