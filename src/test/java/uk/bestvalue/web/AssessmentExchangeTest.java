package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** A whole assessment out as one JSON document and back in, with nothing lost. */
class AssessmentExchangeTest {

    @EachEngine
    void export_import_export_gives_the_same_document(Engine engine) {
        AtomicReference<String> exported = new AtomicReference<>();
        TestApp.run(engine, (api, workbench) -> {
            long id = AssessmentApiTest.referenceShaped(api);
            long action = api.get("/api/v1/assessments/" + id + "/actions").json().get("items").get(0).get("id").asLong();
            api.post("/api/v1/assessments/" + id + "/actions/" + action + "/updates", Map.of("date", "2024-02-15", "note", "Network joined"));
            api.put("/api/v1/assessments/" + id + "/actions/" + action, Map.of("description", "Leave the network", "owner", "Strategic Director",
                    "status", "dropped", "droppedReason", "Replaced by LG Inform subscription", "criteria", List.of("SD-C7")));
            exported.set(api.get("/api/v1/assessments/" + id + "/export").text());
        });

        TestApp.run(engine, (api, workbench) -> {
            ApiClient.Reply imported = api.post("/api/v1/assessments/import", exported.get());
            assertThat(imported.status()).as(imported.text()).isEqualTo(201);

            JsonNode again = api.get("/api/v1/assessments/" + imported.json().get("id").asLong() + "/export").json();

            JsonNode original = new ApiClient.Reply(200, "application/json", exported.get()).json();
            assertThat(again).isEqualTo(original);
            assertThat(original.get("themes")).hasSize(7);
            assertThat(original.get("evidence")).hasSize(3);
            assertThat(original.get("actions")).hasSize(3);
            assertThat(original.findValuesAsText("droppedReason")).contains("Replaced by LG Inform subscription");
        });
    }

    @EachEngine
    void a_document_with_bad_parts_is_refused_whole(Engine engine) {
        AtomicReference<JsonNode> exported = new AtomicReference<>();
        TestApp.run(engine, (api, workbench) -> exported.set(api.get("/api/v1/assessments/"
                + AssessmentApiTest.referenceShaped(api) + "/export").json()));

        TestApp.run(engine, (api, workbench) -> {
            ObjectNode doc = exported.get().deepCopy();
            ((ObjectNode) doc.get("themes").get(2)).put("score", "superb");
            ((ObjectNode) doc.get("evidence").get(1).get("links").get(0)).put("criterion", "NOPE-1");
            ((ObjectNode) doc.get("actions").get(0)).remove("owner");

            ApiClient.Reply reply = api.post("/api/v1/assessments/import", doc);

            assertThat(reply.status()).isEqualTo(400);
            assertThat(AssessmentValidationTest.fields(reply.json()))
                    .containsExactlyInAnyOrder("themes[3].score", "evidence[2].links[1].criterion", "actions[1].owner");
            assertThat(api.get("/api/v1/authorities/E07000135/assessments").json().get("items")).isEmpty();
            assertThat(api.get("/api/v1/authorities/E07000135/evidence").json().get("items")).isEmpty();
        });
    }
}
