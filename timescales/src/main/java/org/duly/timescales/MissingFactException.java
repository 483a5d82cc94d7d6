package org.duly.timescales;

import java.util.Objects;

/**
 * Thrown by {@link Facts#require} inside a condition when a fact it needs is unknown; evaluation
 * catches it and reports the {@link CannotCompute} it carries. Callers of the DSL never see it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MissingFactException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient CannotCompute reason;

    /**
     * Creates the exception.
     *
     * @param reason what is missing and what for
     */
    public MissingFactException(CannotCompute reason) {
        super(Objects.requireNonNull(reason, "reason").toString(), null, false, false);
        this.reason = reason;
    }

    /**
     * What is missing and what for.
     *
     * @return the reason
     */
    public CannotCompute reason() {
        return reason;
    }
}
