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

    /**
     * Reads a JSON object body as a change to {@code stored}: a field the body leaves out keeps its
     * stored value (an explicit null clears it), so a client that sends only what it changes loses
     * nothing. Anything else about the body is checked as {@link #read} checks it.
     */
    static <T> T readOver(Context ctx, Class<T> type, T stored) {
        com.fasterxml.jackson.databind.JsonNode sent = Input.json(ctx.body(), com.fasterxml.jackson.databind.JsonNode.class);
        if (stored == null || !sent.isObject()) {
            return read(ctx, type); // the boundary names what is wrong with it, or the feature says what is missing
        }
        return Input.json(overlaid(stored, (com.fasterxml.jackson.databind.node.ObjectNode) sent), type);
    }

    /** The stored document as JSON with every field the body sent laid over it. */
    private static String overlaid(Object stored, com.fasterxml.jackson.databind.node.ObjectNode sent) {
        com.fasterxml.jackson.databind.node.ObjectNode merged = Json.mapper().valueToTree(stored);
        sent.fields().forEachRemaining(field -> merged.set(field.getKey(), field.getValue()));
        return merged.toString();
    }

    /** Takes {@code version} out of a body: a whole number, null, or absent (null); anything else is a 400 naming it. */
    private static Integer takeVersion(com.fasterxml.jackson.databind.node.ObjectNode object) {
        if (!object.has(uk.bestvalue.web.Form.VERSION)) {
            return null;
        }
        com.fasterxml.jackson.databind.JsonNode version = object.remove(uk.bestvalue.web.Form.VERSION);
        if (!version.isNull() && !(version.isIntegralNumber() && version.canConvertToInt())) {
            throw new uk.bestvalue.Invalid(uk.bestvalue.web.Form.VERSION, "must be a whole number: the version the document was loaded at");
        }
        return version.isNull() ? null : version.intValue();
    }

    /** A body and the {@code version} it was edited from (null when not given), for documents whose own shape has no version. */
    record Versioned<T>(T value, Integer version) {
    }

    /**
     * Reads a JSON object body that may carry {@code version} beside the document's own fields:
     * the version is taken out (a whole number, or a 400 naming it) and the rest read as {@code type}.
     */
    static <T> Versioned<T> readVersioned(Context ctx, Class<T> type) {
        String body = ctx.body();
        com.fasterxml.jackson.databind.JsonNode tree;
        try {
            tree = Json.mapper().readTree(body);
        } catch (java.io.IOException | RuntimeException e) {
            return new Versioned<>(read(ctx, type), null); // the boundary names what is wrong with it
        }
        if (!(tree instanceof com.fasterxml.jackson.databind.node.ObjectNode object) || !object.has(uk.bestvalue.web.Form.VERSION)) {
            return new Versioned<>(read(ctx, type), null);
        }
        Integer version = takeVersion(object);
        return new Versioned<>(Input.json(object.toString(), type), version);
    }

    /**
     * As {@link #readVersioned}, read as a change to {@code stored}: a field the body leaves out keeps
     * its stored value (an explicit null clears it), so saving part of a document loses nothing.
     */
    static <T> Versioned<T> readVersionedOver(Context ctx, Class<T> type, T stored) {
        com.fasterxml.jackson.databind.JsonNode sent = Input.json(ctx.body(), com.fasterxml.jackson.databind.JsonNode.class);
        if (!(sent instanceof com.fasterxml.jackson.databind.node.ObjectNode object)) {
            return readVersioned(ctx, type); // the boundary names what is wrong with it
        }
        Integer version = takeVersion(object);
        return new Versioned<>(Input.json(overlaid(stored, object), type), version);
    }

    /** A document as JSON with the {@code version} it is stored at beside its own fields. */
    static com.fasterxml.jackson.databind.node.ObjectNode withVersion(Object document, int version) {
        com.fasterxml.jackson.databind.node.ObjectNode node = Json.mapper().valueToTree(document);
        node.put(uk.bestvalue.web.Form.VERSION, version);
        return node;
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
