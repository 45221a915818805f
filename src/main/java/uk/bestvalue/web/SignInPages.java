package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.util.List;
import java.util.Map;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;
import uk.bestvalue.auth.Accounts;
import uk.bestvalue.auth.Identity;
import uk.bestvalue.auth.Session;
import uk.bestvalue.auth.SignIn;
import uk.bestvalue.auth.SignInRefused;

/** Signing in and out, and one's own account: roles held and "change my password". */
final class SignInPages {
    private final SignIn signIn;
    private final Accounts accounts;
    private final ClientAddress addresses;

    SignInPages(SignIn signIn, Accounts accounts, ClientAddress addresses) {
        this.signIn = signIn;
        this.accounts = accounts;
        this.addresses = addresses;
    }

    void routes(Javalin app) {
        app.get("/sign-in", ctx -> signInPage(ctx, Form.empty("sign-in"), HttpStatus.OK), Access.PUBLIC);
        app.post("/sign-in", this::signIn, Access.PUBLIC);
        app.post("/sign-out", this::signOut, Access.SIGNED_IN);
        app.get("/account", ctx -> accountPage(ctx, Form.empty("password"), false, HttpStatus.OK), Access.SIGNED_IN);
        app.post("/account/password", this::changePassword, Access.SIGNED_IN);
    }

    private void signIn(Context ctx) {
        String email = ctx.formParam("email");
        try {
            Session session = signIn.signIn(email, ctx.formParam("password"), addresses.of(ctx));
            // A fresh session every time: a session id planted in this browser before sign-in is never promoted.
            signIn.signOut(ctx.cookie(Gate.SESSION_COOKIE));
            ctx.cookie(new Cookie(Gate.SESSION_COOKIE, session.cookie(), "/", -1, secure(ctx), 0, true, null, null, SameSite.LAX));
            ctx.redirect(next(ctx.formParam("next")), HttpStatus.SEE_OTHER);
        } catch (SignInRefused e) {
            Form form = new Form("sign-in", Map.of("email", List.of(email == null ? "" : email)),
                    List.of(new FieldError("email", e.getMessage())));
            signInPage(ctx, form, e.throttled() ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.BAD_REQUEST);
        }
    }

    private void signOut(Context ctx) {
        signIn.signOut(ctx.cookie(Gate.SESSION_COOKIE));
        ctx.removeCookie(Gate.SESSION_COOKIE, "/");
        ctx.redirect("/sign-in?signed-out", HttpStatus.SEE_OTHER);
    }

    private void changePassword(Context ctx) {
        Identity identity = Gate.identity(ctx).orElseThrow();
        try {
            accounts.changePassword(identity.accountId(), ctx.formParam("currentPassword"), ctx.formParam("newPassword"),
                    ctx.cookie(Gate.SESSION_COOKIE), identity.actor());
            accountPage(ctx, Form.empty("password"), true, HttpStatus.OK);
        } catch (Invalid e) {
            accountPage(ctx, new Form("password", Map.of(), e.errors()), false, HttpStatus.BAD_REQUEST);
        }
    }

    private void signInPage(Context ctx, Form form, HttpStatus status) {
        ctx.status(status);
        ctx.render("sign-in.jte", Map.of("form", form, "next", next(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next")),
                "signedOut", ctx.queryParam("signed-out") != null, "demo", accounts.demoAccounts()));
    }

    private void accountPage(Context ctx, Form form, boolean changed, HttpStatus status) {
        Identity identity = Gate.identity(ctx).orElseThrow();
        ctx.status(status);
        ctx.render("account.jte", Map.of("account", accounts.account(identity.accountId()), "form", form, "changed", changed));
    }

    /** Only a path on this site: never another site, so a sign-in link cannot send people elsewhere. */
    static String next(String requested) {
        if (requested == null || !requested.startsWith("/") || requested.startsWith("//") || requested.startsWith("/\\")
                || requested.startsWith("/sign-in") || requested.length() > 2000) {
            return "/";
        }
        return requested;
    }

    private static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
