package uk.bestvalue.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Requests the HTTP server refuses before the application sees them (an address or headers too
 * long, a malformed request line) are answered as problem details too, never with Jetty's own page.
 */
final class ServerErrors extends ErrorHandler {
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        String title = switch (status) {
            case 414, 431 -> "The request's address or headers are too long";
            case 413 -> "The upload is too large";
            default -> "The request is not valid HTTP";
        };
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE));
        fields.put(new HttpField(HttpHeader.CACHE_CONTROL, "no-store"));
        String body = "{\"type\":\"/problems/bad-request\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"Shorten the address or the headers and try again.\",\"errors\":[]}";
        return ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8));
    }
}
