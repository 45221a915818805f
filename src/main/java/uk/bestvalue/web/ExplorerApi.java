package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.bestvalue.explorer.Comparison;
import uk.bestvalue.explorer.DashboardRow;
import uk.bestvalue.explorer.Explorer;
import uk.bestvalue.explorer.Metric;
import uk.bestvalue.explorer.MetricValue;
import uk.bestvalue.explorer.TimeSeries;

/** The explorer's open API: metrics, values, comparisons, time series and an authority's metrics, as JSON or CSV. */
final class ExplorerApi {
    private static final com.fasterxml.jackson.databind.ObjectWriter JSON_WRITER = Json.mapper().writer();

    private final Explorer explorer;
    private final AnswerCache answers = new AnswerCache(5_000);

    ExplorerApi(Explorer explorer) {
        this.explorer = explorer;
    }

    void routes(Javalin app) {
        app.get("/api/v1/metrics", this::metrics, Access.PUBLIC);
        app.get("/api/v1/metrics.csv", this::metrics, Access.PUBLIC);
        app.get("/api/v1/metrics/{id}", this::metric, Access.PUBLIC);
        app.post("/api/v1/metrics", ctx -> {
            Metric created = explorer.createMetric(Actors.of(ctx), Bodies.read(ctx, uk.bestvalue.explorer.MetricDefinition.class));
            ctx.status(io.javalin.http.HttpStatus.CREATED);
            ctx.header("Location", "/api/v1/metrics/" + created.id());
            ctx.json(MetricJson.of(created, List.of()));
        }, Access.INSTALLATION_ADMIN);
        app.put("/api/v1/metrics/{id}", ctx -> {
            Metric updated = explorer.updateMetric(Actors.of(ctx), ctx.pathParam("id"), Bodies.read(ctx, uk.bestvalue.explorer.MetricDefinition.class));
            ctx.json(MetricJson.of(updated, explorer.periods(updated.id()), explorer.metricVersion(updated.id())));
        }, Access.INSTALLATION_ADMIN);
        app.get("/api/v1/metrics/{id}/values", this::values, Access.PUBLIC);
        app.get("/api/v1/metrics/{id}/values.csv", this::values, Access.PUBLIC);
        app.get("/api/v1/metrics/{id}/comparison", this::comparison, Access.PUBLIC);
        app.get("/api/v1/metrics/{id}/comparison.csv", this::comparison, Access.PUBLIC);
        app.get("/api/v1/metrics/{id}/timeseries", this::timeSeries, Access.PUBLIC);
        app.get("/api/v1/metrics/{id}/timeseries.csv", this::timeSeries, Access.PUBLIC);
        app.get("/api/v1/authorities/{code}/metrics", this::dashboard, Access.PUBLIC);
        app.get("/api/v1/authorities/{code}/metrics.csv", this::dashboard, Access.PUBLIC);
        app.get("/api/v1/imports", ctx -> ctx.json(Map.of("items", explorer.imports())), Access.PUBLIC);
    }

    private void metrics(Context ctx) {
        List<Metric> metrics = explorer.metrics();
        if (Csv.wanted(ctx)) {
            Csv.send(ctx, "metrics.csv", List.of("id", "title", "unit", "polarity", "area", "publisher", "licence", "applies_to", "period_type"),
                    metrics.stream().map(m -> List.<Object>of(m.id(), m.title(), m.unit(), m.polarity().id(), m.area(), nz(m.publisher()),
                            nz(m.licence()), String.join(" ", m.appliesTo().stream().map(t -> t.id()).sorted().toList()), m.periodType())).toList());
            return;
        }
        ctx.json(Map.of("items", metrics.stream().map(m -> MetricJson.of(m, null)).toList()));
    }

    private void metric(Context ctx) {
        String id = ctx.pathParam("id");
        boolean csv = id.endsWith(".csv");
        Metric metric = explorer.metric(csv ? id.substring(0, id.length() - 4) : id);
        if (csv || Csv.wanted(ctx)) {
            Csv.send(ctx, metric.id() + ".csv", List.of("id", "title", "description", "unit", "polarity", "area", "publisher", "source", "licence"),
                    List.of(List.of(metric.id(), metric.title(), nz(metric.description()), metric.unit(), metric.polarity().id(), metric.area(),
                            nz(metric.publisher()), nz(metric.source()), nz(metric.licence()))));
            return;
        }
        ctx.json(MetricJson.of(metric, explorer.periods(metric.id()), explorer.metricVersion(metric.id())));
    }

    private void values(Context ctx) {
        String id = ctx.pathParam("id");
        List<String> periods = explorer.periods(id);
        String period = ctx.queryParam("period") != null ? ctx.queryParam("period") : periods.isEmpty() ? null : periods.get(periods.size() - 1);
        List<MetricValue> values = period == null ? List.of() : explorer.values(id, period);
        if (Csv.wanted(ctx)) {
            Csv.send(ctx, id + "-" + (period == null ? "none" : period.replace('/', '-')) + ".csv",
                    List.of("authority_code", "metric", "period", "value", "status", "note", "import_id"),
                    values.stream().map(v -> List.<Object>of(v.authority().value(), v.metricId(), v.period(), nz(v.value()), v.status().id(),
                            nz(v.note()), v.importId())).toList());
            return;
        }
        ctx.json(Map.of("metric", id, "period", period == null ? "" : period, "count", values.size(), "items",
                values.stream().map(v -> Map.of("authority", v.authority().value(), "value", v.value() == null ? "" : v.value(),
                        "status", v.status().id(), "note", nz(v.note()), "importId", v.importId())).toList()));
    }

