package org.duly.casefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Optional;

/**
 * What a case file's path and bytes may be refused for, before any JSON is read, each said in plain
 * words without a Java class name: a path that is no regular file (a directory, a named pipe, a
 * device: reading a pipe would wait for ever), a symbolic link that leads nowhere or in a loop, a
 * file too large, bytes that are not UTF-8 (located at the first bad byte).
 *
 * <p>This class is immutable and thread-safe.
 */
final class CaseFileBytes {

    private CaseFileBytes() {
    }

    /**
     * Why a path cannot be read as a case file, if it cannot: found from its attributes, which never
     * opens it, so that a named pipe or a device is refused rather than read.
     *
     * @param file the path
     * @param largest the largest file read, in bytes
     * @return the reason, or empty if the path is a regular file of a size to read
     */
    static Optional<String> refusal(Path file, long largest) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.of(Files.isSymbolicLink(file) ? "a symbolic link to a file that does not exist; expected a case file"
                    : "no such file");
        } catch (IOException e) {
            return Optional.of(unreadable(file, e));
        }
        if (attributes.isDirectory()) {
            return Optional.of("a directory; expected a case file");
        }
        if (!attributes.isRegularFile()) {
            return Optional.of("not a regular file (a named pipe, a device or a socket, which could keep a reader waiting);"
                    + " expected a case file");
        }
        if (attributes.size() > largest) {
            return Optional.of("too large (" + megabytes(attributes.size()) + "); expected a case file of at most "
                    + megabytes(largest));
        }
        return Optional.empty();
    }

    /**
     * Why a path could not be read, in plain words: permission, a symbolic link that cannot be
     * followed, or the operating system's own reason.
     *
     * @param file the path
     * @param e what reading it threw
     * @return the reason
     */
    static String unreadable(Path file, IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        if (Files.isSymbolicLink(file)) {
            return "a symbolic link that cannot be followed (it leads round in a loop); expected a case file";
        }
        String reason = e instanceof FileSystemException system ? system.getReason() : null;
        return "cannot be read" + (reason == null || reason.isBlank() ? "" : ": " + reason.strip().toLowerCase(Locale.ROOT));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /**
     * The problem of bytes that are not UTF-8, located at the first byte that is not, if there is one.
     *
     * @param source the file's name, for the problem
     * @param bytes the file's bytes
     * @return the problem, or empty if the bytes are UTF-8
     */
    static Optional<CaseFileProblem> notUtf8(String source, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
                || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
            return Optional.of(new CaseFileProblem(source, 1, 1, "UTF-16 text (it starts with a UTF-16 byte-order mark);"
                    + " expected a JSON case file in UTF-8: save it as UTF-8"));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (!result.isError()) {
            return Optional.empty();
        }
        out.flip();
        int line = 1;
        int column = 1;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == out.length() || out.charAt(i + 1) != '\n')) {
                line++;
                column = 1;
            } else if (c != '\r' && !Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return Optional.of(new CaseFileProblem(source, line, column, String.format(Locale.ROOT,
                "not UTF-8 text: the byte 0x%02x here begins no UTF-8 character; expected a JSON case file in UTF-8",
                bytes[in.position()] & 0xff)));
    }
}
