package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.report.AuthoritySettings;
import uk.bestvalue.report.ReportDraft;
import uk.bestvalue.report.Reports;

/** The committee report: its draft and settings as JSON, and the report itself as HTML, PDF or Word. */
final class ReportApi {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Reports reports;
    private final AuthorityRegister authorities;

    ReportApi(Reports reports, AuthorityRegister authorities) {
        this.reports = reports;
        this.authorities = authorities;
    }

    void routes(Javalin app) {
        app.get("/api/v1/assessments/{id}/report", ctx -> ctx.json(Bodies.withVersion(reports.draft(id(ctx)), reports.draftVersion(id(ctx)))),
                Access.READ);
        app.put("/api/v1/assessments/{id}/report", ctx -> {
            Bodies.Versioned<ReportDraft> draft = Bodies.readVersionedOver(ctx, ReportDraft.class, reports.draft(id(ctx)));
            ReportDraft saved = reports.saveDraft(Actors.of(ctx), id(ctx), draft.value(), draft.version());
            ctx.json(Bodies.withVersion(saved, reports.draftVersion(id(ctx))));
        }, Access.EDIT);
        app.get("/api/v1/assessments/{id}/report/readiness", ctx -> {
            var readiness = reports.readiness(id(ctx));
            ctx.json(java.util.Map.of("ready", readiness.ready(), "checks", readiness.checks()));
        }, Access.READ);
        app.get("/api/v1/assessments/{id}/report/stale", ctx -> ctx.json(reports.stale(id(ctx))), Access.READ);
        app.post("/api/v1/assessments/{id}/report/regenerate", ctx -> {
            String key = ctx.queryParam("key");
            ctx.json(reports.regenerate(Actors.of(ctx), id(ctx), key == null || key.isBlank() ? "all" : key.strip()));
        }, Access.EDIT);
        app.get("/api/v1/assessments/{id}/report.html", ctx -> {
            ctx.contentType("text/html; charset=utf-8");
            ctx.result(reports.html(id(ctx)));
        }, Access.READ);
        app.get("/api/v1/assessments/{id}/report.pdf", ctx -> file(ctx, reports.pdf(id(ctx)), "application/pdf", "pdf"), Access.READ);
        app.get("/api/v1/assessments/{id}/report.docx", ctx -> file(ctx, reports.docx(id(ctx)), DOCX, "docx"), Access.READ);
        app.get("/api/v1/authorities/{code}/settings", ctx -> ctx.json(Bodies.withVersion(reports.settings(authority(ctx)),
                reports.settingsVersion(authority(ctx)))), Access.READ);
        app.put("/api/v1/authorities/{code}/settings", ctx -> {
            Bodies.Versioned<AuthoritySettings> settings = Bodies.readVersionedOver(ctx, AuthoritySettings.class, reports.settings(authority(ctx)));
            AuthoritySettings saved = reports.saveSettings(Actors.of(ctx), authority(ctx), settings.value(), settings.version());
            ctx.json(Bodies.withVersion(saved, reports.settingsVersion(authority(ctx))));
        }, Access.ADMIN);
    }

    private OnsCode authority(Context ctx) {
        return authorities.require(ctx.pathParam("code")).code();
    }

    static void file(Context ctx, byte[] bytes, String type, String extension) {
        // Binary files carry no charset; Jetty adds the default one unless the encoding is cleared.
        ctx.res().setCharacterEncoding(null);
        ctx.res().setContentType(type);
        Attachment.name(ctx, "best-value-report-" + ctx.pathParam("id") + "." + extension);
        ctx.result(bytes);
    }

    private static long id(Context ctx) {
        return Bodies.id(ctx, "id", "Assessment");
    }
}
