package org.duly.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.duly.timescales.calendar.CalendarRangeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code duly} command line: schedules of case files and caseloads, the catalogue and its handbook,
 * case-file checks, and working-day arithmetic.
 *
 * <p>Input problems are reported as messages that say where the problem is and what was expected,
 * never as stack traces (unless {@code --debug}); exit codes are those of {@link ExitCode}.
 */
@Command(
        name = "duly",
        mixinStandardHelpOptions = true,
        versionProvider = Duly.Version.class,
        description = "The statutory timescales of English children's social care, executable and explained.",
        subcommands = {ScheduleCommand.class, CaseloadCommand.class, ValidateCommand.class, RulesCommand.class,
            HandbookCommand.class, WorkdaysCommand.class, HolidaysCommand.class, SchemaCommand.class, GenerateCommand.class,
            CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  done",
            "  1  invalid input: every problem is reported, each with where it is",
            "  2  usage: an unknown command or option, a missing, empty or malformed argument",
            "  3  internal error: run again with --debug and report it"
        })
public final class Duly implements Runnable {

    @Spec
    private CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show the stack trace of an internal error.")
    private boolean debug;

    private final InputStream in;

    private Duly(InputStream in) {
        this.in = in;
    }

    /**
     * Runs {@code duly} and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * Runs {@code duly} on the given streams, for tests and for embedding.
     *
     * @param args the command line
     * @param in standard input, for bulk mode
     * @param out standard output
     * @param err standard error
     * @return the exit code, one of {@link ExitCode}
     */
    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        boolean debug = Arrays.asList(args).contains("--debug");
        try {
            CommandLine commandLine = Converters.registerAll(new CommandLine(new Duly(in)))
                    .setCaseInsensitiveEnumValuesAllowed(true)
                    // "@cases.json" is a file's name, not a file of arguments to read in its place.
                    .setExpandAtFiles(false)
                    .setOut(outWriter)
                    .setErr(errWriter)
                    .setParameterExceptionHandler(new UsageErrors())
                    .setExecutionExceptionHandler((exception, cmd, parseResult) -> failed(exception, errWriter, debug));
            return commandLine.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    private static int failed(Exception exception, PrintWriter err, boolean debug) {
        if (exception instanceof InvalidCaseFilesException invalid) {
            invalid.problems().forEach(err::println);
            err.println("duly: " + invalid.getMessage());
            if (invalid.internalErrors().isEmpty()) {
                return ExitCode.INVALID_INPUT;
            }
            if (debug) {
                invalid.internalErrors().forEach(internal -> DebugTrace.print(internal, err));
            }
            return ExitCode.INTERNAL_ERROR;
        }
        // A date outside the calendar's range is the input's fault; its message holds dates and the calendar's name.
        if (exception instanceof InvalidInputException || exception instanceof CalendarRangeException) {
            err.println("duly: " + exception.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        return internalError(exception, err, debug);
    }

    /**
     * Reports a fault in duly itself: its class, and with {@code --debug} its stack trace, never its
     * message, which may quote the input (see {@link DebugTrace}).
     */
    static int internalError(Throwable exception, PrintWriter err, boolean debug) {
        err.println("duly: internal error (" + exception.getClass().getSimpleName() + ")"
                + (debug ? ":" : "; run again with --debug for the details, and please report it"));
        if (debug) {
            DebugTrace.print(exception, err);
        }
        return ExitCode.INTERNAL_ERROR;
    }

    /** Standard input, for commands that read it. */
    InputStream in() {
        return in;
    }

    @Override
    public void run() {
        throw new UsageErrors.MissingCommand(spec.commandLine(), "Missing a command: say what duly should do");
    }

    /**
     * The version the build wrote into {@code org/duly/cli/version.properties} from the project's
     * version (resource filtering), so that it is never a constant to keep up to date by hand.
     */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"duly " + version()};
        }

        /** The project's version, such as "0.1.0-SNAPSHOT". */
        static String version() {
            Properties properties = new Properties();
            try (InputStream in = Duly.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    throw new IllegalStateException("the build did not write org/duly/cli/version.properties");
                }
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the version the build wrote", e);
            }
            String version = properties.getProperty("version", "");
            if (version.isBlank() || version.contains("${")) {
                throw new IllegalStateException("the build did not fill in the version: '" + version + "'");
            }
            return version;
        }
    }
}
