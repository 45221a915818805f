package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.bestvalue.Invalid;
import uk.bestvalue.explorer.Explorer;
import uk.bestvalue.explorer.Metric;
import uk.bestvalue.explorer.MetricDefinition;

/** The page on which an administrator adds a metric to the catalogue or changes one (its values are kept). */
final class MetricPages {
    private final Explorer explorer;

    MetricPages(Explorer explorer) {
        this.explorer = explorer;
    }

    void routes(Javalin app) {
        app.get("/metric-definitions/new", ctx -> page(ctx, Form.empty("metric"), null, HttpStatus.OK), Access.INSTALLATION_ADMIN);
        app.post("/metric-definitions/new", ctx -> {
            try {
                Metric created = explorer.createMetric(Actors.of(ctx), definition(ctx, null));
                ctx.redirect("/metrics/" + created.id(), HttpStatus.SEE_OTHER);
            } catch (Invalid e) {
                page(ctx, Form.submitted("metric", ctx, e.errors()), null, HttpStatus.BAD_REQUEST);
            }
        }, Access.INSTALLATION_ADMIN);
        app.get("/metric-definitions/{id}", ctx -> {
            Metric m = explorer.metric(ctx.pathParam("id"));
            Map<String, List<String>> values = new HashMap<>();
            put(values, "id", m.id());
            put(values, "title", m.title());
            put(values, "description", m.description());
            put(values, "area", m.area());
            put(values, "unit", m.unit());
            put(values, "polarity", m.polarity().id());
            values.put("applies_to", m.appliesTo().stream().map(t -> t.id()).sorted().toList());
            put(values, "period_type", m.periodType());
            put(values, "publisher", m.publisher());
            put(values, "source", m.source());
            put(values, "licence", m.licence());
            put(values, "url", m.url());
            put(values, "notes", m.notes());
            put(values, "decimals", m.decimals() == null ? null : m.decimals().toString());
            put(values, "aggregation", m.aggregation());
            page(ctx, new Form("metric", values, List.of()), m, HttpStatus.OK);
        }, Access.INSTALLATION_ADMIN);
        app.post("/metric-definitions/{id}", ctx -> {
            Metric existing = explorer.metric(ctx.pathParam("id"));
            try {
                explorer.updateMetric(Actors.of(ctx), existing.id(), definition(ctx, existing.id()));
                ctx.redirect("/metrics/" + existing.id(), HttpStatus.SEE_OTHER);
            } catch (Invalid e) {
                page(ctx, Form.submitted("metric", ctx, e.errors()), existing, HttpStatus.BAD_REQUEST);
            } catch (uk.bestvalue.EditedMeanwhile e) {
                page(ctx, Form.edited("metric", ctx, e), existing, HttpStatus.CONFLICT);
            }
        }, Access.INSTALLATION_ADMIN);
    }

    private static void put(Map<String, List<String>> values, String field, String value) {
        if (value != null) {
            values.put(field, List.of(value));
        }
    }

    private static MetricDefinition definition(Context ctx, String id) {
        String decimals = ctx.formParam("decimals");
        Integer places = null;
        if (decimals != null && !decimals.isBlank()) {
            try {
                places = Integer.valueOf(decimals.strip());
            } catch (NumberFormatException e) {
                places = -1; // out of range, so the metric's own checks name it beside every other problem of the form
            }
        }
        return new MetricDefinition(id != null ? id : ctx.formParam("id"), ctx.formParam("title"), ctx.formParam("description"),
                ctx.formParam("area"), ctx.formParam("unit"), ctx.formParam("polarity"), ctx.formParams("applies_to"), ctx.formParam("period_type"),
                ctx.formParam("publisher"), ctx.formParam("source"), ctx.formParam("licence"), ctx.formParam("url"), ctx.formParam("notes"), places,
                ctx.formParam("aggregation"), Form.version(ctx));
    }

    private void page(Context ctx, Form form, Metric editing, HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("editing", editing);
        model.put("version", editing == null ? 0 : explorer.metricVersion(editing.id()));
        model.put("types", Arrays.asList(uk.bestvalue.authority.AuthorityType.values()));
        model.put("periodTypes", Arrays.asList(uk.bestvalue.period.PeriodType.values()));
        ctx.status(status);
        ctx.render("metric-form.jte", model);
    }
}
