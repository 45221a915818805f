package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.bestvalue.Invalid;
import uk.bestvalue.assessment.MoveInput;
import uk.bestvalue.assessment.Transition;
import uk.bestvalue.assessment.Workflow;
import uk.bestvalue.assessment.WorkflowView;
import uk.bestvalue.auth.Identity;
import uk.bestvalue.auth.Role;
import uk.bestvalue.report.ReportDraft;
import uk.bestvalue.report.Reports;

/** The sign-off page of an assessment: its state, who moves it on, the statutory officers' comments, its moves so far. */
final class WorkflowPages {
    private final Workflow workflow;
    private final Reports reports;

    WorkflowPages(Workflow workflow, Reports reports) {
        this.workflow = workflow;
        this.reports = reports;
    }

    void routes(Javalin app) {
        app.get("/assessments/{id}/sign-off", ctx -> page(ctx, Form.empty("move"), Form.empty("comment"), HttpStatus.OK), Access.READ);
        app.post("/assessments/{id}/moves", ctx -> {
            try {
                workflow.move(WorkflowApi.caller(ctx), id(ctx), new MoveInput(ctx.formParam("to"), ctx.formParam("reason"),
                        ctx.formParam("committee"), ctx.formParam("meetingDate"), ctx.formParam("minuteReference")));
                ctx.redirect(Saved.after("/assessments/" + id(ctx) + "/sign-off", "moved"), HttpStatus.SEE_OTHER);
            } catch (Invalid e) {
                page(ctx, Form.submitted("move", ctx, e.errors()), Form.empty("comment"), HttpStatus.BAD_REQUEST);
            }
        }, Access.READ);
        app.post("/assessments/{id}/statutory-comments", ctx -> {
            try {
                workflow.comment(WorkflowApi.caller(ctx), id(ctx), ctx.formParam("role"), ctx.formParam("comment"), ctx.formParam("date"));
                ctx.redirect(Saved.after("/assessments/" + id(ctx) + "/sign-off", "commented"), HttpStatus.SEE_OTHER);
            } catch (Invalid e) {
                page(ctx, Form.empty("move"), Form.submitted("comment", ctx, e.errors()), HttpStatus.BAD_REQUEST);
            }
        }, Access.READ);
        app.post("/authorities/{code}/moderation", this::moderation, Access.ADMIN);
    }

    private void moderation(Context ctx) {
        String code = WorkflowApi.code(ctx);
        workflow.setModeration(WorkflowApi.caller(ctx), code, "on".equals(ctx.formParam("moderation")));
        String assessment = ctx.formParam("assessment");
        String back = assessment != null && assessment.matches("[0-9]{1,18}") ? "/assessments/" + assessment + "/sign-off"
                : "/authorities/" + code + "/assessments";
        ctx.redirect(Saved.after(back, "moderation"), HttpStatus.SEE_OTHER);
    }

    private void page(Context ctx, Form move, Form comment, HttpStatus status) {
        WorkflowView view = workflow.view(id(ctx));
        Identity who = WorkflowApi.caller(ctx);
        String authority = view.assessment().authority().value();
        List<Transition> mine = view.next().stream().filter(t -> t.allows(who, authority)).toList();
        List<Role> officer = WorkflowView.OFFICERS.stream().filter(who.rolesAt(authority)::contains).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("view", view);
        model.put("mine", mine);
        model.put("officer", officer);
        model.put("administers", who.administers(authority));
        model.put("move", move);
        model.put("meeting", meeting(view.assessment().id()));
        model.put("comment", comment);
        model.put("saved", Saved.message(ctx));
        ctx.status(status);
        ctx.render("sign-off.jte", model);
    }

    /** The committee and meeting date the report was written for: what the "reported" move most likely records. */
    private Map<String, String> meeting(long assessmentId) {
        ReportDraft draft = reports.draft(assessmentId);
        Map<String, String> meeting = new HashMap<>();
        if (draft.committee() != null) {
            meeting.put("committee", draft.committee());
        }
        if (draft.meetingDate() != null && !draft.meetingDate().isBlank()) {
            try {
                meeting.put("meetingDate", java.time.LocalDate.parse(draft.meetingDate()).format(java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy")));
            } catch (java.time.format.DateTimeParseException e) {
                meeting.put("meetingDate", draft.meetingDate());
            }
        }
        return meeting;
    }

    private static long id(Context ctx) {
        return Bodies.id(ctx, "id", "Assessment");
    }
}
