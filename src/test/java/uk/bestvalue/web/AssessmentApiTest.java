package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/**
 * Recreates through the API an assessment shaped like the reference council report (seven themes
 * scored Good / Fair / Poor against the 2023 draft, evidence for and against, actions), then
 * rolls it forward a year and compares the two.
 */
class AssessmentApiTest {
    static final List<String> THEMES = List.of("CI", "LEAD", "GOV", "CUL", "RES", "SD", "PCE");

    static Map<String, Object> referenceAssessment() {
        return Map.of("authority", "E07000135", "framework", "best-value-standards/2023-draft", "period", "2023/24",
                "title", "Self-assessment against the Best Value Standards 2023/24", "owner", "Strategic Director",
                "scale", "good-fair-poor", "scoring", "theme");
    }

    static long create(ApiClient api, Map<String, Object> body) {
        ApiClient.Reply reply = api.post("/api/v1/assessments", body);
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    static void score(ApiClient api, long id, String theme, String score) {
        ApiClient.Reply reply = api.put("/api/v1/assessments/" + id + "/themes/" + theme,
                Map.of("score", score, "narrative", "Evidence reviewed by the Senior Leadership Team."));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    }

    static long evidence(ApiClient api, long id, String title, String criterion, String stance) {
        ApiClient.Reply reply = api.post("/api/v1/assessments/" + id + "/evidence", Map.of("title", title, "owner", "Head of Customer Services",
                "date", "2024-02-01", "link", "https://example.org/evidence", "links", List.of(Map.of("criterion", criterion, "stance", stance))));
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    static long action(ApiClient api, long id, String description, String owner, String due, String theme) {
        ApiClient.Reply reply = api.post("/api/v1/assessments/" + id + "/actions",
                Map.of("description", description, "owner", owner, "dueDate", due, "theme", theme));
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    /** The reference council's shape: every theme scored, evidence of each stance, three actions. */
    static long referenceShaped(ApiClient api) {
        long id = create(api, referenceAssessment());
        for (String theme : THEMES) {
            score(api, id, theme, theme.equals("RES") || theme.equals("CUL") ? "fair" : "good");
        }
        evidence(api, id, "Customer Service Excellence award", "SD-C1", "supports");
        evidence(api, id, "Statutory officer posts filled permanently", "LEAD-F1", "negates");
        evidence(api, id, "Finance team vacancies", "RES-F3", "shows");
        action(api, id, "Join a benchmarking network", "Strategic Director", "2024-03-31", "SD");
        action(api, id, "Refresh the workforce plan for finance", "Chief Finance Officer", "2024-09-30", "RES");
        long done = action(api, id, "Publish the Annual Governance Statement", "Monitoring Officer", "2024-01-31", "GOV");
        api.put("/api/v1/assessments/" + id + "/actions/" + done, Map.of("description", "Publish the Annual Governance Statement",
                "owner", "Monitoring Officer", "dueDate", "2024-01-31", "status", "done", "theme", "GOV"));
        return id;
    }

    @EachEngine
    void an_assessment_like_the_reference_report_shows_scores_evidence_and_coverage(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = referenceShaped(api);

            JsonNode overview = api.get("/api/v1/assessments/" + id).json();

            assertThat(overview.get("framework").asText()).isEqualTo("best-value-standards/2023-draft");
            assertThat(overview.get("themes").findValuesAsText("code")).containsExactlyElementsOf(THEMES);
            assertThat(overview.get("themes").findValuesAsText("score")).containsExactly("good", "good", "good", "fair", "fair", "good", "good");
            assertThat(overview.get("themes").get(4).get("scoreLabel").asText()).isEqualTo("Fair");
            assertThat(overview.get("evidence").asInt()).isEqualTo(3);
            assertThat(overview.get("openActions").asInt()).isEqualTo(2);
            assertThat(overview.get("overdueActions").asInt()).as("due 31 March 2024, still open on 1 June 2024").isEqualTo(1);
            JsonNode serviceDelivery = overview.get("themes").get(5);
            assertThat(serviceDelivery.get("criteria").asInt()).isEqualTo(10);
            assertThat(serviceDelivery.get("evidenced").asInt()).isEqualTo(1);
            assertThat(serviceDelivery.get("withoutEvidence").findValuesAsText("")).isEmpty();
            assertThat(textValues(serviceDelivery.get("withoutEvidence"))).doesNotContain("SD-C1").contains("SD-C2", "SD-F1");
            JsonNode governance = overview.get("themes").get(2);
            assertThat(governance.get("evidenced").asInt()).isZero();
        });
    }

    @EachEngine
    void evidence_keeps_its_stance_on_each_criterion(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = referenceShaped(api);

            JsonNode evidence = api.get("/api/v1/assessments/" + id + "/evidence").json().get("items");

            assertThat(evidence).hasSize(3);
            assertThat(evidence.findValuesAsText("stance")).containsExactlyInAnyOrder("supports", "negates", "shows");
            assertThat(api.get("/api/v1/authorities/E07000135/evidence").json().get("items")).hasSize(3);
        });
    }

    @EachEngine
    void rolling_forward_carries_open_actions_and_evidence_but_not_scores(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long lastYear = referenceShaped(api);

            ApiClient.Reply rolled = api.post("/api/v1/assessments/" + lastYear + "/roll-forward", Map.of("period", "2024/25"));

            assertThat(rolled.status()).as(rolled.text()).isEqualTo(201);
            JsonNode next = rolled.json();
            assertThat(next.get("period").asText()).isEqualTo("2024/25");
            assertThat(next.get("title").asText()).isEqualTo("Self-assessment against the Best Value Standards 2024/25");
            assertThat(next.get("rolledFrom").asLong()).isEqualTo(lastYear);
            assertThat(next.get("themes").findValues("score")).allSatisfy(score -> assertThat(score.isNull()).isTrue());
            long nextId = next.get("id").asLong();
            JsonNode actions = api.get("/api/v1/assessments/" + nextId + "/actions").json().get("items");
            assertThat(actions.findValuesAsText("description"))
                    .containsExactlyInAnyOrder("Join a benchmarking network", "Refresh the workforce plan for finance");
            assertThat(actions.findValuesAsText("carried")).containsOnly("true");
            JsonNode evidence = api.get("/api/v1/assessments/" + nextId + "/evidence").json().get("items");
            assertThat(evidence).hasSize(3);
            assertThat(evidence.findValuesAsText("toRefresh")).containsOnly("true");
            assertThat(api.get("/api/v1/authorities/E07000135/evidence").json().get("items")).as("reused, not copied").hasSize(3);
        });
    }

    @EachEngine
    void year_on_year_shows_scores_then_and_now_and_what_happened_to_actions(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long lastYear = referenceShaped(api);
            long id = api.post("/api/v1/assessments/" + lastYear + "/roll-forward", Map.of()).json().get("id").asLong();
            score(api, id, "RES", "good");
            score(api, id, "CI", "fair");
            score(api, id, "LEAD", "good");
            JsonNode carried = api.get("/api/v1/assessments/" + id + "/actions").json().get("items").get(0);
            api.put("/api/v1/assessments/" + id + "/actions/" + carried.get("id").asLong(), Map.of("description",
                    carried.get("description").asText(), "owner", carried.get("owner").asText(), "status", "done"));
            action(api, id, "Commission a corporate peer challenge", "Chief Executive", "2025-03-31", "CI");

            JsonNode yoy = api.get("/api/v1/assessments/" + id + "/year-on-year").json();

            assertThat(yoy.get("previousPeriod").asText()).isEqualTo("2023/24");
            Map<String, String> directions = new java.util.LinkedHashMap<>();
            yoy.get("themes").forEach(t -> directions.put(t.get("code").asText(), t.get("direction").asText()));
            assertThat(directions).containsEntry("RES", "up").containsEntry("CI", "down").containsEntry("LEAD", "same")
                    .containsEntry("GOV", "not_scored");
            assertThat(yoy.get("completed")).hasSize(1);
            assertThat(yoy.get("opened").findValuesAsText("description")).containsExactly("Commission a corporate peer challenge");
            assertThat(yoy.get("carried")).hasSize(2);
        });
    }

    @EachEngine
    void the_same_authority_year_and_framework_cannot_be_assessed_twice(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            create(api, referenceAssessment());

            ApiClient.Reply again = api.post("/api/v1/assessments", referenceAssessment());

            assertThat(again.status()).isEqualTo(409);
            assertThat(again.json().get("detail").asText()).contains("Oadby and Wigston already has an assessment");
        });
    }

    static List<String> textValues(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
