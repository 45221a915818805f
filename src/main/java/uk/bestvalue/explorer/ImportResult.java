package uk.bestvalue.explorer;

import java.util.List;

/** What an import did: the import record (absent when nothing changed) and the counts. */
public record ImportResult(String fileName, String format, Long importId, int rows, int added, int changed, int unchanged,
                           int outsideScope, List<ValueProblem> skipped) {
    public ImportResult {
        skipped = List.copyOf(skipped);
    }

    public boolean changedNothing() {
        return added == 0 && changed == 0;
    }
}
