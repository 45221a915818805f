package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import uk.bestvalue.assessment.MoveInput;
import uk.bestvalue.assessment.Workflow;
import uk.bestvalue.auth.Identity;

/**
 * The sign-off workflow in the API: where an assessment is, moving it on (or back), and the
 * statutory officers' comments. Any role at the authority reaches these routes; which move a
 * caller may make is the workflow's own rule, so a wrong role is refused there with 403.
 */
final class WorkflowApi {
    private final Workflow workflow;

    WorkflowApi(Workflow workflow) {
        this.workflow = workflow;
    }

    record CommentInput(String role, String comment, String date) {
    }

    record ModerationInput(Boolean moderation) {
    }

    record ModerationJson(String authority, boolean moderation) {
    }

    void routes(Javalin app) {
        app.get("/api/v1/assessments/{id}/workflow", ctx -> ctx.json(WorkflowJson.of(workflow.view(id(ctx)))), Access.READ);
        app.post("/api/v1/assessments/{id}/transitions", ctx -> ctx.json(WorkflowJson.of(
                workflow.move(caller(ctx), id(ctx), Bodies.read(ctx, MoveInput.class)))), Access.READ);
        app.post("/api/v1/assessments/{id}/statutory-comments", ctx -> {
            CommentInput input = Bodies.read(ctx, CommentInput.class);
            ctx.json(WorkflowJson.comment(workflow.comment(caller(ctx), id(ctx), input.role(), input.comment(), input.date())));
        }, Access.READ);
        app.get("/api/v1/authorities/{code}/moderation", ctx -> ctx.json(new ModerationJson(code(ctx), workflow.moderation(code(ctx)))),
                Access.READ);
        app.put("/api/v1/authorities/{code}/moderation", ctx -> ctx.json(new ModerationJson(code(ctx),
                workflow.setModeration(caller(ctx), code(ctx), Bodies.read(ctx, ModerationInput.class).moderation()))), Access.ADMIN);
    }

    static String code(Context ctx) {
        return ctx.pathParam("code").toUpperCase(java.util.Locale.ROOT);
    }

    /** The caller as the gate identified them; these routes are never public, so there is always one. */
    static Identity caller(Context ctx) {
        return Gate.identity(ctx).orElseThrow(() -> new Denied(false, "Sign in to do this"));
    }

    private static long id(Context ctx) {
        return Bodies.id(ctx, "id", "Assessment");
    }
}
