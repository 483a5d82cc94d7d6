package org.duly.casefile;

import java.time.LocalDate;
import java.util.Objects;
import org.duly.domain.Timeline;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.policy.Policy;

/**
 * A case file read and checked: the timeline of its subject (a child's case, a complaint or a
 * worker's supervision), ready to be scheduled. Read one with {@link CaseFileReader}; write one with
 * {@link #toJson()}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param source the file as the user named it, for messages, such as {@code examples/cases/child-protection.json}
 * @param timeline the subject's timeline
 */
public record CaseFile(String source, Timeline timeline) {

    /** Checks both parts are present. */
    public CaseFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(timeline, "timeline");
    }

    /**
     * What the file is about, from its timeline.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseFileReader.read(Path.of("examples/cases/statutory-complaints.json")).orElseThrow().kind())
     *     .isEqualTo(CaseFileKind.COMPLAINT);
     * }</pre>
     *
     * @return the kind
     */
    public CaseFileKind kind() {
        return CaseFileKind.of(timeline);
    }

    /**
     * The case management system's identifier of the subject: never a name.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(new CaseFile("cp.json", timeline).subjectId()).isEqualTo(timeline.subjectId());
     * }</pre>
     *
     * @return the identifier, such as {@code C-1042}
     */
    public String subjectId() {
        return timeline.subjectId();
    }

    /**
     * What a report may show of the file: the subject's id and each event by its kind and date.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(caseFile.journey().marks().get(0).label()).isEqualTo("referral");
     * }</pre>
     *
     * @return the journey, events in date order
     */
    public Journey journey() {
        return Journey.of(timeline);
    }

    /**
     * The schedule of the subject under a policy on a date, on the policy's calendar.
     *
     * <p>Example:
     * <pre>{@code
     * Schedule schedule = caseFile.evaluate(Engine.create(), policy,
     *     LocalDate.of(2024, 6, 30));
     * }</pre>
     *
     * @param engine the engine (the calendar is the policy's)
     * @param policy the policy
     * @param asOf the date to judge statuses on
     * @return the schedule
     */
    public Schedule evaluate(Engine engine, Policy policy, LocalDate asOf) {
        return engine.evaluate(timeline, policy, asOf);
    }

    /**
     * The file's content as JSON in the case-file format, with one event per line: reading it back
     * (with the same local event types, if it has events of an application's own) gives an equal
     * case file.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseFileReader.read("copy.json", caseFile.toJson()).orElseThrow().journey()).isEqualTo(caseFile.journey());
     * }</pre>
     *
     * @return the JSON text, ending with a newline
     */
    public String toJson() {
        return CaseFileWriter.write(this);
    }
}
