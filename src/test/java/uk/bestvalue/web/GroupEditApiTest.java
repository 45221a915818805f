package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** A saved comparison group is renamed, has its members changed and is deleted; bad changes name the field. */
class GroupEditApiTest {

    @EachEngine
    void a_group_is_renamed_changed_and_deleted(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = api.post("/api/v1/groups", Map.of("name", "Leicestershire pair", "members", List.of("E07000135", "E07000129")))
                    .json().get("id").asLong();
            api.post("/api/v1/groups", Map.of("name", "Another group", "members", List.of("E07000135", "E07000130")));

            ApiClient.Reply renamed = api.put("/api/v1/groups/" + id, Map.of("name", "South Leicestershire",
                    "members", List.of("E07000135", "E07000129", "E07000131")));
            ApiClient.Reply clash = api.put("/api/v1/groups/" + id, Map.of("name", "Another group", "members", List.of("E07000135", "E99999999")));
            ApiClient.Reply deleted = api.delete("/api/v1/groups/" + id);

            assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
            assertThat(renamed.json().get("name").asText()).isEqualTo("South Leicestershire");
            assertThat(renamed.json().get("members")).hasSize(3);
            assertThat(clash.status()).isEqualTo(400);
            assertThat(clash.json().get("errors").findValuesAsText("field")).contains("name", "members[2]");
            assertThat(deleted.status()).isEqualTo(204);
            assertThat(api.get("/api/v1/groups").json().get("items").findValuesAsText("name")).containsExactly("Another group");
            assertThat(api.delete("/api/v1/groups/" + id).status()).isEqualTo(404);
        });
    }
}
