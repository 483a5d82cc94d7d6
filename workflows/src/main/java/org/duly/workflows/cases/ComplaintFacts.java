package org.duly.workflows.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duly.domain.ComplaintTimeline;
import org.duly.domain.complaints.Complaint;
import org.duly.timescales.Fact;

/** The facts of a complaint: its record and its events as known on an evaluation date. */
public final class ComplaintFacts {

    /** The complaint's record: its kind and whether an advocate is needed. */
    public static final Fact<Complaint> COMPLAINT = Fact.of("the complaint's record", Complaint.class);

    private ComplaintFacts() {
    }

    /** The facts of a complaint's timeline as known on a date: {@link CaseFacts#of(org.duly.domain.Timeline, LocalDate)}. */
    static CaseFacts of(ComplaintTimeline timeline, LocalDate asOf) {
        List<?> known = timeline.events().stream().filter(event -> !event.date().isAfter(asOf)).toList();
        return new CaseFacts(timeline.complaint().id(),
                new TimelineFacts(known, Map.of(COMPLAINT, () -> Optional.of(timeline.complaint()))), List.of());
    }
}
