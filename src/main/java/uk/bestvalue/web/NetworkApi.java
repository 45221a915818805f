package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;
import uk.bestvalue.authority.AuthorityRegister;
import uk.bestvalue.network.Network;
import uk.bestvalue.network.NetworkShare;
import uk.bestvalue.network.Networks;

/**
 * Changing benchmarking networks through the API, as a council: {@code {code}} is the council acting,
 * whose admins may (the installation admin acting for it too). The network's own changes and its
 * members are its convenor's; what a member shared is that member's; a member may leave.
 */
final class NetworkApi {
    private NetworkApi() {
    }

    record NetworkInput(String name, String description, List<String> members, Integer version) {
    }

    record MemberInput(String member) {
    }

    record ShareInput(String title, String body, String embargoUntil, Integer version) {
    }

    static void routes(Javalin app, Networks networks, AuthorityRegister authorities) {
        String base = "/api/v1/authorities/{code}/networks";
        app.post(base, ctx -> {
            NetworkInput input = Bodies.read(ctx, NetworkInput.class);
            Network n = networks.create(Actors.of(ctx), code(ctx, authorities), input.name(), input.description(), input.members());
            created(ctx, "/api/v1/networks/" + n.id(), NetworkPages.json(n));
        }, Access.ADMIN);
        // A change keeps what its body leaves out, as every change in the API does.
        app.put(base + "/{networkId}", ctx -> {
            Network stored = networks.network(networkId(ctx));
            NetworkInput input = Bodies.readOver(ctx, NetworkInput.class, new NetworkInput(stored.name(), stored.description(), null, null));
            ctx.json(NetworkPages.json(networks.update(Actors.of(ctx), networkId(ctx), code(ctx, authorities), input.name(), input.description(),
                    input.version())));
        }, Access.ADMIN);
        app.delete(base + "/{networkId}", ctx -> {
            networks.delete(Actors.of(ctx), networkId(ctx), code(ctx, authorities));
            ctx.status(HttpStatus.NO_CONTENT);
        }, Access.ADMIN);
        app.post(base + "/{networkId}/members", ctx -> {
            MemberInput input = Bodies.read(ctx, MemberInput.class);
            Network n = networks.addMember(Actors.of(ctx), networkId(ctx), code(ctx, authorities), input.member());
            created(ctx, "/api/v1/networks/" + n.id(), NetworkPages.json(n));
        }, Access.ADMIN);
        app.delete(base + "/{networkId}/members/{member}", ctx -> {
            String member = ctx.pathParam("member").strip().toUpperCase(java.util.Locale.ROOT);
            ctx.json(NetworkPages.json(networks.removeMember(Actors.of(ctx), networkId(ctx), code(ctx, authorities), member)));
        }, Access.ADMIN);
        app.post(base + "/{networkId}/shares", ctx -> {
            ShareInput input = Bodies.read(ctx, ShareInput.class);
            NetworkShare share = named(() -> networks.share(Actors.of(ctx), networkId(ctx), code(ctx, authorities), input.title(), input.body(),
                    input.embargoUntil()));
            created(ctx, "/api/v1/networks/" + networkId(ctx), json(share));
        }, Access.ADMIN);
        app.put(base + "/{networkId}/shares/{shareId}", ctx -> {
            NetworkShare stored = networks.share(networkId(ctx), shareId(ctx));
            ShareInput input = Bodies.readOver(ctx, ShareInput.class, new ShareInput(stored.title(), stored.body(),
                    stored.embargoUntil().toString(), null));
            ctx.json(json(named(() -> networks.updateShare(Actors.of(ctx), networkId(ctx), code(ctx, authorities), shareId(ctx), input.title(),
                    input.body(), input.embargoUntil(), input.version()))));
        }, Access.ADMIN);
        app.delete(base + "/{networkId}/shares/{shareId}", ctx -> {
            networks.deleteShare(Actors.of(ctx), networkId(ctx), code(ctx, authorities), shareId(ctx));
            ctx.status(HttpStatus.NO_CONTENT);
        }, Access.ADMIN);
    }

    /** Runs a change of a shared item; its problems name the body's fields ({@code embargoUntil}, not the form's {@code embargo}). */
    private static NetworkShare named(java.util.function.Supplier<NetworkShare> change) {
        try {
            return change.get();
        } catch (Invalid e) {
            throw new Invalid(e.errors().stream().map(f -> f.field().equals("embargo") ? new FieldError("embargoUntil", f.message()) : f).toList());
        }
    }

    private static void created(Context ctx, String location, Object body) {
        ctx.status(HttpStatus.CREATED);
        ctx.header("Location", location);
        ctx.json(body);
    }

    static Map<String, Object> json(NetworkShare s) {
        Map<String, Object> share = new LinkedHashMap<>();
        share.put("id", s.id());
        share.put("authority", s.authority());
        share.put("title", s.title());
        share.put("body", s.body());
        share.put("embargoUntil", s.embargoUntil().toString());
        share.put("version", s.version());
        return share;
    }

    private static String code(Context ctx, AuthorityRegister authorities) {
        return authorities.require(ctx.pathParam("code")).code().value();
    }

    private static long networkId(Context ctx) {
        return Bodies.id(ctx, "networkId", "Network");
    }

    private static long shareId(Context ctx) {
        return Bodies.id(ctx, "shareId", "Shared item");
    }
}
