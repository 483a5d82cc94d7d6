package org.duly.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the command line writes files ({@code --out}): the folders a file goes in are created, and a
 * failure is an input error that says in plain words what is wrong ("reports is a directory; give a
 * file name", "cannot write out.csv: permission denied"), never with a Java exception's name.
 */
final class OutputFiles {

    private OutputFiles() {
    }

    /** Writes text to a file as UTF-8, creating the folders it is in, replacing what was there. */
    static void write(Path file, String text) {
        write(file, out -> out.write(text));
    }

    /** Text written bit by bit, so that a large report need not be one string first. */
    @FunctionalInterface
    interface Text {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes a text to a file as it comes, as UTF-8, creating the folders it needs.
     *
     * @throws InvalidInputException if the path is a folder or the file cannot be written
     */
    static void write(Path file, Text text) {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file + " is a directory; give a file name");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            text.writeTo(out);
        } catch (IOException e) {
            throw new InvalidInputException("cannot write " + file + ": " + why(e));
        }
    }

    /** Creates a folder and the folders it is in, unless they exist. */
    static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            for (Path part = directory.toAbsolutePath(); part != null; part = part.getParent()) {
                if (Files.exists(part) && !Files.isDirectory(part)) {
                    throw new InvalidInputException("cannot create the folder " + directory + ": " + part
                            + " is a file, not a folder");
                }
            }
            throw new InvalidInputException("cannot create the folder " + directory + ": " + why(e));
        }
    }

    /** Why a file operation failed, in the operating system's words: "permission denied", "no space left on device". */
    static String why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        String reason = e instanceof FileSystemException fileSystem ? fileSystem.getReason() : e.getMessage();
        return reason == null || reason.isBlank() ? "an input or output error" : reason.toLowerCase(Locale.ROOT);
    }
}
