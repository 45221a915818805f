package uk.bestvalue.assessment;

import java.util.List;
import uk.bestvalue.framework.Criterion;

/** How much of a theme the evidence reaches: its criteria with and without any evidence yet. */
public record ThemeCoverage(String themeCode, String themeName, int criteria, List<Criterion> withoutEvidence) {
    public ThemeCoverage {
        withoutEvidence = List.copyOf(withoutEvidence);
    }

    public int evidenced() {
        return criteria - withoutEvidence.size();
    }

    public boolean isComplete() {
        return withoutEvidence.isEmpty();
    }
}
