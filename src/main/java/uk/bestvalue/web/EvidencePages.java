package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.bestvalue.Conflict;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;
import uk.bestvalue.NotFound;
import uk.bestvalue.assessment.AssessmentView;
import uk.bestvalue.assessment.Assessments;
import uk.bestvalue.assessment.EvidenceInput;
import uk.bestvalue.assessment.EvidenceLibrary;
import uk.bestvalue.assessment.EvidenceUse;

/** One evidence item in an assessment: edit it, confirm it still holds, take a link off, or remove it. */
final class EvidencePages {
    private final Assessments assessments;
    private final EvidenceLibrary evidence;

    EvidencePages(Assessments assessments, EvidenceLibrary evidence) {
        this.assessments = assessments;
        this.evidence = evidence;
    }

    void routes(Javalin app) {
        app.get("/assessments/{id}/evidence/{evidenceId}", ctx -> page(ctx, null, null, HttpStatus.OK), Access.READ);
        app.post("/assessments/{id}/evidence/{evidenceId}", this::save, Access.EDIT);
        app.post("/assessments/{id}/evidence/{evidenceId}/refresh", this::refresh, Access.EDIT);
        app.post("/assessments/{id}/evidence/{evidenceId}/links/{criterion}/remove", ctx -> {
            try {
                evidence.removeLink(Actors.of(ctx), id(ctx), evidenceId(ctx), ctx.pathParam("criterion"));
                ctx.redirect(Saved.after(itemPath(ctx), "evidence-unlinked"), HttpStatus.SEE_OTHER);
            } catch (Conflict e) {
                page(ctx, null, new Form("unlink", Map.of(), List.of(new FieldError("links", e.getMessage()))), HttpStatus.CONFLICT);
            }
        }, Access.EDIT);
        app.post("/assessments/{id}/evidence/{evidenceId}/remove", ctx -> {
            evidence.remove(Actors.of(ctx), id(ctx), evidenceId(ctx));
            ctx.redirect(Saved.after("/assessments/" + id(ctx), "evidence-removed"), HttpStatus.SEE_OTHER);
        }, Access.EDIT);
    }

    private void page(Context ctx, Form edit, Form other, HttpStatus status) {
        AssessmentView view = assessments.view(id(ctx));
        long evidenceId = evidenceId(ctx);
        EvidenceUse use = view.evidence().stream().filter(u -> u.item().id() == evidenceId).findFirst()
                .orElseThrow(() -> new NotFound("Evidence not found", "This assessment does not use evidence item " + evidenceId + "."));
        Form form = edit != null ? edit : new Form("evidence", values(use), List.of());
        Map<String, Object> model = new HashMap<>(Map.of("view", view, "use", use, "form", form,
                "refresh", other != null && other.name().equals("refresh") ? other : Form.empty("refresh"),
                "unlink", other != null && other.name().equals("unlink") ? other : Form.empty("unlink")));
        model.put("saved", Saved.message(ctx));
        ctx.status(status);
        ctx.render("evidence-edit.jte", model);
    }

    private static Map<String, List<String>> values(EvidenceUse use) {
        Map<String, List<String>> values = new HashMap<>();
        put(values, "title", use.item().title());
        put(values, "description", use.item().description());
        put(values, "link", use.item().link());
        put(values, "documentRef", use.item().documentRef());
        put(values, "owner", use.item().owner());
        put(values, "date", typed(use.item().date()));
        values.put("links", use.links().stream().map(l -> l.criterionCode() + ":" + l.stance().id()).toList());
        return values;
    }

    /** A date as people type it in the forms, e.g. 31/3/2025; null stays null. */
    static String typed(java.time.LocalDate date) {
        return date == null ? null : date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    private static void put(Map<String, List<String>> values, String field, String value) {
        if (value != null) {
            values.put(field, List.of(value));
        }
    }

    private void save(Context ctx) {
        try {
            EvidenceUse saved = evidence.update(Actors.of(ctx), id(ctx), evidenceId(ctx), input(ctx));
            ctx.redirect(Saved.after("/assessments/" + id(ctx) + "/evidence/" + saved.item().id(), "evidence-edited"), HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            page(ctx, Form.submitted("evidence", ctx, e.errors()), null, HttpStatus.BAD_REQUEST);
        } catch (uk.bestvalue.EditedMeanwhile e) {
            page(ctx, Form.edited("evidence", ctx, e), null, HttpStatus.CONFLICT);
        }
    }

    private void refresh(Context ctx) {
        try {
            EvidenceUse saved = evidence.refresh(Actors.of(ctx), id(ctx), evidenceId(ctx), ctx.formParam("date"));
            ctx.redirect(Saved.after("/assessments/" + id(ctx) + "/evidence/" + saved.item().id(), "evidence-refreshed"), HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            page(ctx, null, Form.submitted("refresh", ctx, e.errors()), HttpStatus.BAD_REQUEST);
        }
    }

    /** The evidence form's fields; each ticked box is "CODE:stance". */
    static EvidenceInput input(Context ctx) {
        List<EvidenceInput.LinkInput> links = new ArrayList<>();
        for (String value : ctx.formParams("links")) {
            int colon = value.indexOf(':');
            links.add(colon < 0 ? new EvidenceInput.LinkInput(value, null)
                    : new EvidenceInput.LinkInput(value.substring(0, colon), value.substring(colon + 1)));
        }
        return new EvidenceInput(null, ctx.formParam("title"), ctx.formParam("description"), ctx.formParam("link"),
                ctx.formParam("documentRef"), ctx.formParam("owner"), ctx.formParam("date"), links, Form.version(ctx));
    }

    private static String itemPath(Context ctx) {
        return "/assessments/" + id(ctx) + "/evidence/" + evidenceId(ctx);
    }

    private static long id(Context ctx) {
        return Bodies.id(ctx, "id", "Assessment");
    }

    private static long evidenceId(Context ctx) {
        return Bodies.id(ctx, "evidenceId", "Evidence");
    }
}
