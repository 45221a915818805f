package uk.bestvalue.web;

import java.util.List;
import uk.bestvalue.auth.AuditEntry;
import uk.bestvalue.auth.FieldChange;

/** One line of a history page: the entry, what it was about in words, and what it changed field by field. */
public record HistoryRow(AuditEntry entry, String what, List<FieldChange> changes) {

    /** When, as people read it: "2024-06-01 09:00:00" from the stored instant. */
    public String when() {
        String at = entry.at().replace('T', ' ');
        int dot = at.indexOf('.');
        return dot > 0 ? at.substring(0, dot) : at.replace("Z", "");
    }

    /** A recorded field's name as words: "levelCode" reads "score", "dueDate" reads "due date". */
    public static String field(String name) {
        return switch (name) {
            case "levelCode" -> "score";
            case "themeCode" -> "theme";
            case "criterionCode" -> "criterion";
            default -> name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }

    static String describe(AuditEntry e) {
        String id = e.entityId();
        String part = id.contains("/") ? id.substring(id.indexOf('/') + 1) : id;
        String thing = switch (e.entity()) {
            case "assessment" -> "The assessment";
            case "theme_score" -> "Score of theme " + part;
            case "theme_review" -> "Review of theme " + part;
            case "criterion_score" -> "Score of criterion " + part;
            case "statutory_comment" -> "Statutory officer's comment (" + part.replace('-', ' ') + ")";
            case "report_draft" -> "Committee report draft";
            case "carry_problems" -> "What could not be carried";
            case "evidence" -> "Evidence item";
            case "evidence_use" -> "Use of the evidence item";
            case "evidence_link" -> "Link of the evidence to criterion " + part;
            case "action" -> "Action";
            case "action_update" -> "Progress note on the action";
            default -> e.entity().replace('_', ' ');
        };
        String verb = switch (e.action()) {
            case "create" -> "added";
            case "update" -> "changed";
            case "delete" -> "removed";
            case "move" -> "moved on in the sign-off";
            case "restore" -> "restored";
            case "import" -> "imported";
            default -> e.action().replace('_', ' ');
        };
        return thing + " " + verb;
    }
}
