package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.bestvalue.NotFound;
import uk.bestvalue.assessment.Assessments;
import uk.bestvalue.auth.ApiTokens;
import uk.bestvalue.auth.Identity;
import uk.bestvalue.auth.Session;
import uk.bestvalue.auth.SignIn;

/**
 * Before every matched route: who the request comes from (a session cookie or a bearer token),
 * whether a state-changing request really comes from our own pages (CSRF) or from an API client,
 * and whether the route's declared {@link Access} lets it through for the authority it names.
 */
final class Gate {
    static final String SESSION_COOKIE = "bv_session";
    static final String CSRF_FIELD = "_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    static final String IDENTITY = "bv.identity";
    static final String SESSION = "bv.session";
    private static final Set<HandlerType> STATE_CHANGING = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);
    private static final Logger LOG = LoggerFactory.getLogger(Gate.class);

    private final SignIn signIn;
    private final ApiTokens tokens;
    private final Assessments assessments;

    Gate(SignIn signIn, ApiTokens tokens, Assessments assessments) {
        this.signIn = signIn;
        this.tokens = tokens;
        this.assessments = assessments;
    }

    void install(Javalin app) {
        app.beforeMatched(this::check);
    }

    static Optional<Identity> identity(Context ctx) {
        return Optional.ofNullable(ctx.attribute(IDENTITY));
    }

    static Optional<Session> session(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION));
    }

    private void check(Context ctx) {
        if (ctx.routeRoles().isEmpty() && (ctx.path().startsWith("/static/") || ctx.path().startsWith("/webjars/"))) {
            return; // the stylesheets, scripts and images every page needs: files for everyone, not routes
        }
        Access access = declared(ctx);
        boolean bearer = identify(ctx);
        if (STATE_CHANGING.contains(ctx.method())) {
            checkOrigin(ctx, bearer);
        }
        authorise(ctx, access);
    }

    private static Access declared(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        Optional<Access> access = roles.stream().filter(Access.class::isInstance).map(Access.class::cast).findFirst();
        if (access.isEmpty()) {
            // Refuse what nobody decided about; the route test names such routes before they ship.
            LOG.warn("Route {} {} declares no access requirement; only the installation admin may use it",
                    ctx.method(), ctx.endpointHandlerPath());
            return Access.INSTALLATION_ADMIN;
        }
        return access.get();
    }

    /** Sets who the request comes from; true when by bearer token. A bearer token that is not valid is refused outright. */
    private boolean identify(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Identity identity = tokens.identify(authorization.substring(7).strip())
                    .orElseThrow(() -> new Denied(false, "The bearer token is not valid: it is unknown, revoked, or its account can no longer act"));
            set(ctx, identity);
            return true;
        }
        signIn.session(ctx.cookie(SESSION_COOKIE)).ifPresent(session -> {
            ctx.attribute(SESSION, session);
            set(ctx, session.identity());
        });
        return false;
    }

    private static void set(Context ctx, Identity identity) {
        ctx.attribute(IDENTITY, identity);
        ctx.attribute(Actors.ATTRIBUTE, identity.actor());
    }

    /**
     * A browser sends cookies with requests another site makes it send; it never adds a bearer token
     * or our CSRF token by itself. So the API changes nothing without a bearer token and a JSON (or
     * CSV) body, and a page changes nothing for a signed-in browser without the session's CSRF token.
     */
    private static void checkOrigin(Context ctx, boolean bearer) {
        if (ctx.path().startsWith("/api/")) {
            if (!bearer) {
                throw new Denied(false, "A request that changes data through the API needs an Authorization: Bearer token");
            }
            String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
            boolean hasBody = ctx.contentLength() > 0 || ctx.header("Transfer-Encoding") != null;
            if (hasBody && !type.startsWith("application/json") && !type.startsWith("text/csv")) {
                throw new UnsupportedBody("The API accepts application/json bodies (and text/csv where documented), not "
                        + (type.isEmpty() ? "a body without a Content-Type" : type));
            }
            return;
        }
        if (bearer) {
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals("null") && !sameOrigin(ctx, origin)) {
            throw new Denied(true, "The form was sent from another site (" + origin + ") and was refused");
        }
        Optional<Session> session = session(ctx);
        if (session.isPresent()) {
            String sent = ctx.header(CSRF_HEADER) != null ? ctx.header(CSRF_HEADER) : ctx.formParam(CSRF_FIELD);
            if (sent == null || !constantTimeEquals(sent, session.get().csrfToken())) {
                throw new Denied(true, "The form could not be accepted because it did not come from this service's own page, "
                        + "or the page was opened before you last signed in. Go back, reload the page and try again.");
            }
        }
    }

    private static boolean sameOrigin(Context ctx, String origin) {
        String host = ctx.header("Host");
        return host != null && (origin.equalsIgnoreCase("http://" + host) || origin.equalsIgnoreCase("https://" + host));
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void authorise(Context ctx, Access access) {
        Identity identity = ctx.attribute(IDENTITY);
        if (access == Access.PUBLIC) {
            return;
        }
        if (identity == null) {
            throw new Denied(false, "Sign in to use " + ctx.path());
        }
        boolean allowed = switch (access) {
            case PUBLIC, SIGNED_IN -> true;
            case INSTALLATION_ADMIN -> identity.installationAdmin();
            case CONTRIBUTE -> identity.editsAnywhere();
            case READ, EDIT, REVIEW, ADMIN -> {
                String authority = authority(ctx);
                if (authority == null) {
                    if (!identity.installationAdmin() && ctx.method() == HandlerType.GET && ctx.endpointHandlerPath().startsWith("/api/")) {
                        // A listing across councils is the installation admin's; anyone else names their council.
                        throw new uk.bestvalue.Invalid("authority", "Name the council whose work to list, for example ?authority=E07000135");
                    }
                    // Fail closed: a route that names no authority we can find is the installation admin's
                    // until authority(...) learns how to find it.
                    yield identity.installationAdmin();
                }
                yield switch (access) {
                    case READ -> identity.reads(authority);
                    case EDIT -> identity.edits(authority);
                    case REVIEW -> identity.reviews(authority);
                    default -> identity.administers(authority);
                };
            }
        };
        if (!allowed) {
            throw new Denied(true, "Your account (" + identity.email() + ") may not " + verb(access) + " this");
        }
    }

    private static String verb(Access access) {
        return switch (access) {
            case READ -> "see";
            case EDIT, REVIEW, CONTRIBUTE -> "change";
            case ADMIN -> "administer";
            default -> "use";
        };
    }

    /** The authority the request names, upper-case, or null when it names none. */
    private String authority(Context ctx) {
        String template = ctx.endpointHandlerPath();
        if (template.startsWith("/assessments/{id}") || template.startsWith("/api/v1/assessments/{id}")) {
            long id;
            try {
                id = Long.parseLong(ctx.pathParam("id"));
            } catch (NumberFormatException e) {
                throw new NotFound("Assessment not found", "'" + ctx.pathParam("id") + "' is not an assessment number");
            }
            return assessments.assessment(id).authority().value();
        }
        if (template.contains("{code}")) {
            return ctx.pathParam("code").toUpperCase(Locale.ROOT);
        }
        if (ctx.method() == HandlerType.GET && ctx.queryParam("authority") != null && !ctx.queryParam("authority").isBlank()) {
            return ctx.queryParam("authority").strip().toUpperCase(Locale.ROOT); // a search narrowed to one authority
        }
        String type = ctx.contentType();
        if (type != null && type.startsWith("application/json") && STATE_CHANGING.contains(ctx.method())) {
            return authorityInBody(ctx);
        }
        return null;
    }

    /**
     * The {@code authority} a JSON body names (creating an assessment, importing one). A body that is
     * not JSON, not an object or names no authority is the client's mistake, answered 400 naming it,
     * not a refusal: whether the caller may act cannot be known until the body says where.
     */
    private static String authorityInBody(Context ctx) {
        com.fasterxml.jackson.databind.JsonNode body = Input.json(ctx.body(), com.fasterxml.jackson.databind.JsonNode.class);
        com.fasterxml.jackson.databind.JsonNode authority = body == null || !body.isObject() ? null : body.get("authority");
        if (body == null || !body.isObject()) {
            throw new uk.bestvalue.Invalid("body", "must be a JSON object");
        }
        if (authority != null && !authority.isNull() && !authority.isTextual()) {
            throw new uk.bestvalue.Invalid("authority", "must be text");
        }
        if (authority == null || authority.isNull() || authority.asText().isBlank()) {
            throw new uk.bestvalue.Invalid("authority", "Enter the ONS code of the council it belongs to, for example E07000135");
        }
        return authority.asText().strip().toUpperCase(Locale.ROOT);
    }

    /** A body of a type the API does not take. */
    static final class UnsupportedBody extends RuntimeException {
        UnsupportedBody(String message) {
            super(message);
        }
    }
}
