package uk.bestvalue.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.rendering.template.JavalinJte;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.authority.AuthorityStatus;
import uk.bestvalue.Workbench;
import uk.bestvalue.Conflict;
import uk.bestvalue.FieldError;
import uk.bestvalue.NotFound;
import uk.bestvalue.Invalid;

/**
 * Builds the web application: pages, API, static assets and the one place where errors become
 * GOV.UK error pages (for people) or problem details (for the API).
 */
public final class Web {
    public static final String GOVUK_FRONTEND = "/webjars/govuk-frontend/5.14.0/dist/govuk";
    /** Marks a response whose error has already been written, so the status-code handlers leave it alone. */
    private static final long MAX_UPLOAD_BYTES = 200L * 1024 * 1024;
    private static final String ANSWERED = "bv.problem-answered";
    /** How much of one message an error answer shows, and how many field errors at most. */
    private static final int SHOWN = 300;
    private static final int SHOWN_ERRORS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(Web.class);

    private Web() {
    }

    public static Javalin create(Workbench workbench) {
        return create(workbench, java.util.Set.of());
    }

    /** The app behind proxies or load balancers at these addresses, whose X-Forwarded-For names the client (see {@link ClientAddress}). */
    public static Javalin create(Workbench workbench, java.util.Set<String> trustedProxies) {
        AuthorityRegister authorities = workbench.authorities();
        TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.defaultContentType = "text/html; charset=utf-8";
            // Value files of a million rows are tens of megabytes; uploads larger than this are refused with 413.
            config.http.maxRequestSize = MAX_UPLOAD_BYTES;
            config.jetty.multipartConfig.maxFileSize(MAX_UPLOAD_BYTES, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_BYTES, io.javalin.config.SizeUnit.BYTES);
            // Every uploaded part goes to a temporary file as it arrives (deleted when the request ends), so an
            // upload is held in memory once at most: when the import reads it from there. (0 would mean "never".)
            config.jetty.multipartConfig.maxInMemoryFileSize(1, io.javalin.config.SizeUnit.BYTES);
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.jetty.modifyServer(server -> server.setErrorHandler(new ServerErrors()));
            config.jetty.modifyServletContextHandler(handler -> handler.addFilter(new org.eclipse.jetty.servlet.FilterHolder(
                    new NormalFormFilter()), "/*", java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST)));
            config.fileRenderer(new JavalinJte(templates));
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
        });
        app.get("/", ctx -> ctx.render("home.jte", Map.of("registerSize", authorities.count(AuthorityStatus.CURRENT))), Access.PUBLIC);
        new Gate(workbench.signIn(), workbench.tokens(), workbench.assessments()).install(app);
        new AccountChrome().install(app);
        new SignInPages(workbench.signIn(), workbench.accounts(), new ClientAddress(trustedProxies)).routes(app);
        new AuditRoutes(workbench.audit(), authorities).routes(app);
        new PeoplePages(workbench.accounts(), authorities).routes(app);
        new AuthorityPages(authorities, workbench.neighbours(), workbench.networks()).routes(app);
        new AuthorityApi(authorities).routes(app);
        new HealthCheck(workbench.db(), authorities).routes(app);
        new FrameworkPages(workbench.frameworks()).routes(app);
        new FrameworkApi(workbench.frameworks()).routes(app);
        new AssessmentApi(workbench.assessments(), workbench.evidence(), workbench.actions(), workbench.years(), workbench.exchange(),
                workbench.frameworks(), authorities).routes(app);
        new AssessmentPages(workbench.assessments(), workbench.evidence(), workbench.actions(), workbench.years(),
                workbench.frameworks(), authorities, workbench.workflow(), workbench.suggestions()).routes(app);
        new WarningPages(workbench.warnings(), workbench.suggestions(), workbench.assessments(), authorities)
                .withGroups(workbench.explorer()::groups).routes(app);
        new WarningApi(workbench.warnings(), workbench.suggestions(), authorities).routes(app);
        new EvidencePages(workbench.assessments(), workbench.evidence()).routes(app);
        new ActionPages(workbench.assessments(), workbench.actions()).routes(app);
        new WorkflowApi(workbench.workflow()).routes(app);
        new WorkflowPages(workbench.workflow(), workbench.reports()).routes(app);
        new HistoryPages(workbench.audit(), workbench.assessments()).routes(app);
        new PublishedPages(workbench.workflow(), workbench.assessments(), workbench.reports()).routes(app);
        new ReportApi(workbench.reports(), authorities).routes(app);
        new ReportPages(workbench.reports(), workbench.assessments(), authorities).withConsistencyCheck(workbench.suggestions()).routes(app);
        new ExplorerApi(workbench.explorer()).routes(app);
        new ExplorerPages(workbench.explorer(), authorities).routes(app);
        new GroupRoutes(workbench.explorer(), authorities).routes(app);
        new ImportPages(workbench.explorer()).routes(app);
        new MetricPages(workbench.explorer()).routes(app);
        new NeighbourApi(workbench.neighbours()).routes(app);
        new NetworkPages(workbench.networks(), authorities).routes(app);
        app.get("/api/openapi.json", ctx -> {
            ctx.contentType("application/json");
            ctx.result(Web.class.getResourceAsStream("/api/openapi.json"));
        }, Access.PUBLIC);
        app.before(ctx -> {
            tooLarge(ctx);
            Input.checkRequest(ctx);
        });
        app.get("/assets/govuk-start.mjs", Headers::govukStart, Access.PUBLIC);
        app.get(ScaleColours.PATH, ctx -> ScaleColours.serve(ctx, workbench.frameworks()), Access.PUBLIC);
        app.before(Headers::set);
        errors(app);
        return app;
    }

    private static void errors(Javalin app) {
        app.exception(Invalid.class, (e, ctx) -> problem(ctx, HttpStatus.BAD_REQUEST, "/problems/invalid-request",
                "The request has invalid input", invalidDetail(ctx, e), e.errors()));
        app.exception(Conflict.class, (e, ctx) -> problem(ctx, HttpStatus.CONFLICT, "/problems/conflict",
                "The request conflicts with what is stored", e.getMessage(), List.of()));
        app.exception(uk.bestvalue.NotAllowed.class, (e, ctx) -> problem(ctx, HttpStatus.FORBIDDEN, "/problems/forbidden",
                "You do not have permission to do this", e.getMessage(), List.of()));
        app.exception(uk.bestvalue.EditedMeanwhile.class, (e, ctx) -> problem(ctx, HttpStatus.CONFLICT, "/problems/edited-meanwhile",
                "Saved by someone else since this version", e.getMessage(),
                List.of(new FieldError(Form.VERSION, "is " + e.currentVersion() + " now; load what is saved, then save from that version"))));
        app.exception(NotFound.class, (e, ctx) -> problem(ctx, HttpStatus.NOT_FOUND, "/problems/not-found",
                e.title(), e.getMessage(), List.of()));
        app.exception(Denied.class, (e, ctx) -> denied(ctx, e));
        app.exception(Gate.UnsupportedBody.class, (e, ctx) -> problem(ctx, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "/problems/unsupported-media-type", "The body is of a type this request does not take", e.getMessage(), List.of()));
        app.exception(TooLarge.class, (e, ctx) -> problem(ctx, HttpStatus.CONTENT_TOO_LARGE, "/problems/too-large",
                "The upload is too large", e.getMessage(), List.of()));
        app.exception(io.javalin.http.HttpResponseException.class, (e, ctx) -> {
            HttpStatus status = HttpStatus.forStatus(e.getStatus());
            if (status == HttpStatus.CONTENT_TOO_LARGE) {
                problem(ctx, status, "/problems/too-large", "The upload is too large", TooLarge.DETAIL, List.of());
            } else if (status == HttpStatus.NOT_FOUND) {
                // Javalin answers a path no route matches this way; say so as the GOV.UK page does.
                problem(ctx, status, "/problems/not-found", "Page not found",
                        "There is nothing at " + Input.shortened(ctx.path(), 200) + ".", List.of());
            } else if (status == HttpStatus.METHOD_NOT_ALLOWED) {
                problem(ctx, status, "/problems/method-not-allowed", "Method not allowed",
                        ctx.method() + " is not supported at " + Input.shortened(ctx.path(), 200), List.of());
            } else {
                problem(ctx, status, "/problems/" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                        status.getMessage(), Input.shortened(e.getMessage(), 200), List.of());
            }
        });
        app.exception(Exception.class, (e, ctx) -> {
            if (TooLarge.causedBy(e)) {
                problem(ctx, HttpStatus.CONTENT_TOO_LARGE, "/problems/too-large", "The upload is too large", TooLarge.DETAIL, List.of());
                return;
            }
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Request {} {} failed (incident {})", ctx.method(), ctx.path(), incident, e);
            problem(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "/problems/internal-error",
                    "Sorry, there is a problem with the service",
                    "Something went wrong on our side. Quote incident " + incident + " if you report it.", List.of());
        });
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                problem(ctx, HttpStatus.NOT_FOUND, "/problems/not-found", "Page not found",
                        "There is nothing at " + Input.shortened(ctx.path(), 200) + ".", List.of());
            }
        });
        app.error(HttpStatus.METHOD_NOT_ALLOWED, ctx -> problemUnlessAnswered(ctx, HttpStatus.METHOD_NOT_ALLOWED,
                "/problems/method-not-allowed", "Method not allowed", ctx.method() + " is not supported at " + Input.shortened(ctx.path(), 200), List.of()));
    }

    /** Signed out: a page sends the browser to sign in and back; the API answers 401. Signed in without the right: 403. */
    private static void denied(Context ctx, Denied e) {
        if (!e.signedIn() && !wantsJson(ctx) && ctx.method() == io.javalin.http.HandlerType.GET) {
            ctx.redirect("/sign-in?next=" + java.net.URLEncoder.encode(ctx.path()
                    + (ctx.queryString() == null ? "" : "?" + ctx.queryString()), java.nio.charset.StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            return;
        }
        if (!e.signedIn()) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        problem(ctx, e.signedIn() ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED,
                e.signedIn() ? "/problems/forbidden" : "/problems/unauthorised",
                e.signedIn() ? "You do not have permission to do this" : "Sign in to do this", e.getMessage(), List.of());
    }

    private static String invalidDetail(Context ctx, Invalid e) {
        String count = e.errors().size() == 1 ? "1 field is invalid" : e.errors().size() + " fields are invalid";
        return ctx.method().name().equals("GET") ? count + "." : count + "; nothing was saved.";
    }

    private static void problemUnlessAnswered(Context ctx, HttpStatus status, String type, String title, String detail,
                                              List<FieldError> errors) {
        if (ctx.attribute(ANSWERED) == null) {
            problem(ctx, status, type, title, detail, errors);
        }
    }

    /** Refuses a body declared larger than the limit before any of it is read. */
    private static void tooLarge(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        if (length > MAX_UPLOAD_BYTES) {
            throw new TooLarge();
        }
    }

    /**
     * Answers with problem details for the API and with a GOV.UK error page for everything else.
     * Whatever the request sent is echoed back only in part: every message is cut to a few hundred characters.
     */
    private static void problem(Context ctx, HttpStatus status, String type, String title, String detail, List<FieldError> given) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        detail = Input.shortened(detail, SHOWN);
        List<FieldError> errors = given.stream().limit(SHOWN_ERRORS)
                .map(e -> new FieldError(Input.shortened(e.field(), 200), Input.shortened(e.message(), SHOWN))).toList();
        ctx.status(status);
        if (wantsJson(ctx)) {
            ctx.json(new Problem(type, title, status.getCode(), detail, ctx.path(), errors));
            ctx.contentType(Problem.MEDIA_TYPE);
        } else {
            ctx.contentType("text/html; charset=utf-8");
            ctx.render("error.jte", Map.of("status", status.getCode(), "title", title, "detail", detail, "errors", errors));
        }
    }

    private static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return ctx.path().startsWith("/api/") || ctx.path().equals("/health")
                || (accept != null && accept.contains("json") && !accept.contains("text/html"));
    }
}
