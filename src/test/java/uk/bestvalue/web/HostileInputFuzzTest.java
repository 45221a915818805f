package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.bestvalue.Workbench;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;

/**
 * Drives every operation of {@code /api/openapi.json} and every form of the pages with hostile
 * values — empty, null, huge, negative, NaN, control characters, NUL, right-to-left and astral
 * Unicode, SQL and template fragments, path traversal — in every path parameter, query parameter,
 * body property and form field. Nothing may answer 5xx, and every API error is a problem document.
 */
class HostileInputFuzzTest {
    private static final Logger LOG = LoggerFactory.getLogger(HostileInputFuzzTest.class);
    private static final ObjectMapper JSON = Json.mapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([a-zA-Z]+)}");

    /** Hostile text: each is sent in every place a request takes text. */
    static final List<String> TEXT = List.of(
            "", " ", "null", "-1", "0", "-9223372036854775809", "99999999999999999999", "NaN", "-Infinity", "1e309", "3.5",
            "\u0000", "a\u0000b", "\u0007\u001b[2J", "\r\n", "\t", "\u202Eevil.exe\u202C", "\uD835\uDD73\uD835\uDD8A \uD83D\uDE00", "\uD800",
            "e\u0301", "'; drop table assessment; --", "' or '1'='1", "${7*7}{{7*7}}@(7*7)<%= 7*7 %>", "../../../../etc/passwd",
            "..\\..\\windows\\win.ini", "%2e%2e%2f", "<script>alert(1)</script>", "=HYPERLINK(\"https://example.org\")",
            "0000-01-01", "+999999999-12-31", "31/02/2024", "httpx://example.org", "javascript:alert(1)", "x".repeat(100_000));

    /** One of each kind of hostile text, for the many places where every kind need not be repeated. */
    static final List<String> SOME_TEXT = List.of("", "-1", "NaN", "a\u0000b", "\r\n", "\u202Eevil.exe\u202C", "\uD835\uDD73\uD83D\uDE00",
            "\uD800", "e\u0301", "' or '1'='1", "${7*7}{{7*7}}", "../../../../etc/passwd", "+999999999-12-31", "x".repeat(100_000));

    /** Hostile JSON values of other types, for body properties. */
    static final List<String> VALUES = List.of("null", "[]", "[null]", "{}", "-1", "1e309", "true", "-0.0", "[\"\\u0000\"]",
            "{\"a\":null}", "[[[[[[[[[[]]]]]]]]]]");

    /** Whole bodies that are not what any operation takes. */
    static final List<String> BODIES = List.of("", "null", "[]", "{}", "42", "\"text\"", "{\"a\":", "[null]", "NaN", "{}{}",
            "[".repeat(5_000) + "]".repeat(5_000), "{\"\u0000\":1}");

    /** Every field name a page's form has, sent all at once with the same hostile value. */
    static final List<String> FORM_FIELDS = List.of("area", "authority", "criteria", "date", "deriveThemeScores", "description", "documentRef",
            "droppedReason", "dueDate", "framework", "group", "link", "links", "mapping", "metric", "narrative", "note", "overdue", "owner",
            "period", "q", "region", "removeLogo", "scale", "score", "scoring", "skipBadRows", "status", "title", "type", "authors",
            "backgroundPapers", "comment0", "commentDate0", "committee", "committees", "consultees", "contacts", "displayName", "equalities",
            "equalityAssessment", "financial", "futureActivities", "healthAndSafety", "humanRights", "introduction", "legal", "licence",
            "meetingDate", "members", "name", "objectives", "purpose", "recommendations", "riskNote", "risks", "sheet", "source", "summary",
            "values", "vision", "member", "shares", "body", "embargo");

    /** Files that are not what they claim: a zip header with nothing after, a PNG header, random bytes, a CSV of nothing but quotes. */
    static final List<byte[]> HOSTILE_FILES = List.of(
            new byte[] {'P', 'K', 3, 4},
            new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 26, '\n'},
            new java.util.Random(12).ints(4096, 0, 256).collect(java.io.ByteArrayOutputStream::new, (b, i) -> b.write(i),
                    (a, b) -> a.writeBytes(b.toByteArray())).toByteArray(),
            "\"".repeat(10_000).getBytes(StandardCharsets.UTF_8),
            "authority_code,metric,period,value\nE07000135,household-waste-recycling-rate,2023/24,=1+1\n\u0000,,,\n".getBytes(StandardCharsets.UTF_8),
            new byte[0]);

    private static final List<String> QUERY_PARAMS = List.of("q", "type", "region", "status", "owner", "overdue", "authority", "group",
            "period", "area", "saved", "name", "description", "set", "done");

    @EachEngine
    void no_hostile_request_gets_a_5xx_and_every_api_error_is_a_problem(Engine engine) throws Exception {
        try (Workbench workbench = Workbench.on(TestDatabases.fresh(engine), TestApp.JUNE_2024)) {
            workbench.loadShippedData();
            workbench.explorer().loadShipped();
            workbench.neighbours().loadShipped(uk.bestvalue.neighbours.Neighbours.ONS_GLOBAL::equals);
            workbench.networks().create(uk.bestvalue.Actor.installation(), "E07000135", "Fuzzed network", null, List.of("E07000129"));
            Javalin app = Web.create(workbench);
            String token = Users.adminToken(workbench);
            java.util.concurrent.atomic.AtomicReference<Fuzzer> result = new java.util.concurrent.atomic.AtomicReference<>();
            int[] counted = new int[2];
            long started = System.nanoTime();
            JavalinTest.test(app, (server, client) -> {
                // Acts as an installation admin through an API token, so that every route is reached, not just refused.
                Fuzzer fuzzer = new Fuzzer(client.getOrigin(), client.getOkHttp().newBuilder().addInterceptor(chain -> chain.proceed(
                        chain.request().newBuilder().header("Authorization", "Bearer " + token).build())).build());
                result.set(fuzzer);
                fuzzer.prepare();
                JsonNode document = JSON.readTree(fuzzer.send("GET", "/api/openapi.json", null, null).text);
                counted[0] = fuzzer.api(document);
                counted[1] = fuzzer.pages(app);
            });
            Fuzzer fuzzer = result.get();
            double seconds = (System.nanoTime() - started) / 1e9;
            // Outside the test server: it keeps what is logged inside to itself unless the check fails.
            LOG.warn("Fuzz on {}: {} API operations and {} page routes, {} requests in {} s, {} answered 5xx, {} API errors not problems",
                    engine, counted[0], counted[1], fuzzer.requests, String.format("%.1f", seconds), fuzzer.serverErrors, fuzzer.notProblems);
            assertThat(counted[0]).isGreaterThanOrEqualTo(46);
            assertThat(fuzzer.failures).as("of " + fuzzer.requests + " hostile requests").isEmpty();
        }
    }

    /** Sends the requests and keeps what went wrong. */
    private static final class Fuzzer {
        private final String origin;
        private final OkHttpClient http;
        private final Map<String, String> valid = new LinkedHashMap<>();
        final List<String> failures = new ArrayList<>();
        int requests;
        int serverErrors;
        int notProblems;

        Fuzzer(String origin, OkHttpClient http) {
            this.origin = origin;
            this.http = http;
        }

        /** An assessment with evidence and an action, so that paths naming them reach the code behind. */
        void prepare() throws IOException {
            String created = send("POST", "/api/v1/assessments", "application/json",
                    JSON.writeValueAsString(AssessmentApiTest.referenceAssessment())).text;
            String id = JSON.readTree(created).get("id").asText();
            valid.put("id", id);
            valid.put("metric", "household-waste-recycling-rate");
            valid.put("code", "E07000135");
            valid.put("theme", "LEAD");
            valid.put("criterion", "LEAD-C1");
            valid.put("framework", "best-value-standards");
            valid.put("version", "2024");
            valid.put("networkId", JSON.readTree(send("GET", "/api/v1/networks", null, null).text).get("items").get(0).get("id").asText());
            // The network's own deletion is documented after its members and shares, so that those are fuzzed while it exists.
            valid.put("shareId", JSON.readTree(send("POST", "/api/v1/authorities/E07000135/networks/" + valid.get("networkId") + "/shares",
                    "application/json", "{\"title\":\"Fuzzed\",\"body\":\"x\",\"embargoUntil\":\"31/12/2099\"}").text).get("id").asText());
            valid.put("evidenceId", JSON.readTree(send("POST", "/api/v1/assessments/" + id + "/evidence", "application/json",
                    "{\"title\":\"Peer challenge\",\"links\":[{\"criterion\":\"LEAD-C1\",\"stance\":\"supports\"}]}").text).get("id").asText());
            valid.put("actionId", JSON.readTree(send("POST", "/api/v1/assessments/" + id + "/actions", "application/json",
                    "{\"description\":\"Review\",\"owner\":\"Chief Executive\",\"theme\":\"GOV\"}").text).get("id").asText());
        }

        /** Every operation of the document: hostile path parameters, query parameters and bodies. Returns how many operations. */
        int api(JsonNode document) throws IOException {
            int operations = 0;
            Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
            while (paths.hasNext()) {
                Map.Entry<String, JsonNode> path = paths.next();
                Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
                while (methods.hasNext()) {
                    Map.Entry<String, JsonNode> operation = methods.next();
                    String method = operation.getKey().toUpperCase(Locale.ROOT);
                    operations++;
                    operation(document, method, path.getKey(), operation.getValue());
                }
            }
            return operations;
        }

        private void operation(JsonNode document, String method, String template, JsonNode operation) throws IOException {
            String validBody = method.equals("GET") || method.equals("DELETE") ? null : "{}";
            for (String param : params(template)) {
                for (String value : SOME_TEXT) {
                    send(method, fill(template, param, value), validBody == null ? null : "application/json", validBody);
                }
            }
            String path = fill(template, null, null);
            for (JsonNode parameter : operation.path("parameters")) {
                if (parameter.path("in").asText().equals("query")) {
                    for (String value : SOME_TEXT) {
                        send(method, path + "?" + parameter.get("name").asText() + "=" + encode(value), null, validBody);
                    }
                }
            }
            if (method.equals("GET")) {
                for (String name : QUERY_PARAMS) {
                    send(method, path + "?" + name + "=" + encode("\u0000'--") + "&" + name + "=x", null, null);
                }
                return;
            }
            for (String body : BODIES) {
                send(method, path, "application/json", body);
            }
            JsonNode schema = resolve(document, operation.path("requestBody").path("content").path("application/json").path("schema"));
            for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext(); ) {
                String property = names.next();
                for (String value : SOME_TEXT) {
                    ObjectNode body = JSON.createObjectNode().put(property, value);
                    send(method, path, "application/json", body.toString());
                }
                for (String value : VALUES) {
                    send(method, path, "application/json", "{\"" + property + "\":" + value + "}");
                }
            }
            if (operation.path("requestBody").path("content").has("text/csv")) {
                for (String value : TEXT) {
                    send(method, path + "?name=" + encode(value), "text/csv", "code\n" + value + "\n");
                }
            }
        }

        /** Every form of the pages, each field hostile at once; and every page with hostile path parameters. */
        int pages(Javalin app) throws IOException {
            List<String[]> routes = new ArrayList<>();
            app.unsafeConfig().pvt.internalRouter.allHttpHandlers().forEach(parsed -> routes.add(new String[] {
                    parsed.getEndpoint().getMethod().name(), parsed.getEndpoint().getPath()}));
            int count = 0;
            for (String[] route : routes) {
                String method = route[0];
                String template = route[1];
                if (template.startsWith("/api/") || !(method.equals("GET") || method.equals("POST")) || template.startsWith("/webjars")) {
                    continue;
                }
                count++;
                for (String param : params(template)) {
                    for (String value : SOME_TEXT) {
                        send(method, fill(template, param, value), method.equals("POST") ? "application/x-www-form-urlencoded" : null,
                                method.equals("POST") ? "" : null);
                    }
                }
                if (method.equals("POST")) {
                    for (String value : SOME_TEXT) {
                        FormBody.Builder form = new FormBody.Builder();
                        FORM_FIELDS.forEach(field -> form.add(field, value));
                        form.add("links", "LEAD-C1:" + value).add("criteria", "GOV-C1");
                        send(method, fill(template, null, null), form.build());
                    }
                    // The huge value went in the form above; as a multipart form it would only repeat that at six times the cost.
                    for (String value : SOME_TEXT.stream().filter(v -> v.length() < 1_000).toList()) {
                        okhttp3.MultipartBody.Builder multipart = new okhttp3.MultipartBody.Builder().setType(okhttp3.MultipartBody.FORM);
                        FORM_FIELDS.forEach(field -> multipart.addFormDataPart(field, value));
                        for (String file : List.of("file", "logo", "mapping")) {
                            multipart.addFormDataPart(file, value.isEmpty() ? "x" : value, RequestBody.create(value.getBytes(StandardCharsets.UTF_8),
                                    MediaType.get("application/octet-stream")));
                        }
                        send(method, fill(template, null, null), multipart.build());
                    }
                    for (byte[] file : HOSTILE_FILES) {
                        send(method, fill(template, null, null), new okhttp3.MultipartBody.Builder().setType(okhttp3.MultipartBody.FORM)
                                .addFormDataPart("file", "values.xlsx", RequestBody.create(file, MediaType.get("application/octet-stream")))
                                .addFormDataPart("logo", "logo.png", RequestBody.create(file, MediaType.get("image/png")))
                                .build());
                    }
                } else {
                    for (String name : QUERY_PARAMS) {
                        for (String value : List.of("\u0000", "NaN", "'; drop table authority; --")) {
                            send(method, fill(template, null, null) + "?" + name + "=" + encode(value), null, null);
                        }
                    }
                }
            }
            return count;
        }

        private static List<String> params(String template) {
            List<String> names = new ArrayList<>();
            Matcher m = PATH_PARAM.matcher(template);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        /** The path with every parameter valid except {@code hostile}, which gets {@code value}. */
        private String fill(String template, String hostile, String value) {
            Matcher m = PATH_PARAM.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                String replacement;
                if (name.equals(hostile)) {
                    replacement = encode(value).replace("+", "%20");
                } else if (name.equals("id") && (template.startsWith("/api/v1/metrics/") || template.startsWith("/metrics/"))) {
                    replacement = valid.get("metric");
                } else {
                    replacement = valid.getOrDefault(name, "x");
                }
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            return out.toString();
        }

        private static JsonNode resolve(JsonNode document, JsonNode schema) {
            if (schema.has("$ref")) {
                String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
                return document.path("components").path("schemas").path(name);
            }
            return schema;
        }

        record Answer(int status, String type, String text) {
        }

        Answer send(String method, String path, String type, String body) throws IOException {
            RequestBody requestBody = body == null ? null : RequestBody.create(body.getBytes(StandardCharsets.UTF_8),
                    type == null ? JSON_TYPE : MediaType.get(type));
            if (requestBody == null && (method.equals("POST") || method.equals("PUT"))) {
                requestBody = RequestBody.create(new byte[0], JSON_TYPE);
            }
            return send(method, path, requestBody);
        }

        Answer send(String method, String path, RequestBody body) throws IOException {
            requests++;
            Request request = new Request.Builder().url(origin + path).method(method, body).build();
            try (Response response = call(request)) {
                String type = response.header("Content-Type", "");
                String text = response.body() == null ? "" : response.body().string();
                String what = method + " " + shortened(path) + " -> " + response.code() + " " + type;
                if (response.code() >= 500) {
                    serverErrors++;
                    failures.add(what + ": " + shortened(text));
                } else if (path.startsWith("/api/") && response.code() >= 400 && !type.startsWith("application/problem+json")) {
                    notProblems++;
                    failures.add(what + " is not a problem: " + shortened(text));
                }
                return new Answer(response.code(), type, text);
            }
        }

        private Response call(Request request) throws IOException {
            try {
                return http.newCall(request).execute();
            } catch (RuntimeException | IOException e) {
                throw new IOException("No answer to " + request.method() + " " + shortened(request.url().toString()) + ": " + e, e);
            }
        }

        /** Encoded for an address; the huge value is cut to what an HTTP server takes in a request line (8 KB). */
        private static String encode(String value) {
            return URLEncoder.encode(value.length() > 2_000 ? value.substring(0, 2_000) : value, StandardCharsets.UTF_8);
        }

        private static String shortened(String text) {
            return text.length() <= 160 ? text : text.substring(0, 160) + "…";
        }
    }
}
