package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bestvalue.web.AssessmentApiTest.create;
import static uk.bestvalue.web.AssessmentApiTest.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/**
 * An assessment shaped like the criterion-level heat map in the reference material: every
 * characteristic scored on a five-colour scale, theme scores derived from them.
 */
class HeatMapAssessmentTest {

    static Map<String, Object> heatMap() {
        return Map.of("authority", "E07000212", "framework", "best-value-standards/2024", "period", "2024/25",
                "title", "Best Value heat map 2024/25", "owner", "Head of Law and Governance",
                "scale", "heat-map-five-level", "scoring", "criterion", "deriveThemeScores", true);
    }

    static void scoreCriterion(ApiClient api, long id, String code, String level) {
        ApiClient.Reply reply = api.put("/api/v1/assessments/" + id + "/criteria/" + code, Map.of("score", level, "narrative", "Reviewed."));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    }

    @EachEngine
    void derives_each_theme_score_from_the_median_of_its_criteria(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, heatMap());
            scoreCriterion(api, id, "GOV-C1", "dark-green");
            scoreCriterion(api, id, "GOV-C2", "light-green");
            scoreCriterion(api, id, "GOV-C3", "light-green");
            scoreCriterion(api, id, "GOV-C4", "yellow");
            scoreCriterion(api, id, "CUL-C1", "dark-green");
            scoreCriterion(api, id, "CUL-C2", "amber");

            JsonNode themes = api.get("/api/v1/assessments/" + id).json().get("themes");

            JsonNode governance = themes.get(2);
            assertThat(governance.get("score").asText()).isEqualTo("light-green");
            assertThat(governance.get("derived").asBoolean()).isTrue();
            assertThat(themes.get(3).get("score").asText()).as("even count: the worse middle level").isEqualTo("amber");
            assertThat(themes.get(0).get("score").isNull()).as("no criteria scored").isTrue();
            String readiness = api.get("/api/v1/assessments/" + id + "/report/readiness").text();
            assertThat(readiness).as("a score worked out from some criteria is shown, but the theme is not done until all are scored")
                    .contains("0 of 7 themes are scored", "Governance");
        });
    }

    @EachEngine
    void refuses_a_theme_score_when_theme_scores_are_derived(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, heatMap());

            ApiClient.Reply reply = api.put("/api/v1/assessments/" + id + "/themes/GOV", Map.of("score", "yellow"));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("errors").get(0).get("message").asText()).contains("derives theme scores");
        });
    }

    @EachEngine
    void coverage_counts_criteria_with_evidence_and_rolls_forward_with_the_heat_map(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, heatMap());
            scoreCriterion(api, id, "GOV-C1", "dark-green");
            evidence(api, id, "Constitution review 2024", "GOV-C4", "supports");
            evidence(api, id, "Scrutiny committee work programme", "GOV-C2", "supports");

            JsonNode governance = api.get("/api/v1/assessments/" + id).json().get("themes").get(2);
            long next = api.post("/api/v1/assessments/" + id + "/roll-forward", Map.of()).json().get("id").asLong();
            JsonNode rolled = api.get("/api/v1/assessments/" + next).json();

            assertThat(governance.get("evidenced").asInt()).isEqualTo(2);
            assertThat(AssessmentApiTest.textValues(governance.get("withoutEvidence")))
                    .containsExactly("GOV-C1", "GOV-C3", "GOV-C5", "GOV-C6", "GOV-C7");
            assertThat(rolled.get("period").asText()).isEqualTo("2025/26");
            assertThat(rolled.get("scale").asText()).isEqualTo("heat-map-five-level");
            assertThat(rolled.get("criteria")).isEmpty();
            assertThat(rolled.get("themes").get(2).get("evidenced").asInt()).isEqualTo(2);
        });
    }
}
