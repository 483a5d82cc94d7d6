package org.duly.workflows.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duly.domain.StaffTimeline;
import org.duly.timescales.Fact;

/** The facts of a member of staff: their record and supervision as known on an evaluation date. */
public final class StaffFacts {

    /** The worker's timeline, for their role on a date. */
    public static final Fact<StaffTimeline> STAFF = Fact.of("the worker's record", StaffTimeline.class);

    private StaffFacts() {
    }

    /** The facts of a worker's timeline as known on a date: {@link CaseFacts#of(org.duly.domain.Timeline, LocalDate)}. */
    static CaseFacts of(StaffTimeline timeline, LocalDate asOf) {
        List<?> known = timeline.events().stream().filter(event -> !event.date().isAfter(asOf)).toList();
        return new CaseFacts(timeline.worker().id(),
                new TimelineFacts(known, Map.of(STAFF, () -> Optional.of(timeline))), List.of());
    }
}
