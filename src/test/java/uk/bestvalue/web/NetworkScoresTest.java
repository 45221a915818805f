package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bestvalue.web.AssessmentApiTest.create;
import static uk.bestvalue.web.AssessmentApiTest.referenceAssessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import uk.bestvalue.Actor;
import uk.bestvalue.auth.Role;
import uk.bestvalue.network.Network;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** A member's published self-assessment appears beside the network's other members once it opts in; its drafts never do. */
class NetworkScoresTest {

    @EachEngine
    void a_published_assessment_of_a_member_that_opted_in_is_shown_theme_by_theme(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            for (String theme : AssessmentApiTest.THEMES) {
                AssessmentApiTest.score(api, id, theme, "good");
            }
            Network n = workbench.networks().create(Actor.installation(), "E07000135", "Leicestershire districts", null, List.of("E07000129"));
            workbench.networks().setSharing(Actor.installation(), n.id(), "E07000135", true);
            ApiClient visitor = api.anonymous();

            JsonNode before = visitor.get("/api/v1/networks/" + n.id()).json().get("publishedScores");
            assertThat(before.get("columns")).as("a draft is never shown").isEmpty();

            Map<Role, ApiClient> people = WorkflowTest.approve(api, workbench, id);
            PublicationTest.publish(people.get(Role.AUTHORITY_ADMIN), id);

            JsonNode after = visitor.get("/api/v1/networks/" + n.id()).json().get("publishedScores");
            assertThat(after.get("columns")).hasSize(1);
            assertThat(after.get("columns").get(0).get("authority").asText()).isEqualTo("E07000135");
            assertThat(after.get("columns").get(0).get("period").asText()).isEqualTo("2023/24");
            assertThat(after.get("rows")).isNotEmpty();
            assertThat(after.get("rows").get(0).get("scores").get(0).get("label").asText()).isEqualTo("Good");
            assertThat(after.get("notShown").toString()).contains("Blaby has not opted in");
            assertThat(visitor.get("/networks/" + n.id()).text()).contains("id=\"theme-scores\"", "Oadby and Wigston");
        });
    }
}
