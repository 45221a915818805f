package uk.bestvalue.explorer;

import java.util.List;
import java.util.stream.Collectors;

/** A values file had bad rows, so nothing in it was imported. */
public class ValuesRejected extends RuntimeException {
    private static final int SHOWN = 20;
    private final List<ValueProblem> problems;
    private final long count;

    /** {@code problems} may keep only the first of many (a {@link ProblemList}); the message counts all of them. */
    public ValuesRejected(String file, List<ValueProblem> problems) {
        super(file + " was not imported; nothing was changed. " + ProblemList.count(problems) + (ProblemList.count(problems) == 1 ? " problem" : " problems")
                + " (use --skip-bad-rows to import the good rows and report the rest):\n"
                + problems.stream().limit(SHOWN).map(p -> "  " + file + ": " + p).collect(Collectors.joining("\n"))
                + (ProblemList.count(problems) > SHOWN ? "\n  … and " + (ProblemList.count(problems) - SHOWN) + " more" : ""));
        this.problems = List.copyOf(problems);
        this.count = ProblemList.count(problems);
    }

    /** The problems kept to show: the first {@value ProblemList#KEPT} at most. */
    public List<ValueProblem> problems() {
        return problems;
    }

    /** How many problems the file had, shown or not. */
    public long count() {
        return count;
    }
}
