package org.duly.casefile;

import java.time.LocalDate;
import org.duly.domain.CaseTimeline;
import org.duly.domain.complaints.ComplaintTimeline;
import org.duly.domain.staff.StaffTimeline;
import org.duly.casefile.Journey;
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
     * What a report may show of the file: the subject's id and each event by its kind and date.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(caseFile.journey().marks().get(0).label()).isEqualTo("referral");
     * }</pre>
     *
     * @return the journey, events in date order
     */
    Journey journey();

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
    Schedule evaluate(Engine engine, Policy policy, LocalDate asOf);

    /**
     * The file's content as JSON in the case-file format, with one event per line: reading it back
     * gives an equal case file.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseFileReader.read("copy.json", caseFile.toJson()).get().journey()).isEqualTo(caseFile.journey());
     * }</pre>
     *
     * @return the JSON text, ending with a newline
     */
    default String toJson() {
        return CaseFileWriter.write(this);
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
        public Journey journey() {
            return Journey.of(timeline);
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
        public Journey journey() {
            return Journey.of(timeline);
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
        public Journey journey() {
            return Journey.of(timeline);
        }

        @Override
        public Schedule evaluate(Engine engine, Policy policy, LocalDate asOf) {
            return engine.evaluate(timeline, policy, asOf);
        }
    }
}
