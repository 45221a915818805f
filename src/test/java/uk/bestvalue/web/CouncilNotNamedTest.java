package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import uk.bestvalue.auth.Role;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** A request that must name the council it acts for, in its body or its query, and does not, is answered 400 naming what is missing, never 403. */
class CouncilNotNamedTest {
    private static final String BLABY = "E07000129";

    @EachEngine
    void a_body_that_cannot_say_which_council_is_a_bad_request_not_a_refusal(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            ApiClient blabyAdmin = api.as(Users.token(workbench, Users.withRole(workbench, "admin@blaby.invalid", Role.AUTHORITY_ADMIN, BLABY).email(), Role.AUTHORITY_ADMIN, BLABY));
            for (String body : List.of("{\"authority\": \"E07000129\",", "[1,2]", "null", "{\"title\": \"No council\"}")) {
                for (String path : List.of("/api/v1/assessments", "/api/v1/assessments/import")) {
                    ApiClient.Reply reply = blabyAdmin.post(path, body);
                    assertThat(reply.status()).as(path + " " + body + ": " + reply.text()).isEqualTo(400);
                    assertThat(reply.text()).containsAnyOf("\"body\"", "\"authority\"");
                }
            }
        });
    }

    @EachEngine
    void a_listing_of_assessments_without_a_council_asks_for_one(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            ApiClient editor = api.as(Users.token(workbench, Users.withRole(workbench, "editor@blaby.invalid", Role.EDITOR, BLABY).email(),
                    Role.EDITOR, BLABY));

            ApiClient.Reply reply = editor.get("/api/v1/assessments");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.text()).contains("\"authority\"", "?authority=");
            assertThat(editor.get("/api/v1/assessments?authority=" + BLABY).status()).isEqualTo(200);
            assertThat(api.get("/api/v1/assessments").status()).as("the installation admin lists every council's").isEqualTo(200);
        });
    }
}
