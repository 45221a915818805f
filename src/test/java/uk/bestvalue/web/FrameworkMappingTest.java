package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.bestvalue.web.AssessmentApiTest.create;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.bestvalue.Workbench;
import uk.bestvalue.framework.FrameworkCatalogue;
import uk.bestvalue.framework.FrameworkRejected;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/**
 * Moving an assessment to another framework version carries its history through the mapping
 * between the versions: the shipped one from the July 2023 draft to the May 2024 guidance, or a
 * council's own beside its own coding.
 */
class FrameworkMappingTest {

    private static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A council's own next version: the 2024 criteria with GOV-C7 recoded as GOV-C9. */
    private static void importOwnVersion(Workbench workbench) {
        String yaml;
        try (InputStream in = FrameworkCatalogue.class.getResourceAsStream("/frameworks/best-value-standards-2024.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        workbench.frameworks().importStream("own.yaml", text(yaml.replace("key: \"2024\"", "key: 2025-own")
                .replace("name: Statutory guidance, May 2024", "name: Our own coding, 2025").replace("code: GOV-C7", "code: GOV-C9")));
        workbench.frameworks().importMapping("own-mapping.yaml", text("""
                format: bestvalue-mapping/1
                from: best-value-standards/2024
                to: best-value-standards/2025-own
                criteria:
                  - {from: GOV-C7, to: GOV-C9, change: renamed, basis: Recoded}
                  - {from: [LEAD-C3, LEAD-C4], to: LEAD-C3, change: merged}
                  - {from: SD-C1, change: dropped}
                """));
    }

    private static Map<String, Object> criterionAssessment() {
        Map<String, Object> body = new HashMap<>(AssessmentApiTest.referenceAssessment());
        body.put("framework", "best-value-standards/2024");
        body.put("scoring", "both");
        return body;
    }

    @EachEngine
    void the_example_rolls_onto_the_2024_guidance_carrying_every_link_and_open_action(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long example = workbench.exchange().loadExampleIfAbsent().orElseThrow().id();
            JsonNode before = api.get("/api/v1/assessments/" + example).json();

            ApiClient.Reply rolled = api.post("/api/v1/assessments/" + example + "/roll-forward",
                    Map.of("period", "2024/25", "framework", "best-value-standards/2024"));
            long next = rolled.json().get("id").asLong();
            api.put("/api/v1/assessments/" + next + "/themes/LEAD", Map.of("score", "fair"));

            assertThat(rolled.status()).as(rolled.text()).isEqualTo(201);
            assertThat(api.get("/frameworks/best-value-standards/2024", "text/html").text())
                    .contains("carry into this version from Consultation draft, July 2023 through a mapping (criteria: 57 same)");
            assertThat(rolled.json().get("framework").asText()).isEqualTo("best-value-standards/2024");
            assertThat(rolled.json().get("leftBehind")).isEmpty();
            assertThat(rolled.json().get("evidence").asInt()).isEqualTo(before.get("evidence").asInt());
            assertThat(rolled.json().get("openActions").asInt()).isEqualTo(before.get("openActions").asInt());
            JsonNode leadership = api.get("/api/v1/assessments/" + next + "/year-on-year").json().findParents("code").stream()
                    .filter(n -> n.get("code").asText().equals("LEAD")).findFirst().orElseThrow();
            assertThat(leadership.get("then").asText()).isEqualTo("good");
            assertThat(leadership.get("now").asText()).isEqualTo("fair");
            assertThat(leadership.get("direction").asText()).isEqualTo("down");
        });
    }

    @EachEngine
    void a_councils_own_mapping_carries_renamed_links_and_lists_what_it_cannot(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            importOwnVersion(workbench);
            long id = create(api, criterionAssessment());
            AssessmentApiTest.evidence(api, id, "Whistleblowing policy review", "GOV-C7", "supports");
            AssessmentApiTest.evidence(api, id, "Customer satisfaction survey", "SD-C1", "supports");
            api.put("/api/v1/assessments/" + id + "/criteria/LEAD-C3", Map.of("score", "good"));
            api.put("/api/v1/assessments/" + id + "/criteria/LEAD-C4", Map.of("score", "poor"));
            api.put("/api/v1/assessments/" + id + "/criteria/CI-C1", Map.of("score", "fair"));
            api.put("/api/v1/assessments/" + id + "/themes/GOV", Map.of("score", "good"));

            ApiClient.Reply moved = api.post("/api/v1/assessments/" + id + "/framework", Map.of("framework", "best-value-standards/2025-own"));
            JsonNode overview = api.get("/api/v1/assessments/" + id).json();

            assertThat(moved.status()).as(moved.text()).isEqualTo(200);
            assertThat(overview.get("framework").asText()).isEqualTo("best-value-standards/2025-own");
            assertThat(api.get("/api/v1/assessments/" + id + "/evidence").json().get("items").findValuesAsText("criterion"))
                    .containsExactly("GOV-C9");
            assertThat(overview.get("criteria").findValuesAsText("code")).contains("CI-C1").doesNotContain("LEAD-C3");
            assertThat(overview.get("themes").get(2).get("score").asText()).isEqualTo("good");
            assertThat(moved.json().get("leftBehind").toString()).contains("SD-C1", "LEAD-C3", "scored differently");
            assertThat(overview.get("leftBehind")).hasSize(moved.json().get("leftBehind").size());
            assertThat(api.delete("/api/v1/assessments/" + id + "/left-behind").status()).isEqualTo(204);
            assertThat(api.get("/api/v1/assessments/" + id).json().get("leftBehind")).isEmpty();
        });
    }

    @EachEngine
    void a_mapping_file_with_problems_is_refused_naming_each(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            assertThatThrownBy(() -> workbench.frameworks().importMapping("bad.yaml", text("""
                    format: bestvalue-mapping/1
                    from: best-value-standards/2023-draft
                    to: best-value-standards/2024
                    criteria:
                      - {from: CI-C99, to: CI-C1, change: renamed}
                      - {from: CI-C2, change: split}
                      - {to: CI-C3, change: sideways}
                    """))).isInstanceOf(FrameworkRejected.class)
                    .satisfies(e -> assertThat(((FrameworkRejected) e).errors()).extracting(f -> f.field())
                            .containsExactly("criteria[1].from", "criteria[2]", "criteria[3].change"));
        });
    }

    @EachEngine
    void moving_to_the_version_it_is_already_on_is_an_error_naming_the_field(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, criterionAssessment());

            ApiClient.Reply reply = api.post("/api/v1/assessments/" + id + "/framework", Map.of("framework", "best-value-standards/2024"));

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("errors").findValuesAsText("field")).isEqualTo(List.of("framework"));
        });
    }
}
