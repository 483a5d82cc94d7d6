package org.duly.timescales;

import java.util.List;

/**
 * What evaluating a timescale gives: its obligations in order, and the reasons it could give no
 * date where a fact is missing.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param obligations the obligations, by chain then occurrence
 * @param cannotCompute what is missing where no date could be given
 */
public record Evaluation(List<Obligation> obligations, List<CannotCompute> cannotCompute) {

    /** Copies both lists. */
    public Evaluation {
        obligations = List.copyOf(obligations);
        cannotCompute = List.copyOf(cannotCompute);
    }
}
