package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.List;
import java.util.Map;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

class ActionPlanApiTest {

    @EachEngine
    void filters_by_owner_status_and_overdue(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = AssessmentApiTest.referenceShaped(api);
            String actions = "/api/v1/assessments/" + id + "/actions";

            assertThat(descriptions(api.get(actions + "?owner=chief%20finance%20officer").json()))
                    .containsExactly("Refresh the workforce plan for finance");
            assertThat(descriptions(api.get(actions + "?status=done").json())).containsExactly("Publish the Annual Governance Statement");
            assertThat(descriptions(api.get(actions + "?overdue=yes").json())).containsExactly("Join a benchmarking network");
            assertThat(api.get(actions + "?status=finished&overdue=maybe").status()).isEqualTo(400);
        });
    }

    @EachEngine
    void progress_notes_are_kept_in_date_order(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = AssessmentApiTest.referenceShaped(api);
            long action = api.get("/api/v1/assessments/" + id + "/actions?owner=Strategic%20Director").json().get("items").get(0).get("id").asLong();

            api.post("/api/v1/assessments/" + id + "/actions/" + action + "/updates", Map.of("date", "2024-03-01", "note", "Met the network"));
            JsonNode updated = api.post("/api/v1/assessments/" + id + "/actions/" + action + "/updates",
                    Map.of("date", "2024-02-01", "note", "Contacted the network")).json();

            assertThat(updated.get("updates").findValuesAsText("note")).containsExactly("Contacted the network", "Met the network");
        });
    }

    @EachEngine
    void exports_the_action_plan_as_csv_with_the_overdue_flag(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = AssessmentApiTest.referenceShaped(api);

            ApiClient.Reply csv = api.get("/api/v1/assessments/" + id + "/actions.csv");

            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            List<NamedCsvRecord> rows = CsvReader.builder().ofNamedCsvRecord(csv.text()).stream().toList();
            assertThat(rows).hasSize(3);
            assertThat(rows).filteredOn(r -> r.getField("overdue").equals("yes")).singleElement()
                    .satisfies(r -> {
                        assertThat(r.getField("description")).isEqualTo("Join a benchmarking network");
                        assertThat(r.getField("theme")).isEqualTo("SD");
                        assertThat(r.getField("due_date")).isEqualTo("2024-03-31");
                    });
        });
    }

    private static List<String> descriptions(JsonNode body) {
        return body.get("items").findValuesAsText("description");
    }
}
