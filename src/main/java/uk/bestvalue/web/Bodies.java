package uk.bestvalue.web;

import io.javalin.http.Context;
import uk.bestvalue.NotFound;

/** Reads request bodies and path ids, turning malformed input into 400 problems that name the field. */
final class Bodies {
    private Bodies() {
    }

    /** Reads a JSON body through the one input boundary, {@link Input#json}. */
    static <T> T read(Context ctx, Class<T> type) {
        return Input.json(ctx.body(), type);
    }

    static long id(Context ctx, String param, String what) {
        String text = ctx.pathParam(param);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NotFound(what + " not found", "'" + text + "' is not the number of a " + what.toLowerCase());
        }
    }
}
