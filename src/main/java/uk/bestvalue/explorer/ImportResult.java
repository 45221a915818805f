package uk.bestvalue.explorer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did: the import record (absent when nothing changed) and the counts. {@code read} is
 * every data row in the file; {@code rows} the rows accepted; {@code skipped} the bad rows left out
 * (with --skip-bad-rows); {@code outsideScope} the rows about places outside England, counted and left out;
 * {@code filtered} the rows a recipe's filters left out (England and regional totals, other indicators).
 */
public record ImportResult(String fileName, String format, Long importId, int read, int rows, int added, int changed, int unchanged,
                           int outsideScope, int filtered, List<ValueProblem> skipped, long skippedCount, Map<String, Integer> skippedReasons) {
    public ImportResult {
        skipped = List.copyOf(skipped);
        skippedReasons = java.util.Collections.unmodifiableMap(new TreeMap<>(skippedReasons));
    }

    /** {@code skipped} may keep only the first problems of many (a {@link ProblemList}); the counts are of all of them. */
    public ImportResult(String fileName, String format, Long importId, int read, int rows, int added, int changed, int unchanged,
                        int outsideScope, int filtered, List<ValueProblem> skipped) {
        this(fileName, format, importId, read, rows, added, changed, unchanged, outsideScope, filtered, skipped, ProblemList.count(skipped),
                ProblemList.byColumn(skipped));
    }

    public ImportResult(String fileName, String format, Long importId, int read, int rows, int added, int changed, int unchanged,
                        int outsideScope, List<ValueProblem> skipped) {
        this(fileName, format, importId, read, rows, added, changed, unchanged, outsideScope, 0, skipped);
    }

    public boolean changedNothing() {
        return importId == null;
    }

    /** Skipped problems counted by the column they were found in ("value", "authority_code", …), all of them, kept or not. */
    public Map<String, Integer> skippedByReason() {
        return skippedReasons;
    }

    /** The one line that reports an import, on the command line and on the page. */
    public String summary() {
        StringBuilder s = new StringBuilder(String.format("%,d rows read: %,d added, %,d changed, %,d unchanged, %,d skipped", read, added,
                changed, unchanged, skippedCount));
        if (!skipped.isEmpty()) {
            s.append(" (");
            s.append(String.join(", ", skippedByReason().entrySet().stream().map(e -> String.format("%,d for %s", e.getValue(), e.getKey())).toList()));
            s.append(')');
        }
        s.append(String.format(", %,d outside England", outsideScope));
        if (filtered > 0) {
            s.append(String.format(", %,d left out by the recipe's filters", filtered));
        }
        return s.toString();
    }
}
