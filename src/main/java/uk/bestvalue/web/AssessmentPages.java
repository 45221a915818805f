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
import uk.bestvalue.assessment.Action;
import uk.bestvalue.assessment.ActionInput;
import uk.bestvalue.assessment.ActionPlan;
import uk.bestvalue.assessment.Assessment;
import uk.bestvalue.assessment.AssessmentExchange;
import uk.bestvalue.assessment.AssessmentInput;
import uk.bestvalue.assessment.AssessmentView;
import uk.bestvalue.assessment.Assessments;
import uk.bestvalue.assessment.EvidenceInput;
import uk.bestvalue.assessment.EvidenceLibrary;
import uk.bestvalue.assessment.ProgressInput;
import uk.bestvalue.assessment.ScoreInput;
import uk.bestvalue.assessment.YearToYear;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.framework.FrameworkCatalogue;
import uk.bestvalue.framework.Theme;

/** The self-assessment pages: an authority's assessments, the overview, a page per theme, the action plan, year on year. */
final class AssessmentPages {
    private final Assessments assessments;
    private final EvidenceLibrary evidence;
    private final ActionPlan actionPlan;
    private final YearToYear years;
    private final AssessmentExchange exchange;
    private final FrameworkCatalogue frameworks;
    private final AuthorityRegister authorities;

    AssessmentPages(Assessments assessments, EvidenceLibrary evidence, ActionPlan actionPlan, YearToYear years, AssessmentExchange exchange,
                  FrameworkCatalogue frameworks, AuthorityRegister authorities) {
        this.assessments = assessments;
        this.evidence = evidence;
        this.actionPlan = actionPlan;
        this.years = years;
        this.exchange = exchange;
        this.frameworks = frameworks;
        this.authorities = authorities;
    }

    void routes(Javalin app) {
        app.get("/authorities/{code}/assessments", ctx -> list(ctx, Form.empty("new"), HttpStatus.OK));
        app.post("/authorities/{code}/assessments", this::create);
        app.get("/assessments/{id}", ctx -> ctx.render("assessment.jte", Map.of("view", view(ctx), "today", actionPlan.today(),
                "rollForward", Form.empty("roll"))));
        app.post("/assessments/{id}/roll-forward", this::rollForward);
        app.get("/assessments/{id}/themes/{theme}", ctx -> theme(ctx, Map.of(), HttpStatus.OK));
        app.post("/assessments/{id}/themes/{theme}/score", this::scoreTheme);
        app.post("/assessments/{id}/themes/{theme}/criteria/{criterion}/score", this::scoreCriterion);
        app.post("/assessments/{id}/themes/{theme}/evidence", this::addEvidence);
        app.post("/assessments/{id}/themes/{theme}/actions", this::addAction);
        app.get("/assessments/{id}/actions", this::actions);
        app.post("/assessments/{id}/actions/{actionId}/progress", this::progress);
        app.get("/assessments/{id}/year-on-year", ctx -> ctx.render("assessment-year.jte",
                Map.of("view", view(ctx), "years", years.compare(id(ctx)))));
    }

    private void list(Context ctx, Form form, HttpStatus status) {
        Authority authority = authority(ctx);
        ctx.status(status);
        ctx.render("assessments.jte", Map.of("authority", authority, "assessments", assessments.forAuthority(authority.code()),
                "frameworks", frameworks.frameworks(), "scales", frameworks.scales(), "form", form));
    }

