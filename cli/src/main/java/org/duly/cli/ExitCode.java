package org.duly.cli;

/** The exit codes of {@code duly}, as scripts and CI jobs rely on them. */
public final class ExitCode {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** The input (a date, a line of bulk input, a case file) was wrong; every problem was reported. */
    public static final int INVALID_INPUT = 1;
    /** The command line itself was wrong: an unknown command or option, a missing, empty or malformed argument. */
    public static final int USAGE = 2;
    /** A fault in duly itself; run again with {@code --debug} for the details and report it. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCode() {
    }
}
