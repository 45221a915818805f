package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bestvalue.web.AssessmentApiTest.create;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** Moving an assessment to another framework version keeps what was written for each theme, even where its score is worked out. */
class FrameworkMoveWordsTest {

    @EachEngine
    void a_theme_summary_and_its_reason_for_change_move_with_a_score_worked_out_from_criteria(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, Map.of("authority", "E07000135", "framework", "best-value-standards/2023-draft", "period", "2023/24",
                    "title", "Self-assessment 2023/24", "owner", "Chief Executive", "scale", "good-fair-poor", "scoring", "both",
                    "deriveThemeScores", true));
            ApiClient.Reply written = api.put("/api/v1/assessments/" + id + "/themes/CI",
                    Map.of("narrative", "What we learnt from the peer challenge.", "changeReason", "New evidence this year."));
            assertThat(written.status()).as(written.text()).isEqualTo(200);

            ApiClient.Reply moved = api.post("/api/v1/assessments/" + id + "/framework", Map.of("framework", "best-value-standards/2024"));

            assertThat(moved.status()).as(moved.text()).isEqualTo(200);
            JsonNode ci = null;
            for (JsonNode theme : api.get("/api/v1/assessments/" + id).json().get("themes")) {
                if (theme.get("code").asText().equals("CI")) {
                    ci = theme;
                }
            }
            assertThat(ci).isNotNull();
            assertThat(ci.get("narrative").asText()).isEqualTo("What we learnt from the peer challenge.");
            assertThat(ci.get("changeReason").asText()).isEqualTo("New evidence this year.");
        });
    }
}
