package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.bestvalue.neighbours.NeighbourList;
import uk.bestvalue.neighbours.NeighbourSet;
import uk.bestvalue.neighbours.Neighbours;

/** An authority's nearest neighbours in any set, with distance and why, and the sets there are: JSON, and CSV for the list. */
final class NeighbourApi {
    private final Neighbours neighbours;

    NeighbourApi(Neighbours neighbours) {
        this.neighbours = neighbours;
    }

    void routes(Javalin app) {
        app.get("/api/v1/neighbour-sets", ctx -> ctx.json(Map.of("items", neighbours.sets().stream().map(NeighbourApi::set).toList())),
                Access.PUBLIC);
        app.get("/api/v1/authorities/{code}/neighbours", this::list, Access.PUBLIC);
        app.get("/api/v1/authorities/{code}/neighbours.csv", this::list, Access.PUBLIC);
    }

    static Map<String, Object> set(NeighbourSet s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", s.key());
        json.put("name", s.name());
        json.put("publisher", s.publisher());
        json.put("licence", s.licence());
        json.put("source", s.source());
        json.put("method", s.method());
        json.put("edition", s.edition());
        json.put("computed", s.computed());
        json.put("lists", s.lists());
        json.put("outside", s.outside());
        return json;
    }

    private void list(Context ctx) {
        NeighbourList list = neighbours.list(ctx.pathParam("code"), ctx.queryParam("set"));
        if (Csv.wanted(ctx)) {
            Csv.send(ctx, list.authority().code().value() + "-neighbours-" + list.set().key() + ".csv",
                    List.of("authority_code", "set", "rank", "neighbour_code", "name", "type", "distance", "outside_the_data",
                            "closest_on", "furthest_on"),
                    list.neighbours().stream().map(e -> List.<Object>of(list.authority().code().value(), list.set().key(),
                            e.neighbour().rank(), e.neighbour().code(), nz(e.neighbour().name()), nz(e.neighbour().type()),
                            nz(e.neighbour().distance()), e.neighbour().outside() ? "yes" : "no", titles(e.closest()), titles(e.furthest())))
                            .toList());
            return;
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (NeighbourList.Entry e : list.neighbours()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("rank", e.neighbour().rank());
            item.put("code", e.neighbour().code());
            item.put("name", e.neighbour().name());
            item.put("type", e.neighbour().type());
            item.put("distance", e.neighbour().distance());
            item.put("outside", e.neighbour().outside());
            item.put("closest", e.closest().stream().map(NeighbourApi::difference).toList());
            item.put("furthest", e.furthest().stream().map(NeighbourApi::difference).toList());
            items.add(item);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("authority", list.authority().code().value());
        json.put("name", list.authority().name());
        json.put("set", set(list.set()));
        json.put("outside", list.outside());
        json.put("figures", list.figures().stream().map(f -> Map.of("indicator", f.indicator(), "title", f.title(), "value", f.value(),
                "derivation", f.derivation())).toList());
        json.put("items", items);
        ctx.json(json);
    }

    private static Map<String, Object> difference(NeighbourList.Difference d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("indicator", d.indicator());
        json.put("title", d.title());
        json.put("value", d.mine());
        json.put("neighbourValue", d.theirs());
        json.put("gap", d.gap());
        return json;
    }

    private static String titles(List<NeighbourList.Difference> differences) {
        return differences.stream().map(NeighbourList.Difference::title).collect(Collectors.joining("; "));
    }

    private static Object nz(Object value) {
        return value == null ? "" : value;
    }
}
