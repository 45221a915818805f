package uk.bestvalue.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;

/** JSON in and out of the real application in a test: bodies are serialised here, answers parsed. */
final class ApiClient {
    private static final ObjectMapper JSON = Json.mapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final HttpClient client;
    private final String bearer;

    /** Signed out: no token, no session. */
    ApiClient(HttpClient client) {
        this(client, null);
    }

    /** Acting with an API token, as machine clients do (and as tests that write do). */
    ApiClient(HttpClient client, String bearer) {
        this.client = client;
        this.bearer = bearer;
    }

    /** The same server, signed out. */
    ApiClient anonymous() {
        return new ApiClient(client, null);
    }

    /** The same server, acting with another token. */
    ApiClient as(String token) {
        return new ApiClient(client, token);
    }

    record Reply(int status, String contentType, String text) {
        JsonNode json() {
            try {
                return JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw new AssertionError("Not JSON (" + status + "): " + text, e);
            }
        }
    }

    Reply get(String path) {
        return reply(client.request(path, b -> signed(b).get()));
    }

    Reply get(String path, String accept) {
        return reply(client.request(path, b -> signed(b).header("Accept", accept).get()));
    }

    Reply post(String path, Object body) {
        return reply(client.request(path, b -> signed(b).post(body(body))));
    }

    Reply rawPost(String path, RequestBody body) {
        return reply(client.request(path, b -> signed(b).post(body)));
    }

    Reply put(String path, Object body) {
        return reply(client.request(path, b -> signed(b).put(body(body))));
    }

    Reply patch(String path, Object body) {
        return reply(client.request(path, b -> signed(b).patch(body(body))));
    }

    /** The loopback port the application under test listens on, for requests no HTTP client would send. */
    int port() {
        return java.net.URI.create(client.getOrigin()).getPort();
    }

    /** The response itself, for binary bodies; the caller closes it. */
    Response raw(String path) {
        return client.request(path, b -> signed(b).get());
    }

    /** The response to a GET carrying one extra header; the caller closes it. */
    Response raw(String path, String header, String value) {
        return client.request(path, b -> b.header(header, value).get());
    }

    Reply delete(String path) {
        return reply(client.request(path, b -> signed(b).delete()));
    }

    /** Any request, with this client's token added. */
    Reply send(String path, java.util.function.Consumer<okhttp3.Request.Builder> request) {
        return reply(client.request(path, b -> request.accept(signed(b))));
    }

    private okhttp3.Request.Builder signed(okhttp3.Request.Builder builder) {
        return bearer == null ? builder : builder.header("Authorization", "Bearer " + bearer);
    }

    private static RequestBody body(Object body) {
        try {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            return RequestBody.create(text, JSON_TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Reply reply(Response response) {
        try (response) {
            return new Reply(response.code(), response.header("Content-Type"), response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
