package uk.bestvalue.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.AuthorityQuery;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.authority.AuthorityStatus;
import uk.bestvalue.explorer.Comparison;
import uk.bestvalue.explorer.Explorer;
import uk.bestvalue.explorer.Metric;
import uk.bestvalue.explorer.TimeSeries;

/** The explorer's pages: the metric catalogue, a page per metric with its charts, and an authority's dashboard. */
final class ExplorerPages {
    private static final ObjectMapper JSON = Json.mapper();

    private final Explorer explorer;
    private final AuthorityRegister authorities;

    ExplorerPages(Explorer explorer, AuthorityRegister authorities) {
        this.explorer = explorer;
        this.authorities = authorities;
    }

    void routes(Javalin app) {
        app.get("/metrics", this::catalogue, Access.PUBLIC);
        app.get("/metrics/{id}", this::metric, Access.PUBLIC);
        app.get("/authorities/{code}/metrics", this::dashboard, Access.PUBLIC);
    }

    private void catalogue(Context ctx) {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        String area = ctx.queryParam("area") == null ? "" : ctx.queryParam("area").strip();
        List<Metric> all = explorer.metrics();
        List<Metric> shown = all.stream()
                .filter(m -> q.isEmpty() || (m.title() + " " + m.id() + " " + m.description()).toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT)))
                .filter(m -> area.isEmpty() || m.area().equals(area))
                .toList();
        Map<String, List<String>> periods = new LinkedHashMap<>();
        shown.forEach(m -> periods.put(m.id(), explorer.periods(m.id())));
        // Adding metrics and importing values are the installation admin's: others are not offered what they cannot use.
        boolean admin = Gate.identity(ctx).map(who -> who.installationAdmin()).orElse(false);
        ctx.render("metrics.jte", Map.of("metrics", shown, "areas", all.stream().map(Metric::area).distinct().sorted().toList(),
                "q", q, "area", area, "periods", periods, "admin", admin));
    }

    private void metric(Context ctx) {
        Metric metric = explorer.metric(ctx.pathParam("id"));
        String authority = blankToNull(ctx.queryParam("authority"));
        String group = blankToNull(ctx.queryParam("group"));
        String period = blankToNull(ctx.queryParam("period"));
        List<String> periods = explorer.periods(metric.id());
        List<Authority> choices = authorities.find(new AuthorityQuery(null, null, null, AuthorityStatus.ALL)).stream()
                .filter(a -> metric.appliesTo(a.type())).toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("metric", metric);
        model.put("periods", periods);
        model.put("choices", choices);
        model.put("authority", authority == null ? "" : authority);
        model.put("group", group == null ? "england" : group);
        model.put("savedGroups", explorer.groups());
        model.put("otherGroups", explorer.otherGroups());
        if (periods.isEmpty()) {
            model.put("comparison", null);
            model.put("series", null);
            model.put("chart", "{}");
            ctx.render("metric.jte", model);
            return;
        }
        if (authority != null && authority.length() == 9) {
            authority = authority.toUpperCase(Locale.ROOT);
        }
        Comparison comparison = explorer.compare(metric.id(), authority, period, authority == null ? "england" : group);
        TimeSeries series = authority == null ? null : explorer.timeSeries(metric.id(), authority, group);
        model.put("comparison", comparison);
        model.put("series", series);
        model.put("chart", chartData(comparison, series));
        model.put("query", "authority=" + (authority == null ? "" : authority) + "&group=" + comparison.group().key() + "&period="
                + comparison.period());
        ctx.render("metric.jte", model);
    }

    private void dashboard(Context ctx) {
        Authority authority = authorities.require(ctx.pathParam("code"));
        String group = ctx.queryParam("group") == null || ctx.queryParam("group").isBlank() ? null : ctx.queryParam("group").strip();
        Map<String, Object> model = new java.util.HashMap<>(Map.of("authority", authority, "rows", explorer.dashboard(authority.code().value(), group)));
        if (group != null) {
            model.put("group", group);
            model.put("groupLabel", explorer.group(group, authority).label());
        }
        ctx.render("authority-metrics.jte", model);
    }

    /** The numbers the two charts draw, as JSON for the page's script; the tables beside them show the same numbers. */
    private static String chartData(Comparison c, TimeSeries series) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<Comparison.Entry> ranked = c.entries().stream().filter(Comparison.Entry::usable).toList();
        data.put("labels", ranked.stream().map(Comparison.Entry::name).toList());
        data.put("values", ranked.stream().map(Comparison.Entry::value).toList());
        data.put("highlight", ranked.stream().map(e -> e.code().equals(c.authority())).toList());
        data.put("median", c.statistics().median());
        data.put("unit", c.metric().unit());
        if (series != null) {
            data.put("periods", series.points().stream().map(TimeSeries.Point::period).toList());
            data.put("seriesValues", series.points().stream().map(TimeSeries.Point::value).toList());
            data.put("seriesMedian", series.points().stream().map(TimeSeries.Point::median).toList());
            data.put("seriesLower", series.points().stream().map(TimeSeries.Point::lowerQuartile).toList());
            data.put("seriesUpper", series.points().stream().map(TimeSeries.Point::upperQuartile).toList());
        }
        try {
            return JSON.writeValueAsString(data).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
