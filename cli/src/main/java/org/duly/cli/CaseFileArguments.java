package org.duly.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.duly.casefile.CaseFile;
import org.duly.casefile.CaseFileProblem;
import org.duly.casefile.CaseFileReader;
import org.duly.domain.Checked;

/** Case files named on the command line: files as given, directories for the {@code .json} files in them. */
final class CaseFileArguments {

    private CaseFileArguments() {
    }

    /** The files the arguments name, directories expanded (recursively, in name order). */
    static List<Path> expand(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try (Stream<Path> found = Files.walk(argument)) {
                    List<Path> json = found.filter(path -> path.toString().endsWith(".json") && Files.isRegularFile(path))
                            .filter(path -> !path.getFileName().toString().endsWith(".schema.json")).sorted().toList();
                    if (json.isEmpty()) {
                        throw new InvalidInputException(argument + ": no case files (*.json) in this directory");
                    }
                    files.addAll(json);
                } catch (IOException | UncheckedIOException e) {
                    throw new InvalidInputException(argument + ": cannot list the case files in this directory ("
                            + e.getClass().getSimpleName() + ")");
                }
            } else {
                files.add(argument);
            }
        }
        return files;
    }

    /** Reads every file, or reports every problem in every file at once. */
    static List<CaseFile> readAll(List<Path> files) {
        List<CaseFile> read = new ArrayList<>();
        List<CaseFileProblem> problems = new ArrayList<>();
        for (Path file : files) {
            Checked<CaseFile, CaseFileProblem> one = CaseFileReader.read(file);
            one.value().ifPresent(read::add);
            problems.addAll(one.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseFilesException(problems, files.size());
        }
        return read;
    }
}
