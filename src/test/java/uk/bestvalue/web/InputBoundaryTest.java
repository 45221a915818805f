package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bestvalue.web.AssessmentApiTest.create;
import static uk.bestvalue.web.AssessmentApiTest.referenceAssessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.FormBody;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/**
 * Whatever enters through a query string, a form or a JSON body is checked once at the boundary:
 * no null bodies, no nulls in lists, no control characters, no over-long text, text in normal
 * form C, dates in a sensible range, web links only, and error answers that never echo much of
 * what was sent nor name a Java type.
 */
class InputBoundaryTest {

    @EachEngine
    void a_null_or_missing_body_is_a_400_naming_the_body_on_every_json_write(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            long evidence = AssessmentApiTest.evidence(api, id, "Peer challenge report", "LEAD-C1", "supports");
            long action = AssessmentApiTest.action(api, id, "Review the constitution", "Monitoring Officer", "2024-03-31", "GOV");
            List<String[]> writes = List.of(
                    new String[] {"POST", "/api/v1/assessments"},
                    new String[] {"POST", "/api/v1/assessments/import"},
                    new String[] {"PUT", "/api/v1/assessments/" + id + "/themes/LEAD"},
                    new String[] {"PUT", "/api/v1/assessments/" + id + "/criteria/LEAD-C1"},
                    new String[] {"POST", "/api/v1/assessments/" + id + "/evidence"},
                    new String[] {"PUT", "/api/v1/assessments/" + id + "/evidence/" + evidence},
                    new String[] {"POST", "/api/v1/assessments/" + id + "/actions"},
                    new String[] {"PUT", "/api/v1/assessments/" + id + "/actions/" + action},
                    new String[] {"POST", "/api/v1/assessments/" + id + "/actions/" + action + "/updates"},
                    new String[] {"PUT", "/api/v1/assessments/" + id + "/report"},
                    new String[] {"PUT", "/api/v1/authorities/E07000135/settings"},
                    new String[] {"POST", "/api/v1/groups"});
            for (String[] write : writes) {
                for (String body : List.of("null", "", "[]", "42")) {
                    ApiClient.Reply reply = write[0].equals("POST") ? api.post(write[1], body) : api.put(write[1], body);
                    assertThat(reply.status()).as(write[0] + " " + write[1] + " with " + body + ": " + reply.text()).isEqualTo(400);
                    assertThat(reply.contentType()).startsWith("application/problem+json");
                    assertThat(reply.json().get("errors").get(0).get("field").asText()).isIn("body", "name", "members");
                }
            }
        });
    }

    @EachEngine
    void a_null_inside_a_list_is_refused_with_its_place_named(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            JsonNode doc = api.get("/api/v1/assessments/" + id + "/export").json();
            String text = doc.toString().replace("\"actions\":[]", "\"actions\":[{\"description\":\"Review the constitution\","
                    + "\"owner\":\"Monitoring Officer\",\"dueDate\":\"2024-03-31\",\"status\":\"open\",\"theme\":\"GOV\",\"updates\":[null]}]")
                    .replace("\"period\":\"2023/24\"", "\"period\":\"2024/25\"");

            ApiClient.Reply reply = api.post("/api/v1/assessments/import", text);

            assertThat(reply.status()).as(reply.text()).isEqualTo(400);
            assertThat(fields(reply.json())).containsExactly("actions[1].updates[1]");
            ApiClient.Reply nullCriterion = api.post("/api/v1/assessments/" + id + "/actions", "{\"description\":\"d\",\"owner\":\"o\","
                    + "\"criteria\":[\"GOV-C1\",null]}");
            assertThat(fields(nullCriterion.json())).containsExactly("criteria[2]");
        });
    }

    @EachEngine
    void a_nul_or_other_control_character_is_refused_with_the_field_named_on_both_engines(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());

            ApiClient.Reply nul = api.put("/api/v1/assessments/" + id + "/themes/LEAD", Map.of("score", "good", "narrative", "Agreed\u0000 by SLT"));
            ApiClient.Reply bell = api.post("/api/v1/assessments/" + id + "/actions", Map.of("description", "Review", "owner", "Chief\u0007 Executive"));
            ApiClient.Reply tabInTitle = api.post("/api/v1/assessments/" + id + "/evidence", Map.of("title", "Peer\tchallenge"));

            assertThat(nul.status()).as(nul.text()).isEqualTo(400);
            assertThat(fields(nul.json())).containsExactly("narrative");
            assertThat(nul.json().get("errors").get(0).get("message").asText()).contains("U+0000");
            assertThat(fields(bell.json())).containsExactly("owner");
            assertThat(fields(tabInTitle.json())).containsExactly("title");
            assertThat(api.get("/api/v1/assessments/" + id).json().get("themes").get(1).get("score").isNull()).isTrue();
        });
    }

    @EachEngine
    void line_breaks_are_kept_in_multi_line_fields_and_text_is_stored_in_normal_form_c(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());

            ApiClient.Reply reply = api.put("/api/v1/assessments/" + id + "/themes/LEAD",
                    Map.of("score", "good", "narrative", "Re\u0301sume\u0301 agreed.\n\tSecond line."));

            assertThat(reply.status()).as(reply.text()).isEqualTo(200);
            String stored = api.get("/api/v1/assessments/" + id).json().get("themes").get(1).get("narrative").asText();
            assertThat(stored).isEqualTo("R\u00e9sum\u00e9 agreed.\n\tSecond line.");
        });
    }

    @EachEngine
    void dates_outside_1990_to_2100_and_links_that_are_not_web_addresses_are_refused(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());

            for (String date : List.of("+999999999-12-31", "0000-01-01", "1989-12-31", "2101-01-01")) {
                ApiClient.Reply reply = api.post("/api/v1/assessments/" + id + "/actions",
                        Map.of("description", "Review", "owner", "Chief Executive", "dueDate", date));
                assertThat(reply.status()).as(date).isEqualTo(400);
                assertThat(fields(reply.json())).containsExactly("dueDate");
            }
            ApiClient.Reply evidence = api.post("/api/v1/assessments/" + id + "/evidence",
                    Map.of("title", "Peer challenge", "link", "httpx://example.org/report"));
            assertThat(fields(evidence.json())).contains("link");
            com.fasterxml.jackson.databind.node.ObjectNode draft = (com.fasterxml.jackson.databind.node.ObjectNode)
                    api.get("/api/v1/assessments/" + id + "/report").json();
            draft.put("meetingDate", "0000-01-01");
            draft.putArray("backgroundPapers").addObject().put("title", "Guidance").put("link", "httpx://example.org");
            ApiClient.Reply report = api.put("/api/v1/assessments/" + id + "/report", draft.toString());
            assertThat(report.status()).as(report.text()).isEqualTo(400);
            assertThat(fields(report.json())).contains("meetingDate").anyMatch(f -> f.startsWith("backgroundPapers"));
        });
    }

    @EachEngine
    void a_wrong_type_is_named_in_words_never_as_a_java_type(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());

            ApiClient.Reply reply = api.post("/api/v1/assessments/" + id + "/evidence", "{\"title\":\"Peer challenge\",\"links\":\"LEAD-C1\"}");
            ApiClient.Reply object = api.post("/api/v1/assessments", "{\"authority\":{\"code\":\"E07000135\"}}");
            ApiClient.Reply number = api.post("/api/v1/assessments", "{\"authority\":\"E07000135\",\"framework\":\"best-value-standards/2024\","
                    + "\"period\":\"2024/25\",\"title\":\"A\",\"owner\":\"B\",\"scale\":\"good-fair-poor\",\"scoring\":\"theme\",\"example\":1}");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("errors").get(0).get("message").asText()).isEqualTo("must be a list");
            assertThat(object.json().get("errors").get(0).get("message").asText()).isEqualTo("must be text");
            ApiClient.Reply numberAsText = api.post("/api/v1/assessments", "{\"authority\":\"E07000135\",\"framework\":\"best-value-standards/2024\","
                    + "\"period\":\"2024/25\",\"title\":123,\"owner\":true,\"scale\":\"good-fair-poor\",\"scoring\":\"theme\"}");
            assertThat(numberAsText.status()).as("123 is not text").isEqualTo(400);
            assertThat(numberAsText.json().get("errors").findValuesAsText("field")).contains("title");
            assertThat(numberAsText.json().get("errors").get(0).get("message").asText()).isEqualTo("must be text");
            assertThat(number.status()).as("1 is not true").isEqualTo(400);
            assertThat(number.json().get("errors").get(0).get("field").asText()).isEqualTo("example");
            assertThat(number.json().get("errors").get(0).get("message").asText()).contains("true or false");
            for (ApiClient.Reply r : List.of(reply, object, number)) {
                assertThat(r.text()).doesNotContain("java.", "uk.bestvalue", "`", "Cannot deserialize");
            }
        });
    }

    @EachEngine
    void an_error_page_never_echoes_more_than_a_few_hundred_characters_of_what_was_sent(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            String huge = "x".repeat(3_000_000);

            ApiClient.Reply form = api.rawPost("/assessments/" + id + "/themes/LEAD/evidence",
                    new FormBody.Builder().add("title", huge).add("date", huge).build());
            ApiClient.Reply json = api.post("/api/v1/assessments/" + id + "/actions", Map.of("description", "Review", "owner", "o",
                    "dueDate", "y".repeat(5000)));
            ApiClient.Reply query = api.get("/authorities?q=" + "z".repeat(5000));

            assertThat(form.status()).isEqualTo(400);
            assertThat(form.text()).doesNotContain("x".repeat(400)).contains("title");
            assertThat(json.status()).isEqualTo(400);
            assertThat(json.text()).doesNotContain("y".repeat(400));
            assertThat(query.status()).isEqualTo(400);
            assertThat(query.text()).doesNotContain("z".repeat(400));
        });
    }

    @EachEngine
    void a_control_character_in_a_query_or_form_is_refused_before_any_feature_sees_it(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());

            ApiClient.Reply search = api.get("/api/v1/authorities?q=Oadby%00");
            ApiClient.Reply score = api.rawPost("/assessments/" + id + "/themes/LEAD/score",
                    new FormBody.Builder().add("score", "good").add("narrative", "Agreed\u0000").build());
            ApiClient.Reply multiLine = api.rawPost("/assessments/" + id + "/themes/LEAD/score",
                    new FormBody.Builder().add("score", "good").add("narrative", "First line.\r\nSecond line.").build());

            assertThat(search.status()).isEqualTo(400);
            assertThat(search.contentType()).startsWith("application/problem+json");
            assertThat(fields(search.json())).containsExactly("q");
            assertThat(score.status()).isEqualTo(400);
            assertThat(score.text()).contains("narrative", "U+0000");
            assertThat(multiLine.status()).as(multiLine.text()).isIn(200, 303);
        });
    }

    @EachEngine
    void form_fields_are_stored_in_normal_form_c_too(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());

            ApiClient.Reply reply = api.rawPost("/assessments/" + id + "/themes/LEAD/score",
                    new FormBody.Builder().add("score", "good").add("narrative", "Re\u0301sume\u0301 agreed.").build());

            assertThat(reply.status()).isIn(200, 303);
            String stored = api.get("/api/v1/assessments/" + id).json().get("themes").get(1).get("narrative").asText();
            assertThat(stored).isEqualTo("R\u00e9sum\u00e9 agreed.");
        });
    }

    @EachEngine
    void the_text_fields_of_a_form_that_uploads_a_file_are_stored_in_normal_form_c(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            ApiClient.Reply reply = api.rawPost("/authorities/E07000135/settings", new okhttp3.MultipartBody.Builder()
                    .setType(okhttp3.MultipartBody.FORM)
                    .addFormDataPart("displayName", "Conseil de Re\u0301union")
                    .addFormDataPart("vision", "Une ville ou\u0300 il fait bon vivre")
                    .addFormDataPart("logo", "", okhttp3.RequestBody.create(new byte[0], okhttp3.MediaType.get("image/png")))
                    .build());

            assertThat(reply.status()).as(reply.text()).isIn(200, 303);
            com.fasterxml.jackson.databind.JsonNode settings = api.get("/api/v1/authorities/E07000135/settings").json();
            assertThat(settings.get("displayName").asText()).isEqualTo("Conseil de R\u00e9union");
            assertThat(settings.get("vision").asText()).isEqualTo("Une ville o\u00f9 il fait bon vivre");
        });
    }

    @EachEngine
    void evidence_posted_through_a_theme_the_framework_does_not_have_is_a_404_and_not_saved(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());

            ApiClient.Reply reply = api.rawPost("/assessments/" + id + "/themes/NOPE/evidence",
                    new FormBody.Builder().add("title", "Peer challenge").add("links", "LEAD-C1:supports").build());

            assertThat(reply.status()).isEqualTo(404);
            assertThat(api.get("/api/v1/authorities/E07000135/evidence").json().get("items")).isEmpty();
        });
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
