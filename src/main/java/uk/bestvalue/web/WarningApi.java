package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.warning.Flag;
import uk.bestvalue.warning.Observation;
import uk.bestvalue.warning.Warnings;
import uk.bestvalue.warning.Watchlist;

/** The early-warning flags in the JSON API: an authority's open and closed flags with their stored values, and the watchlist (JSON and CSV). */
final class WarningApi {
    private final Warnings warnings;
    private final AuthorityRegister authorities;

    WarningApi(Warnings warnings, AuthorityRegister authorities) {
        this.warnings = warnings;
        this.authorities = authorities;
    }

    /** One flag with the values that raised it. */
    record FlagJson(long id, String rule, String ruleSet, String title, String severity, String theme, List<String> criteria, String metric,
                    String period, String group, String explanation, String status, LocalDateTime openedAt, LocalDateTime closedAt,
                    String closedReason, Observation observed) {
    }

    record AuthorityFlagsJson(String authority, String name, List<FlagJson> flags) {
    }

    record CouncilJson(String code, String name, String type, String region, String worstSeverity, int newSinceImport, List<FlagJson> flags) {
    }

    record WatchlistJson(LocalDateTime lastImport, List<CouncilJson> councils) {
    }

    void routes(Javalin app) {
        app.get("/api/v1/authorities/{code}/flags", this::flags, Access.PUBLIC);
        app.get("/api/v1/authorities/{code}/flags.csv", this::flags, Access.PUBLIC);
        app.get("/api/v1/watchlist", this::watchlist, Access.PUBLIC);
        app.get("/api/v1/watchlist.csv", ctx -> watchlistCsv(ctx, warnings.watchlist(WarningPages.filter(ctx))), Access.PUBLIC);
    }

    private void flags(Context ctx) {
        Authority authority = authorities.require(ctx.pathParam("code"));
        List<Flag> flags = warnings.flags(authority.code());
        if (Csv.wanted(ctx)) {
            Csv.send(ctx, "flags-" + authority.code().value() + ".csv", List.of("id", "status", "severity", "theme", "rule", "title", "metric",
                    "period", "value", "group", "explanation", "opened_at", "closed_at", "closed_reason"),
                    flags.stream().map(f -> List.<Object>of(f.id(), f.open() ? "open" : "closed", f.severity().id(), f.theme(), f.ruleId(), f.title(),
                            blank(f.metricId()), blank(f.period()), f.observed().value() == null ? "" : f.observed().value(), blank(f.groupLabel()),
                            f.explanation(), f.openedAt(), f.closedAt() == null ? "" : f.closedAt(), blank(f.closedReason()))).toList());
            return;
        }
        ctx.json(new AuthorityFlagsJson(authority.code().value(), authority.name(), flags.stream().map(this::json).toList()));
    }

    private void watchlist(Context ctx) {
        Watchlist list = warnings.watchlist(WarningPages.filter(ctx));
        List<CouncilJson> councils = new ArrayList<>();
        for (Watchlist.Entry e : list.entries()) {
            Authority a = e.authority();
            councils.add(new CouncilJson(a.code().value(), a.name(), a.type().id(), a.region() == null ? null : a.region().code(), e.worst().id(),
                    e.newSinceImport(), e.flags().stream().map(this::json).toList()));
        }
        ctx.json(new WatchlistJson(list.lastImport(), councils));
    }

    static void watchlistCsv(Context ctx, Watchlist list) {
        List<List<Object>> rows = new ArrayList<>();
        for (Watchlist.Entry e : list.entries()) {
            Authority a = e.authority();
            for (Flag f : e.flags()) {
                rows.add(List.of(a.code().value(), a.name(), a.type().id(), a.region() == null ? "" : a.region().label(), f.severity().id(),
                        f.theme(), f.ruleId(), f.title(), blank(f.period()), f.explanation(), list.isNew(f) ? "yes" : "no", f.openedAt()));
            }
        }
        Csv.send(ctx, "watchlist.csv", List.of("code", "name", "type", "region", "severity", "theme", "rule", "title", "period", "explanation",
                "new_since_last_import", "opened_at"), rows);
    }

    private FlagJson json(Flag f) {
        return new FlagJson(f.id(), f.ruleId(), warnings.ruleSet(f).reference(), f.title(), f.severity().id(), f.theme(), f.criteria(),
                f.metricId(), f.period(), f.groupLabel(), f.explanation(), f.open() ? "open" : "closed", f.openedAt(), f.closedAt(),
                f.closedReason(), f.observed());
    }

    private static Object blank(String text) {
        return text == null ? "" : text;
    }
}
