package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import uk.bestvalue.auth.Role;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** Where the council a request acts for is in its body, a body that cannot say which is answered 400 naming it, never 403. */
class AuthorityInBodyTest {
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
}
