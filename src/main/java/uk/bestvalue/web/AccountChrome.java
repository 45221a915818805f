package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.bestvalue.auth.Identity;
import uk.bestvalue.auth.Session;

/**
 * After a page is rendered: puts the session's CSRF token into every form that posts, and the
 * "signed in as … / Sign out" (or "Sign in") links into the layout's marker. Done here, once, so
 * that every form on every page carries the token without each template remembering to.
 */
final class AccountChrome {
    static final String MARKER = "<bv-account></bv-account>";
    private static final Pattern POST_FORM = Pattern.compile("<form\\b[^>]*\\bmethod=\"post\"[^>]*>", Pattern.CASE_INSENSITIVE);

    void install(Javalin app) {
        app.after(this::decorate);
    }

    private void decorate(Context ctx) {
        String type = ctx.res().getContentType();
        if (type == null || !type.startsWith("text/html") || ctx.resultInputStream() == null) {
            return;
        }
        String html = ctx.result();
        if (html == null || !html.contains(MARKER)) {
            if (html != null) {
                ctx.result(html);
            }
            return;
        }
        Optional<Session> session = Gate.session(ctx);
        if (session.isPresent()) {
            html = withToken(html, session.get().csrfToken());
        }
        ctx.result(html.replace(MARKER, links(Gate.identity(ctx), session, ctx.path())));
    }

    static String withToken(String html, String token) {
        String field = "<input type=\"hidden\" name=\"" + Gate.CSRF_FIELD + "\" value=\"" + token + "\">";
        Matcher forms = POST_FORM.matcher(html);
        return forms.replaceAll(match -> Matcher.quoteReplacement(match.group() + field));
    }

    private static String links(Optional<Identity> identity, Optional<Session> session, String path) {
        if (identity.isEmpty()) {
            if (path.equals("/sign-in")) {
                return "";
            }
            return "<li class=\"govuk-service-navigation__item bv-account\"><a class=\"govuk-service-navigation__link\" href=\"/sign-in?next="
                    + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8) + "\">Sign in</a></li>";
        }
        String name = escape(identity.get().displayName());
        String signOut = session.isEmpty() ? "" : "<li class=\"govuk-service-navigation__item\"><form method=\"post\" action=\"/sign-out\" class=\"bv-sign-out\">"
                + "<input type=\"hidden\" name=\"" + Gate.CSRF_FIELD + "\" value=\"" + session.get().csrfToken() + "\">"
                + "<button type=\"submit\" class=\"bv-link-button govuk-service-navigation__link\">Sign out</button></form></li>";
        return "<li class=\"govuk-service-navigation__item bv-account\"><a class=\"govuk-service-navigation__link\" href=\"/account\">"
                + name + "</a></li>" + signOut;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
