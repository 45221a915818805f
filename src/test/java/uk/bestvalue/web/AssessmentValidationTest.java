package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bestvalue.web.AssessmentApiTest.create;
import static uk.bestvalue.web.AssessmentApiTest.referenceAssessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** Bad input gets a 400 problem naming every bad field, and nothing is partly saved. */
class AssessmentValidationTest {

    @EachEngine
    void a_new_assessment_with_several_bad_fields_names_them_all(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            ApiClient.Reply reply = api.post("/api/v1/assessments", Map.of("authority", "E99999999", "framework", "best-value-standards/1999",
                    "period", "2023/25", "owner", "x".repeat(201), "scale", "marks-out-of-ten", "scoring", "everything"));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(fields(reply.json())).containsExactlyInAnyOrder("authority", "framework", "period", "title", "owner", "scale", "scoring");
            assertThat(api.get("/api/v1/authorities/E07000135/assessments").json().get("items")).isEmpty();
        });
    }

    @EachEngine
    void a_score_not_on_the_scale_is_refused_and_the_old_score_kept(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            AssessmentApiTest.score(api, id, "LEAD", "good");

            ApiClient.Reply reply = api.put("/api/v1/assessments/" + id + "/themes/LEAD", Map.of("score", "excellent", "narrative", "Changed"));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("errors").get(0).get("message").asText()).contains("not on the Good / Fair / Poor scale", "good, fair, poor");
            JsonNode leadership = api.get("/api/v1/assessments/" + id).json().get("themes").get(1);
            assertThat(leadership.get("score").asText()).isEqualTo("good");
            assertThat(leadership.get("narrative").asText()).isNotEqualTo("Changed");
        });
    }

    @EachEngine
    void evidence_with_unknown_criteria_and_wrong_stances_names_each_link(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());

            ApiClient.Reply reply = api.post("/api/v1/assessments/" + id + "/evidence", Map.of("title", "Peer challenge report",
                    "link", "not a link", "date", "31st March", "description", "d".repeat(4001),
                    "links", List.of(Map.of("criterion", "XX-C9", "stance", "supports"),
                            Map.of("criterion", "LEAD-F1", "stance", "supports"),
                            Map.of("criterion", "LEAD-C1", "stance", "maybe"))));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(fields(reply.json())).containsExactlyInAnyOrder("links[1].criterion", "links[2].stance", "links[3].stance",
                    "link", "date", "description");
            assertThat(api.get("/api/v1/assessments/" + id + "/evidence").json().get("items")).isEmpty();
            assertThat(api.get("/api/v1/authorities/E07000135/evidence").json().get("items")).isEmpty();
        });
    }

    @EachEngine
    void an_action_dropped_without_a_reason_or_for_an_unknown_theme_is_refused(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());

            ApiClient.Reply reply = api.post("/api/v1/assessments/" + id + "/actions", Map.of("description", "Review the constitution",
                    "status", "dropped", "theme", "FINANCE", "criteria", List.of("GOV-C4", "GOV-C99"), "dueDate", "soon"));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(fields(reply.json())).containsExactlyInAnyOrder("owner", "droppedReason", "theme", "criteria[2]", "dueDate");
        });
    }

    @EachEngine
    void a_body_that_is_not_json_or_has_unknown_fields_is_refused(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            assertThat(api.post("/api/v1/assessments", "{not json").status()).isEqualTo(400);
            ApiClient.Reply unknown = api.post("/api/v1/assessments", Map.of("authority", "E07000135", "year", "2023/24"));
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(fields(unknown.json())).containsExactly("year");
        });
    }

    @EachEngine
    void unknown_assessments_themes_and_actions_are_404_problems(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());

            assertThat(api.get("/api/v1/assessments/999999").status()).isEqualTo(404);
            assertThat(api.get("/api/v1/assessments/abc").status()).isEqualTo(404);
            assertThat(api.put("/api/v1/assessments/" + id + "/themes/NOPE", Map.of("score", "good")).status()).isEqualTo(404);
            assertThat(api.put("/api/v1/assessments/" + id + "/actions/424242", Map.of("description", "x", "owner", "y")).status())
                    .isEqualTo(404);
        });
    }

    static List<String> fields(JsonNode problem) {
        return problem.get("errors").findValuesAsText("field");
    }
}
