package org.duly.casefile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a case file cannot be used: it carries every problem found in it, each with the file,
 * the line and column, the event and the field. No message quotes a name from the file.
 *
 * <p>{@link CaseFileReader#read(String, String)} returns the problems as a value; its
 * {@code orElseThrow()} throws this.
 */
public final class InvalidCaseFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The problems; transient because a problem is not serializable, and the message keeps them in words. */
    private final transient List<CaseFileProblem> problems;

    /**
     * Creates the exception.
     *
     * <p>Example:
     * <pre>{@code
     * InvalidCaseFileException e = new InvalidCaseFileException(List.of(new CaseFileProblem("cp.json", 0, 0, "no such file")));
     * assertThat(e).hasMessage("the case file has 1 problem: cp.json: no such file");
     * }</pre>
     *
     * @param problems every problem found, at least one
     * @throws IllegalArgumentException if there are no problems
     */
    public InvalidCaseFileException(List<CaseFileProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<CaseFileProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid case file has at least one problem");
        }
        return "the case file has " + problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
                + problems.stream().map(CaseFileProblem::toString).collect(Collectors.joining("; "));
    }

    /**
     * Every problem found, in reading order.
     *
     * <p>Example:
     * <pre>{@code
     * try {
     *     CaseFileReader.read(path).orElseThrow();
     * } catch (InvalidCaseFileException e) {
     *     e.problems().forEach(System.err::println);
     * }
     * }</pre>
     *
     * @return the problems, unmodifiable
     */
    public List<CaseFileProblem> problems() {
        return problems;
    }
}