    private void create(Context ctx) {
        Authority authority = authority(ctx);
        try {
            Assessment created = assessments.create(Actors.of(ctx), new AssessmentInput(authority.code().value(), ctx.formParam("framework"),
                    ctx.formParam("period"), ctx.formParam("title"), ctx.formParam("owner"), ctx.formParam("scale"),
                    ctx.formParam("scoring"), "yes".equals(ctx.formParam("deriveThemeScores")), false));
            ctx.redirect("/assessments/" + created.id(), HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            list(ctx, Form.submitted("new", ctx, e.errors()), HttpStatus.BAD_REQUEST);
        } catch (Conflict e) {
            list(ctx, Form.submitted("new", ctx, List.of(new FieldError("period", e.getMessage()))), HttpStatus.CONFLICT);
        }
    }

    private void rollForward(Context ctx) {
        try {
            Assessment next = years.rollForward(Actors.of(ctx), id(ctx), ctx.formParam("period"), null);
            ctx.redirect("/assessments/" + next.id(), HttpStatus.SEE_OTHER);
        } catch (Invalid | Conflict e) {
            List<FieldError> errors = e instanceof Invalid invalid ? invalid.errors() : List.of(new FieldError("period", e.getMessage()));
            ctx.status(HttpStatus.BAD_REQUEST);
            ctx.render("assessment.jte", Map.of("view", view(ctx), "today", actionPlan.today(),
                    "rollForward", Form.submitted("roll", ctx, errors)));
        }
    }

    /** A form posted through a theme the assessment's framework does not have is a 404, and nothing is saved. */
    private void requireTheme(Context ctx) {
        AssessmentView view = view(ctx);
        if (view.version().theme(ctx.pathParam("theme")).isEmpty()) {
            throw new NotFound("Theme not found", "The framework " + view.version().reference() + " has no theme '"
                    + Input.shortened(ctx.pathParam("theme"), 100) + "'.");
        }
    }

    private void theme(Context ctx, Map<String, Form> forms, HttpStatus status) {
        AssessmentView view = view(ctx);
        Theme theme = view.version().theme(ctx.pathParam("theme")).orElseThrow(() -> new NotFound("Theme not found",
                "The framework " + view.version().reference() + " has no theme '" + ctx.pathParam("theme") + "'."));
        Map<String, Object> model = new HashMap<>();
        model.put("view", view);
        model.put("theme", theme);
        model.put("today", actionPlan.today());
        for (String name : List.of("score", "evidence", "action", "criterion")) {
            model.put(name + "Form", forms.getOrDefault(name, Form.empty(name)));
        }
        ctx.status(status);
        ctx.render("assessment-theme.jte", model);
    }

    private void scoreTheme(Context ctx) {
        try {
            assessments.scoreTheme(Actors.of(ctx), id(ctx), ctx.pathParam("theme"), new ScoreInput(ctx.formParam("score"), ctx.formParam("narrative")));
            backToTheme(ctx, "score");
        } catch (Invalid e) {
            theme(ctx, Map.of("score", Form.submitted("score", ctx, e.errors())), HttpStatus.BAD_REQUEST);
        }
    }

    private void scoreCriterion(Context ctx) {
        requireTheme(ctx);
        String criterion = ctx.pathParam("criterion");
        try {
            assessments.scoreCriterion(Actors.of(ctx), id(ctx), criterion, new ScoreInput(ctx.formParam("score"), ctx.formParam("narrative")));
            backToTheme(ctx, "criterion-" + criterion);
        } catch (Invalid e) {
            List<FieldError> errors = e.errors().stream().map(f -> new FieldError(criterion + "-" + f.field(), criterion + ": " + f.message()))
                    .toList();
            theme(ctx, Map.of("criterion", Form.submitted("criterion", ctx, errors)), HttpStatus.BAD_REQUEST);
        }
    }

    private void addEvidence(Context ctx) {
        requireTheme(ctx);
        List<EvidenceInput.LinkInput> links = new ArrayList<>();
        for (String value : ctx.formParams("links")) {
            int colon = value.indexOf(':');
            links.add(colon < 0 ? new EvidenceInput.LinkInput(value, null)
                    : new EvidenceInput.LinkInput(value.substring(0, colon), value.substring(colon + 1)));
        }
        try {
            evidence.add(Actors.of(ctx), id(ctx), new EvidenceInput(null, ctx.formParam("title"), ctx.formParam("description"), ctx.formParam("link"),
                    ctx.formParam("documentRef"), ctx.formParam("owner"), ctx.formParam("date"), links));
            backToTheme(ctx, "evidence");
        } catch (Invalid e) {
            theme(ctx, Map.of("evidence", Form.submitted("evidence", ctx, e.errors())), HttpStatus.BAD_REQUEST);
        }
    }

    private void addAction(Context ctx) {
        try {
            actionPlan.add(Actors.of(ctx), id(ctx), new ActionInput(ctx.formParam("description"), ctx.formParam("owner"), ctx.formParam("dueDate"),
                    ctx.formParam("status"), ctx.formParam("droppedReason"), ctx.pathParam("theme"), ctx.formParams("criteria")));
            backToTheme(ctx, "actions");
        } catch (Invalid e) {
            theme(ctx, Map.of("action", Form.submitted("action", ctx, e.errors())), HttpStatus.BAD_REQUEST);
        }
    }

    private void actions(Context ctx) {
        ActionFilter filter = ActionFilter.from(ctx);
        long id = id(ctx);
        AssessmentView view = assessments.view(id);
        List<Action> actions = filter.errors().isEmpty() ? actionPlan.actions(id, filter.owner(), filter.status(), filter.overdue()) : List.of();
        List<String> owners = view.actions().stream().map(Action::owner).distinct().sorted().toList();
        ctx.status(filter.errors().isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
        ctx.render("assessment-actions.jte", Map.of("view", view, "filter", filter, "actions", actions, "owners", owners,
                "today", actionPlan.today()));
    }

    private void progress(Context ctx) {
        long id = id(ctx);
        long actionId = Bodies.id(ctx, "actionId", "Action");
        Action action = actionPlan.actions(id, null, null, null).stream().filter(a -> a.id() == actionId).findFirst()
                .orElseThrow(() -> new NotFound("Action not found", "Assessment " + id + " has no action " + actionId));
        String status = ctx.formParam("status");
        if (status != null && !status.equals(action.status().id())) {
            actionPlan.update(Actors.of(ctx), id, actionId, new ActionInput(action.description(), action.owner(),
                    action.dueDate() == null ? null : action.dueDate().toString(), status, ctx.formParam("droppedReason"),
                    action.themeCode(), action.criterionCodes()));
        }
        if (ctx.formParam("note") != null && !ctx.formParam("note").isBlank()) {
            actionPlan.addProgress(Actors.of(ctx), id, actionId, new ProgressInput(ctx.formParam("date"), ctx.formParam("note")));
        }
        ctx.redirect("/assessments/" + id + "/actions#action-" + actionId, HttpStatus.SEE_OTHER);
    }

    private void backToTheme(Context ctx, String fragment) {
        ctx.redirect("/assessments/" + id(ctx) + "/themes/" + ctx.pathParam("theme") + "#" + fragment, HttpStatus.SEE_OTHER);
    }

    private AssessmentView view(Context ctx) {
        return assessments.view(id(ctx));
    }

    private static long id(Context ctx) {
        return Bodies.id(ctx, "id", "Assessment");
    }

    private Authority authority(Context ctx) {
        return authorities.require(ctx.pathParam("code"));
    }
}
