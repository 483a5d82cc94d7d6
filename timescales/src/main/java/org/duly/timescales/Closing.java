package org.duly.timescales;

import java.util.Objects;
import org.duly.timescales.annotations.CheckReturnValue;

/**
 * What closed an obligation before it was done: an outcome that made it unnecessary (discharged),
 * the end of what it belonged to (ended: a plan ending, a case closing, a birthday), or a later
 * occurrence of what started it (superseded: a new referral, a direction varied). Whether the
 * obligation was then missed or not required depends on when: see {@link Status#MISSED} and
 * {@link Status#NOT_REQUIRED}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind how it closed
 * @param by what closed it, and when
 */
@CheckReturnValue
public record Closing(Kind kind, AnchorPoint by) {

    /** How an obligation closed. */
    public enum Kind {
        /** An outcome made the work unnecessary, whenever it came: not required. */
        DISCHARGED,
        /** What the work belonged to ended: missed if the work was already due, otherwise not required. */
        ENDED,
        /** A later occurrence of what started it took its place: missed if already due, otherwise not required. */
        SUPERSEDED
    }

    /** Checks both parts are present. */
    public Closing {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(by, "by");
    }

    /**
     * The last day a record can meet the obligation: the day of an end or a discharge (done that day
     * counts), the day before a superseding occurrence (done that day counts for the new one).
     *
     * @return the last day
     */
    java.time.LocalDate lastDay() {
        return kind == Kind.SUPERSEDED ? by.date().minusDays(1) : by.date();
    }

    /**
     * The closing in words: "discharged by the section 47 enquiry concluding that no conference is
     * needed on 2024-03-20", "ended by the case closing on 2024-05-01", "superseded by the referral on
     * 2024-06-03".
     *
     * @return the closing in words
     */
    public String inEnglish() {
        return switch (kind) {
            case DISCHARGED -> "discharged by ";
            case ENDED -> "ended by ";
            case SUPERSEDED -> "superseded by ";
        } + by;
    }

    @Override
    public String toString() {
        return inEnglish();
    }
}
