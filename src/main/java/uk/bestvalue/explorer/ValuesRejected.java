package uk.bestvalue.explorer;

import java.util.List;
import java.util.stream.Collectors;

/** A values file had bad rows, so nothing in it was imported. */
public class ValuesRejected extends RuntimeException {
    private static final int SHOWN = 20;
    private final List<ValueProblem> problems;

    public ValuesRejected(String file, List<ValueProblem> problems) {
        super(file + " was not imported; nothing was changed. " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " (use --skip-bad-rows to import the good rows and report the rest):\n"
                + problems.stream().limit(SHOWN).map(p -> "  " + file + ": " + p).collect(Collectors.joining("\n"))
                + (problems.size() > SHOWN ? "\n  … and " + (problems.size() - SHOWN) + " more" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<ValueProblem> problems() {
        return problems;
    }
}
