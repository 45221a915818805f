package uk.bestvalue.network;

import java.util.List;

/**
 * The network's published theme scores side by side: one row per theme (by code and name), one
 * column per member that opted in and has a published assessment; a member that has not is listed
 * with why.
 */
public record ThemeComparison(List<Column> columns, List<Row> rows, List<String> notShown) {
    public ThemeComparison {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notShown = List.copyOf(notShown);
    }

    /** A member's published assessment: whose, which year, which framework, the assessment to link to. */
    public record Column(String authority, String authorityName, long assessmentId, String period, String framework) {
    }

    /** A theme's score per column, in column order: the level's label and its scale's colour class key, or null where not scored. */
    public record Row(String themeCode, String themeName, List<Score> scores) {
        public Row {
            scores = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(scores));
        }
    }

    public record Score(String level, String label) {
    }
}
