package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bestvalue.web.AssessmentApiTest.create;
import static uk.bestvalue.web.AssessmentApiTest.referenceAssessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** A change through the API that sends only some fields keeps the others as stored; an explicit null clears one. */
class PartialChangeTest {

    @EachEngine
    void an_action_changed_with_two_fields_keeps_its_due_date_status_theme_and_criteria(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            JsonNode created = api.post("/api/v1/assessments/" + id + "/actions", Map.of("description", "Fix recycling", "owner", "Head of Waste",
                    "dueDate", "2025-03-31", "status", "in_progress", "theme", "SD", "criteria", List.of("SD-C1", "SD-F1"))).json();
            String path = "/api/v1/assessments/" + id + "/actions/" + created.get("id").asLong();

            JsonNode changed = api.put(path, Map.of("description", "Fix recycling (updated)", "owner", "Head of Waste")).json();

            assertThat(changed.get("description").asText()).isEqualTo("Fix recycling (updated)");
            assertThat(changed.get("dueDate").asText()).isEqualTo("2025-03-31");
            assertThat(changed.get("status").asText()).isEqualTo("in_progress");
            assertThat(changed.get("theme").asText()).isEqualTo("SD");
            assertThat(changed.get("criteria").toString()).contains("SD-C1", "SD-F1");

            Map<String, Object> clear = new HashMap<>();
            clear.put("dueDate", null);
            assertThat(api.put(path, clear).json().get("dueDate").isNull()).as("an explicit null clears the due date").isTrue();
            assertThat(api.put(path, Map.of("colour", "red")).status()).as("an unknown field is still refused").isEqualTo(400);
        });
    }

    @EachEngine
    void evidence_changed_with_its_title_keeps_its_link_date_and_criteria(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            long evidence = AssessmentApiTest.evidence(api, id, "Peer challenge", "LEAD-C1", "supports");
            String path = "/api/v1/assessments/" + id + "/evidence/" + evidence;

            ApiClient.Reply changed = api.put(path, Map.of("title", "LGA corporate peer challenge"));

            assertThat(changed.status()).as(changed.text()).isEqualTo(200);
            assertThat(changed.text()).contains("LGA corporate peer challenge", "https://example.org/evidence", "2024-02-01", "LEAD-C1", "supports");
        });
    }

    @EachEngine
    void a_report_draft_saved_with_some_fields_keeps_the_introduction_and_the_rest(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            String path = "/api/v1/assessments/" + id + "/report";
            JsonNode before = api.get(path).json();
            assertThat(before.get("introduction").asText()).isNotBlank();

            ApiClient.Reply saved = api.put(path, Map.of("summary", "A shorter summary."));

            assertThat(saved.status()).as(saved.text()).isEqualTo(200);
            JsonNode after = api.get(path).json();
            assertThat(after.get("summary").asText()).isEqualTo("A shorter summary.");
            assertThat(after.get("introduction").asText()).isEqualTo(before.get("introduction").asText());
            assertThat(after.get("futureActivities").asText()).isEqualTo(before.get("futureActivities").asText());
            assertThat(after.get("committee").asText()).isEqualTo(before.get("committee").asText());
        });
    }

    @EachEngine
    void settings_saved_with_one_field_keep_the_committees_and_the_rest(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            String path = "/api/v1/authorities/E07000135/settings";
            JsonNode before = api.get(path).json();

            ApiClient.Reply saved = api.put(path, Map.of("vision", "A place to be proud of"));

            assertThat(saved.status()).as(saved.text()).isEqualTo(200);
            JsonNode after = api.get(path).json();
            assertThat(after.get("vision").asText()).isEqualTo("A place to be proud of");
            assertThat(after.get("committees")).isEqualTo(before.get("committees"));
            assertThat(after.get("displayName")).isEqualTo(before.get("displayName"));
        });
    }
}
