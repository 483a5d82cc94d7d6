package org.duly.domain.events;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The social worker's report for a conference was shared with the parents: at least 2 working days before an
 * initial conference, 3 before a review. It names its conference by kind and date, since it is
 * shared before the conference is held.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @see CaseEventType#REPORT_SHARED
 */
@Value.Immutable
public interface ReportShared extends CaseEvent {

    /**
     * The kind of the conference the report is for.
     *
     * @return the conference kind
     */
    ConferenceKind conferenceKind();

    /**
     * The date of the conference the report is for.
     *
     * @return the conference date
     */
    LocalDate conferenceDate();

    /**
     * A builder for a social worker's report shared.
     *
     * <p>Example:
     * <pre>{@code
     * ReportShared reportShared = ReportShared.builder()
     *     .date(LocalDate.parse("2024-03-05"))
     *     .conferenceKind(ConferenceKind.INITIAL)
     *     .conferenceDate(LocalDate.parse("2024-03-20"))
     *     .build();
     * assertThat(reportShared.conferenceKind()).isEqualTo(ConferenceKind.INITIAL);
     * }</pre>
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /** A builder for a social worker's report shared, from {@link ReportShared#builder()}. */
    final class Builder extends ImmutableReportShared.Builder {
        Builder() {
        }
    }
}
