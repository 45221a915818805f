package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;
import uk.bestvalue.assessment.ActionClosure;
import uk.bestvalue.assessment.ActionCsv;
import uk.bestvalue.assessment.ActionInput;
import uk.bestvalue.assessment.ActionPlan;
import uk.bestvalue.assessment.Assessment;
import uk.bestvalue.assessment.AssessmentDetails;
import uk.bestvalue.assessment.AssessmentDocument;
import uk.bestvalue.assessment.AssessmentExchange;
import uk.bestvalue.assessment.AssessmentInput;
import uk.bestvalue.assessment.AssessmentStatus;
import uk.bestvalue.assessment.Assessments;
import uk.bestvalue.assessment.EvidenceInput;
import uk.bestvalue.assessment.EvidenceLibrary;
import uk.bestvalue.assessment.ProgressInput;
import uk.bestvalue.assessment.ScoreInput;
import uk.bestvalue.assessment.YearToYear;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.framework.FrameworkCatalogue;
import uk.bestvalue.period.Period;

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

    record RefreshInput(String date) {
    }

    record FrameworkInput(String framework) {
    }

    record ReviewInput(String reviewer, String date, String challenge) {
    }

    record FrameworkChanged(AssessmentSummaryJson assessment, List<String> leftBehind) {
    }

    record DueDates(List<ActionPlan.DueDate> items) {
    }

    void routes(Javalin app) {
        app.get("/api/v1/authorities/{code}/assessments", ctx -> ctx.json(Map.of("items",
                assessments.forAuthority(authority(ctx)).stream().map(AssessmentSummaryJson::of).toList())), Access.READ);
        app.get("/api/v1/authorities/{code}/evidence", ctx -> ctx.json(Map.of("items",
                evidence.library(authority(ctx)).stream().map(EvidenceJson::of).toList())), Access.READ);
        app.post("/api/v1/assessments", ctx -> created(ctx, assessments.create(Actors.of(ctx), Bodies.read(ctx, AssessmentInput.class))), Access.EDIT);
        app.post("/api/v1/assessments/import", ctx -> created(ctx, exchange.importDocument(Actors.of(ctx), Bodies.read(ctx, AssessmentDocument.class))), Access.EDIT);
        app.get("/api/v1/assessments", this::find, Access.READ);
        app.patch("/api/v1/assessments/{id}", ctx -> ctx.json(AssessmentSummaryJson.of(
                assessments.edit(Actors.of(ctx), id(ctx), Bodies.read(ctx, AssessmentDetails.class)))), Access.EDIT);
        app.delete("/api/v1/assessments/{id}", ctx -> {
            assessments.delete(Actors.of(ctx), id(ctx));
            ctx.status(HttpStatus.NO_CONTENT);
        }, Access.ADMIN);
        app.post("/api/v1/assessments/{id}/framework", ctx -> {
            List<String> leftBehind = years.changeFramework(Actors.of(ctx), id(ctx), Bodies.read(ctx, FrameworkInput.class).framework());
            ctx.json(new FrameworkChanged(AssessmentSummaryJson.of(assessments.assessment(id(ctx))), leftBehind));
        }, Access.EDIT);
        app.delete("/api/v1/assessments/{id}/left-behind", ctx -> {
            assessments.clearCarryProblems(Actors.of(ctx), id(ctx));
            ctx.status(HttpStatus.NO_CONTENT);
        }, Access.EDIT);
        app.post("/api/v1/assessments/{id}/restore", ctx -> ctx.json(AssessmentSummaryJson.of(assessments.restore(Actors.of(ctx), id(ctx)))), Access.ADMIN);
        app.get("/api/v1/assessments/{id}", ctx -> ctx.json(AssessmentJson.of(assessments.view(id(ctx)), actionPlan.today(),
                assessments.carryProblems(id(ctx)))), Access.READ);
        app.get("/api/v1/assessments/{id}/export", ctx -> ctx.json(exchange.export(id(ctx))), Access.READ);
        app.put("/api/v1/assessments/{id}/themes/{theme}", ctx ->
                ctx.json(assessments.scoreTheme(Actors.of(ctx), id(ctx), ctx.pathParam("theme"), Bodies.read(ctx, ScoreInput.class))), Access.EDIT);
        app.put("/api/v1/assessments/{id}/themes/{theme}/review", ctx -> {
            ReviewInput input = Bodies.read(ctx, ReviewInput.class);
            ctx.json(assessments.review(Actors.of(ctx), id(ctx), ctx.pathParam("theme"), input.reviewer(), input.date(), input.challenge()));
        }, Access.REVIEW);
        app.delete("/api/v1/assessments/{id}/themes/{theme}/review", ctx -> {
            assessments.unreview(Actors.of(ctx), id(ctx), ctx.pathParam("theme"));
            ctx.status(HttpStatus.NO_CONTENT);
        }, Access.REVIEW);
        app.put("/api/v1/assessments/{id}/criteria/{criterion}", ctx ->
                ctx.json(assessments.scoreCriterion(Actors.of(ctx), id(ctx), ctx.pathParam("criterion"), Bodies.read(ctx, ScoreInput.class))), Access.EDIT);
        evidenceRoutes(app);
        actionRoutes(app);
        app.post("/api/v1/assessments/{id}/roll-forward", ctx -> {
            RollForwardInput input = ctx.body().isBlank() ? new RollForwardInput(null, null) : Bodies.read(ctx, RollForwardInput.class);
            created(ctx, years.rollForward(Actors.of(ctx), id(ctx), input.period(), input.framework()));
        }, Access.EDIT);
        app.get("/api/v1/assessments/{id}/year-on-year", ctx -> ctx.json(YearOnYearJson.of(years.compare(id(ctx)), actionPlan.today())), Access.READ);
    }

    private void evidenceRoutes(Javalin app) {
        app.get("/api/v1/assessments/{id}/evidence", ctx -> ctx.json(Map.of("items",
                evidence.uses(id(ctx)).stream().map(EvidenceJson::of).toList())), Access.READ);
        app.post("/api/v1/assessments/{id}/evidence", ctx -> {
            ctx.status(HttpStatus.CREATED);
            ctx.json(EvidenceJson.of(evidence.add(Actors.of(ctx), id(ctx), Bodies.read(ctx, EvidenceInput.class))));
        }, Access.EDIT);
        app.put("/api/v1/assessments/{id}/evidence/{evidenceId}", ctx -> {
            long evidenceId = Bodies.id(ctx, "evidenceId", "Evidence");
            EvidenceInput stored = evidence.uses(id(ctx)).stream().filter(u -> u.item().id() == evidenceId).findFirst()
                    .map(AssessmentApi::asInput).orElse(null);
            ctx.json(EvidenceJson.of(evidence.update(Actors.of(ctx), id(ctx), evidenceId, Bodies.readOver(ctx, EvidenceInput.class, stored))));
        }, Access.EDIT);
        app.post("/api/v1/assessments/{id}/evidence/{evidenceId}/refresh", ctx -> {
            RefreshInput input = ctx.body().isBlank() ? new RefreshInput(null) : Bodies.read(ctx, RefreshInput.class);
            ctx.json(EvidenceJson.of(evidence.refresh(Actors.of(ctx), id(ctx), Bodies.id(ctx, "evidenceId", "Evidence"), input.date())));
        }, Access.EDIT);
        app.delete("/api/v1/assessments/{id}/evidence/{evidenceId}/links/{criterion}", ctx -> ctx.json(EvidenceJson.of(
                evidence.removeLink(Actors.of(ctx), id(ctx), Bodies.id(ctx, "evidenceId", "Evidence"), ctx.pathParam("criterion")))), Access.EDIT);
        app.delete("/api/v1/assessments/{id}/evidence/{evidenceId}", ctx -> {
            evidence.remove(Actors.of(ctx), id(ctx), Bodies.id(ctx, "evidenceId", "Evidence"));
            ctx.status(HttpStatus.NO_CONTENT);
        }, Access.EDIT);
    }

    private void actionRoutes(Javalin app) {
        app.put("/api/v1/assessments/{id}/actions/due-dates", ctx -> {
            DueDates input = Bodies.read(ctx, DueDates.class);
            ctx.json(Map.of("items", actionPlan.redate(Actors.of(ctx), id(ctx), input.items() == null ? List.of() : input.items()).stream()
                    .map(a -> ActionJson.of(a, actionPlan.today())).toList()));
        }, Access.EDIT);
        app.get("/api/v1/assessments/{id}/actions", this::actions, Access.READ);
        app.get("/api/v1/assessments/{id}/actions.csv", ctx -> {
            StringWriter out = new StringWriter();
            ActionCsv.write(actionPlan.actions(id(ctx), null, null, null), actionPlan.today(), out);
            ctx.contentType("text/csv; charset=utf-8");
            Attachment.name(ctx, "assessment-" + id(ctx) + "-actions.csv");
            ctx.result(out.toString());
        }, Access.READ);
        app.post("/api/v1/assessments/{id}/actions", ctx -> {
            ctx.status(HttpStatus.CREATED);
            ctx.json(ActionJson.of(actionPlan.add(Actors.of(ctx), id(ctx), Bodies.read(ctx, ActionInput.class)), actionPlan.today()));
        }, Access.EDIT);
        app.get("/api/v1/assessments/{id}/actions/{actionId}", ctx -> ctx.json(ActionJson.of(
                actionPlan.action(id(ctx), Bodies.id(ctx, "actionId", "Action")), actionPlan.today())), Access.READ);
        app.put("/api/v1/assessments/{id}/actions/{actionId}", ctx -> {
            long actionId = Bodies.id(ctx, "actionId", "Action");
            ActionInput stored = asInput(actionPlan.action(id(ctx), actionId));
            ctx.json(ActionJson.of(actionPlan.update(Actors.of(ctx), id(ctx), actionId, Bodies.readOver(ctx, ActionInput.class, stored)),
                    actionPlan.today()));
        }, Access.EDIT);
        app.post("/api/v1/assessments/{id}/actions/{actionId}/close", ctx -> ctx.json(ActionJson.of(actionPlan.close(Actors.of(ctx), id(ctx),
                Bodies.id(ctx, "actionId", "Action"), Bodies.read(ctx, ActionClosure.class)), actionPlan.today())), Access.EDIT);
        app.delete("/api/v1/assessments/{id}/actions/{actionId}", ctx -> {
            actionPlan.delete(Actors.of(ctx), id(ctx), Bodies.id(ctx, "actionId", "Action"));
            ctx.status(HttpStatus.NO_CONTENT);
        }, Access.EDIT);
        app.post("/api/v1/assessments/{id}/actions/{actionId}/updates", ctx -> {
            ctx.status(HttpStatus.CREATED);
            ctx.json(ActionJson.of(actionPlan.addProgress(Actors.of(ctx), id(ctx), Bodies.id(ctx, "actionId", "Action"),
                    Bodies.read(ctx, ProgressInput.class)), actionPlan.today()));
        }, Access.EDIT);
    }

    /** Assessments filtered by authority, period and status; {@code deleted=true} lists the deleted ones. */
    private void find(Context ctx) {
        List<FieldError> errors = new ArrayList<>();
        OnsCode authority = null;
        String code = ctx.queryParam("authority");
        if (code != null && !code.isBlank()) {
            if (!OnsCode.isValid(code.strip())) {
                errors.add(new FieldError("authority", "'" + code + "' is not an ONS code, e.g. E07000135"));
            } else {
                authority = OnsCode.parse(code.strip());
            }
        }
        Period period = null;
        String periodText = ctx.queryParam("period");
        if (periodText != null && !periodText.isBlank()) {
            try {
                period = Period.financialYear(periodText.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("period", e.getMessage()));
            }
        }
        AssessmentStatus status = null;
        String statusText = ctx.queryParam("status");
        if (statusText != null && !statusText.isBlank()) {
            status = AssessmentStatus.fromId(statusText.strip()).orElse(null);
            if (status == null) {
                errors.add(new FieldError("status", "'" + statusText + "' is not a status; use draft"));
            }
        }
        String deleted = ctx.queryParam("deleted");
        if (deleted != null && !deleted.equals("true") && !deleted.equals("false")) {
            errors.add(new FieldError("deleted", "use true or false"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        ctx.json(Map.of("items", assessments.find(authority, period, status, "true".equals(deleted)).stream()
                .map(AssessmentSummaryJson::of).toList()));
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
        ctx.json(AssessmentJson.of(assessments.view(assessment.id()), actionPlan.today(), assessments.carryProblems(assessment.id())));
    }

    private static long id(Context ctx) {
        return Bodies.id(ctx, "id", "Assessment");
    }

    private OnsCode authority(Context ctx) {
        return authorities.require(ctx.pathParam("code")).code();
    }

    /** An action as the input that would save it unchanged: what a change that leaves fields out is laid over. */
    private static ActionInput asInput(uk.bestvalue.assessment.Action a) {
        return new ActionInput(a.description(), a.owner(), a.dueDate() == null ? null : a.dueDate().toString(), a.status().id(),
                a.droppedReason(), a.themeCode(), a.criterionCodes(), null);
    }

    /** Evidence as the input that would save it unchanged. */
    private static EvidenceInput asInput(uk.bestvalue.assessment.EvidenceUse use) {
        var item = use.item();
        return new EvidenceInput(null, item.title(), item.description(), item.link(), item.documentRef(), item.owner(),
                item.date() == null ? null : item.date().toString(),
                use.links().stream().map(l -> new EvidenceInput.LinkInput(l.criterionCode(), l.stance().id())).toList(), null);
    }
}
