package org.duly.cli.report;

import java.util.Comparator;
import java.util.Optional;
import org.duly.domain.value.Allocated;

/**
 * Who holds a case's work, as a report groups it: the team and the allocated worker, by id.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param team the team's id, if recorded
 * @param worker the allocated worker's id, if the work is allocated
 */
public record Holder(Optional<String> team, Optional<String> worker) {

    /** A case with neither a team nor a worker recorded. */
    public static final Holder NONE = new Holder(Optional.empty(), Optional.empty());

    /** By team, then worker; a missing team or worker after every recorded one. */
    static final Comparator<Holder> ORDER = Comparator.comparing((Holder holder) -> holder.team().orElse(null),
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(holder -> holder.worker().orElse(null),
            Comparator.nullsLast(Comparator.naturalOrder()));

    /**
     * The holder of a subject's work.
     *
     * <p>Example:
     * <pre>{@code
     * Holder holder = Holder.of(caseFile.timeline().allocation());
     * }</pre>
     *
     * @param allocation the subject's team and allocated worker
     * @return the holder
     */
    public static Holder of(Allocated allocation) {
        return new Holder(allocation.team(), allocation.allocatedWorker());
    }

    /** The team as a report shows it: its id, or "(no team)". */
    String teamLabel() {
        return team.orElse("(no team)");
    }

    /** The worker as a report shows it: the id, or "(unallocated)". */
    String workerLabel() {
        return worker.orElse("(unallocated)");
    }
}
