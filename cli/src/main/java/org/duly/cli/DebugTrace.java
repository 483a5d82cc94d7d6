package org.duly.cli;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The stack trace {@code --debug} prints for an internal error: every exception in the chain (causes
 * and suppressed ones) with its class and frames, but not its message. An exception's message may
 * quote the input that caused it (a library's "for input string ..." or "unexpected character ..."),
 * and the input may be a child's case file: a developer needs where it failed, not what was in the
 * file, so the message is withheld and only its length is shown.
 */
final class DebugTrace {

    private DebugTrace() {
    }

    /** Prints the trace of an exception and everything it carries. */
    static void print(Throwable exception, PrintWriter err) {
        print(exception, "", "", err, Collections.newSetFromMap(new IdentityHashMap<>()));
        err.flush();
    }

    /** The exception's class, and how long its withheld message is: a headline that quotes nothing. */
    static String headline(Throwable exception) {
        String message = exception.getMessage();
        return exception.getClass().getName()
                + (message == null ? "" : " (its message, " + message.length() + " characters, is withheld: it may quote the input)");
    }

    private static void print(Throwable exception, String caption, String indent, PrintWriter err, Set<Throwable> seen) {
        if (!seen.add(exception)) {
            err.println(indent + caption + "[a cycle back to " + exception.getClass().getName() + "]");
            return;
        }
        err.println(indent + caption + headline(exception));
        for (StackTraceElement frame : exception.getStackTrace()) {
            err.println(indent + "\tat " + frame);
        }
        for (Throwable suppressed : exception.getSuppressed()) {
            print(suppressed, "Suppressed: ", indent + "\t", err, seen);
        }
        if (exception.getCause() != null) {
            print(exception.getCause(), "Caused by: ", indent, err, seen);
        }
    }
}
