package org.duly.examples.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.duly.domain.CaseTimeline;
import org.duly.domain.complaints.ComplaintTimeline;
import org.duly.domain.staff.StaffTimeline;
import org.duly.workflows.engine.Engine;
import org.duly.workflows.engine.Schedule;
import org.duly.workflows.policy.Policy;

/**
 * A case file read and checked: the timeline of its subject, ready to be scheduled. Read one with
 * {@link CaseFileReader}; write one with {@link #toJson()}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface CaseFile {

    /**
     * The file as the user named it, for messages.
     *
     * @return the file's name, such as {@code examples/cases/child-protection.json}
     */
    String source();

    /**
     * What the file is about.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseFileReader.read(Path.of("examples/cases/complaints.json")).get().kind())
     *     .isEqualTo(CaseFileKind.COMPLAINT);
     * }</pre>
     *
     * @return the kind
     */
    CaseFileKind kind();

    /**
     * The case management system's identifier of the subject: never a name.
     *
     * @return the identifier, such as {@code C-1042}
     */
    String subjectId();

    /**
     * The events of the file, in date order, as the file names them: for pictures of the journey.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(caseFile.events().get(0).type()).isEqualTo("referralReceived");
     * }</pre>
     *
     * @return the events
     */
    List<Event> events();

    /**
     * The schedule of the subject under a policy on a date.
     *
     * <p>Example:
     * <pre>{@code
     * Schedule schedule = caseFile.evaluate(Engine.englandAndWales(), DerbyshirePracticeStandards.policy(),
     *     LocalDate.of(2024, 6, 30));
     * }</pre>
     *
     * @param engine the engine, with its calendar
     * @param policy the policy
     * @param asOf the date to judge statuses on
     * @return the schedule
     */
    Schedule evaluate(Engine engine, Policy policy, LocalDate asOf);

    /**
     * The file's content as JSON in the case-file format, with one event per line: reading it back
     * gives an equal case file.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseFileReader.read("copy.json", caseFile.toJson()).get().events()).isEqualTo(caseFile.events());
     * }</pre>
     *
     * @return the JSON text, ending with a newline
     */
    default String toJson() {
        return CaseFileWriter.write(this);
    }

    /**
     * One event of a case file, for display: its date and its case-file type.
     *
     * @param date the date
     * @param type the case-file name of its type, such as {@code strategyDiscussion}
     * @param description what the type records, such as {@code a strategy discussion}
     */
    record Event(LocalDate date, String type, String description) {
        /** Checks the fields. */
        public Event {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(description, "description");
        }
    }

    /**
     * A child's case file.
     *
     * @param source the file as the user named it
     * @param timeline the child's case timeline
     */
    record ChildCase(String source, CaseTimeline timeline) implements CaseFile {
        @Override
        public CaseFileKind kind() {
            return CaseFileKind.CHILD_CASE;
        }

        @Override
        public String subjectId() {
            return timeline.child().id();
        }

        @Override
        public List<Event> events() {
            return timeline.events().stream().map(event -> new Event(event.date(), event.eventType().caseFileName(),
                    event.eventType().description())).toList();
        }

        @Override
        public Schedule evaluate(Engine engine, Policy policy, LocalDate asOf) {
            return engine.evaluate(timeline, policy, asOf);
        }
    }

    /**
     * A complaint's case file.
     *
     * @param source the file as the user named it
     * @param timeline the complaint's timeline
     */
    record ComplaintCase(String source, ComplaintTimeline timeline) implements CaseFile {
        @Override
        public CaseFileKind kind() {
            return CaseFileKind.COMPLAINT;
        }

        @Override
        public String subjectId() {
            return timeline.complaint().id();
        }

        @Override
        public List<Event> events() {
            return timeline.events().stream().map(event -> new Event(event.date(), event.eventType().caseFileName(),
                    event.eventType().description())).toList();
        }

        @Override
        public Schedule evaluate(Engine engine, Policy policy, LocalDate asOf) {
            return engine.evaluate(timeline, policy, asOf);
        }
    }

    /**
     * A worker's case file: supervision and reflective case reviews.
     *
     * @param source the file as the user named it
     * @param timeline the worker's timeline
     */
    record StaffCase(String source, StaffTimeline timeline) implements CaseFile {
        @Override
        public CaseFileKind kind() {
            return CaseFileKind.STAFF;
        }

        @Override
        public String subjectId() {
            return timeline.worker().id();
        }

        @Override
        public List<Event> events() {
            return timeline.events().stream().map(event -> new Event(event.date(), event.eventType().caseFileName(),
                    event.eventType().description())).toList();
        }

        @Override
        public Schedule evaluate(Engine engine, Policy policy, LocalDate asOf) {
            return engine.evaluate(timeline, policy, asOf);
        }
    }
}
