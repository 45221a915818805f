package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;

import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.network.Network;
import uk.bestvalue.network.Networks;
import uk.bestvalue.network.ThemeComparison;

/**
 * Benchmarking networks: the list and a page per network (public: members, comparisons, published
 * scores side by side, shared data past its embargo — and before it, for the members' own people),
 * an authority admin's page to start, join, share with and leave networks, and the JSON API.
 */
final class NetworkPages {
    private final Networks networks;
    private final AuthorityRegister authorities;

    NetworkPages(Networks networks, AuthorityRegister authorities) {
        this.networks = networks;
        this.authorities = authorities;
    }

    void routes(Javalin app) {
        app.get("/networks", ctx -> ctx.render("networks.jte", Map.of("networks", networks.networks())), Access.PUBLIC);
        app.get("/networks/{networkId}", this::one, Access.PUBLIC);
        app.get("/authorities/{code}/networks", ctx -> manage(ctx, Form.empty("network"), null, HttpStatus.OK), Access.ADMIN);
        app.post("/authorities/{code}/networks", this::create, Access.ADMIN);
        app.post("/authorities/{code}/networks/{networkId}/members", ctx -> change(ctx, "member", () ->
                networks.addMember(Actors.of(ctx), networkId(ctx), code(ctx), ctx.formParam("member")), "added"), Access.ADMIN);
        app.post("/authorities/{code}/networks/{networkId}/members/remove", ctx -> change(ctx, "member", () ->
                networks.removeMember(Actors.of(ctx), networkId(ctx), code(ctx), member(ctx)), "left"), Access.ADMIN);
        app.post("/authorities/{code}/networks/{networkId}/sharing", ctx -> change(ctx, "shares", () ->
                networks.setSharing(Actors.of(ctx), networkId(ctx), code(ctx), "yes".equals(ctx.formParam("shares"))),
                "sharing"), Access.ADMIN);
        app.post("/authorities/{code}/networks/{networkId}/shares", ctx -> change(ctx, "share", () ->
                networks.share(Actors.of(ctx), networkId(ctx), code(ctx), ctx.formParam("title"), ctx.formParam("body"), ctx.formParam("embargo")),
                "shared"), Access.ADMIN);
        app.get("/api/v1/networks", ctx -> ctx.json(Map.of("items", networks.networks().stream().map(NetworkPages::json).toList())), Access.PUBLIC);
        app.get("/api/v1/networks/{networkId}", this::api, Access.PUBLIC);
    }

    private static long networkId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("networkId"));
        } catch (NumberFormatException e) {
            throw new uk.bestvalue.NotFound("Network not found", "There is no benchmarking network " + Input.shortened(ctx.pathParam("networkId"), 40));
        }
    }

    private String code(Context ctx) {
        return authorities.require(ctx.pathParam("code")).code().value();
    }

    private String member(Context ctx) {
        String member = ctx.formParam("member");
        return member == null || member.isBlank() ? "" : member.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** Whether the caller reads the data of this authority (a role there, or the installation admin). */
    private static boolean reads(Context ctx, String code) {
        return Gate.identity(ctx).map(i -> i.installationAdmin() || i.reads(code)).orElse(false);
    }

    private void one(Context ctx) {
        Network n = networks.network(networkId(ctx));
        Map<String, Object> model = new HashMap<>();
        model.put("network", n);
        model.put("themes", networks.themes(n.id()));
        model.put("shares", networks.shares(n.id(), code -> reads(ctx, code)));
        model.put("today", java.time.LocalDate.now());
        ctx.render("network.jte", model);
    }

    private void api(Context ctx) {
        Network n = networks.network(networkId(ctx));
        Map<String, Object> json = json(n);
        ThemeComparison themes = networks.themes(n.id());
        json.put("publishedScores", Map.of("columns", themes.columns(), "rows", themes.rows(), "notShown", themes.notShown()));
        json.put("shares", networks.shares(n.id(), code -> reads(ctx, code)).stream().map(s -> {
            Map<String, Object> share = new LinkedHashMap<>();
            share.put("authority", s.authority());
            share.put("title", s.title());
            share.put("body", s.body());
            share.put("embargoUntil", s.embargoUntil().toString());
            return share;
        }).toList());
        ctx.json(json);
    }

    static Map<String, Object> json(Network n) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", n.id());
        json.put("name", n.name());
        json.put("description", n.description());
        json.put("convenor", n.convenor());
        json.put("group", n.key());
        json.put("members", n.members().stream().map(m -> Map.of("code", m.code(), "name", m.name(), "sharesScores", m.sharesScores())).toList());
        return json;
    }

    private void create(Context ctx) {
        String text = ctx.formParam("members") == null ? "" : ctx.formParam("members");
        List<String> codes = Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
        try {
            Network n = networks.create(Actors.of(ctx), code(ctx), ctx.formParam("name"), ctx.formParam("description"), codes);
            ctx.redirect("/networks/" + n.id(), HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            manage(ctx, Form.submitted("network", ctx, e.errors().stream()
                    .map(f -> new FieldError(f.field().replaceAll("\\[.*$", ""), f.message())).toList()), null, HttpStatus.BAD_REQUEST);
        }
    }

    /** Runs a change from the management page: back to the page with a message, or shown again with what was wrong. */
    private void change(Context ctx, String form, Runnable change, String done) {
        networkId(ctx);
        try {
            change.run();
            ctx.redirect("/authorities/" + code(ctx) + "/networks?done=" + done, HttpStatus.SEE_OTHER);
        } catch (Invalid e) {
            manage(ctx, Form.submitted(form + "-" + ctx.pathParam("networkId"), ctx, e.errors()), null, HttpStatus.BAD_REQUEST);
        }
    }

    private void manage(Context ctx, Form form, String message, HttpStatus status) {
        Authority authority = authorities.require(ctx.pathParam("code"));
        ctx.status(status);
        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        model.put("mine", networks.networksOf(authority.code().value()));
        model.put("form", form);
        model.put("saved", message != null ? message : DONE.get(ctx.queryParam("done") == null ? "" : ctx.queryParam("done")));
        ctx.render("authority-networks.jte", model);
    }

    /** What the management page says after a change; the address names the change, never the words. */
    private static final Map<String, String> DONE = Map.of("added", "The member has been added", "left", "The member has left the network",
            "sharing", "Your choice about sharing published scores has been saved", "shared", "Shared with the network");

}
