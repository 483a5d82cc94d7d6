package org.duly.cli;

/**
 * Input that duly cannot use, with a message for the person who gave it: where the problem is and
 * what was expected. The command line prints the message, never a stack trace, and exits with
 * {@link ExitCode#INVALID_INPUT}.
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message where the problem is and what was expected
     */
    public InvalidInputException(String message) {
        super(message);
    }
}
