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
        // The convenor's admins take a member out; a member's own admins take it out of a network (it leaves).
        app.post("/authorities/{code}/networks/{networkId}/members/remove", ctx -> change(ctx, "member", () ->
                networks.removeMember(Actors.of(ctx), networkId(ctx), code(ctx), member(ctx)), member(ctx).equals(code(ctx)) ? "left" : "removed"),
                Access.ADMIN);
        app.get("/authorities/{code}/networks/{networkId}", ctx -> edit(ctx, null, HttpStatus.OK), Access.ADMIN);
        app.post("/authorities/{code}/networks/{networkId}", this::update, Access.ADMIN);
        app.post("/authorities/{code}/networks/{networkId}/delete", ctx -> {
            networks.delete(Actors.of(ctx), networkId(ctx), code(ctx));
            ctx.redirect("/authorities/" + code(ctx) + "/networks?done=deleted", HttpStatus.SEE_OTHER);
        }, Access.ADMIN);
        app.get("/authorities/{code}/networks/{networkId}/shares/{shareId}", ctx -> editShare(ctx, null, HttpStatus.OK), Access.ADMIN);
        app.post("/authorities/{code}/networks/{networkId}/shares/{shareId}", this::updateShare, Access.ADMIN);
        app.post("/authorities/{code}/networks/{networkId}/shares/{shareId}/delete", ctx -> {
            networks.deleteShare(Actors.of(ctx), networkId(ctx), code(ctx), shareId(ctx));
            ctx.redirect("/authorities/" + code(ctx) + "/networks?done=unshared", HttpStatus.SEE_OTHER);
        }, Access.ADMIN);
        app.post("/authorities/{code}/networks/{networkId}/sharing", ctx -> change(ctx, "shares", () ->
                networks.setSharing(Actors.of(ctx), networkId(ctx), code(ctx), "yes".equals(ctx.formParam("shares"))),
                "sharing"), Access.ADMIN);
        app.post("/authorities/{code}/networks/{networkId}/shares", ctx -> change(ctx, "share", () ->
                networks.share(Actors.of(ctx), networkId(ctx), code(ctx), ctx.formParam("title"), ctx.formParam("body"), ctx.formParam("embargo")),
                "shared"), Access.ADMIN);
        app.get("/api/v1/networks", ctx -> ctx.json(Map.of("items", networks.networks().stream().map(NetworkPages::json).toList())), Access.PUBLIC);
        app.get("/api/v1/networks/{networkId}", this::api, Access.PUBLIC);
        NetworkApi.routes(app, networks, authorities);
    }

    private static long shareId(Context ctx) {
        return Bodies.id(ctx, "shareId", "Shared item");
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
        json.put("shares", networks.shares(n.id(), code -> reads(ctx, code)).stream().map(NetworkApi::json).toList());
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
        json.put("version", n.version());
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

    /** The convenor's page for one network: its name and description, its members, deleting it. */
    private void edit(Context ctx, Form submitted, HttpStatus status) {
        Network n = networks.network(networkId(ctx));
        Authority authority = authorities.require(ctx.pathParam("code"));
        if (!authority.code().value().equals(n.convenor())) {
            throw new uk.bestvalue.NotAllowed("Only the admins of the council that convenes " + n.name() + " manage it");
        }
        Form form = submitted != null ? submitted : new Form("network", Map.of("name", List.of(n.name()),
                "description", n.description() == null ? List.of() : List.of(n.description())), List.of());
        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        model.put("network", n);
        model.put("form", form);
        model.put("councils", councils());
        ctx.status(status);
        ctx.render("network-edit.jte", model);
    }

    private void update(Context ctx) {
        try {
            networks.update(Actors.of(ctx), networkId(ctx), code(ctx), ctx.formParam("name"), ctx.formParam("description"), Form.version(ctx));
            ctx.redirect("/authorities/" + code(ctx) + "/networks?done=saved", HttpStatus.SEE_OTHER);
        } catch (uk.bestvalue.EditedMeanwhile e) {
            edit(ctx, Form.edited("network", ctx, e), HttpStatus.CONFLICT);
        } catch (Invalid e) {
            edit(ctx, Form.submitted("network", ctx, e.errors()), HttpStatus.BAD_REQUEST);
        }
    }

    /** The sharing member's page to correct or take back one thing it shared. */
    private void editShare(Context ctx, Form submitted, HttpStatus status) {
        Network n = networks.network(networkId(ctx));
        uk.bestvalue.network.NetworkShare share = networks.share(n.id(), shareId(ctx));
        Authority authority = authorities.require(ctx.pathParam("code"));
        if (!share.authority().equals(authority.code().value())) {
            throw new uk.bestvalue.NotAllowed("Only " + share.authorityName() + ", which shared it, may change or remove it");
        }
        Form form = submitted != null ? submitted : new Form("share", Map.of("title", List.of(share.title()), "body", List.of(share.body()),
                "embargo", List.of(share.embargoUntil().format(java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy")))), List.of());
        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        model.put("network", n);
        model.put("share", share);
        model.put("form", form);
        ctx.status(status);
        ctx.render("network-share.jte", model);
    }

    private void updateShare(Context ctx) {
        try {
            networks.updateShare(Actors.of(ctx), networkId(ctx), code(ctx), shareId(ctx), ctx.formParam("title"), ctx.formParam("body"),
                    ctx.formParam("embargo"), Form.version(ctx));
            ctx.redirect("/authorities/" + code(ctx) + "/networks?done=reshared", HttpStatus.SEE_OTHER);
        } catch (uk.bestvalue.EditedMeanwhile e) {
            editShare(ctx, Form.edited("share", ctx, e), HttpStatus.CONFLICT);
        } catch (Invalid e) {
            editShare(ctx, Form.submitted("share", ctx, e.errors()), HttpStatus.BAD_REQUEST);
        }
    }

    /** Current councils, for the add-member autocomplete. */
    private List<Authority> councils() {
        return authorities.find(new uk.bestvalue.authority.AuthorityQuery(null, null, null, uk.bestvalue.authority.AuthorityStatus.CURRENT))
                .stream().filter(a -> a.type().isCouncil()).toList();
    }

    private void manage(Context ctx, Form form, String message, HttpStatus status) {
        Authority authority = authorities.require(ctx.pathParam("code"));
        ctx.status(status);
        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        List<Network> mine = networks.networksOf(authority.code().value());
        model.put("mine", mine);
        Map<Long, List<uk.bestvalue.network.NetworkShare>> shared = new HashMap<>();
        mine.forEach(n -> shared.put(n.id(), networks.shares(n.id(), c -> true).stream()
                .filter(s -> s.authority().equals(authority.code().value())).toList()));
        model.put("shared", shared);
        model.put("councils", councils());
        model.put("form", form);
        model.put("saved", message != null ? message : DONE.get(ctx.queryParam("done") == null ? "" : ctx.queryParam("done")));
        ctx.render("authority-networks.jte", model);
    }

    /** What the management page says after a change; the address names the change, never the words. */
    private static final Map<String, String> DONE = Map.ofEntries(Map.entry("added", "The member has been added"),
            Map.entry("removed", "The member has been removed from the network"), Map.entry("left", "You have left the network"),
            Map.entry("sharing", "Your choice about sharing published scores has been saved"), Map.entry("shared", "Shared with the network"),
            Map.entry("saved", "The network's name and description have been saved"), Map.entry("deleted", "The network has been deleted"),
            Map.entry("reshared", "Your changes to what you shared have been saved"), Map.entry("unshared", "What you shared has been removed"));

}
