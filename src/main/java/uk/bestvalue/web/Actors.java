package uk.bestvalue.web;

import io.javalin.http.Context;
import uk.bestvalue.Actor;

/** The actor a request acts as: set once per request by sign-in, read by every route that writes. */
final class Actors {
    static final String ATTRIBUTE = "bv.actor";

    private Actors() {
    }

    /** Who this request acts for; until sign-in sets one, the installation. */
    static Actor of(Context ctx) {
        Actor actor = ctx.attribute(ATTRIBUTE);
        return actor != null ? actor : Actor.installation();
    }
}
