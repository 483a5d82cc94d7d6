package org.duly.casefile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A caseload as JSON Lines (one case file per line, the same shape as a {@code .json} case file),
 * split into lines one at a time so that memory does not grow with the caseload; each line is read
 * when its {@link CaseFileLine#read()} is called, on any thread. A case file read from line 12 of
 * {@code caseload.jsonl} has the source {@code caseload.jsonl:12}. Blank lines are skipped (and
 * counted in the next line's length); a UTF-8 byte-order mark at the start and a carriage return
 * before each line feed are accepted. A line longer than a case file may be is refused without being
 * held.
 */
// Splits in batches (AbstractSpliterator), so that a parallel stream of the lines reads them on many threads.
final class CaseFileLines extends Spliterators.AbstractSpliterator<CaseFileLine> {

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
    // Bytes of blank lines since the last line given, counted in the next one's length.
    private long skipped;

    private CaseFileLines(Path file, InputStream in, Function<String, CaseFileReader> readers) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.file = file;
        this.source = file.toString();
        this.in = in;
        this.readers = readers;
    }

    /** The lines of a file: a file that cannot be read at all gives one element, its problem. */
    static Stream<CaseFileLine> of(Path file, Function<String, CaseFileReader> readers) {
        Optional<String> refused = CaseFileBytes.refusal(file, Long.MAX_VALUE);
        if (refused.isPresent()) {
            return Stream.of(CaseFileLine.problem(file.toString(), 0, 0, refused.get()));
        }
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            return Stream.of(CaseFileLine.problem(file.toString(), 0, 0, CaseFileBytes.unreadable(file, e)));
        }
        return StreamSupport.stream(new CaseFileLines(file, in, readers), false).onClose(() -> {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public boolean tryAdvance(Consumer<? super CaseFileLine> action) {
        while (!ended) {
            Optional<CaseFileLine> next = nextLine();
            if (next.isPresent()) {
                action.accept(next.get());
                return true;
            }
        }
        return false;
    }

    /** Splits off one line: the line, or empty for a blank line or the end of the file. */
    private Optional<CaseFileLine> nextLine() {
        line.reset();
        boolean tooLong = false;
        boolean any = false;
        long length = 0;
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
                int taken = position - from;
                if (position < limit) {
                    lineFeed = true;
                    position++;
                }
                length += position - from;
                any |= taken > 0 || lineFeed;
                if (line.size() + taken <= CaseFileReader.LARGEST_FILE) {
                    line.write(buffer, from, taken);
                } else {
                    // Counted, not held: the rest of the line is read and dropped.
                    tooLong = true;
                }
            }
        } catch (IOException e) {
            ended = true;
            return Optional.of(CaseFileLine.problem(source, lineNumber + 1, 0, CaseFileBytes.unreadable(file, e)));
        }
        if (!any) {
            return Optional.empty();
        }
        lineNumber++;
        length += skipped;
        if (tooLong) {
            skipped = 0;
            return Optional.of(CaseFileLine.problem(source, lineNumber, length, String.format(Locale.ROOT,
                    "a line longer than %d MB; expected one case file per line", CaseFileReader.LARGEST_FILE / (1024 * 1024))));
        }
        byte[] bytes = line.toByteArray();
        int start = lineNumber == 1 && bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        int end = bytes.length > start && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        byte[] content = start == 0 && end == bytes.length ? bytes : Arrays.copyOfRange(bytes, start, end);
        if (isBlank(content)) {
            skipped = length;
            return Optional.empty();
        }
        skipped = 0;
        return Optional.of(CaseFileLine.of(source, lineNumber, length, content, readers));
    }

    /**
     * Whether a line holds only white space: decided on the bytes when they are ASCII (nearly always:
     * a case file starts with a brace), so that the line is decoded once, when it is read.
     */
    private static boolean isBlank(byte[] content) {
        boolean ascii = true;
        for (byte b : content) {
            if (b >= 0 && !Character.isWhitespace(b)) {
                return false;
            }
            ascii &= b >= 0;
        }
        return ascii || new String(content, StandardCharsets.UTF_8).isBlank();
    }
}
