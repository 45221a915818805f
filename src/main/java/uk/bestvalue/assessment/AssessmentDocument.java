package uk.bestvalue.assessment;

import java.util.List;

/**
 * A whole assessment as one JSON document (format {@code bestvalue-assessment/1}, see
 * docs/formats.md): exported, it imports into another database and exports again the same.
 * It names things by code — authority, framework version, themes, criteria, scale levels — never
 * by database id.
 */
public record AssessmentDocument(String format, String authority, String framework, String period, String title, String owner,
                                 String status, String scale, String scoring, Boolean deriveThemeScores, Boolean example,
                                 List<ThemeEntry> themes, List<CriterionEntry> criteria, List<EvidenceEntry> evidence,
                                 List<ActionEntry> actions) {
    public static final String FORMAT = "bestvalue-assessment/1";

    public AssessmentDocument {
        themes = themes == null ? List.of() : List.copyOf(themes);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public record ThemeEntry(String theme, String score, String narrative) {
    }

    public record CriterionEntry(String criterion, String score, String narrative) {
    }

    public record EvidenceEntry(String title, String description, String link, String documentRef, String owner, String date,
                                Boolean toRefresh, List<EvidenceInput.LinkInput> links) {
    }

    public record ActionEntry(String description, String owner, String dueDate, String status, String droppedReason, String theme,
                              List<String> criteria, List<ProgressInput> updates) {
    }
}
