package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import uk.bestvalue.NotFound;
import uk.bestvalue.framework.FrameworkCatalogue;

/** {@code /api/v1/frameworks} and {@code /api/v1/scales}: frameworks, their versions and scoring scales. */
final class FrameworkApi {
    private final FrameworkCatalogue frameworks;

    FrameworkApi(FrameworkCatalogue frameworks) {
        this.frameworks = frameworks;
    }

    void routes(Javalin app) {
        app.get("/api/v1/frameworks", ctx -> ctx.json(Map.of("items", frameworks.frameworks())), Access.PUBLIC);
        app.get("/api/v1/frameworks/{framework}/versions/{version}", this::version, Access.PUBLIC);
        app.get("/api/v1/scales", ctx -> ctx.json(Map.of("items", frameworks.scales())), Access.PUBLIC);
    }

    private void version(Context ctx) {
        String reference = ctx.pathParam("framework") + "/" + ctx.pathParam("version");
        ctx.json(frameworks.version(ctx.pathParam("framework"), ctx.pathParam("version"))
                .orElseThrow(() -> new NotFound("Framework version not found", "No framework version " + reference + " is loaded")));
    }
}
