package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bestvalue.web.AssessmentApiTest.action;
import static uk.bestvalue.web.AssessmentApiTest.create;
import static uk.bestvalue.web.AssessmentApiTest.evidence;
import static uk.bestvalue.web.AssessmentApiTest.referenceAssessment;
import static uk.bestvalue.web.AssessmentApiTest.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** Everything about an assessment can be changed through the API, and nothing is lost doing it. */
class AssessmentEditApiTest {

    private static String fields(ApiClient.Reply reply) {
        return reply.json().get("errors").findValuesAsText("field").toString();
    }

    @EachEngine
    void details_change_and_a_bad_field_is_named(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());

            ApiClient.Reply changed = api.patch("/api/v1/assessments/" + id, Map.of("title", "Best Value self-assessment 2023/24",
                    "owner", "Chief Executive", "scoring", "both"));
            ApiClient.Reply bad = api.patch("/api/v1/assessments/" + id, Map.of("title", " ", "period", "2023"));

            assertThat(changed.status()).as(changed.text()).isEqualTo(200);
            assertThat(workbench.audit().forEntity("assessment", String.valueOf(id))).extracting(e -> e.action())
                    .containsExactly("create", "update");
            JsonNode overview = api.get("/api/v1/assessments/" + id).json();
            assertThat(overview.get("title").asText()).isEqualTo("Best Value self-assessment 2023/24");
            assertThat(overview.get("owner").asText()).isEqualTo("Chief Executive");
            assertThat(overview.get("scoring").asText()).isEqualTo("both");
            assertThat(bad.status()).isEqualTo(400);
            assertThat(fields(bad)).contains("title", "period");
            assertThat(bad.text()).contains("Enter the assessment title");
        });
    }

    @EachEngine
    void a_change_of_scale_is_refused_while_scores_use_levels_it_lacks(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            score(api, id, "LEAD", "good");

            ApiClient.Reply reply = api.patch("/api/v1/assessments/" + id, Map.of("scale", "red-amber-green"));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(fields(reply)).contains("scale");
            assertThat(reply.text()).contains("clear those scores first");
            assertThat(api.get("/api/v1/assessments/" + id).json().get("themes").get(1).get("score").asText()).isEqualTo("good");
        });
    }

    @EachEngine
    void a_deleted_assessment_leaves_the_lists_refuses_changes_and_comes_back_whole(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            score(api, id, "LEAD", "good");

            assertThat(api.delete("/api/v1/assessments/" + id).status()).isEqualTo(204);
            JsonNode listed = api.get("/api/v1/assessments?authority=E07000135").json().get("items");
            JsonNode deleted = api.get("/api/v1/assessments?authority=E07000135&deleted=true").json().get("items");
            ApiClient.Reply refused = api.put("/api/v1/assessments/" + id + "/themes/LEAD", Map.of("score", "fair"));
            ApiClient.Reply restored = api.post("/api/v1/assessments/" + id + "/restore", Map.of());

            assertThat(listed).isEmpty();
            assertThat(deleted.findValuesAsText("id")).containsExactly(String.valueOf(id));
            assertThat(refused.status()).isEqualTo(409);
            assertThat(restored.status()).as(restored.text()).isEqualTo(200);
            assertThat(api.get("/api/v1/assessments/" + id).json().get("themes").get(1).get("score").asText()).isEqualTo("good");
            assertThat(api.get("/api/v1/assessments?authority=E07000135&period=2023/24&status=draft").json().get("items")).hasSize(1);
        });
    }

    @EachEngine
    void the_list_names_each_bad_filter(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            ApiClient.Reply reply = api.get("/api/v1/assessments?authority=nowhere&period=2023&status=lost&deleted=maybe");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(fields(reply)).contains("authority", "period", "status", "deleted");
        });
    }

    @EachEngine
    void an_empty_score_is_an_error_and_clearing_is_explicit(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            score(api, id, "LEAD", "good");

            Map<String, Object> empty = new HashMap<>();
            empty.put("score", null);
            ApiClient.Reply refused = api.put("/api/v1/assessments/" + id + "/themes/LEAD", empty);
            ApiClient.Reply cleared = api.put("/api/v1/assessments/" + id + "/themes/LEAD", Map.of("clear", true));
            ApiClient.Reply reason = api.put("/api/v1/assessments/" + id + "/themes/GOV",
                    Map.of("score", "fair", "changeReason", "Two internal audit reports gave limited assurance."));

            assertThat(refused.status()).isEqualTo(400);
            assertThat(fields(refused)).contains("score");
            assertThat(refused.text()).contains("Choose a score for");
            assertThat(cleared.status()).isEqualTo(200);
            JsonNode themes = api.get("/api/v1/assessments/" + id).json().get("themes");
            assertThat(themes.get(1).get("score").isNull()).isTrue();
            assertThat(reason.status()).isEqualTo(200);
            assertThat(themes.get(2).get("changeReason").asText()).startsWith("Two internal audit");
        });
    }

    @EachEngine
    void evidence_is_edited_refreshed_unlinked_and_removed(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            long item = evidence(api, id, "Customer Service Excellence award", "SD-C1", "supports");
            String path = "/api/v1/assessments/" + id + "/evidence/" + item;

            ApiClient.Reply edited = api.put(path, Map.of("title", "Customer Service Excellence award 2024", "date", "2024-03-01",
                    "links", List.of(Map.of("criterion", "SD-C1", "stance", "supports"), Map.of("criterion", "CI-C1", "stance", "supports"))));
            ApiClient.Reply refreshed = api.post(path + "/refresh", Map.of("date", "2024-05-20"));
            ApiClient.Reply unlinked = api.delete(path + "/links/CI-C1");
            ApiClient.Reply lastLink = api.delete(path + "/links/SD-C1");
            ApiClient.Reply notHere = api.delete("/api/v1/assessments/" + id + "/evidence/99999");
            ApiClient.Reply badEdit = api.put(path, Map.of("title", "", "links", List.of()));
            ApiClient.Reply removed = api.delete(path);

            assertThat(edited.json().get("links").findValuesAsText("criterion")).containsExactlyInAnyOrder("SD-C1", "CI-C1");
            assertThat(refreshed.json().get("date").asText()).isEqualTo("2024-05-20");
            assertThat(refreshed.json().get("toRefresh").asBoolean()).isFalse();
            assertThat(unlinked.json().get("links").findValuesAsText("criterion")).containsExactly("SD-C1");
            assertThat(lastLink.status()).isEqualTo(409);
            assertThat(notHere.status()).isEqualTo(404);
            assertThat(badEdit.status()).isEqualTo(400);
            assertThat(fields(badEdit)).contains("title", "links");
            assertThat(removed.status()).isEqualTo(204);
            assertThat(api.get("/api/v1/authorities/E07000135/evidence").json().get("items")).isEmpty();
        });
    }

    @EachEngine
    void editing_an_item_last_year_used_leaves_last_years_item_as_it_was(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long lastYear = create(api, referenceAssessment());
            long item = evidence(api, lastYear, "Customer Service Excellence award", "SD-C1", "supports");
            long thisYear = api.post("/api/v1/assessments/" + lastYear + "/roll-forward", Map.of()).json().get("id").asLong();

            ApiClient.Reply edited = api.put("/api/v1/assessments/" + thisYear + "/evidence/" + item,
                    Map.of("title", "Customer Service Excellence award, reaccredited", "links", List.of(Map.of("criterion", "SD-C1", "stance", "supports"))));
            ApiClient.Reply removed = api.delete("/api/v1/assessments/" + thisYear + "/evidence/" + edited.json().get("id").asLong());

            assertThat(edited.json().get("id").asLong()).isNotEqualTo(item);
            assertThat(api.get("/api/v1/assessments/" + lastYear + "/evidence").json().get("items").findValuesAsText("title"))
                    .containsExactly("Customer Service Excellence award");
            assertThat(removed.status()).isEqualTo(204);
            assertThat(api.get("/api/v1/authorities/E07000135/evidence").json().get("items").findValuesAsText("title"))
                    .containsExactly("Customer Service Excellence award");
        });
    }

    @EachEngine
    void actions_are_closed_with_a_reason_re_dated_together_and_deleted(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            long first = action(api, id, "Join a benchmarking network", "Strategic Director", "2024-03-31", "SD");
            long second = action(api, id, "Refresh the workforce plan", "Chief Finance Officer", "2024-03-31", "RES");
            long third = action(api, id, "Typed twice by mistake", "Chief Finance Officer", "2024-03-31", "RES");
            String actions = "/api/v1/assessments/" + id + "/actions/";

            ApiClient.Reply noReason = api.post(actions + first + "/close", Map.of("outcome", "superseded"));
            ApiClient.Reply superseded = api.post(actions + first + "/close", Map.of("outcome", "superseded",
                    "reason", "Replaced by the regional benchmarking programme"));
            ApiClient.Reply completed = api.post(actions + second + "/close", Map.of("outcome", "done"));
            ApiClient.Reply again = api.post(actions + second + "/close", Map.of("outcome", "dropped", "reason", "twice"));
            ApiClient.Reply redated = api.put(actions + "due-dates", Map.of("items", List.of(Map.of("action", third, "dueDate", "2025-03-31"))));
            ApiClient.Reply badDate = api.put(actions + "due-dates", Map.of("items", List.of(Map.of("action", third, "dueDate", "soon"))));
            ApiClient.Reply otherAssessment = api.post("/api/v1/assessments/99999/actions/" + third + "/close", Map.of("outcome", "done"));
            ApiClient.Reply deleted = api.delete(actions + third);

            assertThat(noReason.status()).isEqualTo(400);
            assertThat(fields(noReason)).contains("reason");
            assertThat(noReason.text()).contains("Enter what superseded the action");
            assertThat(superseded.json().get("status").asText()).isEqualTo("superseded");
            assertThat(superseded.json().get("droppedReason").asText()).startsWith("Replaced by");
            assertThat(superseded.json().get("updates").findValuesAsText("note")).anyMatch(n -> n.startsWith("Closed as superseded"));
            assertThat(completed.json().get("status").asText()).isEqualTo("done");
            assertThat(again.status()).isEqualTo(409);
            assertThat(redated.status()).as(redated.text()).isEqualTo(200);
            assertThat(badDate.status()).isEqualTo(400);
            assertThat(fields(badDate)).contains("items[1].dueDate");
            assertThat(otherAssessment.status()).isEqualTo(404);
            assertThat(deleted.status()).isEqualTo(204);
            assertThat(api.get("/api/v1/assessments/" + id + "/actions").json().get("items").findValuesAsText("description"))
                    .doesNotContain("Typed twice by mistake");
        });
    }

    @EachEngine
    void a_reviewer_agrees_a_scored_theme_and_a_new_score_needs_review_again(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            String review = "/api/v1/assessments/" + id + "/themes/LEAD/review";

            ApiClient.Reply unscored = api.put(review, Map.of("reviewer", "Head of Audit"));
            score(api, id, "LEAD", "good");
            ApiClient.Reply noName = api.put(review, Map.of("date", "1/5/2024"));
            ApiClient.Reply reviewed = api.put(review, Map.of("reviewer", "Head of Audit", "date", "1/5/2024"));
            JsonNode leadership = api.get("/api/v1/assessments/" + id).json().get("themes").get(1);
            score(api, id, "LEAD", "fair");

            assertThat(unscored.status()).isEqualTo(400);
            assertThat(unscored.text()).contains("Score Leadership before marking it reviewed");
            assertThat(noName.status()).isEqualTo(400);
            assertThat(fields(noName)).contains("reviewer");
            assertThat(reviewed.status()).as(reviewed.text()).isEqualTo(200);
            assertThat(leadership.get("reviewedBy").asText()).isEqualTo("Head of Audit");
            assertThat(leadership.get("reviewedOn").asText()).isEqualTo("2024-05-01");
            assertThat(api.get("/api/v1/assessments/" + id).json().get("themes").get(1).get("reviewedBy").isNull()).isTrue();
            assertThat(api.delete(review).status()).isEqualTo(404);
        });
    }
}
