package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.NotFound;
import uk.bestvalue.Invalid;

/** {@code /api/v1/authorities}: the register as JSON. */
final class AuthorityApi {
    private final AuthorityRegister register;

    AuthorityApi(AuthorityRegister register) {
        this.register = register;
    }

    void routes(Javalin app) {
        app.get("/api/v1/authorities", this::list);
        app.get("/api/v1/authorities/{code}", this::one);
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
        String code = ctx.pathParam("code");
        if (!OnsCode.isValid(code)) {
            throw new NotFound("Authority not found", "'" + code + "' is not an ONS GSS code (e.g. E07000135), so no authority has it");
        }
        var profile = register.profile(OnsCode.parse(code))
                .orElseThrow(() -> new NotFound("Authority not found", "No authority in the register has the code " + OnsCode.parse(code)));
        ctx.json(AuthorityDetailJson.of(profile, AuthorityRegister.ATTRIBUTION));
    }
}
