package org.duly.timescales;

import java.util.List;
import org.duly.timescales.annotations.Internal;

/**
 * What evaluating a timescale gives: its obligations in order, and the reasons it could give no
 * date where a fact is missing.
 *
 * <p>{@link Internal}: what the engine reads from a timescale; an application reads the engine's
 * {@code Schedule} instead.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param obligations the obligations, by chain then occurrence
 * @param cannotCompute what is missing where no date could be given
 */
@Internal
public record Evaluation(List<Obligation> obligations, List<CannotCompute> cannotCompute) {

    /** Copies both lists. */
    public Evaluation {
        obligations = List.copyOf(obligations);
        cannotCompute = List.copyOf(cannotCompute);
    }
}
