package uk.bestvalue.web;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.bestvalue.auth.AuditLog;
import uk.bestvalue.authority.AuthorityRegister;

/** An authority's audit trail as CSV, for its authority admins: streamed, however long the trail. */
final class AuditRoutes {
    private static final List<String> HEADER = List.of("seq", "at", "actor_kind", "actor_id", "actor", "authority", "entity",
            "entity_id", "action", "before", "after", "prev_hash", "hash");

    private final AuditLog audit;
    private final AuthorityRegister authorities;

    AuditRoutes(AuditLog audit, AuthorityRegister authorities) {
        this.audit = audit;
        this.authorities = authorities;
    }

    void routes(Javalin app) {
        app.get("/authorities/{code}/audit.csv", this::csv, Access.ADMIN);
        app.get("/api/v1/authorities/{code}/audit.csv", this::csv, Access.ADMIN);
    }

    private void csv(Context ctx) throws IOException {
        String code = authorities.require(ctx.pathParam("code")).code().value();
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"audit-" + code + ".csv\"");
        Writer writer = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().build(writer);
        csv.writeRecord(HEADER);
        audit.forAuthority(code, e -> csv.writeRecord(safe(String.valueOf(e.seq())), safe(e.at()), safe(e.actorKind()),
                e.actorId() == null ? "" : String.valueOf(e.actorId()), safe(e.actorName()), safe(e.authority()), safe(e.entity()),
                safe(e.entityId()), safe(e.action()), safe(e.before()), safe(e.after()), e.prevHash(), e.hash()));
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell a spreadsheet would run as a formula is prefixed with an apostrophe. */
    private static String safe(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
