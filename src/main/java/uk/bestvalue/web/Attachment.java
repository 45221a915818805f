package uk.bestvalue.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The Content-Disposition of a download. The plain {@code filename} is built from a whitelist of
 * characters, so nothing a request carries (a period, a code) can end the header or add a second
 * parameter; a name with other letters also goes in {@code filename*} (RFC 6266, RFC 8187) as UTF-8.
 */
final class Attachment {
    private static final int LONGEST = 120;

    private Attachment() {
    }

    static void name(Context ctx, String fileName) {
        ctx.header("Content-Disposition", header(fileName));
    }

    static String header(String fileName) {
        String wanted = fileName == null ? "" : Normalizer.normalize(fileName, Normalizer.Form.NFC);
        String ascii = plain(wanted);
        StringBuilder header = new StringBuilder("attachment; filename=\"").append(ascii).append('"');
        String unicode = unicode(wanted);
        if (!unicode.isEmpty() && !unicode.equals(ascii)) {
            header.append("; filename*=UTF-8''").append(encoded(unicode));
        }
        return header.toString();
    }

    /** Letters, digits, dot, dash and underscore; everything else becomes a dash. */
    static String plain(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length() && out.length() < LONGEST; i++) {
            char c = name.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
            char next = allowed ? c : '-';
            if (!(next == '-' && out.length() > 0 && out.charAt(out.length() - 1) == '-')) {
                out.append(next);
            }
        }
        String result = out.toString().replaceAll("^[.-]+", "");
        return result.isEmpty() ? "download" : result;
    }

    /** The name with its letters kept, but without anything that could name a folder or be a control character. */
    private static String unicode(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(LONGEST).forEach(c -> {
            if (Character.getType(c) == Character.CONTROL || c == '/' || c == '\\' || c == '"' || Character.getType(c) == Character.SURROGATE) {
                out.append('-');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString().replaceAll("^[.\\s-]+", "");
    }

    /** RFC 8187 value characters: attr-char stays, every other UTF-8 byte is percent-encoded. */
    private static String encoded(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }
}
