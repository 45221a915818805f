package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.bestvalue.Conflict;
import uk.bestvalue.EditedMeanwhile;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;
import uk.bestvalue.NotFound;
import uk.bestvalue.assessment.ActionInput;
import uk.bestvalue.assessment.ActionPlan;
import uk.bestvalue.assessment.Assessment;
import uk.bestvalue.assessment.AssessmentDetails;
import uk.bestvalue.assessment.AssessmentInput;
import uk.bestvalue.assessment.AssessmentView;
import uk.bestvalue.assessment.Assessments;
import uk.bestvalue.assessment.EvidenceInput;
import uk.bestvalue.assessment.EvidenceLibrary;
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
    private final FrameworkCatalogue frameworks;
    private final AuthorityRegister authorities;
    private final uk.bestvalue.assessment.Workflow workflow;
    private final uk.bestvalue.warning.SuggestedEvidence suggestions;

    AssessmentPages(Assessments assessments, EvidenceLibrary evidence, ActionPlan actionPlan, YearToYear years,
                    FrameworkCatalogue frameworks, AuthorityRegister authorities, uk.bestvalue.assessment.Workflow workflow,
                    uk.bestvalue.warning.SuggestedEvidence suggestions) {
        this.workflow = workflow;
        this.suggestions = suggestions;
        this.assessments = assessments;
        this.evidence = evidence;
        this.actionPlan = actionPlan;
        this.years = years;
        this.frameworks = frameworks;
        this.authorities = authorities;
    }

    void routes(Javalin app) {
        app.get("/authorities/{code}/assessments", ctx -> list(ctx, Form.empty("new"), HttpStatus.OK), Access.READ);
        app.post("/authorities/{code}/assessments", this::create, Access.EDIT);
        app.get("/assessments/{id}", ctx -> overview(ctx, Form.empty("roll"), HttpStatus.OK), Access.READ);
        app.get("/assessments/{id}/edit", ctx -> edit(ctx, null, null, HttpStatus.OK), Access.READ);
        app.post("/assessments/{id}/edit", this::saveDetails, Access.EDIT);
        app.post("/assessments/{id}/delete", ctx -> {
            Assessment deleted = assessments.delete(Actors.of(ctx), id(ctx));
            ctx.redirect(Saved.after("/authorities/" + deleted.authority().value() + "/assessments", "deleted"), HttpStatus.SEE_OTHER);
        }, Access.ADMIN);
        app.post("/assessments/{id}/restore", ctx -> {
            assessments.restore(Actors.of(ctx), id(ctx));
            ctx.redirect(Saved.after("/assessments/" + id(ctx), "restored"), HttpStatus.SEE_OTHER);
        }, Access.ADMIN);
        app.post("/assessments/{id}/roll-forward", this::rollForward, Access.EDIT);
        app.post("/assessments/{id}/framework", this::changeFramework, Access.EDIT);
        app.post("/assessments/{id}/left-behind/clear", ctx -> {
            assessments.clearCarryProblems(Actors.of(ctx), id(ctx));
            ctx.redirect(Saved.after("/assessments/" + id(ctx), "left-behind"), HttpStatus.SEE_OTHER);
        }, Access.EDIT);
        app.get("/assessments/{id}/themes/{theme}", ctx -> theme(ctx, Map.of(), HttpStatus.OK), Access.READ);
        app.post("/assessments/{id}/themes/{theme}/score", this::scoreTheme, Access.EDIT);
        app.post("/assessments/{id}/themes/{theme}/criteria/{criterion}/score", this::scoreCriterion, Access.EDIT);
        app.post("/assessments/{id}/themes/{theme}/review", ctx -> {
            try {
                assessments.review(Actors.of(ctx), id(ctx), ctx.pathParam("theme"), ctx.formParam("reviewer"), ctx.formParam("date"),
                        ctx.formParam("challenge"));
                backToTheme(ctx, "review", "reviewed");
            } catch (Invalid e) {
                theme(ctx, Map.of("review", Form.submitted("review", ctx, e.errors())), HttpStatus.BAD_REQUEST);
            }
        }, Access.REVIEW);
        app.post("/assessments/{id}/themes/{theme}/review/remove", ctx -> {
            assessments.unreview(Actors.of(ctx), id(ctx), ctx.pathParam("theme"));
            backToTheme(ctx, "review", "unreviewed");
        }, Access.REVIEW);
        app.post("/assessments/{id}/themes/{theme}/evidence", this::addEvidence, Access.EDIT);
        app.post("/assessments/{id}/themes/{theme}/actions", this::addAction, Access.EDIT);
        app.get("/assessments/{id}/year-on-year", ctx -> ctx.render("assessment-year.jte",
                Map.of("view", view(ctx), "years", years.compare(id(ctx)))), Access.READ);
    }

    private void list(Context ctx, Form form, HttpStatus status) {
        Authority authority = authority(ctx);
        ctx.status(status);
        Map<String, Object> model = new HashMap<>(Map.of("authority", authority, "assessments", assessments.forAuthority(authority.code()),
                "deleted", assessments.find(authority.code(), null, null, true),
                "frameworks", frameworks.frameworks(), "scales", frameworks.scales(), "form", form));
        model.put("saved", Saved.message(ctx));
        Map<String, String> versionNames = new HashMap<>();
        frameworks.frameworks().forEach(f -> f.versions().forEach(v -> versionNames.put(f.key() + "/" + v.key(), f.name() + ": " + v.name())));
        model.put("versionNames", versionNames);
        ctx.render("assessments.jte", model);
    }

    private void create(Context ctx) {
        Authority authority = authority(ctx);
        try {
            Assessment created = assessments.create(Actors.of(ctx), new AssessmentInput(authority.code().value(), ctx.formParam("framework"),
                    ctx.formParam("period"), ctx.formParam("title"), ctx.formParam("owner"), ctx.formParam("scale"),
                    ctx.formParam("scoring"), "yes".equals(ctx.formParam("deriveThemeScores")), false));
            ctx.redirect(Saved.after("/assessments/" + created.id(), "created"), HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            list(ctx, Form.submitted("new", ctx, e.errors()), HttpStatus.BAD_REQUEST);
        } catch (Conflict e) {
            list(ctx, Form.submitted("new", ctx, List.of(new FieldError("period", e.getMessage()))), HttpStatus.CONFLICT);
        }
    }

    private void rollForward(Context ctx) {
        try {
            Assessment next = years.rollForward(Actors.of(ctx), id(ctx), ctx.formParam("period"), ctx.formParam("framework"));
            ctx.redirect(Saved.after("/assessments/" + next.id(), "rolled"), HttpStatus.SEE_OTHER);
        } catch (Invalid | Conflict e) {
            List<FieldError> errors = e instanceof Invalid invalid ? invalid.errors() : List.of(new FieldError("period", e.getMessage()));
            overview(ctx, Form.submitted("roll", ctx, errors), HttpStatus.BAD_REQUEST);
        }
    }

    private void overview(Context ctx, Form rollForward, HttpStatus status) {
        AssessmentView view = view(ctx);
        Map<String, Object> model = new HashMap<>(Map.of("view", view, "today", actionPlan.today(), "rollForward", rollForward,
                "tasks", TaskList.of(view, actionPlan.today()), "leftBehind", assessments.carryProblems(view.assessment().id()),
                "versions", versions()));
        model.put("inconsistencies", suggestions.inconsistencies(view.assessment().id()));
        model.put("saved", Saved.message(ctx));
        model.put("workflow", workflow.view(view.assessment().id()));
        // Forms a viewer cannot use are not offered (the server would refuse them anyway).
        model.put("mayEdit", Gate.identity(ctx).map(who -> who.edits(view.assessment().authority().value())).orElse(false));
        ctx.status(status);
        ctx.render("assessment.jte", model);
    }

    private void changeFramework(Context ctx) {
        try {
            years.changeFramework(Actors.of(ctx), id(ctx), ctx.formParam("framework"));
            ctx.redirect(Saved.after("/assessments/" + id(ctx), "framework"), HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            edit(ctx, null, Form.submitted("framework", ctx, e.errors()), HttpStatus.BAD_REQUEST);
        } catch (Conflict e) {
            edit(ctx, null, Form.submitted("framework", ctx, List.of(new FieldError("framework", e.getMessage()))), HttpStatus.CONFLICT);
        }
    }

    /** Every loaded framework version as (reference, name), newest framework first as the catalogue lists them. */
    private List<String[]> versions() {
        List<String[]> versions = new ArrayList<>();
        frameworks.frameworks().forEach(f -> f.versions().forEach(v -> versions.add(new String[] {f.key() + "/" + v.key(), f.name() + ": " + v.name()})));
        return versions;
    }

    private void edit(Context ctx, Form submitted, HttpStatus status) {
        edit(ctx, submitted, null, status);
    }

    private void edit(Context ctx, Form submitted, Form framework, HttpStatus status) {
        AssessmentView view = view(ctx);
        Assessment a = view.assessment();
        Form form = submitted != null ? submitted : new Form("details", Map.of("title", List.of(a.title()), "owner", List.of(a.owner()),
                "period", List.of(a.period().value()), "scale", List.of(a.scaleKey()), "scoring", List.of(a.scoring().id()),
                "deriveThemeScores", a.deriveThemeScores() ? List.of("yes") : List.of()), List.of());
        ctx.status(status);
        ctx.render("assessment-edit.jte", Map.of("view", view, "form", form, "scales", frameworks.scales(), "versions", versions(),
                "framework", framework != null ? framework : Form.empty("framework")));
    }

    private void saveDetails(Context ctx) {
        try {
            assessments.edit(Actors.of(ctx), id(ctx), new AssessmentDetails(orBlank(ctx, "title"), orBlank(ctx, "owner"), orBlank(ctx, "period"),
                    ctx.formParam("scale"), ctx.formParam("scoring"), "yes".equals(ctx.formParam("deriveThemeScores")), Form.version(ctx)));
            ctx.redirect(Saved.after("/assessments/" + id(ctx), "details"), HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            edit(ctx, Form.submitted("details", ctx, e.errors()), null, HttpStatus.BAD_REQUEST);
        } catch (EditedMeanwhile e) {
            edit(ctx, Form.edited("details", ctx, e), null, HttpStatus.CONFLICT);
        } catch (Conflict e) {
            edit(ctx, Form.submitted("details", ctx, List.of(new FieldError("period", e.getMessage()))), null, HttpStatus.CONFLICT);
        }
    }

    /** A form field the page always sends: missing is the same as left blank, so that it is checked, never silently kept. */
    private static String orBlank(Context ctx, String field) {
        String value = ctx.formParam(field);
        return value == null ? "" : value;
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
                "This assessment's framework has no theme '" + ctx.pathParam("theme") + "'."));
        Map<String, Object> model = new HashMap<>();
        model.put("view", view);
        model.put("theme", theme);
        model.put("today", actionPlan.today());
        model.put("saved", Saved.message(ctx));
        // Last year's score beside this year's, through the mapping when the framework version changed.
        var years = this.years.compare(view.assessment().id());
        model.put("lastYear", years.previous() == null ? null : years.themes().stream().filter(t -> t.themeCode().equals(theme.code()))
                .findFirst().map(t -> t.then() == null ? "not scored" : t.then().label()).map(l -> "Last year's score (" + years.previous().period().value() + "): " + l)
                .orElse(null));
        model.put("suggestions", suggestions.forTheme(view.assessment().id(), theme.code()));
        for (String name : List.of("score", "evidence", "action", "criterion", "review")) {
            model.put(name + "Form", forms.getOrDefault(name, Form.empty(name)));
        }
        ctx.status(status);
        ctx.render("assessment-theme.jte", model);
    }

    private void scoreTheme(Context ctx) {
        try {
            assessments.scoreTheme(Actors.of(ctx), id(ctx), ctx.pathParam("theme"), scoreInput(ctx));
            backToTheme(ctx, "score", "score");
        } catch (Invalid e) {
            theme(ctx, Map.of("score", Form.submitted("score", ctx, e.errors())), HttpStatus.BAD_REQUEST);
        } catch (EditedMeanwhile e) {
            theme(ctx, Map.of("score", Form.edited("score", ctx, e)), HttpStatus.CONFLICT);
        }
    }

    private void scoreCriterion(Context ctx) {
        requireTheme(ctx);
        String criterion = ctx.pathParam("criterion");
        requireCriterionOfTheme(ctx, criterion);
        try {
            assessments.scoreCriterion(Actors.of(ctx), id(ctx), criterion, scoreInput(ctx));
            backToTheme(ctx, "criterion-" + criterion, "criterion");
        } catch (Invalid e) {
            List<FieldError> errors = e.errors().stream().map(f -> new FieldError(criterion + "-" + f.field(), criterion + ": " + f.message()))
                    .toList();
            theme(ctx, Map.of("criterion", Form.submitted("criterion", ctx, errors)), HttpStatus.BAD_REQUEST);
        } catch (EditedMeanwhile e) {
            Form edited = Form.edited("criterion", ctx, e);
            theme(ctx, Map.of("criterion", new Form("criterion", edited.values(),
                    List.of(new FieldError(criterion + "-" + Form.VERSION, criterion + ": " + e.getMessage())))), HttpStatus.CONFLICT);
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
            backToTheme(ctx, "evidence", "evidence");
        } catch (Invalid e) {
            theme(ctx, Map.of("evidence", Form.submitted("evidence", ctx, e.errors())), HttpStatus.BAD_REQUEST);
        }
    }

    private void addAction(Context ctx) {
        try {
            actionPlan.add(Actors.of(ctx), id(ctx), new ActionInput(ctx.formParam("description"), ctx.formParam("owner"), ctx.formParam("dueDate"),
                    ctx.formParam("status"), ctx.formParam("droppedReason"), ctx.pathParam("theme"), ctx.formParams("criteria")));
            backToTheme(ctx, "actions", "action");
        } catch (Invalid e) {
            theme(ctx, Map.of("action", Form.submitted("action", ctx, e.errors())), HttpStatus.BAD_REQUEST);
        }
    }

    private void backToTheme(Context ctx, String fragment, String saved) {
        ctx.redirect(Saved.after("/assessments/" + id(ctx) + "/themes/" + ctx.pathParam("theme") + "#" + fragment, saved), HttpStatus.SEE_OTHER);
    }

    /** The score as the form sends it: a level, or "clear" to clear it explicitly. */
    private static ScoreInput scoreInput(Context ctx) {
        String score = ctx.formParam("score");
        boolean clear = "clear".equals(score);
        return new ScoreInput(clear ? null : score, ctx.formParam("narrative"), clear, ctx.formParam("changeReason"), Form.version(ctx));
    }

    /** A criterion named under a theme must belong to that theme; anything else is not there. */
    private void requireCriterionOfTheme(Context ctx, String criterion) {
        AssessmentView view = view(ctx);
        Theme theme = view.version().theme(ctx.pathParam("theme")).orElseThrow(() -> new NotFound("Theme not found",
                "This assessment's framework has no theme '" + ctx.pathParam("theme") + "'."));
        if (theme.criteria().stream().noneMatch(c -> c.code().equalsIgnoreCase(criterion))) {
            throw new NotFound("Criterion not found", "The theme " + theme.name() + " has no criterion '" + criterion + "'.");
        }
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
