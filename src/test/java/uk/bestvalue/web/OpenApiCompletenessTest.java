package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import uk.bestvalue.Workbench;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;

/** The OpenAPI document names every operation of the API the application really serves, and nothing it does not. */
class OpenApiCompletenessTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void every_api_route_of_the_running_application_is_documented() throws IOException {
        Set<String> served = served();
        Set<String> documented = documented();

        assertThat(served).as("API routes missing from /api/openapi.json").isSubsetOf(documented);
        assertThat(documented).as("documented operations the application does not serve").isSubsetOf(served);
        assertThat(served).hasSizeGreaterThan(40);
    }

    /** Every operation of the running application under /api/v1, and /health, as "METHOD path". */
    static Set<String> served() {
        try (Workbench workbench = Workbench.on(TestDatabases.fresh(Engine.H2))) {
            Javalin app = Web.create(workbench);
            Set<String> served = new TreeSet<>();
            app.unsafeConfig().pvt.internalRouter.allHttpHandlers().forEach(parsed -> {
                String path = parsed.getEndpoint().getPath();
                String method = parsed.getEndpoint().getMethod().name().toLowerCase(Locale.ROOT);
                if ((path.startsWith("/api/v1/") || path.equals("/health")) && METHODS.contains(method)) {
                    served.add(method.toUpperCase(Locale.ROOT) + " " + path);
                }
            });
            return served;
        }
    }

    static Set<String> documented() throws IOException {
        return operations(document());
    }

    static JsonNode document() throws IOException {
        try (InputStream in = Web.class.getResourceAsStream("/api/openapi.json")) {
            return Json.mapper().readTree(in);
        }
    }

    static Set<String> operations(JsonNode document) {
        Set<String> operations = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }
}
