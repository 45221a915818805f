package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bestvalue.web.AssessmentApiTest.action;
import static uk.bestvalue.web.AssessmentApiTest.create;
import static uk.bestvalue.web.AssessmentApiTest.evidence;
import static uk.bestvalue.web.AssessmentApiTest.referenceAssessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.FormBody;
import uk.bestvalue.Workbench;
import uk.bestvalue.auth.Role;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/**
 * Two people edit the same thing from the same version: the first save wins, the second is
 * refused — 409 naming the version in the API; on the page the form comes back with the second
 * person's input kept and a message saying who changed it — and nothing is silently overwritten.
 */
class OptimisticLockingTest {
    private static final String AUTHORITY = "E07000135";

    /** A second editor at the reference assessment's authority, named so the message can be checked. */
    private static ApiClient colleague(ApiClient api, Workbench workbench) {
        Users.withRole(workbench, "colleague@test.invalid", Role.EDITOR, AUTHORITY);
        return api.as(Users.token(workbench, "colleague@test.invalid", Role.EDITOR, AUTHORITY));
    }

    private static final String COLLEAGUE = "Editor at " + AUTHORITY;

    static ApiClient.Reply submit(ApiClient api, String path, Map<String, String> fields) {
        FormBody.Builder form = new FormBody.Builder();
        fields.forEach(form::add);
        return api.rawPost(path, form.build());
    }

    private static JsonNode only(JsonNode list) {
        assertThat(list.get("items")).hasSize(1);
        return list.get("items").get(0);
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    @EachEngine
    void a_theme_score_saved_twice_from_the_same_version_keeps_the_first_and_refuses_the_second(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            ApiClient other = colleague(api, workbench);
            String path = "/api/v1/assessments/" + id + "/themes/LEAD";
            int loaded = api.get("/api/v1/assessments/" + id).json().get("themes").get(1).get("version").asInt();

            ApiClient.Reply first = other.put(path, body("score", "good", "narrative", "First", "version", loaded));
            ApiClient.Reply second = api.put(path, body("score", "poor", "narrative", "Second", "version", loaded));

            assertThat(loaded).isZero();
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.json().get("version").asInt()).isEqualTo(1);
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.contentType()).startsWith(Problem.MEDIA_TYPE);
            assertThat(second.json().get("errors").get(0).get("field").asText()).isEqualTo("version");
            assertThat(second.json().get("detail").asText()).contains(COLLEAGUE, "scored Good");
            JsonNode stored = api.get("/api/v1/assessments/" + id).json().get("themes").get(1);
            assertThat(stored.get("narrative").asText()).isEqualTo("First");

