package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.Invalid;

/** {@code /api/v1/authorities}: the register as JSON. */
final class AuthorityApi {
    private final AuthorityRegister register;

    AuthorityApi(AuthorityRegister register) {
        this.register = register;
    }

    void routes(Javalin app) {
        app.get("/api/v1/authorities", this::list, Access.PUBLIC);
        app.get("/api/v1/authorities/{code}", this::one, Access.PUBLIC);
    }

    private void list(Context ctx) {
        AuthoritySearch search = AuthoritySearch.from(ctx);
        if (!search.errors().isEmpty()) {
            throw new Invalid(search.errors());
        }
        var items = register.find(search.query()).stream().map(AuthorityJson::of).toList();
        ctx.json(new AuthorityListJson(items.size(), items, AuthorityRegister.ATTRIBUTION));
    }

    private void one(Context ctx) {
        var authority = register.require(ctx.pathParam("code"));
        ctx.json(AuthorityDetailJson.of(register.profile(authority.code()).orElseThrow(), AuthorityRegister.ATTRIBUTION));
    }
}
