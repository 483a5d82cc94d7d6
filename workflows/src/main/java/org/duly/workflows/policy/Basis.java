package org.duly.workflows.policy;

import java.util.Objects;

/**
 * What gives a rule its force: a statutory instrument, or the authority's own practice standard.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Basis {

    /**
     * The basis in words: "statutory: Care Planning, Placement and Case Review (England) Regulations
     * 2010, regulation 33" or "local practice standard".
     *
     * @return the basis in words
     */
    String inWords();

    /**
     * Whether the timescale is set in law.
     *
     * @return true for statutory rules
     */
    boolean statutory();

    /**
     * A timescale set in law or statutory guidance.
     *
     * @param instrument the instrument
     * @param provision where in it: "regulation 33", "chapter 2"
     */
    record Statutory(Instrument instrument, String provision) implements Basis {
        /** Checks both parts are present. */
        public Statutory {
            Objects.requireNonNull(instrument, "instrument");
            Objects.requireNonNull(provision, "provision");
        }

        @Override
        public String inWords() {
            return "statutory: " + instrument.title() + (provision.isBlank() ? "" : ", " + provision);
        }

        @Override
        public boolean statutory() {
            return true;
        }
    }

    /** A timescale the authority sets for itself. */
    record LocalStandard() implements Basis {
        @Override
        public String inWords() {
            return "local practice standard";
        }

        @Override
        public boolean statutory() {
            return false;
        }
    }
}
