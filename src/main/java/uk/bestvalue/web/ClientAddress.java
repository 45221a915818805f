package uk.bestvalue.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/**
 * The address a request came from, as sign-in throttling counts it. Behind a proxy or load balancer
 * the connection comes from the proxy, so every person would share its address; when the connection
 * comes from one of the trusted proxies, the address is taken from {@code X-Forwarded-For} instead:
 * the right-most entry that is not itself a trusted proxy (entries to its left were written by the
 * client, and may be anything). A request straight from anyone else is taken at its connection.
 */
final class ClientAddress {
    private final Set<String> trustedProxies;

    ClientAddress(Set<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    String of(Context ctx) {
        return of(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
    }

    String of(String connection, String forwardedFor) {
        if (!trustedProxies.contains(connection) || forwardedFor == null || forwardedFor.isBlank()) {
            return connection;
        }
        List<String> hops = List.of(forwardedFor.split(","));
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i).strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return Input.shortened(hop, 100);
            }
        }
        return connection;
    }
}
