package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.StringWriter;
import java.util.Map;
import uk.bestvalue.Invalid;
import uk.bestvalue.assessment.ActionCsv;
import uk.bestvalue.assessment.ActionInput;
import uk.bestvalue.assessment.ActionPlan;
import uk.bestvalue.assessment.Assessment;
import uk.bestvalue.assessment.AssessmentDocument;
import uk.bestvalue.assessment.AssessmentExchange;
import uk.bestvalue.assessment.AssessmentInput;
import uk.bestvalue.assessment.Assessments;
import uk.bestvalue.assessment.EvidenceInput;
import uk.bestvalue.assessment.EvidenceLibrary;
import uk.bestvalue.assessment.ProgressInput;
import uk.bestvalue.assessment.ScoreInput;
import uk.bestvalue.assessment.YearToYear;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.framework.FrameworkCatalogue;

/** The assessment API: assessments, scores, evidence, actions, roll forward, year on year, export and import. */
final class AssessmentApi {
    private final Assessments assessments;
    private final EvidenceLibrary evidence;
    private final ActionPlan actionPlan;
    private final YearToYear years;
    private final AssessmentExchange exchange;
    private final FrameworkCatalogue frameworks;
    private final AuthorityRegister authorities;

    AssessmentApi(Assessments assessments, EvidenceLibrary evidence, ActionPlan actionPlan, YearToYear years, AssessmentExchange exchange,
                  FrameworkCatalogue frameworks, AuthorityRegister authorities) {
        this.assessments = assessments;
        this.evidence = evidence;
        this.actionPlan = actionPlan;
        this.years = years;
        this.exchange = exchange;
        this.frameworks = frameworks;
        this.authorities = authorities;
    }

    record RollForwardInput(String period, String framework) {
    }

    void routes(Javalin app) {
        app.get("/api/v1/authorities/{code}/assessments", ctx -> ctx.json(Map.of("items",
                assessments.forAuthority(authority(ctx)).stream().map(AssessmentSummaryJson::of).toList())));
        app.get("/api/v1/authorities/{code}/evidence", ctx -> ctx.json(Map.of("items",
                evidence.library(authority(ctx)).stream().map(EvidenceJson::of).toList())));
        app.post("/api/v1/assessments", ctx -> created(ctx, assessments.create(Actors.of(ctx), Bodies.read(ctx, AssessmentInput.class))));
        app.post("/api/v1/assessments/import", ctx -> created(ctx, exchange.importDocument(Actors.of(ctx), Bodies.read(ctx, AssessmentDocument.class))));
        app.get("/api/v1/assessments/{id}", ctx -> ctx.json(AssessmentJson.of(assessments.view(id(ctx)), actionPlan.today())));
        app.get("/api/v1/assessments/{id}/export", ctx -> ctx.json(exchange.export(id(ctx))));
        app.put("/api/v1/assessments/{id}/themes/{theme}", ctx ->
                ctx.json(assessments.scoreTheme(Actors.of(ctx), id(ctx), ctx.pathParam("theme"), Bodies.read(ctx, ScoreInput.class))));
        app.put("/api/v1/assessments/{id}/criteria/{criterion}", ctx ->
                ctx.json(assessments.scoreCriterion(Actors.of(ctx), id(ctx), ctx.pathParam("criterion"), Bodies.read(ctx, ScoreInput.class))));
        evidenceRoutes(app);
        actionRoutes(app);
        app.post("/api/v1/assessments/{id}/roll-forward", ctx -> {
            RollForwardInput input = ctx.body().isBlank() ? new RollForwardInput(null, null) : Bodies.read(ctx, RollForwardInput.class);
            created(ctx, years.rollForward(Actors.of(ctx), id(ctx), input.period(), input.framework()));
        });
        app.get("/api/v1/assessments/{id}/year-on-year", ctx -> ctx.json(YearOnYearJson.of(years.compare(id(ctx)), actionPlan.today())));
    }

    private void evidenceRoutes(Javalin app) {
        app.get("/api/v1/assessments/{id}/evidence", ctx -> ctx.json(Map.of("items",
                evidence.uses(id(ctx)).stream().map(EvidenceJson::of).toList())));
        app.post("/api/v1/assessments/{id}/evidence", ctx -> {
            ctx.status(HttpStatus.CREATED);
            ctx.json(EvidenceJson.of(evidence.add(Actors.of(ctx), id(ctx), Bodies.read(ctx, EvidenceInput.class))));
        });
        app.put("/api/v1/assessments/{id}/evidence/{evidenceId}", ctx -> ctx.json(EvidenceJson.of(
                evidence.update(Actors.of(ctx), id(ctx), Bodies.id(ctx, "evidenceId", "Evidence"), Bodies.read(ctx, EvidenceInput.class)))));
        app.delete("/api/v1/assessments/{id}/evidence/{evidenceId}", ctx -> {
            evidence.remove(Actors.of(ctx), id(ctx), Bodies.id(ctx, "evidenceId", "Evidence"));
            ctx.status(HttpStatus.NO_CONTENT);
        });
    }

    private void actionRoutes(Javalin app) {
        app.get("/api/v1/assessments/{id}/actions", this::actions);
        app.get("/api/v1/assessments/{id}/actions.csv", ctx -> {
            StringWriter out = new StringWriter();
            ActionCsv.write(actionPlan.actions(id(ctx), null, null, null), actionPlan.today(), out);
            ctx.contentType("text/csv; charset=utf-8");
            Attachment.name(ctx, "assessment-" + id(ctx) + "-actions.csv");
            ctx.result(out.toString());
        });
        app.post("/api/v1/assessments/{id}/actions", ctx -> {
            ctx.status(HttpStatus.CREATED);
            ctx.json(ActionJson.of(actionPlan.add(Actors.of(ctx), id(ctx), Bodies.read(ctx, ActionInput.class)), actionPlan.today()));
        });
        app.put("/api/v1/assessments/{id}/actions/{actionId}", ctx -> ctx.json(ActionJson.of(
                actionPlan.update(Actors.of(ctx), id(ctx), Bodies.id(ctx, "actionId", "Action"), Bodies.read(ctx, ActionInput.class)), actionPlan.today())));
        app.post("/api/v1/assessments/{id}/actions/{actionId}/updates", ctx -> {
            ctx.status(HttpStatus.CREATED);
            ctx.json(ActionJson.of(actionPlan.addProgress(Actors.of(ctx), id(ctx), Bodies.id(ctx, "actionId", "Action"),
                    Bodies.read(ctx, ProgressInput.class)), actionPlan.today()));
        });
    }

    private void actions(Context ctx) {
        ActionFilter filter = ActionFilter.from(ctx);
        if (!filter.errors().isEmpty()) {
            throw new Invalid(filter.errors());
        }
        ctx.json(Map.of("items", actionPlan.actions(id(ctx), filter.owner(), filter.status(), filter.overdue()).stream()
                .map(a -> ActionJson.of(a, actionPlan.today())).toList()));
    }

    private void created(Context ctx, Assessment assessment) {
        ctx.status(HttpStatus.CREATED);
        ctx.header("Location", "/api/v1/assessments/" + assessment.id());
        ctx.json(AssessmentJson.of(assessments.view(assessment.id()), actionPlan.today()));
    }

    private static long id(Context ctx) {
        return Bodies.id(ctx, "id", "Assessment");
    }

    private OnsCode authority(Context ctx) {
        return authorities.require(ctx.pathParam("code")).code();
    }
}
