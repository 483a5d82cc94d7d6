package org.duly.cli;

import java.util.List;
import org.duly.casefile.CaseFileProblem;

/**
 * Case files that duly cannot use: every problem in every file, each printed on its own line as
 * {@code file:line:column: message} (so that editors can jump to it), then a summary.
 */
final class InvalidCaseFilesException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final transient List<CaseFileProblem> problems;

    InvalidCaseFilesException(List<CaseFileProblem> problems, int files) {
        super(summary(problems, files));
        this.problems = List.copyOf(problems);
    }

    List<CaseFileProblem> problems() {
        return problems;
    }

    private static String summary(List<CaseFileProblem> problems, int files) {
        long bad = problems.stream().map(CaseFileProblem::file).distinct().count();
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + bad + " of " + files
                + (files == 1 ? " case file" : " case files");
    }
}
