package uk.bestvalue.web;

import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * The headers every answer carries: a Content-Security-Policy with no inline script or style,
 * {@code Cache-Control: no-store} where an answer shows unpublished work (assessments, their
 * evidence and actions, reports, report settings), and HSTS when the request came over HTTPS.
 */
final class Headers {
    /** Everything from this origin only; no inline script or style; images may be data: (an authority's logo). */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";
    /**
     * The committee report as HTML is a document meant to print and to open in a word processor as
     * it is, so it carries its own styles inline; it has no script at all.
     */
    static final String REPORT_POLICY = POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
            .replace("script-src 'self'", "script-src 'none'");
    private static final Pattern REPORT_HTML = Pattern.compile("/api/v1/assessments/[^/]+/report\\.html");
    private static final Pattern UNPUBLISHED = Pattern.compile(
            "(/api/v1)?/(assessments(/.*)?|authorities/[^/]+/(assessments|evidence|settings)(/.*)?)");
    static final String HSTS = "max-age=31536000";

    private Headers() {
    }

    static void set(Context ctx) {
        String path = ctx.path();
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "SAMEORIGIN");
        ctx.header("Content-Security-Policy", REPORT_HTML.matcher(path).matches() ? REPORT_POLICY : POLICY);
        if (UNPUBLISHED.matcher(path).matches()) {
            ctx.header("Cache-Control", "no-store");
        }
        if (overHttps(ctx)) {
            ctx.header("Strict-Transport-Security", HSTS);
        }
    }

    /** Served over HTTPS, directly or through a proxy that terminated TLS and said so. */
    private static boolean overHttps(Context ctx) {
        return ctx.req().isSecure() || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    /** The module that starts GOV.UK Frontend's components, from a file rather than an inline script. */
    static void govukStart(Context ctx) {
        ctx.contentType("text/javascript; charset=utf-8");
        ctx.result("import { initAll } from '" + Web.GOVUK_FRONTEND + "/govuk-frontend.min.js'\ninitAll()\n");
    }
}
