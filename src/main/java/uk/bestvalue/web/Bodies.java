package uk.bestvalue.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.stream.Collectors;
import uk.bestvalue.Invalid;
import uk.bestvalue.NotFound;

/** Reads request bodies and path ids, turning malformed input into 400 problems that name the field. */
final class Bodies {
    private static final ObjectMapper STRICT = Json.mapper().copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private Bodies() {
    }

    static <T> T read(Context ctx, Class<T> type) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw new Invalid("body", "the request needs a JSON body");
        }
        try {
            return STRICT.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw new Invalid(path(e), "is not a field this request takes; it takes " + e.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        } catch (JsonMappingException e) {
            throw new Invalid(path(e).isEmpty() ? "body" : path(e), "has the wrong type: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new Invalid("body", "is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    static long id(Context ctx, String param, String what) {
        String text = ctx.pathParam(param);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NotFound(what + " not found", "'" + text + "' is not the number of a " + what.toLowerCase());
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append("[").append(ref.getIndex() + 1).append("]");
            }
        }
        return path.toString();
    }
}
