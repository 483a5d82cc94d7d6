package org.duly.workflows.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.duly.timescales.Facts;

/**
 * What the engine evaluates for one subject (a child, a complaint, a worker): the facts known about
 * it on the evaluation date and the dates its case closed. Closing ends what the case still owed;
 * what was met, or already overdue, keeps its status, and a case reopened later owes again.
 *
 * <p>Build one from a timeline with {@link ChildFacts#of}, {@link ComplaintFacts#of} or
 * {@link StaffFacts#of}.
 *
 * <p>This class is immutable and thread-safe if the facts are.
 *
 * @param subject the subject's id, never a name: "C-1042"
 * @param facts what is known on the evaluation date
 * @param closures the dates the case closed, in order
 */
public record CaseFacts(String subject, Facts facts, List<LocalDate> closures) {

    /** Checks every part is present and copies the closures. */
    public CaseFacts {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(facts, "facts");
        closures = List.copyOf(closures);
    }

    /**
     * Whether the case closed after a clock started and on or before a due date: then an obligation
     * not met by its closure is no longer owed.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(new CaseFacts("C-1", facts, List.of(LocalDate.parse("2024-05-01")))
     *     .closedBetween(LocalDate.parse("2024-04-01"), LocalDate.parse("2024-05-10"))).isTrue();
     * }</pre>
     *
     * @param clockStart the date the clock started
     * @param due the due date
     * @return true if a closure falls after the clock started and on or before the due date
     */
    public boolean closedBetween(LocalDate clockStart, LocalDate due) {
        for (LocalDate closed : closures) {
            if (closed.isAfter(clockStart) && !closed.isAfter(due)) {
                return true;
            }
        }
        return false;
    }
}
