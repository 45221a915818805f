package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import uk.bestvalue.assessment.Assessment;
import uk.bestvalue.assessment.Assessments;
import uk.bestvalue.assessment.Workflow;
import uk.bestvalue.report.Reports;

/**
 * Published self-assessments and their committee reports, at stable addresses anyone may read
 * signed out: {@code /published/{code}/{period}} with the year written 2023-24. Only a published
 * assessment is ever found here; anything else is "not found", whoever asks.
 */
final class PublishedPages {
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Workflow workflow;
    private final Assessments assessments;
    private final Reports reports;

    PublishedPages(Workflow workflow, Assessments assessments, Reports reports) {
        this.workflow = workflow;
        this.assessments = assessments;
        this.reports = reports;
    }

    void routes(Javalin app) {
        app.get("/published", ctx -> ctx.render("published-list.jte", Map.of("published", workflow.published().stream()
                .map(a -> new PublishedListing(a, assessments.view(a.id()).authorityName(), Workflow.publicPath(a))).toList())), Access.PUBLIC);
        app.get("/published/{code}/{period}", ctx -> {
            Assessment a = published(ctx);
            ctx.render("published.jte", Map.of("view", assessments.view(a.id()), "workflow", workflow.view(a.id()),
                    "path", Workflow.publicPath(a)));
        }, Access.PUBLIC);
        app.get("/published/{code}/{period}/report.html", ctx -> {
            ctx.contentType("text/html; charset=utf-8");
            ctx.result(reports.html(published(ctx).id()));
        }, Access.PUBLIC);
        app.get("/published/{code}/{period}/report.pdf", ctx -> file(ctx, reports.pdf(published(ctx).id()), "application/pdf", "pdf"),
                Access.PUBLIC);
        app.get("/published/{code}/{period}/report.docx", ctx -> file(ctx, reports.docx(published(ctx).id()), DOCX, "docx"), Access.PUBLIC);
    }

    private Assessment published(Context ctx) {
        return workflow.published(ctx.pathParam("code").toUpperCase(java.util.Locale.ROOT), ctx.pathParam("period"));
    }

    private static void file(Context ctx, byte[] bytes, String type, String extension) {
        ctx.res().setCharacterEncoding(null);
        ctx.res().setContentType(type);
        Attachment.name(ctx, "best-value-report-" + ctx.pathParam("code").toUpperCase(java.util.Locale.ROOT) + "-"
                + ctx.pathParam("period") + "." + extension);
        ctx.result(bytes);
    }
}