            ApiClient.Reply deliberate = api.put(path, body("score", "poor", "narrative", "Second", "version", 1));
            assertThat(deliberate.status()).isEqualTo(200);
            assertThat(deliberate.json().get("version").asInt()).isEqualTo(2);
        });
    }

    @EachEngine
    void a_criterion_score_saved_twice_from_the_same_version_keeps_the_first_and_refuses_the_second(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            Map<String, Object> criteria = new HashMap<>(referenceAssessment());
            criteria.put("scoring", "criterion");
            long id = create(api, criteria);
            ApiClient other = colleague(api, workbench);
            String path = "/api/v1/assessments/" + id + "/criteria/LEAD-C1";
            other.put(path, body("score", "fair", "version", 0));

            ApiClient.Reply first = other.put(path, body("score", "good", "narrative", "First", "version", 1));
            ApiClient.Reply second = api.put(path, body("score", "poor", "narrative", "Second", "version", 1));

            assertThat(first.status()).isEqualTo(200);
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.json().get("detail").asText()).contains(COLLEAGUE);
            assertThat(api.get("/api/v1/assessments/" + id).json().get("criteria").toString()).contains("First").doesNotContain("Second");
        });
    }

    @EachEngine
    void the_theme_page_shows_the_refused_score_again_with_who_changed_it(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            ApiClient other = colleague(api, workbench);
            String page = api.get("/assessments/" + id + "/themes/LEAD").text();
            assertThat(page).contains("name=\"version\" value=\"0\"");

            submit(other, "/assessments/" + id + "/themes/LEAD/score", Map.of("score", "good", "narrative", "Colleague's words", "version", "0"));
            ApiClient.Reply refused = submit(api, "/assessments/" + id + "/themes/LEAD/score",
                    Map.of("score", "poor", "narrative", "My own careful words", "version", "0"));

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.text()).contains("govuk-error-summary", "href=\"#score-version\"", "id=\"score-version\"",
                    COLLEAGUE, "changed the score for Leadership", "My own careful words", "name=\"version\" value=\"1\"");
            assertThat(api.get("/api/v1/assessments/" + id).json().get("themes").get(1).get("narrative").asText()).isEqualTo("Colleague's words");

            ApiClient.Reply again = submit(api, "/assessments/" + id + "/themes/LEAD/score",
                    Map.of("score", "poor", "narrative", "My own careful words", "version", "1"));
            assertThat(again.status()).isEqualTo(200);
            assertThat(api.get("/api/v1/assessments/" + id).json().get("themes").get(1).get("narrative").asText()).isEqualTo("My own careful words");
        });
    }

    @EachEngine
    void the_theme_page_shows_a_refused_criterion_score_again(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            Map<String, Object> criteria = new HashMap<>(referenceAssessment());
            criteria.put("scoring", "criterion");
            long id = create(api, criteria);
            ApiClient other = colleague(api, workbench);

            submit(other, "/assessments/" + id + "/themes/LEAD/criteria/LEAD-C1/score", Map.of("score", "good", "version", "0"));
            ApiClient.Reply refused = submit(api, "/assessments/" + id + "/themes/LEAD/criteria/LEAD-C1/score",
                    Map.of("score", "poor", "narrative", "Mine for C1", "version", "0"));

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.text()).contains("href=\"#criterion-LEAD-C1-version\"", "id=\"criterion-LEAD-C1-version\"", "Mine for C1",
                    COLLEAGUE, "changed the score for LEAD-C1");
        });
    }

    @EachEngine
    void assessment_details_saved_twice_from_the_same_version_keep_the_first(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            ApiClient other = colleague(api, workbench);
            int loaded = api.get("/api/v1/assessments/" + id).json().get("version").asInt();

            ApiClient.Reply first = other.patch("/api/v1/assessments/" + id, body("title", "Colleague's title", "version", loaded));
            ApiClient.Reply second = api.patch("/api/v1/assessments/" + id, body("owner", "Someone else", "version", loaded));
            ApiClient.Reply page = submit(api, "/assessments/" + id + "/edit", Map.of("title", "My page title", "owner", "Chief Executive",
                    "period", "2023/24", "scale", "good-fair-poor", "scoring", "theme", "version", String.valueOf(loaded)));

            assertThat(first.status()).isEqualTo(200);
            assertThat(api.get("/api/v1/assessments/" + id).json().get("version").asInt()).isEqualTo(loaded + 1);
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.json().get("detail").asText()).contains(COLLEAGUE, "Colleague's title");
            assertThat(page.status()).isEqualTo(409);
            assertThat(page.text()).contains("href=\"#details-version\"", "changed the assessment's details", "My page title",
                    "name=\"version\" value=\"" + (loaded + 1) + "\"");
            JsonNode stored = api.get("/api/v1/assessments/" + id).json();
            assertThat(stored.get("title").asText()).isEqualTo("Colleague's title");
            assertThat(stored.get("owner").asText()).isNotEqualTo("Someone else");
        });
    }

    @EachEngine
    void an_evidence_item_saved_twice_from_the_same_version_keeps_the_first(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            long item = evidence(api, id, "Peer challenge report", "LEAD-C1", "supports");
            ApiClient other = colleague(api, workbench);
            String path = "/api/v1/assessments/" + id + "/evidence/" + item;
            int loaded = only(api.get("/api/v1/assessments/" + id + "/evidence").json()).get("version").asInt();
            java.util.List<Map<String, String>> links = java.util.List.of(Map.of("criterion", "LEAD-C1", "stance", "supports"));

            ApiClient.Reply first = other.put(path, body("title", "Peer challenge report (final)", "links", links, "version", loaded));
            ApiClient.Reply second = api.put(path, body("title", "Peer challenge report (draft)", "links", links, "version", loaded));
            ApiClient.Reply page = submit(api, "/assessments/" + id + "/evidence/" + item, Map.of("title", "My page title",
                    "links", "LEAD-C1:supports", "version", String.valueOf(loaded)));

            assertThat(first.status()).isEqualTo(200);
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.json().get("detail").asText()).contains(COLLEAGUE, "Peer challenge report (final)");
            assertThat(page.status()).isEqualTo(409);
            assertThat(page.text()).contains("href=\"#evidence-version\"", "changed this evidence item", "My page title");
            assertThat(only(api.get("/api/v1/assessments/" + id + "/evidence").json()).get("title").asText())
                    .isEqualTo("Peer challenge report (final)");
        });
    }

    @EachEngine
    void closing_an_action_or_moving_its_due_date_makes_a_new_version_so_an_older_edit_cannot_undo_it(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            long actionId = action(api, id, "Fix recycling", "Head of Waste", "2025-03-31", "SD");
            String path = "/api/v1/assessments/" + id + "/actions/" + actionId;
            int loaded = api.get(path).json().get("version").asInt();

            ApiClient.Reply early = api.post(path + "/close", body("outcome", "done", "date", "2099-01-01"));
            assertThat(early.status()).isEqualTo(400);
            assertThat(early.text()).contains("\"date\"", "cannot be in the future");
            ApiClient.Reply closed = api.post(path + "/close", body("outcome", "done"));
            ApiClient.Reply stale = api.put(path, body("description", "Fix recycling", "owner", "Head of Waste", "dueDate", "2025-03-31",
                    "status", "not_started", "theme", "SD", "version", loaded));

            assertThat(closed.status()).as(closed.text()).isEqualTo(200);
            assertThat(closed.json().get("version").asInt()).isEqualTo(loaded + 1);
            assertThat(stale.status()).isEqualTo(409);
            assertThat(api.get(path).json().get("status").asText()).isEqualTo("done");

            int afterClose = api.get(path).json().get("version").asInt();
            ApiClient.Reply redated = api.put("/api/v1/assessments/" + id + "/actions/due-dates",
                    body("items", java.util.List.of(Map.of("action", actionId, "dueDate", "2025-06-30"))));
            assertThat(redated.status()).as(redated.text()).isEqualTo(200);
            assertThat(api.get(path).json().get("version").asInt()).isEqualTo(afterClose + 1);
        });
    }

    @EachEngine
    void an_action_saved_twice_from_the_same_version_keeps_the_first(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            long actionId = action(api, id, "Publish the plan", "Chief Executive", "2025-03-31", "LEAD");
            ApiClient other = colleague(api, workbench);
            String path = "/api/v1/assessments/" + id + "/actions/" + actionId;
            int loaded = only(api.get("/api/v1/assessments/" + id + "/actions").json()).get("version").asInt();

            ApiClient.Reply first = other.put(path, body("description", "Publish the plan by March", "owner", "Chief Executive",
                    "status", "in_progress", "theme", "LEAD", "version", loaded));
            ApiClient.Reply second = api.put(path, body("description", "Publish the plan", "owner", "Monitoring Officer",
                    "status", "not_started", "theme", "LEAD", "version", loaded));
            ApiClient.Reply page = submit(api, "/assessments/" + id + "/actions/" + actionId, Map.of("description", "My page words",
                    "owner", "Chief Executive", "status", "not_started", "theme", "LEAD", "version", String.valueOf(loaded)));

            assertThat(first.status()).isEqualTo(200);
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.json().get("detail").asText()).contains(COLLEAGUE, "Publish the plan by March");
            assertThat(page.status()).isEqualTo(409);
            assertThat(page.text()).contains("href=\"#action-version\"", "changed this action", "My page words");
            assertThat(only(api.get("/api/v1/assessments/" + id + "/actions").json()).get("owner").asText()).isEqualTo("Chief Executive");
        });
    }

    @EachEngine
    void a_saved_group_saved_twice_from_the_same_version_keeps_the_first(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            ApiClient other = colleague(api, workbench);
            JsonNode group = api.post("/api/v1/groups", body("name", "Leicestershire", "members", java.util.List.of("E07000135", "E07000129"), "authority", "E07000135")).json();
            String path = "/api/v1/groups/" + group.get("id").asLong();
            int loaded = group.get("version").asInt();

            ApiClient.Reply first = other.put(path, body("name", "Leicestershire districts", "members",
                    java.util.List.of("E07000135", "E07000129", "E07000131"), "version", loaded));
            ApiClient.Reply second = api.put(path, body("name", "Leicestershire", "members", java.util.List.of("E07000135", "E07000130"), "version", loaded));
            ApiClient.Reply page = submit(api, "/groups/" + group.get("id").asLong(), Map.of("name", "My page name", "members", "E07000135 E07000130",
                    "version", String.valueOf(loaded)));

            assertThat(first.status()).isEqualTo(200);
            assertThat(first.json().get("version").asInt()).isEqualTo(loaded + 1);
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.json().get("detail").asText()).contains(COLLEAGUE, "Leicestershire districts");
            assertThat(page.status()).isEqualTo(409);
            assertThat(page.text()).contains("href=\"#group-version\"", "changed this group", "My page name");
            assertThat(api.get("/api/v1/groups").json().get("items").get(0).get("members")).hasSize(3);
        });
    }

    @EachEngine
    void a_metric_definition_saved_twice_from_the_same_version_keeps_the_first(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            workbench.accounts().add(new uk.bestvalue.auth.NewAccount("second-admin@test.invalid", "Second admin", Users.PASSWORD, true, false),
                    uk.bestvalue.Actor.installation());
            ApiClient other = api.as(workbench.tokens().create("second-admin@test.invalid", null, null, "tests",
                    uk.bestvalue.Actor.installation()).secret());
            Map<String, Object> metric = body("id", "street-lights-repaired-in-time", "title", "Street lights repaired in time", "unit", "%",
                    "polarity", "higher_better", "area", "Highways", "applies_to", java.util.List.of("unitary"), "period_type", "financial_year");
            assertThat(api.post("/api/v1/metrics", metric).status()).isEqualTo(201);
            String path = "/api/v1/metrics/street-lights-repaired-in-time";
            int loaded = api.get(path).json().get("version").asInt();

            Map<String, Object> theirs = new LinkedHashMap<>(metric);
            theirs.putAll(body("title", "Street lights repaired within 7 days", "version", loaded));
            Map<String, Object> mine = new LinkedHashMap<>(metric);
            mine.putAll(body("notes", "Mine", "version", loaded));
            ApiClient.Reply first = other.put(path, theirs);
            ApiClient.Reply second = api.put(path, mine);
            ApiClient.Reply page = submit(api, "/metric-definitions/street-lights-repaired-in-time", Map.of("title", "My page title", "unit", "%",
                    "polarity", "higher_better", "area", "Highways", "applies_to", "unitary", "period_type", "financial_year",
                    "version", String.valueOf(loaded)));

            assertThat(first.status()).as(first.text()).isEqualTo(200);
            assertThat(first.json().get("version").asInt()).isEqualTo(loaded + 1);
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.json().get("detail").asText()).contains("Second admin", "Street lights repaired within 7 days");
            assertThat(page.status()).isEqualTo(409);
            assertThat(page.text()).contains("href=\"#metric-version\"", "changed this metric", "My page title");
            JsonNode stored = api.get(path).json();
            assertThat(stored.get("title").asText()).isEqualTo("Street lights repaired within 7 days");
            assertThat(stored.get("notes").isNull()).isTrue();
        });
    }

    @EachEngine
    void a_report_draft_saved_twice_from_the_same_version_keeps_the_first(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            ApiClient other = colleague(api, workbench);
            String path = "/api/v1/assessments/" + id + "/report";
            com.fasterxml.jackson.databind.node.ObjectNode loaded = (com.fasterxml.jackson.databind.node.ObjectNode) api.get(path).json();
            assertThat(loaded.get("version").asInt()).isZero();

            ApiClient.Reply first = other.put(path, loaded.deepCopy().put("title", "Their title"));
            ApiClient.Reply second = api.put(path, loaded.deepCopy().put("title", "My title"));
            ApiClient.Reply page = submit(api, "/assessments/" + id + "/report", Map.of("committee", "Audit Committee", "title", "My page title",
                    "authors", "Me", "purpose", "To report", "summary", "In short", "recommendations", "That it be noted", "status", "information",
                    "version", "0"));

            assertThat(first.status()).as(first.text()).isEqualTo(200);
            assertThat(first.json().get("version").asInt()).isEqualTo(1);
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.json().get("detail").asText()).contains(COLLEAGUE, "Their title");
            assertThat(page.status()).isEqualTo(409);
            assertThat(page.text()).contains("href=\"#report-version\"", "changed the report's draft", "My page title");
            assertThat(api.get(path).json().get("title").asText()).isEqualTo("Their title");
        });
    }

    @EachEngine
    void report_settings_saved_twice_from_the_same_version_keep_the_first(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            Users.withRole(workbench, "council-admin@test.invalid", Role.AUTHORITY_ADMIN, AUTHORITY);
            ApiClient other = api.as(Users.token(workbench, "council-admin@test.invalid", Role.AUTHORITY_ADMIN, AUTHORITY));
            String path = "/api/v1/authorities/" + AUTHORITY + "/settings";
            int loaded = api.get(path).json().get("version").asInt();

            ApiClient.Reply first = other.put(path, body("displayName", "Their council name", "version", loaded));
            ApiClient.Reply second = api.put(path, body("displayName", "My council name", "version", loaded));
            ApiClient.Reply page = api.rawPost("/authorities/" + AUTHORITY + "/settings", new okhttp3.MultipartBody.Builder()
                    .setType(okhttp3.MultipartBody.FORM).addFormDataPart("displayName", "My page name").addFormDataPart("version", "0").build());

            assertThat(first.status()).as(first.text()).isEqualTo(200);
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.json().get("detail").asText()).contains("Authority admin at " + AUTHORITY, "changed the report settings");
            assertThat(page.status()).isEqualTo(409);
            assertThat(page.text()).contains("href=\"#settings-version\"", "My page name");
            assertThat(api.get(path).json().get("displayName").asText()).isEqualTo("Their council name");
        });
    }
}
