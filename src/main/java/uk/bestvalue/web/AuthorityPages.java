package uk.bestvalue.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.AuthorityProfile;
import uk.bestvalue.authority.AuthorityRegister;

/** The authorities list with search and filters, and a page per authority. */
final class AuthorityPages {
    private final AuthorityRegister register;
    private final uk.bestvalue.neighbours.Neighbours neighbours;
    private final uk.bestvalue.network.Networks networks;

    AuthorityPages(AuthorityRegister register, uk.bestvalue.neighbours.Neighbours neighbours, uk.bestvalue.network.Networks networks) {
        this.register = register;
        this.neighbours = neighbours;
        this.networks = networks;
    }

    void routes(Javalin app) {
        app.get("/authorities", this::list, Access.PUBLIC);
        app.get("/authorities/{code}", this::one, Access.PUBLIC);
    }

    private void list(Context ctx) {
        AuthoritySearch search = AuthoritySearch.from(ctx);
        List<Authority> authorities = search.errors().isEmpty() ? register.find(search.query()) : List.of();
        if (!search.errors().isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
        }
        ctx.render("authorities.jte", Map.of("search", search, "authorities", authorities));
    }

    private void one(Context ctx) {
        AuthorityProfile profile = register.profile(register.require(ctx.pathParam("code")).code()).orElseThrow();
        // The nearest neighbours in the set asked for (?set=), else the authority's default set; none when no set lists it.
        String set = ctx.queryParam("set");
        List<uk.bestvalue.neighbours.NeighbourSet> sets = neighbours.setsFor(profile.authority().code().value());
        uk.bestvalue.neighbours.NeighbourList list = null;
        if (set != null && !set.isBlank() && sets.stream().noneMatch(s -> s.key().equals(set.strip()))) {
            throw new uk.bestvalue.Invalid("set", "'" + Input.shortened(set, 80) + "' is not a neighbour set that lists " + profile.authority().name());
        }
        if (!sets.isEmpty()) {
            list = neighbours.list(profile.authority().code().value(), set);
        }
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("profile", profile);
        model.put("neighbours", list);
        model.put("neighbourSets", sets);
        model.put("networks", networks.networksOf(profile.authority().code().value()));
        ctx.render("authority.jte", model);
    }
}
