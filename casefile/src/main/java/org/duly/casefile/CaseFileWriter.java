package org.duly.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.Separators.Spacing;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duly.domain.CaseTimeline;
import org.duly.domain.Child;
import org.duly.domain.ComplaintTimeline;
import org.duly.domain.StaffTimeline;
import org.duly.domain.Timeline;
import org.duly.domain.complaints.Complaint;
import org.duly.domain.workforce.Worker;

/**
 * Writes case files: the subject on one line, then one event per line, so that a case file reads
 * like a chronology and differs line by line in version control.
 */
public final class CaseFileWriter {

    // One line per value, with a space after each colon and comma, as people write JSON by hand.
    private static final ObjectWriter ONE_LINE = new ObjectMapper().writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Spacing.AFTER)
                    .withObjectEntrySpacing(Spacing.AFTER).withArrayValueSpacing(Spacing.AFTER))
            .withObjectIndenter(new DefaultPrettyPrinter.NopIndenter())
            .withArrayIndenter(new DefaultPrettyPrinter.NopIndenter()));

    private CaseFileWriter() {
    }

    /**
     * The case file as JSON, without a schema reference.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseFileWriter.write(caseFile)).contains("\"child\": {\"id\": \"C-1\"}").endsWith("\n");
     * }</pre>
     *
     * @param caseFile the case file
     * @return the JSON text, ending with a newline
     */
    public static String write(CaseFile caseFile) {
        return write(caseFile, Optional.empty());
    }

    /**
     * The case file as JSON, with a {@code $schema} reference so that editors check it as it is typed.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseFileWriter.write(caseFile, Optional.of("../case-file.schema.json")))
     *     .contains("\"$schema\": \"../case-file.schema.json\",\n");
     * }</pre>
     *
     * @param caseFile the case file
     * @param schema where the schema is, relative to the file
     * @return the JSON text, ending with a newline
     */
    public static String write(CaseFile caseFile, Optional<String> schema) {
        Map<String, Object> subject = identifiedSubject(caseFile);
        List<Map<String, Object>> events = events(caseFile);
        StringBuilder json = new StringBuilder("{\n");
        schema.ifPresent(reference -> json.append("  \"$schema\": ").append(oneLine(reference)).append(",\n"));
        json.append("  ").append(oneLine(caseFile.kind().subjectKey())).append(": ").append(oneLine(subject)).append(",\n");
        json.append("  \"events\": [");
        for (int i = 0; i < events.size(); i++) {
            json.append(i == 0 ? "\n" : ",\n").append("    ").append(oneLine(events.get(i)));
        }
        json.append(events.isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
        return json.toString();
    }

    /**
     * The case file as one line of a JSON Lines caseload ({@code .jsonl}): the same JSON as {@link
     * #write(CaseFile)}, without line breaks, so that {@link CaseFileReader#readLines} reads it back.
     *
     * <p>Example:
     * <pre>{@code
     * String line = CaseFileWriter.writeLine(caseFile);
     * assertThat(line).endsWith("\n").doesNotContain("\n  ");
     * }</pre>
     *
     * @param caseFile the case file
     * @return the JSON text on one line, ending with a newline
     */
    public static String writeLine(CaseFile caseFile) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put(caseFile.kind().subjectKey(), identifiedSubject(caseFile));
        line.put("events", events(caseFile));
        return oneLine(line) + "\n";
    }

    private static List<Map<String, Object>> events(CaseFile caseFile) {
        return caseFile.timeline().events().stream()
                .map(event -> typed(event.eventType().caseFileName(), event.eventType().type(), event)).toList();
    }

    /** The subject's fields with the identifier first, then who holds the work, as a case management system lists a record. */
    private static Map<String, Object> identifiedSubject(CaseFile caseFile) {
        Map<String, Object> subject = subject(caseFile.timeline());
        Map<String, Object> identified = new LinkedHashMap<>();
        identified.put("id", subject.get("id"));
        for (String holder : List.of("team", "allocatedWorker")) {
            if (subject.containsKey(holder)) {
                identified.put(holder, subject.get(holder));
            }
        }
        identified.putAll(subject);
        return identified;
    }

    /** The subject's fields: the child, the complaint or the worker, as a case file holds them. */
    private static Map<String, Object> subject(Timeline timeline) {
        if (timeline instanceof CaseTimeline child) {
            return RawValues.write(Child.class, child.child());
        } else if (timeline instanceof ComplaintTimeline complaint) {
            return RawValues.write(Complaint.class, complaint.complaint());
        }
        return RawValues.write(Worker.class, ((StaffTimeline) timeline).worker());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, Object> typed(String type, Class valueType, Object event) {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("type", type);
        // The event's own registered type, so the cast RawValues needs holds.
        typed.putAll(RawValues.write(valueType, event));
        return typed;
    }

    private static String oneLine(Object value) {
        try {
            return ONE_LINE.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a case file's values are plain text, numbers and lists", e);
        }
    }
}
