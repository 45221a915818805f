package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.authority.AuthorityStatus;
import uk.bestvalue.store.Database;

/** {@code GET /health}: asks the database a real question, so that "ok" means it answered. */
final class HealthCheck {
    private static final Logger LOG = LoggerFactory.getLogger(HealthCheck.class);

    private final Database db;
    private final AuthorityRegister register;

    HealthCheck(Database db, AuthorityRegister register) {
        this.db = db;
        this.register = register;
    }

    void routes(Javalin app) {
        app.get("/health", this::check, Access.PUBLIC);
    }

    private void check(Context ctx) {
        Map<String, Object> database = new LinkedHashMap<>();
        // The engine's name only: its exact version would tell anyone which vulnerabilities to try.
        database.put("engine", db.engine().name());
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            db.engineVersion();
            database.put("authorities", register.count(AuthorityStatus.ALL));
            body.put("status", "ok");
        } catch (RuntimeException e) {
            LOG.warn("Health check failed: {}", e.getMessage());
            database.put("error", "the database did not answer");
            body.put("status", "unavailable");
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
        }
        body.put("database", database);
        // A node that does not hear the others still answers, but what it keeps may lag theirs by up to a minute.
        body.put("otherNodes", db.changes().listening() ? "heard" : "reconnecting");
        ctx.json(body);
    }
}
