package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** A saved group (here Leicestershire's districts and Leicester) made from the API, as JSON or CSV, and compared with. */
class ComparisonGroupTest {
    static final List<String> LEICESTERSHIRE = List.of("E07000129", "E07000130", "E07000131", "E07000132", "E07000133", "E07000134",
            "E07000135", "E06000016");

    @EachEngine
    void a_group_saved_as_json_is_a_comparison_group(Engine engine) {
        ExplorerApiTest.withExplorer(engine, (api, workbench) -> {
            ApiClient.Reply saved = api.post("/api/v1/groups", Map.of("name", "Leicestershire and Leicester", "members", LEICESTERSHIRE));
            assertThat(saved.status()).as(saved.text()).isEqualTo(201);
            String key = saved.json().get("key").asText();

            JsonNode comparison = api.get("/api/v1/metrics/household-waste-recycling-rate/comparison?authority=E07000135&period=2023/24&group="
                    + key).json();

            assertThat(comparison.get("group").get("label").asText()).isEqualTo("Leicestershire and Leicester");
            assertThat(comparison.get("entries").findValuesAsText("code")).containsExactlyInAnyOrderElementsOf(LEICESTERSHIRE);
            assertThat(comparison.get("selected").get("rank").asInt()).isBetween(1, 8);
        });
    }

    @EachEngine
    void a_group_may_come_as_a_csv_and_bad_codes_are_named(Engine engine) {
        ExplorerApiTest.withExplorer(engine, (api, workbench) -> {
            String csv = "authority_code,name\nE07000135,Oadby and Wigston\nE07000129,Blaby\n";
            var response = api.rawPost("/api/v1/groups?name=Two%20neighbours", RequestBody.create(csv, MediaType.get("text/csv")));
            ApiClient.Reply bad = api.post("/api/v1/groups", Map.of("name", "Broken", "members", List.of("E07000135", "E99999999", "nonsense")));

            assertThat(response.status()).isEqualTo(201);
            assertThat(response.json().get("members")).hasSize(2);
            assertThat(bad.status()).isEqualTo(400);
            assertThat(AssessmentValidationTest.fields(bad.json())).containsExactly("members[2]", "members[3]");
            assertThat(api.get("/api/v1/groups").json().get("items")).hasSize(1);
        });
    }
}
