package org.duly.workflows.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.duly.domain.CaseTimeline;
import org.duly.domain.ComplaintTimeline;
import org.duly.domain.StaffTimeline;
import org.duly.domain.Timeline;
import org.duly.timescales.Facts;

/**
 * What the engine evaluates for one subject (a child, a complaint, a worker): the facts known about
 * it on the evaluation date and the dates its case closed. Closing ends what the case still owed;
 * what was met, or already overdue, keeps its status, and a case reopened later owes again.
 *
 * <p>Build one from a timeline with {@link #of(Timeline, LocalDate)}; the facts rules ask for by name
 * are in {@link ChildFacts}, {@link ComplaintFacts} and {@link StaffFacts}.
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
     * The facts of a timeline as known on a date: the events recorded on or before it, and the
     * facts of its subject by the names rules use ({@link ChildFacts} for a child's case,
     * {@link ComplaintFacts} for a complaint, {@link StaffFacts} for a worker).
     *
     * <p>Example:
     * <pre>{@code
     * CaseFacts facts = CaseFacts.of(timeline, LocalDate.parse("2024-04-01"));
     * Schedule schedule = Engine.create().evaluate(facts, policy, LocalDate.parse("2024-04-01"));
     * }</pre>
     *
     * @param timeline the subject's timeline: a child's case, a complaint or a worker's
     * @param asOf the evaluation date
     * @return the facts, under the subject's id
     */
    public static CaseFacts of(Timeline timeline, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        if (timeline instanceof CaseTimeline child) {
            return ChildFacts.of(child, asOf);
        } else if (timeline instanceof ComplaintTimeline complaint) {
            return ComplaintFacts.of(complaint, asOf);
        }
        return StaffFacts.of((StaffTimeline) Objects.requireNonNull(timeline, "timeline"), asOf);
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

    /**
     * The first closure of the case after a day, if it has closed since.
     *
     * <p>Example:
     * <pre>{@code
     * assertThat(CaseFacts.of(timeline, asOf).closureAfter(LocalDate.parse("2024-04-01"))).contains(LocalDate.parse("2024-05-10"));
     * }</pre>
     *
     * @param day the day, such as the day a clock started
     * @return the first closure strictly after it
     */
    public Optional<LocalDate> closureAfter(LocalDate day) {
        // Asked of every obligation: by place, so that a case never closed makes no iterator.
        for (int i = 0; i < closures.size(); i++) {
            if (closures.get(i).isAfter(day)) {
                return Optional.of(closures.get(i));
            }
        }
        return Optional.empty();
    }
}
