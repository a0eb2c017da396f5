package nl.workinnl.assistant.corpus;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown at start-up when the corpus or the translations contain mistakes; lists all of them at once. */
public class InvalidDataException extends RuntimeException {

    private final List<DataProblem> problems;

    public InvalidDataException(List<DataProblem> problems) {
        super(problems.size() + " problem(s) in the data files:\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<DataProblem> problems() {
        return problems;
    }
}
