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
import uk.bestvalue.assessment.Action;
import uk.bestvalue.assessment.ActionClosure;
import uk.bestvalue.assessment.ActionInput;
import uk.bestvalue.assessment.ActionPlan;
import uk.bestvalue.assessment.AssessmentView;
import uk.bestvalue.assessment.Assessments;
import uk.bestvalue.assessment.ProgressInput;

/** The action plan: the filtered list, progress, editing one action, closing it, and re-dating the open ones on one page. */
final class ActionPages {
    private final Assessments assessments;
    private final ActionPlan actionPlan;

    ActionPages(Assessments assessments, ActionPlan actionPlan) {
        this.assessments = assessments;
        this.actionPlan = actionPlan;
    }

    void routes(Javalin app) {
        app.get("/assessments/{id}/actions", this::list, Access.READ);
        app.get("/assessments/{id}/due-dates", ctx -> dueDates(ctx, null, HttpStatus.OK), Access.READ);
        app.post("/assessments/{id}/due-dates", this::redate, Access.EDIT);
        app.post("/assessments/{id}/actions/{actionId}/progress", this::progress, Access.EDIT);
        app.get("/assessments/{id}/actions/{actionId}", ctx -> page(ctx, null, null, HttpStatus.OK), Access.READ);
        app.post("/assessments/{id}/actions/{actionId}", this::save, Access.EDIT);
        app.post("/assessments/{id}/actions/{actionId}/close", this::close, Access.EDIT);
        app.post("/assessments/{id}/actions/{actionId}/delete", ctx -> {
            try {
                actionPlan.delete(Actors.of(ctx), id(ctx), actionId(ctx));
                ctx.redirect(Saved.after("/assessments/" + id(ctx) + "/actions", "action-deleted"), HttpStatus.SEE_OTHER);
            } catch (Conflict e) {
                page(ctx, null, new Form("close", Map.of(), List.of(new FieldError("outcome", e.getMessage()))), HttpStatus.CONFLICT);
            }
        }, Access.EDIT);
    }

