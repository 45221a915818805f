package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.StringWriter;
import java.util.Map;
import uk.bestvalue.Invalid;
import uk.bestvalue.Workbench;
import uk.bestvalue.assessment.ActionCsv;
import uk.bestvalue.assessment.ActionInput;
import uk.bestvalue.assessment.Assessment;
import uk.bestvalue.assessment.AssessmentDocument;
import uk.bestvalue.assessment.AssessmentInput;
import uk.bestvalue.assessment.EvidenceInput;
import uk.bestvalue.assessment.ProgressInput;
import uk.bestvalue.assessment.ScoreInput;
import uk.bestvalue.authority.OnsCode;

/** The assessment API: assessments, scores, evidence, actions, roll forward, year on year, export and import. */
final class AssessmentApi {
    private final Workbench wb;

    AssessmentApi(Workbench workbench) {
        this.wb = workbench;
    }

    record RollForwardInput(String period, String framework) {
    }

    void routes(Javalin app) {
        app.get("/api/v1/authorities/{code}/assessments", ctx -> ctx.json(Map.of("items",
                wb.assessments().forAuthority(authority(ctx)).stream().map(AssessmentSummaryJson::of).toList())));
        app.get("/api/v1/authorities/{code}/evidence", ctx -> ctx.json(Map.of("items",
                wb.evidence().library(authority(ctx)).stream().map(EvidenceJson::of).toList())));
        app.post("/api/v1/assessments", ctx -> created(ctx, wb.assessments().create(Bodies.read(ctx, AssessmentInput.class))));
        app.post("/api/v1/assessments/import", ctx -> created(ctx, wb.exchange().importDocument(Bodies.read(ctx, AssessmentDocument.class))));
        app.get("/api/v1/assessments/{id}", ctx -> ctx.json(AssessmentJson.of(wb.assessments().view(id(ctx)), wb.actions().today())));
        app.get("/api/v1/assessments/{id}/export", ctx -> ctx.json(wb.exchange().export(id(ctx))));
        app.put("/api/v1/assessments/{id}/themes/{theme}", ctx ->
                ctx.json(wb.assessments().scoreTheme(id(ctx), ctx.pathParam("theme"), Bodies.read(ctx, ScoreInput.class))));
        app.put("/api/v1/assessments/{id}/criteria/{criterion}", ctx ->
                ctx.json(wb.assessments().scoreCriterion(id(ctx), ctx.pathParam("criterion"), Bodies.read(ctx, ScoreInput.class))));
        evidenceRoutes(app);
        actionRoutes(app);
        app.post("/api/v1/assessments/{id}/roll-forward", ctx -> {
            RollForwardInput input = ctx.body().isBlank() ? new RollForwardInput(null, null) : Bodies.read(ctx, RollForwardInput.class);
            created(ctx, wb.years().rollForward(id(ctx), input.period(), input.framework()));
        });
        app.get("/api/v1/assessments/{id}/year-on-year", ctx -> ctx.json(YearOnYearJson.of(wb.years().compare(id(ctx)), wb.actions().today())));
    }

    private void evidenceRoutes(Javalin app) {
        app.get("/api/v1/assessments/{id}/evidence", ctx -> ctx.json(Map.of("items",
                wb.evidence().uses(id(ctx)).stream().map(EvidenceJson::of).toList())));
        app.post("/api/v1/assessments/{id}/evidence", ctx -> {
            ctx.status(HttpStatus.CREATED);
            ctx.json(EvidenceJson.of(wb.evidence().add(id(ctx), Bodies.read(ctx, EvidenceInput.class))));
        });
        app.put("/api/v1/assessments/{id}/evidence/{evidenceId}", ctx -> ctx.json(EvidenceJson.of(
                wb.evidence().update(id(ctx), Bodies.id(ctx, "evidenceId", "Evidence"), Bodies.read(ctx, EvidenceInput.class)))));
        app.delete("/api/v1/assessments/{id}/evidence/{evidenceId}", ctx -> {
            wb.evidence().remove(id(ctx), Bodies.id(ctx, "evidenceId", "Evidence"));
            ctx.status(HttpStatus.NO_CONTENT);
        });
    }

    private void actionRoutes(Javalin app) {
        app.get("/api/v1/assessments/{id}/actions", this::actions);
        app.get("/api/v1/assessments/{id}/actions.csv", ctx -> {
            StringWriter out = new StringWriter();
            ActionCsv.write(wb.actions().actions(id(ctx), null, null, null), wb.actions().today(), out);
            ctx.contentType("text/csv; charset=utf-8");
            Attachment.name(ctx, "assessment-" + id(ctx) + "-actions.csv");
            ctx.result(out.toString());
        });
        app.post("/api/v1/assessments/{id}/actions", ctx -> {
            ctx.status(HttpStatus.CREATED);
            ctx.json(ActionJson.of(wb.actions().add(id(ctx), Bodies.read(ctx, ActionInput.class)), wb.actions().today()));
        });
        app.put("/api/v1/assessments/{id}/actions/{actionId}", ctx -> ctx.json(ActionJson.of(
                wb.actions().update(id(ctx), Bodies.id(ctx, "actionId", "Action"), Bodies.read(ctx, ActionInput.class)), wb.actions().today())));
        app.post("/api/v1/assessments/{id}/actions/{actionId}/updates", ctx -> {
            ctx.status(HttpStatus.CREATED);
            ctx.json(ActionJson.of(wb.actions().addProgress(id(ctx), Bodies.id(ctx, "actionId", "Action"),
                    Bodies.read(ctx, ProgressInput.class)), wb.actions().today()));
        });
    }

    private void actions(Context ctx) {
        ActionFilter filter = ActionFilter.from(ctx);
        if (!filter.errors().isEmpty()) {
            throw new Invalid(filter.errors());
        }
        ctx.json(Map.of("items", wb.actions().actions(id(ctx), filter.owner(), filter.status(), filter.overdue()).stream()
                .map(a -> ActionJson.of(a, wb.actions().today())).toList()));
    }

    private void created(Context ctx, Assessment assessment) {
        ctx.status(HttpStatus.CREATED);
        ctx.header("Location", "/api/v1/assessments/" + assessment.id());
        ctx.json(AssessmentJson.of(wb.assessments().view(assessment.id()), wb.actions().today()));
    }

    private static long id(Context ctx) {
        return Bodies.id(ctx, "id", "Assessment");
    }

    private OnsCode authority(Context ctx) {
        return wb.authorities().require(ctx.pathParam("code")).code();
    }
}