    private void comparison(Context ctx) throws Exception {
        if (!Csv.wanted(ctx)) {
            String key = ctx.pathParam("id") + "?" + ctx.queryString();
            byte[] json = answers.get(key, explorer.dataGeneration(), () -> {
                Comparison c = explorer.compare(ctx.pathParam("id"), ctx.queryParam("authority"), ctx.queryParam("period"), ctx.queryParam("group"));
                return JSON_WRITER.writeValueAsBytes(ComparisonJson.of(c));
            });
            ctx.contentType("application/json");
            ctx.result(json);
            return;
        }
        Comparison c = explorer.compare(ctx.pathParam("id"), ctx.queryParam("authority"), ctx.queryParam("period"), ctx.queryParam("group"));
        if (Csv.wanted(ctx)) {
            Csv.send(ctx, c.metric().id() + "-" + c.period().replace('/', '-') + "-" + c.group().key() + ".csv",
                    List.of("authority_code", "name", "value", "status", "rank", "percentile", "quartile", "is_selected"),
                    c.entries().stream().map(e -> List.<Object>of(e.code(), e.name(), nz(e.value()), e.status().id(), nz(e.rank()),
                            nz(e.percentile()), nz(e.quartile()), e.code().equals(c.authority()) ? "yes" : "no")).toList());
            return;
        }
        ctx.json(ComparisonJson.of(c));
    }

    private void timeSeries(Context ctx) {
        TimeSeries t = explorer.timeSeries(ctx.pathParam("id"), ctx.queryParam("authority"), ctx.queryParam("group"));
        if (Csv.wanted(ctx)) {
            // The predecessors' columns come last, so that a reader of the first seven columns is not disturbed.
            Map<String, TimeSeries.Combined> combined = new java.util.HashMap<>();
            t.predecessorsCombined().forEach(c -> combined.put(c.period(), c));
            Csv.send(ctx, t.metric().id() + "-" + t.authority() + "-" + t.group().key() + "-series.csv",
                    List.of("period", "value", "status", "group_median", "group_lower_quartile", "group_upper_quartile", "group_count",
                            "predecessors_values", "predecessors_total"),
                    t.points().stream().map(p -> List.<Object>of(p.period(), nz(p.value()), p.status() == null ? "" : p.status().id(),
                            nz(p.median()), nz(p.lowerQuartile()), nz(p.upperQuartile()), p.count(), predecessorsText(t, p.period()),
                            combined.containsKey(p.period()) ? combined.get(p.period()).value() : "")).toList());
            return;
        }
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("metric", t.metric().id());
        json.put("authority", t.authority());
        json.put("group", Map.of("key", t.group().key(), "label", t.group().label()));
        json.put("points", t.points());
        json.put("predecessors", t.predecessors());
        json.put("predecessorsCombined", t.predecessorsCombined());
        ctx.json(json);
    }

    private void dashboard(Context ctx) {
        String group = ctx.queryParam("group") == null || ctx.queryParam("group").isBlank() ? null : ctx.queryParam("group").strip();
        List<DashboardRow> rows = explorer.dashboard(ctx.pathParam("code"), group);
        if (Csv.wanted(ctx)) {
            Csv.send(ctx, ctx.pathParam("code") + "-metrics.csv", List.of("metric", "title", "period", "value", "quartile_among_same_type",
                            "rank_among_same_type", "group_size", "group_median", "previous_period", "previous_value", "direction", "through_county"),
                    rows.stream().map(r -> List.<Object>of(r.metric().id(), r.metric().title(), nz(r.period()), nz(r.value()), nz(r.quartile()),
                            nz(r.rank()), r.groupSize(), nz(r.median()), nz(r.previousPeriod()), nz(r.previousValue()), nz(r.direction()),
                            nz(r.throughCode()))).toList());
            return;
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (DashboardRow r : rows) {
            Map<String, Object> item = new java.util.LinkedHashMap<>();
            item.put("metric", r.metric().id());
            item.put("title", r.metric().title());
            item.put("period", r.period());
            item.put("value", r.value());
            item.put("quartile", r.quartile());
            item.put("rank", r.rank());
            item.put("groupSize", r.groupSize());
            item.put("groupMedian", r.median());
            item.put("previousPeriod", r.previousPeriod());
            item.put("previousValue", r.previousValue());
            item.put("direction", r.direction());
            item.put("throughCounty", r.throughCode());
            items.add(item);
        }
        ctx.json(Map.of("authority", ctx.pathParam("code"), "comparedWith", group == null ? "authorities of the same type"
                : explorer.groupLabel(group, ctx.pathParam("code")), "items", items));
    }

    /** "Allerdale (until 2023) E07000026: 45.1; Carlisle (until 2023) E07000028: not available": the predecessors' own values of a period. */
    private static String predecessorsText(TimeSeries t, String period) {
        List<String> parts = new ArrayList<>();
        for (TimeSeries.Predecessor p : t.predecessors()) {
            TimeSeries.PredecessorValue v = p.in(period);
            if (v != null) {
                parts.add(p.name() + " " + p.code() + ": " + (v.value() != null && v.status().usable()
                        ? java.math.BigDecimal.valueOf(v.value()).stripTrailingZeros().toPlainString() : v.status().id().replace('_', ' ')));
            }
        }
        return String.join("; ", parts);
    }

    static Object nz(Object value) {
        return value == null ? "" : value;
    }
}
