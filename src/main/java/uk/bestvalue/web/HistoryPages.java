package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.bestvalue.NotFound;
import uk.bestvalue.assessment.Action;
import uk.bestvalue.assessment.AssessmentView;
import uk.bestvalue.assessment.Assessments;
import uk.bestvalue.assessment.EvidenceUse;
import uk.bestvalue.auth.AuditDiff;
import uk.bestvalue.auth.AuditEntry;
import uk.bestvalue.auth.AuditLog;
import uk.bestvalue.auth.HistoryKey;
import uk.bestvalue.framework.Criterion;
import uk.bestvalue.framework.Theme;

/**
 * History pages, read from the audit trail: who changed what and when, field by field, for an
 * assessment, one of its themes, an evidence item it uses and one of its actions. Only the
 * assessment's own authority's entries are ever read.
 */
final class HistoryPages {
    /** The newest entries a page shows; the whole trail downloads as CSV. */
    static final int SHOWN = 500;

    private final AuditLog audit;
    private final Assessments assessments;

    HistoryPages(AuditLog audit, Assessments assessments) {
        this.audit = audit;
        this.assessments = assessments;
    }

    void routes(Javalin app) {
        app.get("/assessments/{id}/history", ctx -> {
            AssessmentView view = view(ctx);
            long id = view.assessment().id();
            List<HistoryKey> keys = new ArrayList<>(List.of(HistoryKey.of("assessment", id), HistoryKey.of("report_draft", id),
                    HistoryKey.of("carry_problems", id), HistoryKey.under("theme_score", id), HistoryKey.under("theme_review", id),
                    HistoryKey.under("criterion_score", id), HistoryKey.under("statutory_comment", id)));
            for (Action action : view.actions()) {
                keys.add(HistoryKey.of("action", action.id()));
                keys.add(HistoryKey.of("action_update", action.id()));
            }
            for (EvidenceUse use : view.evidence()) {
                keys.addAll(evidenceKeys(use.item().id()));
            }
            render(ctx, view, "the assessment", "/assessments/" + id, keys);
        }, Access.READ);
        app.get("/assessments/{id}/themes/{theme}/history", ctx -> {
            AssessmentView view = view(ctx);
            long id = view.assessment().id();
            Theme theme = view.version().theme(ctx.pathParam("theme")).orElseThrow(() -> new NotFound("Theme not found",
                    "This assessment's framework has no theme '" + Input.shortened(ctx.pathParam("theme"), 50) + "'"));
            List<HistoryKey> keys = new ArrayList<>(List.of(HistoryKey.of("theme_score", id + "/" + theme.code()),
                    HistoryKey.of("theme_review", id + "/" + theme.code())));
            for (Criterion criterion : theme.criteria()) {
                keys.add(HistoryKey.of("criterion_score", id + "/" + criterion.code()));
            }
            render(ctx, view, theme.name(), "/assessments/" + id + "/themes/" + theme.code(), keys);
        }, Access.READ);
        app.get("/assessments/{id}/evidence/{evidenceId}/history", ctx -> {
            AssessmentView view = view(ctx);
            long evidenceId = Bodies.id(ctx, "evidenceId", "Evidence");
            EvidenceUse use = view.evidence().stream().filter(u -> u.item().id() == evidenceId).findFirst()
                    .orElseThrow(() -> new NotFound("Evidence not found", "This assessment uses no evidence item " + evidenceId));
            render(ctx, view, use.item().title(), "/assessments/" + view.assessment().id() + "/evidence/" + evidenceId, evidenceKeys(evidenceId));
        }, Access.READ);
        app.get("/assessments/{id}/actions/{actionId}/history", ctx -> {
            AssessmentView view = view(ctx);
            long actionId = Bodies.id(ctx, "actionId", "Action");
            Action action = view.actions().stream().filter(a -> a.id() == actionId).findFirst()
                    .orElseThrow(() -> new NotFound("Action not found", "This assessment has no action " + actionId));
            render(ctx, view, "the action " + Input.shortened(action.description(), 80), "/assessments/" + view.assessment().id()
                    + "/actions/" + actionId, List.of(HistoryKey.of("action", actionId), HistoryKey.of("action_update", actionId)));
        }, Access.READ);
    }

    private static List<HistoryKey> evidenceKeys(long evidenceId) {
        return List.of(HistoryKey.of("evidence", evidenceId), HistoryKey.of("evidence_use", evidenceId),
                HistoryKey.under("evidence_link", evidenceId));
    }

    private void render(Context ctx, AssessmentView view, String what, String back, List<HistoryKey> keys) {
        List<AuditEntry> entries = audit.history(view.assessment().authority().value(), keys, SHOWN);
        List<HistoryRow> rows = entries.stream().map(e -> new HistoryRow(e, HistoryRow.describe(e), AuditDiff.of(e))).toList();
        ctx.render("history.jte", Map.of("view", view, "what", what, "back", back, "rows", rows, "limited", entries.size() == SHOWN));
    }

    private AssessmentView view(Context ctx) {
        return assessments.view(Bodies.id(ctx, "id", "Assessment"));
    }
}
