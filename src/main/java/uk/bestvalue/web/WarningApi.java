package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.assessment.EvidenceUse;
import uk.bestvalue.warning.Decision;
import uk.bestvalue.warning.Flag;
import uk.bestvalue.warning.SuggestedEvidence;
import uk.bestvalue.warning.Suggestion;
import uk.bestvalue.warning.Observation;
import uk.bestvalue.warning.Warnings;
import uk.bestvalue.warning.Watchlist;

/**
 * The early-warning flags in the JSON API: an authority's open and closed flags with their stored values, the watchlist (JSON
 * and CSV), and an assessment's suggested evidence, accepted or dismissed as on its theme pages.
 */
final class WarningApi {
    private final Warnings warnings;
    private final SuggestedEvidence suggestions;
    private final AuthorityRegister authorities;

    WarningApi(Warnings warnings, SuggestedEvidence suggestions, AuthorityRegister authorities) {
        this.warnings = warnings;
        this.suggestions = suggestions;
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

    /** An open flag offered to an assessment as suggested evidence, with the indicators of potential failure it can show. */
    record SuggestionJson(FlagJson flag, List<String> indicators, String caveat) {
    }

    /** What the assessment's editors decided about a flag. */
    record DecisionJson(long flag, String decision, String reason, Long evidence, String decidedBy, LocalDateTime decidedAt) {
    }

    record SignalsJson(long assessment, List<SuggestionJson> suggested, List<DecisionJson> decided) {
    }

    /** The body of an accept: which indicator the evidence shows (the signal's first when left out). */
    record AcceptInput(String criterion) {
    }

    /** The body of a dismiss: why the signal is not evidence for this assessment. */
    record DismissInput(String reason) {
    }

    void routes(Javalin app) {
        app.get("/api/v1/authorities/{code}/flags", this::flags, Access.PUBLIC);
        app.get("/api/v1/authorities/{code}/flags.csv", this::flags, Access.PUBLIC);
        app.get("/api/v1/watchlist", this::watchlist, Access.PUBLIC);
        app.get("/api/v1/watchlist.csv", ctx -> watchlistCsv(ctx, warnings.watchlist(WarningPages.filter(ctx))), Access.PUBLIC);
        app.get("/api/v1/assessments/{id}/signals", ctx -> ctx.json(signals(assessment(ctx))), Access.READ);
        app.post("/api/v1/assessments/{id}/signals/{flag}/accept", ctx -> {
            AcceptInput input = ctx.body().isBlank() ? new AcceptInput(null) : Bodies.read(ctx, AcceptInput.class);
            EvidenceUse use = suggestions.accept(Actors.of(ctx), assessment(ctx), flag(ctx), input.criterion());
            ctx.status(HttpStatus.CREATED);
            ctx.json(EvidenceJson.of(use));
        }, Access.EDIT);
        app.post("/api/v1/assessments/{id}/signals/{flag}/dismiss", ctx -> {
            long id = assessment(ctx);
            long flag = flag(ctx);
            suggestions.dismiss(Actors.of(ctx), id, flag, Bodies.read(ctx, DismissInput.class).reason());
            ctx.json(decision(suggestions.decisions(id).stream().filter(d -> d.flagId() == flag).findFirst().orElseThrow()));
        }, Access.EDIT);
        app.post("/api/v1/assessments/{id}/signals/{flag}/reopen", ctx -> {
            suggestions.reopen(Actors.of(ctx), assessment(ctx), flag(ctx));
            ctx.status(HttpStatus.NO_CONTENT);
        }, Access.EDIT);
    }

    /** The open flags of the assessment's authority not yet decided, every theme, and the decisions made. */
    private SignalsJson signals(long id) {
        List<SuggestionJson> suggested = new ArrayList<>();
        for (Suggestion s : suggestions.all(id)) {
            suggested.add(new SuggestionJson(json(s.flag()), s.indicators().stream().map(c -> c.code()).toList(), s.rule().caveat()));
        }
        return new SignalsJson(id, suggested, suggestions.decisions(id).stream().map(WarningApi::decision).toList());
    }

    private static DecisionJson decision(Decision d) {
        return new DecisionJson(d.flagId(), d.decision(), d.reason(), d.evidenceId(), d.decidedBy(), d.decidedAt());
    }

    private static long assessment(Context ctx) {
        return Bodies.id(ctx, "id", "Assessment");
    }

    private static long flag(Context ctx) {
        return Bodies.id(ctx, "flag", "Signal");
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
