package org.duly.cli;

import java.util.List;
import org.duly.casefile.CaseFileProblem;

/**
 * Case files that duly cannot use: every problem in every file, each printed on its own line as
 * {@code file:line:column: message} (so that editors can jump to it), then a summary. When reading or
 * scheduling a file failed inside duly, the failures come along for {@code --debug}, and the exit code
 * is {@link ExitCode#INTERNAL_ERROR}.
 */
final class InvalidCaseFilesException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final transient List<CaseFileProblem> problems;
    private final transient List<Throwable> internalErrors;

    InvalidCaseFilesException(List<CaseFileProblem> problems, List<Throwable> internalErrors, String summary) {
        super(summary);
        this.problems = List.copyOf(problems);
        this.internalErrors = List.copyOf(internalErrors);
    }

    List<CaseFileProblem> problems() {
        return problems;
    }

    List<Throwable> internalErrors() {
        return internalErrors;
    }
}
