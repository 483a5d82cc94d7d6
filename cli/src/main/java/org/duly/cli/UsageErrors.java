package org.duly.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What {@code duly} prints for a command line it cannot use (exit code {@link ExitCode#USAGE}): the
 * one line that says what is wrong, picocli's "did you mean" when it has one, and where to read more
 * ({@code duly COMMAND --help}), not the whole help text. A command that needs a subcommand and got
 * none ({@code duly}, {@code duly workdays}) shows its help, which lists them.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    /** The longest message line printed; a value quoted in it is already short (see {@link Shown}). */
    static final int LONGEST = 300;

    // picocli's wording for a value that would not convert, such as
    // "Invalid value for positional parameter at index 1 (N): '5x' is not a whole number".
    private static final Pattern POSITIONAL = Pattern.compile("^Invalid value for positional parameter at index \\S+ \\(([^)]*)\\): ");
    private static final Pattern OPTION = Pattern.compile("^Invalid value for option '([^']*)': ");

    /** A subcommand was needed and none was given: the help lists them, so it is shown in full. */
    static final class MissingCommand extends ParameterException {

        private static final long serialVersionUID = 1L;

        MissingCommand(CommandLine commandLine, String message) {
            super(commandLine, message);
        }
    }

    @Override
    public int handleParseException(ParameterException exception, String[] args) {
        CommandLine command = exception.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("duly: " + message(exception));
        if (exception instanceof MissingCommand) {
            command.usage(err);
            return ExitCode.USAGE;
        }
        if (exception instanceof UnmatchedArgumentException unmatched) {
            UnmatchedArgumentException.printSuggestions(unmatched, err);
        }
        err.println("See '" + command.getCommandSpec().qualifiedName() + " --help'.");
        return ExitCode.USAGE;
    }

    /** The message in plain words: the option or parameter first, then what was wrong with it. */
    static String message(ParameterException exception) {
        String message;
        if (exception instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            message = unmatched(unmatched.getUnmatched());
        } else {
            message = String.valueOf(exception.getMessage());
            Matcher positional = POSITIONAL.matcher(message);
            Matcher option = OPTION.matcher(message);
            if (positional.find()) {
                message = positional.group(1) + ": " + message.substring(positional.end());
            } else if (option.find()) {
                message = option.group(1) + ": " + message.substring(option.end());
            }
        }
        // A backstop: picocli quotes some values itself, and a value can be a megabyte long.
        message = message.replaceAll("\\p{Cntrl}", "?");
        return message.length() <= LONGEST ? message : message.substring(0, LONGEST) + "…";
    }

    private static String unmatched(List<String> arguments) {
        String first = arguments.get(0);
        String more = arguments.size() == 1 ? "" : " (and " + (arguments.size() - 1) + " more)";
        if (first.isEmpty()) {
            // picocli leaves an empty argument after others unmatched: it is still a name that is empty.
            return "an empty argument: the name is empty" + more;
        }
        if (first.startsWith("-") && first.length() > 1) {
            return "unknown option " + Shown.quoted(first) + more;
        }
        return "unexpected argument " + Shown.quoted(first) + more;
    }
}
