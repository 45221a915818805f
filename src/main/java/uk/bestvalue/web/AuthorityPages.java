package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.AuthorityProfile;
import uk.bestvalue.authority.AuthorityRegister;

/** The authorities list with search and filters, and a page per authority. */
final class AuthorityPages {
    private final AuthorityRegister register;

    AuthorityPages(AuthorityRegister register) {
        this.register = register;
    }

    void routes(Javalin app) {
        app.get("/authorities", this::list, Access.PUBLIC);
        app.get("/authorities/{code}", this::one, Access.PUBLIC);
    }

    private void list(Context ctx) {
        AuthoritySearch search = AuthoritySearch.from(ctx);
        List<Authority> authorities = search.errors().isEmpty() ? register.find(search.query()) : List.of();
        if (!search.errors().isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
        }
        ctx.render("authorities.jte", Map.of("search", search, "authorities", authorities));
    }

    private void one(Context ctx) {
        AuthorityProfile profile = register.profile(register.require(ctx.pathParam("code")).code()).orElseThrow();
        ctx.render("authority.jte", Map.of("profile", profile));
    }
}
