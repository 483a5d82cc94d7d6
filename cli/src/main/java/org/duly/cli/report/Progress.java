package org.duly.cli.report;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Progress of a long run on the terminal: "evaluated 120/1000 cases". On a console the line is
 * rewritten in place with a carriage return, at most every {@link #CONSOLE_INTERVAL}, so a fast
 * run does not spend its time printing; when standard error is a file or a pipe (a CI log) there
 * are no carriage returns, only a line at each tenth of the way and the last one, so a log stays
 * readable. Safe to call from several threads evaluating cases in parallel.
 *
 * <p>Example:
 * <pre>{@code
 * Progress progress = Progress.to(spec.commandLine().getErr(), Progress.standardErrorIsConsole(), files.size());
 * for (Path file : files) {
 *     schedules.add(evaluate(file));
 *     progress.advance();
 * }
 * progress.done();
 * }</pre>
 */
public final class Progress {

    /** How often a console line is rewritten at most. */
    public static final Duration CONSOLE_INTERVAL = Duration.ofMillis(100);

    private final PrintWriter out;
    private final boolean console;
    private final int total;
    private final String verb;
    private final String what;
    private final LongSupplier nanoTime;
    /** The bytes to take in, when progress is counted in bytes (-1 when it is counted in cases). */
    private final long totalBytes;
    private final long started;
    private long bytes;
    private int count;
    private long lastPrinted;
    private boolean printedAny;
    private int lastTenth;
    private boolean finished;

    private Progress(PrintWriter out, boolean console, int total, long totalBytes, String verb, String what, LongSupplier nanoTime) {
        this.verb = Objects.requireNonNull(verb, "verb");
        this.totalBytes = totalBytes;
        this.out = Objects.requireNonNull(out, "out");
        this.console = console;
        this.total = total;
        this.what = Objects.requireNonNull(what, "what");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.started = nanoTime.getAsLong();
    }

    /**
     * Progress of evaluating cases, written to a writer (the command's standard error).
     *
     * <p>Example:
     * <pre>{@code
     * Progress progress = Progress.to(err, Progress.standardErrorIsConsole(), 1000);
     * }</pre>
     *
     * @param err where to write
     * @param console whether it is a console, so the line may be rewritten in place
     * @param total how many cases there are, or -1 when that is not known in advance
     * @return the progress, at 0
     */
    public static Progress to(Writer err, boolean console, int total) {
        return to(err, console, total, "cases", System::nanoTime);
    }

    /**
     * Progress with a clock of one's own, for tests: "evaluated 3/10 {what}".
     *
     * <p>Example:
     * <pre>{@code
     * AtomicLong now = new AtomicLong();
     * Progress progress = Progress.to(new StringWriter(), true, 10, "cases", now::get);
     * }</pre>
     *
     * @param err where to write
     * @param console whether it is a console
     * @param total how many there are
     * @param what what is counted, plural: "cases"
     * @param nanoTime a monotonic clock in nanoseconds
     * @return the progress, at 0
     */
    public static Progress to(Writer err, boolean console, int total, String what, LongSupplier nanoTime) {
        return to(err, console, total, "evaluated", what, nanoTime);
    }

    /**
     * Progress of work other than evaluating: "wrote 3/10 case files".
     *
     * <p>Example:
     * <pre>{@code
     * Progress progress = Progress.to(err, console, 1_000_000, "wrote", "case files", System::nanoTime);
     * }</pre>
     *
     * @param err where to write
     * @param console whether it is a console
     * @param total how many there are
     * @param verb what is done, in the past tense: "wrote"
     * @param what what is counted, plural: "case files"
     * @param nanoTime a monotonic clock in nanoseconds
     * @return the progress, at 0
     */
    public static Progress to(Writer err, boolean console, int total, String verb, String what, LongSupplier nanoTime) {
        PrintWriter writer = err instanceof PrintWriter print ? print : new PrintWriter(err);
        return new Progress(writer, console, total, -1, verb, what, nanoTime);
    }

    /**
     * Progress counted in the bytes of input taken in, for a caseload whose number of cases is not
     * known until it is read (a JSON Lines file): "evaluated 120000 cases, 441/3680 MB (12%), 16480
     * cases/s, about 3 min 16 s left"; at the end, how long it took and the rate.
     *
     * <p>Example:
     * <pre>{@code
     * Progress progress = Progress.ofBytes(err, console, Files.size(caseload), "evaluated", "cases", System::nanoTime);
     * progress.advance(line.length());
     * }</pre>
     *
     * @param err where to write
     * @param console whether it is a console
     * @param totalBytes how many bytes will be taken in
     * @param verb what is done, in the past tense: "evaluated"
     * @param what what is counted, plural: "cases"
     * @param nanoTime a monotonic clock in nanoseconds
     * @return the progress, at 0
     */
    public static Progress ofBytes(Writer err, boolean console, long totalBytes, String verb, String what, LongSupplier nanoTime) {
        PrintWriter writer = err instanceof PrintWriter print ? print : new PrintWriter(err);
        return new Progress(writer, console, -1, Math.max(0, totalBytes), verb, what, nanoTime);
    }

    /**
     * Whether this process's standard error is an interactive console. Java tells only whether
     * the process has a console at all (on Java 17, standard input and output are both a
     * terminal), so output redirected to a file counts as no console, which is the case that
     * matters: no carriage returns in a log.
     *
     * <p>Example:
     * <pre>{@code
     * boolean rewrite = Progress.standardErrorIsConsole();
     * }</pre>
     *
     * @return true when there is a console
     */
    public static boolean standardErrorIsConsole() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        // From Java 22 System.console() is there even when output is redirected; isTerminal() (22+) says
        // whether it really is a terminal. Called reflectively because Duly compiles for Java 17.
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException | RuntimeException olderJava) {
            return true;
        }
    }

    /**
     * Counts one more done, and shows it if it is time to.
     *
     * <p>Example:
     * <pre>{@code
     * progress.advance();
     * }</pre>
     */
    public synchronized void advance() {
        advance(0);
    }

    /**
     * Counts one more done, that took in so many bytes, and shows it if it is time to.
     *
     * <p>Example:
     * <pre>{@code
     * progress.advance(line.length());
     * }</pre>
     *
     * @param taken the bytes of input it took in
     */
    public synchronized void advance(long taken) {
        count++;
        bytes += taken;
        if (console) {
            long now = nanoTime.getAsLong();
            if (!printedAny || now - lastPrinted >= CONSOLE_INTERVAL.toNanos() || count == total) {
                out.print("\r" + line(false));
                out.flush();
                lastPrinted = now;
                printedAny = true;
            }
        } else if (total > 0 || totalBytes > 0) {
            int tenth = total > 0 ? (int) (10L * count / total) : (int) (10 * Math.min(bytes, totalBytes) / totalBytes);
            if (tenth > lastTenth) {
                lastTenth = tenth;
                out.println(line(false));
                out.flush();
                printedAny = true;
            }
        }
    }

    /**
     * Shows the final count and ends the line; calling it again does nothing.
     *
     * <p>Example:
     * <pre>{@code
     * progress.done();
     * }</pre>
     */
    public synchronized void done() {
        if (finished) {
            return;
        }
        finished = true;
        if (console) {
            out.println("\r" + line(true));
        } else if (totalBytes >= 0 || !(total > 0 && count == total && printedAny && lastTenth == 10)) {
            out.println(line(true));
        }
        out.flush();
    }

    /**
     * How many are done so far.
     *
     * @return the count
     */
    public synchronized int count() {
        return count;
    }

    private String line(boolean end) {
        if (totalBytes < 0) {
            // A total not known in advance shows the count alone.
            return verb + " " + count + (total >= 0 ? "/" + total : "") + " " + what;
        }
        double seconds = (nanoTime.getAsLong() - started) / 1e9;
        StringBuilder line = new StringBuilder(verb).append(' ').append(count).append(' ').append(what).append(", ");
        if (end) {
            line.append(megabytes(bytes)).append(" MB");
            if (seconds >= 0.1) {
                line.append(String.format(Locale.ROOT, ", in %.1f s (%d %s/s)", seconds, Math.round(count / seconds), what));
            }
            return line.toString();
        }
        line.append(megabytes(bytes)).append('/').append(megabytes(totalBytes)).append(" MB (")
                .append(totalBytes == 0 ? 100 : 100 * Math.min(bytes, totalBytes) / totalBytes).append("%)");
        if (seconds >= 1 && bytes > 0) {
            long left = Math.round((totalBytes - Math.min(bytes, totalBytes)) * seconds / bytes);
            line.append(", ").append(Math.round(count / seconds)).append(' ').append(what).append("/s, about ")
                    .append(left >= 60 ? left / 60 + " min " + left % 60 + " s" : left + " s").append(" left");
        }
        return line.toString();
    }

    private static String megabytes(long bytes) {
        return bytes < 100_000_000 ? String.format(Locale.ROOT, "%.1f", bytes / 1e6) : Long.toString(Math.round(bytes / 1e6));
    }
}
