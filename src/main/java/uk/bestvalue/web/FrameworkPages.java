package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import uk.bestvalue.NotFound;
import uk.bestvalue.framework.FrameworkCatalogue;
import uk.bestvalue.framework.FrameworkVersion;

/** The frameworks, each version's themes and criteria, and the scoring scales. */
final class FrameworkPages {
    private final FrameworkCatalogue frameworks;

    FrameworkPages(FrameworkCatalogue frameworks) {
        this.frameworks = frameworks;
    }

    void routes(Javalin app) {
        app.get("/frameworks", ctx -> ctx.render("frameworks.jte", Map.of("frameworks", frameworks.frameworks(), "scales", frameworks.scales())), Access.PUBLIC);
        app.get("/frameworks/{framework}/{version}", this::version, Access.PUBLIC);
    }

    private void version(Context ctx) {
        FrameworkVersion version = frameworks.version(ctx.pathParam("framework"), ctx.pathParam("version"))
                .orElseThrow(() -> new NotFound("Framework version not found",
                        "No framework version " + ctx.pathParam("framework") + "/" + ctx.pathParam("version") + " is loaded."));
        ctx.render("framework-version.jte", Map.of("version", version, "mappings", frameworks.mappingsInto(version).stream()
                .map(m -> new String[] {frameworks.version(m.from()).map(v -> v.name()).orElse(m.from()),
                        m.criterionChanges().entrySet().stream().map(e -> e.getValue() + " " + e.getKey().id())
                                .collect(java.util.stream.Collectors.joining(", ")), m.note() == null ? "" : m.note()}).toList()));
    }
}
