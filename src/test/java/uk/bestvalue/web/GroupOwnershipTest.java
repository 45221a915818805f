package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import uk.bestvalue.auth.Role;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** A saved comparison group belongs to the council it was saved for: only its editors and admins, or the installation admin, change it. */
class GroupOwnershipTest {
    private static final String BLABY = "E07000129";
    private static final String OADBY = "E07000135";

    private static ApiClient person(ApiClient api, uk.bestvalue.Workbench workbench, Role role, String authority) {
        String email = role.code() + "-" + authority + "@groups.invalid";
        Users.withRole(workbench, email, role, authority);
        return api.as(Users.token(workbench, email, role, authority));
    }

    @EachEngine
    void another_councils_people_cannot_change_or_delete_a_group_and_a_viewer_cannot_save_one(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            ApiClient blabyAdmin = person(api, workbench, Role.AUTHORITY_ADMIN, BLABY);
            ApiClient blabyEditor = person(api, workbench, Role.EDITOR, BLABY);
            ApiClient oadbyEditor = person(api, workbench, Role.EDITOR, OADBY);
            ApiClient oadbyViewer = person(api, workbench, Role.VIEWER, OADBY);
            Map<String, Object> body = Map.of("name", "Blaby peers", "description", "Districts Blaby compares with",
                    "members", List.of(BLABY, "E07000131"));

            ApiClient.Reply saved = blabyAdmin.post("/api/v1/groups", body);
            assertThat(saved.status()).as(saved.text()).isEqualTo(201);
            assertThat(saved.json().get("authority").asText()).as("the only council its saver edits at").isEqualTo(BLABY);
            long id = saved.json().get("id").asLong();
            String at = "/api/v1/groups/" + id;
            Map<String, Object> renamed = Map.of("name", "Renamed by Oadby", "members", List.of(OADBY, BLABY));

            assertThat(oadbyEditor.put(at, renamed).status()).isEqualTo(403);
            assertThat(oadbyEditor.put(at, renamed).text()).contains("Only an editor or admin of Blaby may change");
            assertThat(oadbyViewer.delete(at).status()).isEqualTo(403);
            assertThat(oadbyViewer.post("/api/v1/groups", Map.of("name", "Viewer's group", "members", List.of(OADBY))).status()).isEqualTo(403);
            assertThat(oadbyEditor.post("/api/v1/groups", Map.of("name", "For Blaby", "members", List.of(OADBY), "authority", BLABY)).status())
                    .as("saving for a council one does not edit at").isEqualTo(403);
            assertThat(oadbyEditor.post("/api/v1/groups", Map.of("name", "Nowhere", "members", List.of(OADBY), "authority", "X1")).text())
                    .contains("authority", "is not a council in the register");
            assertThat(api.anonymous().get("/api/v1/groups").json().get("items").findValuesAsText("name")).as("anyone compares with it")
                    .contains("Blaby peers");

            ApiClient.Reply changed = blabyEditor.put(at, Map.of("name", "Blaby's peers", "members", List.of(BLABY, "E07000131", "E07000135")));
            assertThat(changed.status()).as(changed.text()).isEqualTo(200);
            assertThat(api.delete(at).status()).as("the installation admin").isEqualTo(204);
            assertThat(workbench.audit().forEntity("comparison_group", String.valueOf(id))).extracting(e -> e.action())
                    .containsExactly("create", "update", "delete");
        });
    }

    @EachEngine
    void a_group_the_installation_admin_keeps_for_everyone_is_changed_by_no_council(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            ApiClient.Reply saved = api.post("/api/v1/groups", Map.of("name", "Leicestershire", "members", List.of(BLABY, OADBY)));
            assertThat(saved.json().get("authority").isNull()).isTrue();
            ApiClient oadbyAdmin = person(api, workbench, Role.AUTHORITY_ADMIN, OADBY);

            ApiClient.Reply refused = oadbyAdmin.delete("/api/v1/groups/" + saved.json().get("id").asLong());

            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.text()).contains("Only the installation admin may change");
        });
    }
}