    private void list(Context ctx) {
        ActionFilter filter = ActionFilter.from(ctx);
        long id = id(ctx);
        AssessmentView view = assessments.view(id);
        List<Action> actions = filter.errors().isEmpty() ? actionPlan.actions(id, filter.owner(), filter.status(), filter.overdue()) : List.of();
        List<String> owners = view.actions().stream().map(Action::owner).distinct().sorted().toList();
        Map<String, Object> model = new HashMap<>(Map.of("view", view, "filter", filter, "actions", actions, "owners", owners,
                "today", actionPlan.today()));
        model.put("saved", Saved.message(ctx));
        ctx.status(filter.errors().isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
        ctx.render("assessment-actions.jte", model);
    }

    private void progress(Context ctx) {
        long id = id(ctx);
        long actionId = actionId(ctx);
        Action action = actionPlan.action(id, actionId);
        String status = ctx.formParam("status");
        if (status != null && !status.equals(action.status().id())) {
            actionPlan.update(Actors.of(ctx), id, actionId, new ActionInput(action.description(), action.owner(),
                    action.dueDate() == null ? null : action.dueDate().toString(), status, ctx.formParam("droppedReason"),
                    action.themeCode(), action.criterionCodes()));
        }
        if (ctx.formParam("note") != null && !ctx.formParam("note").isBlank()) {
            actionPlan.addProgress(Actors.of(ctx), id, actionId, new ProgressInput(ctx.formParam("date"), ctx.formParam("note")));
        }
        ctx.redirect(Saved.after("/assessments/" + id + "/actions#action-" + actionId, "progress"), HttpStatus.SEE_OTHER);
    }

    private void page(Context ctx, Form edit, Form close, HttpStatus status) {
        AssessmentView view = assessments.view(id(ctx));
        Action action = actionPlan.action(id(ctx), actionId(ctx));
        Map<String, List<String>> values = new HashMap<>();
        values.put("description", List.of(action.description()));
        values.put("owner", List.of(action.owner()));
        values.put("status", List.of(action.status().id()));
        values.put("criteria", action.criterionCodes());
        if (action.dueDate() != null) {
            values.put("dueDate", List.of(EvidencePages.typed(action.dueDate())));
        }
        if (action.themeCode() != null) {
            values.put("theme", List.of(action.themeCode()));
        }
        if (action.droppedReason() != null) {
            values.put("droppedReason", List.of(action.droppedReason()));
        }
        Map<String, Object> model = new HashMap<>(Map.of("view", view, "action", action, "today", actionPlan.today(),
                "form", edit != null ? edit : new Form("action", values, List.of()), "close", close != null ? close : Form.empty("close")));
        model.put("saved", Saved.message(ctx));
        ctx.status(status);
        ctx.render("action-edit.jte", model);
    }

    private void save(Context ctx) {
        try {
            actionPlan.update(Actors.of(ctx), id(ctx), actionId(ctx), new ActionInput(ctx.formParam("description"), ctx.formParam("owner"),
                    ctx.formParam("dueDate"), ctx.formParam("status"), ctx.formParam("droppedReason"), ctx.formParam("theme"),
                    ctx.formParams("criteria"), Form.version(ctx)));
            ctx.redirect(Saved.after("/assessments/" + id(ctx) + "/actions/" + actionId(ctx), "action-edited"), HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            page(ctx, Form.submitted("action", ctx, e.errors()), null, HttpStatus.BAD_REQUEST);
        } catch (uk.bestvalue.EditedMeanwhile e) {
            page(ctx, Form.edited("action", ctx, e), null, HttpStatus.CONFLICT);
        }
    }

    private void close(Context ctx) {
        try {
            actionPlan.close(Actors.of(ctx), id(ctx), actionId(ctx), new ActionClosure(ctx.formParam("outcome"), ctx.formParam("reason"),
                    ctx.formParam("date")));
            ctx.redirect(Saved.after("/assessments/" + id(ctx) + "/actions/" + actionId(ctx), "action-closed"), HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            page(ctx, null, Form.submitted("close", ctx, e.errors()), HttpStatus.BAD_REQUEST);
        } catch (Conflict e) {
            page(ctx, null, Form.submitted("close", ctx, List.of(new FieldError("outcome", e.getMessage()))), HttpStatus.CONFLICT);
        }
    }

    /** Every open action with a date box, so that carried actions are re-dated on one page. */
    private void dueDates(Context ctx, Form submitted, HttpStatus status) {
        AssessmentView view = assessments.view(id(ctx));
        List<Action> open = view.openActions();
        Map<String, List<String>> values = new HashMap<>();
        for (Action action : open) {
            String typed = EvidencePages.typed(action.dueDate());
            values.put("due-" + action.id(), typed == null ? List.of() : List.of(typed));
        }
        ctx.status(status);
        ctx.render("assessment-due-dates.jte", Map.of("view", view, "actions", open, "today", actionPlan.today(),
                "form", submitted != null ? submitted : new Form("dates", values, List.of())));
    }

    private void redate(Context ctx) {
        AssessmentView view = assessments.view(id(ctx));
        List<Action> open = view.openActions();
        // Only the actions the form showed change: one added meanwhile keeps its date, and a box for an
        // action that is not (or no longer) open here is named rather than ignored.
        java.util.Set<String> sent = ctx.formParamMap().keySet();
        List<FieldError> unknown = new ArrayList<>();
        for (String field : sent) {
            if (field.matches("due-\\d{1,18}") && open.stream().noneMatch(a -> field.equals("due-" + a.id()))) {
                unknown.add(new FieldError(field, "Action " + field.substring(4) + " is not an open action of this assessment any more; "
                        + "reload the page to see its actions as they are now"));
            }
        }
        if (!unknown.isEmpty()) {
            dueDates(ctx, Form.submitted("dates", ctx, unknown), HttpStatus.BAD_REQUEST);
            return;
        }
        List<Action> named = open.stream().filter(a -> sent.contains("due-" + a.id())).toList();
        List<ActionPlan.DueDate> dates = new ArrayList<>();
        for (Action action : named) {
            dates.add(new ActionPlan.DueDate(action.id(), ctx.formParam("due-" + action.id())));
        }
        try {
            actionPlan.redate(Actors.of(ctx), id(ctx), dates);
            ctx.redirect(Saved.after("/assessments/" + id(ctx), "redated"), HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            // The service names each item by its position; the page names the box of that action.
            List<FieldError> errors = new ArrayList<>();
            for (FieldError error : e.errors()) {
                int at = Integer.parseInt(error.field().replaceAll("^items\\[(\\d+)].*$", "$1")) - 1;
                Action action = named.get(at);
                errors.add(new FieldError("due-" + action.id(), "Enter the due date of '" + shortly(action.description())
                        + "' as a real date, for example 31/3/2025"));
            }
            dueDates(ctx, Form.submitted("dates", ctx, errors), HttpStatus.BAD_REQUEST);
        }
    }

    private static String shortly(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private static long id(Context ctx) {
        return Bodies.id(ctx, "id", "Assessment");
    }

    private static long actionId(Context ctx) {
        return Bodies.id(ctx, "actionId", "Action");
    }
}
