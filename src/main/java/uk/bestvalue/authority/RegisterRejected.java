package uk.bestvalue.authority;

import java.util.List;
import java.util.stream.Collectors;

/** A register file had problems, so none of it was imported. */
public class RegisterRejected extends RuntimeException {
    private static final int SHOWN_IN_MESSAGE = 20;

    private final String source;
    private final List<RegisterProblem> problems;

    public RegisterRejected(String source, List<RegisterProblem> problems) {
        super(describe(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<RegisterProblem> problems() {
        return problems;
    }

    private static String describe(String source, List<RegisterProblem> problems) {
        String listed = problems.stream().limit(SHOWN_IN_MESSAGE)
                .map(problem -> "  " + source + ": " + problem)
                .collect(Collectors.joining("\n"));
        String more = problems.size() > SHOWN_IN_MESSAGE ? "\n  … and " + (problems.size() - SHOWN_IN_MESSAGE) + " more" : "";
        return source + " was not imported; nothing was changed. "
                + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n" + listed + more;
    }
}
