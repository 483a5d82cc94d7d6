package org.duly.casefile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.duly.domain.Checked;

/**
 * A caseload as JSON Lines (one case file per line, the same shape as a {@code .json} case file),
 * read one line at a time so that memory does not grow with the caseload. Each line gives a case
 * file or its problems, located by the file's line number and the column in that line; a case file
 * read from line 12 of {@code caseload.jsonl} has the source {@code caseload.jsonl:12}. Blank lines
 * are skipped; a UTF-8 byte-order mark at the start and a carriage return before each line feed are
 * accepted. A line longer than a case file may be is refused without being held.
 */
final class CaseFileLines implements Spliterator<Checked<CaseFile, CaseFileProblem>> {

    private final Path file;
    private final String source;
    private final InputStream in;
    private final Function<String, CaseFileReader> readers;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    // Read in blocks and scanned for line feeds here: a byte at a time through a stream costs a lock per byte.
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private int lineNumber;
    private boolean ended;

    private CaseFileLines(Path file, InputStream in, Function<String, CaseFileReader> readers) {
        this.file = file;
        this.source = file.toString();
        this.in = in;
        this.readers = readers;
    }

    /** The lines of a file as case files: a file that cannot be read at all gives one element, its problem. */
    static Stream<Checked<CaseFile, CaseFileProblem>> of(Path file, Function<String, CaseFileReader> readers) {
        Optional<String> refused = CaseFileBytes.refusal(file, Long.MAX_VALUE);
        if (refused.isPresent()) {
            return Stream.of(wholeFile(file.toString(), refused.get()));
        }
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            return Stream.of(wholeFile(file.toString(), CaseFileBytes.unreadable(file, e)));
        }
        return StreamSupport.stream(new CaseFileLines(file, in, readers), false).onClose(() -> {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Checked<CaseFile, CaseFileProblem> wholeFile(String source, String message) {
        return Checked.invalid(List.of(new CaseFileProblem(source, 0, 0, message)), InvalidCaseFileException::new);
    }

    @Override
    public boolean tryAdvance(Consumer<? super Checked<CaseFile, CaseFileProblem>> action) {
        while (!ended) {
            Optional<Checked<CaseFile, CaseFileProblem>> next = nextLine();
            if (next.isPresent()) {
                action.accept(next.get());
                return true;
            }
        }
        return false;
    }

    /** Reads one line: its case file or problems, or empty for a blank line or the end of the file. */
    private Optional<Checked<CaseFile, CaseFileProblem>> nextLine() {
        line.reset();
        boolean tooLong = false;
        boolean any = false;
        try {
            boolean lineFeed = false;
            while (!lineFeed) {
                if (position == limit) {
                    limit = in.read(buffer);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        ended = true;
                        break;
                    }
                }
                int from = position;
                while (position < limit && buffer[position] != '\n') {
                    position++;
                }
                int length = position - from;
                if (position < limit) {
                    lineFeed = true;
                    position++;
                }
                any |= length > 0 || lineFeed;
                if (line.size() + length <= CaseFileReader.LARGEST_FILE) {
                    line.write(buffer, from, length);
                } else {
                    // Counted, not held: the rest of the line is read and dropped.
                    tooLong = true;
                }
            }
        } catch (IOException e) {
            ended = true;
            return Optional.of(wholeFile(source + ":" + (lineNumber + 1), CaseFileBytes.unreadable(file, e)));
        }
        if (!any) {
            return Optional.empty();
        }
        lineNumber++;
        byte[] bytes = line.toByteArray();
        int start = lineNumber == 1 && bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        int end = bytes.length > start && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        if (tooLong) {
            return Optional.of(Checked.invalid(List.of(new CaseFileProblem(source, lineNumber, 0, String.format(Locale.ROOT,
                    "a line longer than %d MB; expected one case file per line", CaseFileReader.LARGEST_FILE / (1024 * 1024)))),
                    InvalidCaseFileException::new));
        }
        byte[] content = Arrays.copyOfRange(bytes, start, end);
        Optional<CaseFileProblem> notText = CaseFileBytes.notUtf8(source, content);
        if (notText.isPresent()) {
            return Optional.of(Checked.invalid(List.of(onThisLine(notText.get())), InvalidCaseFileException::new));
        }
        String json = new String(content, StandardCharsets.UTF_8);
        if (json.isBlank()) {
            return Optional.empty();
        }
        Checked<CaseFile, CaseFileProblem> read = readers.apply(source + ":" + lineNumber).readLine(json);
        if (read.isValid()) {
            return Optional.of(read);
        }
        return Optional.of(Checked.invalid(read.problems().stream().map(this::onThisLine).toList(), InvalidCaseFileException::new));
    }

    /** A problem found in one line, located in the file: the line's number, the column in it. */
    private CaseFileProblem onThisLine(CaseFileProblem problem) {
        return new CaseFileProblem(source, problem.line() == 0 ? lineNumber : lineNumber + problem.line() - 1,
                problem.column(), problem.message());
    }

    @Override
    public Spliterator<Checked<CaseFile, CaseFileProblem>> trySplit() {
        return null;
    }

    @Override
    public long estimateSize() {
        return Long.MAX_VALUE;
    }

    @Override
    public int characteristics() {
        return Spliterator.ORDERED | Spliterator.NONNULL;
    }
}
