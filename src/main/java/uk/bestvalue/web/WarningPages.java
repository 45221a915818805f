package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.bestvalue.Conflict;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;
import uk.bestvalue.assessment.AssessmentView;
import uk.bestvalue.assessment.Assessments;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.warning.Decision;
import uk.bestvalue.warning.Flag;
import uk.bestvalue.warning.SuggestedEvidence;
import uk.bestvalue.warning.Suggestion;
import uk.bestvalue.warning.Warnings;
import uk.bestvalue.warning.Watchlist;

/** Early-warning signals as suggested evidence in an assessment (accept, dismiss), and the watchlist page and CSV. */
final class WarningPages {
    private final Warnings warnings;
    private final SuggestedEvidence suggestions;
    private final Assessments assessments;
    private final AuthorityRegister authorities;
    private java.util.function.Supplier<List<uk.bestvalue.explorer.SavedGroup>> groups = List::of;

    /** The saved groups (networks) the watchlist can be narrowed to. */
    WarningPages withGroups(java.util.function.Supplier<List<uk.bestvalue.explorer.SavedGroup>> groups) {
        this.groups = groups;
        return this;
    }

    WarningPages(Warnings warnings, SuggestedEvidence suggestions, Assessments assessments, AuthorityRegister authorities) {
        this.warnings = warnings;
        this.suggestions = suggestions;
        this.assessments = assessments;
        this.authorities = authorities;
    }

    void routes(Javalin app) {
        app.get("/assessments/{id}/signals/{flag}", ctx -> signal(ctx, Form.empty("signal"), HttpStatus.OK), Access.READ);
        app.post("/assessments/{id}/signals/{flag}/accept", this::accept, Access.EDIT);
        app.post("/assessments/{id}/signals/{flag}/dismiss", this::dismiss, Access.EDIT);
        app.post("/assessments/{id}/signals/{flag}/reopen", this::reopen, Access.EDIT);
        app.get("/watchlist", this::watchlist, Access.PUBLIC);
        app.get("/authorities/{code}/flags", ctx -> {
            var authority = authorities.require(ctx.pathParam("code"));
            ctx.render("authority-flags.jte", Map.of("authority", authority, "flags", warnings.flags(authority.code())));
        }, Access.PUBLIC);
        app.get("/watchlist.csv", ctx -> WarningApi.watchlistCsv(ctx, warnings.watchlist(filter(ctx))), Access.PUBLIC);
    }

    private void signal(Context ctx, Form form, HttpStatus status) {
        long id = id(ctx);
        AssessmentView view = assessments.view(id);
        Suggestion suggestion = suggestions.suggestion(id, flag(ctx));
        Decision decision = suggestions.decisions(id).stream().filter(d -> d.flagId() == suggestion.flag().id()).findFirst().orElse(null);
        Map<String, Object> model = new HashMap<>(Map.of("view", view, "suggestion", suggestion, "form", form));
        if (decision != null) {
            model.put("dismissed", !decision.accepted());
            model.put("decided", decision.accepted() ? "Accepted as evidence by " + decision.decidedBy() + " on " + decision.decidedAt().toLocalDate() + "."
                    : "Dismissed by " + decision.decidedBy() + " on " + decision.decidedAt().toLocalDate() + ": " + decision.reason());
        }
        ctx.status(status);
        ctx.render("signal.jte", model);
    }

    private void accept(Context ctx) {
        long id = id(ctx);
        Flag flag = suggestions.suggestion(id, flag(ctx)).flag();
        try {
            suggestions.accept(Actors.of(ctx), id, flag.id(), ctx.formParam("criterion"));
            ctx.redirect(Saved.after("/assessments/" + id + "/themes/" + flag.theme() + "#evidence", "signal-accepted"), HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            signal(ctx, Form.submitted("signal", ctx, e.errors()), HttpStatus.BAD_REQUEST);
        } catch (Conflict e) {
            signal(ctx, Form.submitted("signal", ctx, List.of(new FieldError("criterion", e.getMessage()))), HttpStatus.CONFLICT);
        }
    }

    private void dismiss(Context ctx) {
        long id = id(ctx);
        Flag flag = suggestions.suggestion(id, flag(ctx)).flag();
        try {
            suggestions.dismiss(Actors.of(ctx), id, flag.id(), ctx.formParam("reason"));
            ctx.redirect(Saved.after("/assessments/" + id + "/themes/" + flag.theme() + "#suggested-evidence", "signal-dismissed"),
                    HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            signal(ctx, Form.submitted("signal", ctx, e.errors()), HttpStatus.BAD_REQUEST);
        } catch (Conflict e) {
            signal(ctx, Form.submitted("signal", ctx, List.of(new FieldError("reason", e.getMessage()))), HttpStatus.CONFLICT);
        }
    }

    private void reopen(Context ctx) {
        long id = id(ctx);
        Flag flag = suggestions.suggestion(id, flag(ctx)).flag();
        try {
            suggestions.reopen(Actors.of(ctx), id, flag.id());
            ctx.redirect(Saved.after("/assessments/" + id + "/themes/" + flag.theme() + "#suggested-evidence", "signal-reopened"),
                    HttpStatus.SEE_OTHER);
        } catch (Conflict e) {
            signal(ctx, Form.submitted("signal", ctx, List.of(new FieldError("signal", e.getMessage()))), HttpStatus.CONFLICT);
        }
    }

    private void watchlist(Context ctx) {
        Watchlist.Filter filter = filter(ctx);
        Watchlist list;
        Form form;
        try {
            list = warnings.watchlist(filter);
            form = new Form("filter", ctx.queryParamMap(), List.of());
        } catch (Invalid e) {
            list = new Watchlist(null, List.of()); // nothing shown under a filter that could not be read, rather than everything
            form = new Form("filter", ctx.queryParamMap(), e.errors());
            ctx.status(HttpStatus.BAD_REQUEST);
        }
        String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        ctx.render("watchlist.jte", Map.of("list", list, "form", form, "rules", warnings.active(), "csv", "/watchlist.csv" + query,
                "groups", groups.get()));
    }

    static Watchlist.Filter filter(Context ctx) {
        return new Watchlist.Filter(ctx.queryParam("region"), ctx.queryParam("type"), ctx.queryParam("theme"), ctx.queryParam("rule"),
                ctx.queryParam("group"));
    }

    private static long id(Context ctx) {
        return Bodies.id(ctx, "id", "Assessment");
    }

    private static long flag(Context ctx) {
        return Bodies.id(ctx, "flag", "Signal");
    }
}
