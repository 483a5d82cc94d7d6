package org.duly.workflows.engine;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.duly.timescales.Facts;

/**
 * What the engine evaluates for one subject (a child, a complaint, a worker): the facts known about
 * it and the date its case closed, if it has. Closing ends future obligations; those already due
 * before the closure keep their status.
 *
 * <p>This class is immutable and thread-safe if the facts are.
 *
 * @param subject the subject's id, never a name: "child 1042"
 * @param facts what is known on the evaluation date
 * @param closedOn the date the case closed, if it has
 */
public record CaseFacts(String subject, Facts facts, Optional<LocalDate> closedOn) {

    /** Checks every part is present. */
    public CaseFacts {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(closedOn, "closedOn");
    }
}
