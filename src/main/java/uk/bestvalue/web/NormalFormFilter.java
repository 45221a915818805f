package uk.bestvalue.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Brings the text of query strings and HTML forms to Unicode normal form C before any route reads
 * it, so that "é" typed as one character and as "e" plus an accent are stored alike; the text
 * fields of a multipart form (one that uploads a file) too, as they are read. (JSON bodies
 * are normalised where they are parsed, in {@link Input#json}.) Anything that does not decode is
 * passed on untouched, for the routes to refuse.
 */
final class NormalFormFilter implements Filter {
    /** Larger forms are left as they are (the HTML forms of the product are far smaller). */
    private static final int LARGEST_FORM = 10 * 1024 * 1024;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http)) {
            chain.doFilter(request, response);
            return;
        }
        String query = normalised(http.getQueryString());
        byte[] form = null;
        String type = http.getContentType();
        long length = http.getContentLengthLong();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded") && length >= 0 && length <= LARGEST_FORM) {
            byte[] body = http.getInputStream().readNBytes((int) length);
            String text = new String(body, StandardCharsets.UTF_8);
            String normal = normalised(text);
            form = normal == null || normal.equals(text) ? body : normal.getBytes(StandardCharsets.UTF_8);
        }
        HttpServletRequest next = form == null && (query == null || query.equals(http.getQueryString())) ? http
                : new Normalised(http, query, form);
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            next = new MultipartNormalised(next);
        }
        chain.doFilter(next, response);
    }

    /**
     * A multipart form (one that uploads a file) whose text fields are brought to normal form C as
     * they are read, like any other form's; the uploaded files themselves are left as they are.
     */
    private static final class MultipartNormalised extends HttpServletRequestWrapper {
        private java.util.List<jakarta.servlet.http.Part> parts;

        MultipartNormalised(HttpServletRequest request) {
            super(request);
        }

        @Override
        public java.util.Collection<jakarta.servlet.http.Part> getParts() throws IOException, ServletException {
            if (parts == null) {
                java.util.List<jakarta.servlet.http.Part> normal = new java.util.ArrayList<>();
                for (jakarta.servlet.http.Part part : super.getParts()) {
                    normal.add(part.getSubmittedFileName() == null && part.getSize() <= LARGEST_FORM ? new TextPart(part) : part);
                }
                parts = normal;
            }
            return parts;
        }

        @Override
        public jakarta.servlet.http.Part getPart(String name) throws IOException, ServletException {
            return getParts().stream().filter(p -> p.getName().equals(name)).findFirst().orElse(null);
        }
    }

    /** A form field sent as a part of a multipart form: its text in normal form C; text that is not UTF-8 is passed on as sent. */
    private static final class TextPart implements jakarta.servlet.http.Part {
        private final jakarta.servlet.http.Part part;
        private byte[] text;

        TextPart(jakarta.servlet.http.Part part) {
            this.part = part;
        }

        private byte[] text() throws IOException {
            if (text == null) {
                byte[] sent;
                try (java.io.InputStream in = part.getInputStream()) {
                    sent = in.readAllBytes();
                }
                java.nio.charset.CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder();
                try {
                    String decoded = strict.decode(java.nio.ByteBuffer.wrap(sent)).toString();
                    text = Normalizer.isNormalized(decoded, Normalizer.Form.NFC) ? sent
                            : Normalizer.normalize(decoded, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
                } catch (java.nio.charset.CharacterCodingException e) {
                    text = sent;
                }
            }
            return text;
        }

        @Override
        public java.io.InputStream getInputStream() throws IOException {
            return new ByteArrayInputStream(text());
        }

        @Override
        public String getContentType() {
            return part.getContentType();
        }

        @Override
        public String getName() {
            return part.getName();
        }

        @Override
        public String getSubmittedFileName() {
            return null;
        }

        @Override
        public long getSize() {
            try {
                return text().length;
            } catch (IOException e) {
                return part.getSize();
            }
        }

        @Override
        public void write(String fileName) throws IOException {
            part.write(fileName);
        }

        @Override
        public void delete() throws IOException {
            part.delete();
        }

        @Override
        public String getHeader(String name) {
            return part.getHeader(name);
        }

        @Override
        public java.util.Collection<String> getHeaders(String name) {
            return part.getHeaders(name);
        }

        @Override
        public java.util.Collection<String> getHeaderNames() {
            return part.getHeaderNames();
        }
    }

    /** The pairs of a query string or form, each name and value in normal form C; null if it does not decode. */
    static String normalised(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return encoded;
        }
        StringBuilder out = new StringBuilder(encoded.length());
        try {
            for (String pair : encoded.split("&", -1)) {
                if (!out.isEmpty()) {
                    out.append('&');
                }
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                out.append(normal(name));
                if (eq >= 0) {
                    out.append('=').append(normal(pair.substring(eq + 1)));
                }
            }
        } catch (IllegalArgumentException e) {
            return encoded;
        }
        return out.toString();
    }

    private static String normal(String encoded) {
        String decoded = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        if (Normalizer.isNormalized(decoded, Normalizer.Form.NFC)) {
            return encoded;
        }
        return URLEncoder.encode(Normalizer.normalize(decoded, Normalizer.Form.NFC), StandardCharsets.UTF_8);
    }

    private static final class Normalised extends HttpServletRequestWrapper {
        private final String query;
        private final byte[] form;

        Normalised(HttpServletRequest request, String query, byte[] form) {
            super(request);
            this.query = query;
            this.form = form;
        }

        @Override
        public String getQueryString() {
            return query;
        }

        @Override
        public int getContentLength() {
            return form == null ? super.getContentLength() : form.length;
        }

        @Override
        public long getContentLengthLong() {
            return form == null ? super.getContentLengthLong() : form.length;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (form == null) {
                return super.getInputStream();
            }
            ByteArrayInputStream in = new ByteArrayInputStream(form);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("forms are read blocking");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() throws IOException {
            return form == null ? super.getReader() : new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
