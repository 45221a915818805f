package uk.bestvalue.explorer;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.TreeMap;

/**
 * The problems found in a file: the first {@value #KEPT} are kept for people to read, and every one
 * is counted, in all and by the column it was found in. A file of a million bad rows is refused or
 * reported in the same few hundred kilobytes as one of a thousand. As a list it holds the kept ones;
 * {@link #count} is how many there were.
 */
final class ProblemList extends AbstractList<ValueProblem> implements RandomAccess {
    static final int KEPT = 1_000;

    private final List<ValueProblem> kept = new ArrayList<>();
    private final Map<String, Integer> byColumn = new TreeMap<>();
    private long count;

    ProblemList() {
    }

    /** A list holding what {@code problems} holds and counting what it counted. */
    ProblemList(List<ValueProblem> problems) {
        if (problems instanceof ProblemList other) {
            kept.addAll(other.kept);
            byColumn.putAll(other.byColumn);
            count = other.count;
        } else {
            problems.forEach(this::add);
        }
    }

    @Override
    public boolean add(ValueProblem problem) {
        count++;
        byColumn.merge(column(problem), 1, Integer::sum);
        if (kept.size() < KEPT) {
            kept.add(problem);
        }
        return true;
    }

    @Override
    public ValueProblem get(int index) {
        return kept.get(index);
    }

    @Override
    public ValueProblem set(int index, ValueProblem problem) {
        return kept.set(index, problem);
    }

    @Override
    public int size() {
        return kept.size();
    }

    /** How many problems there were, kept or not. */
    long count() {
        return count;
    }

    /** How many problems there were in any list: all counted in a {@code ProblemList}, else its size. */
    static long count(List<ValueProblem> problems) {
        return problems instanceof ProblemList list ? list.count : problems.size();
    }

    /** Problems counted by the column they were found in ("value", "authority_code", or "row" for a whole row). */
    static Map<String, Integer> byColumn(List<ValueProblem> problems) {
        if (problems instanceof ProblemList list) {
            return Collections.unmodifiableMap(new TreeMap<>(list.byColumn));
        }
        Map<String, Integer> counts = new TreeMap<>();
        problems.forEach(p -> counts.merge(column(p), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }

    private static String column(ValueProblem problem) {
        return problem.column() == null || problem.column().isBlank() ? "row" : problem.column();
    }
}
