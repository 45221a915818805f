package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import uk.bestvalue.Workbench;
import uk.bestvalue.assessment.Assessment;
import uk.bestvalue.auth.Role;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;

/** Signing in and out, sessions, CSRF and the API's refusals, over real HTTP. */
class SignInTest {
    private static final String OADBY = "E07000135";
    private static final String EDITOR = "editor@example.gov.uk";

    /** The real server with the example assessment and an editor at its council. */
    private static void withServer(Engine engine, BiConsumer<Visitor, Long> check) {
        try (Workbench workbench = Workbench.on(TestDatabases.fresh(engine), TestApp.JUNE_2024)) {
            workbench.loadShippedData();
            long example = workbench.exchange().loadExampleIfAbsent().map(Assessment::id).orElseThrow();
            Users.withRole(workbench, EDITOR, Role.EDITOR, OADBY);
            Users.withRole(workbench, "admin@example.gov.uk", Role.AUTHORITY_ADMIN, OADBY);
            Javalin app = Web.create(workbench).start("127.0.0.1", 0);
            try {
                check.accept(new Visitor(app.port()), example);
            } finally {
                app.stop();
            }
        }
    }

    @EachEngine
    void signing_in_gives_an_httponly_samesite_lax_session_and_signing_out_ends_it(Engine engine) {
        withServer(engine, (visitor, example) -> {
            HttpResponse<String> signedIn = visitor.postForm("/sign-in",
                    Map.of("email", EDITOR, "password", Users.PASSWORD, "next", "/assessments/" + example));

            assertThat(signedIn.statusCode()).isEqualTo(303);
            assertThat(signedIn.headers().firstValue("Location")).contains("/assessments/" + example);
            String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).startsWith("bv_session=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
            HttpResponse<String> page = visitor.get("/assessments/" + example);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("href=\"/account\">Editor at E07000135</a>", "Sign out");

            String token = visitor.csrfTokenOn("/assessments/" + example);
            assertThat(visitor.postForm("/sign-out", Map.of("_csrf", token)).statusCode()).isEqualTo(303);
            assertThat(visitor.get("/assessments/" + example).statusCode()).as("signed out").isEqualTo(303);

            HttpResponse<String> overHttps = visitor.postForm("/sign-in", Map.of("email", EDITOR, "password", Users.PASSWORD),
                    "X-Forwarded-Proto", "https");
            assertThat(overHttps.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure");
        });
    }

    @EachEngine
    void a_form_post_without_the_sessions_csrf_token_or_from_another_site_is_refused(Engine engine) {
        withServer(engine, (visitor, example) -> {
            visitor.signIn(EDITOR, Users.PASSWORD);
            String theme = "/assessments/" + example + "/themes/CI";
            String token = visitor.csrfTokenOn(theme);

            HttpResponse<String> without = visitor.postForm(theme + "/score", Map.of("score", "good", "narrative", "No token"));
            HttpResponse<String> forged = visitor.postForm(theme + "/score", Map.of("score", "good", "narrative", "x", "_csrf", "forged"));
            HttpResponse<String> crossSite = visitor.postForm(theme + "/score", Map.of("score", "good", "narrative", "x", "_csrf", token),
                    "Origin", "https://attacker.example");
            HttpResponse<String> genuine = visitor.postForm(theme + "/score", Map.of("score", "good", "narrative", "With the token", "_csrf", token));

            assertThat(without.statusCode()).isEqualTo(403);
            assertThat(without.body()).contains("did not come from this service");
            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(crossSite.statusCode()).isEqualTo(403);
            assertThat(genuine.statusCode()).as(genuine.body()).isEqualTo(303);
            assertThat(visitor.get(theme).body()).contains("With the token").doesNotContain("No token");
        });
    }

    @Test
    void the_api_changes_nothing_for_a_cookie_alone_nor_for_a_text_plain_body() {
        withServer(Engine.H2, (visitor, example) -> {
            visitor.signIn(EDITOR, Users.PASSWORD);
            String json = "{\"score\":\"poor\",\"narrative\":\"Sent cross-site\"}";

            HttpResponse<String> cookieOnly = visitor.post("/api/v1/assessments/" + example + "/evidence", "application/json", "{}");
            HttpResponse<String> textPlain = visitor.post("/api/v1/assessments/" + example + "/evidence", "text/plain", json);

            assertThat(cookieOnly.statusCode()).isEqualTo(401);
            assertThat(cookieOnly.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(cookieOnly.body()).contains("needs an Authorization: Bearer token");
            assertThat(textPlain.statusCode()).isEqualTo(401);
        });
    }

    @Test
    void a_token_holder_must_send_json() {
        try (Workbench workbench = Workbench.on(TestDatabases.fresh(Engine.H2), TestApp.JUNE_2024)) {
            workbench.loadShippedData();
            long example = workbench.exchange().loadExampleIfAbsent().map(Assessment::id).orElseThrow();
            Users.withRole(workbench, EDITOR, Role.EDITOR, OADBY);
            String token = Users.token(workbench, EDITOR, Role.EDITOR, OADBY);
            Javalin app = Web.create(workbench).start("127.0.0.1", 0);
            try {
                Visitor client = new Visitor(app.port());
                HttpResponse<String> textPlain = client.post("/api/v1/assessments/" + example + "/evidence", "text/plain",
                        "{\"title\":\"x\"}", "Authorization", "Bearer " + token);
                HttpResponse<String> badToken = client.post("/api/v1/assessments/" + example + "/evidence", "application/json",
                        "{\"title\":\"x\"}", "Authorization", "Bearer bvw_not-a-token");
                assertThat(textPlain.statusCode()).isEqualTo(415);
                assertThat(badToken.statusCode()).isEqualTo(401);
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void a_signed_out_visitor_sees_no_unpublished_assessment_and_is_sent_to_sign_in_and_back() {
        withServer(Engine.H2, (visitor, example) -> {
            HttpResponse<String> page = visitor.get("/assessments/" + example + "?tab=1");
            HttpResponse<String> list = visitor.get("/authorities/" + OADBY + "/assessments");
            HttpResponse<String> api = visitor.get("/api/v1/assessments/" + example);

            assertThat(page.statusCode()).isEqualTo(303);
            assertThat(page.headers().firstValue("Location")).contains("/sign-in?next=%2Fassessments%2F" + example + "%3Ftab%3D1");
            assertThat(list.statusCode()).isEqualTo(303);
            assertThat(api.statusCode()).isEqualTo(401);
            assertThat(api.body()).doesNotContain("Example");
            assertThat(visitor.get("/authorities/" + OADBY).statusCode()).as("the register is public").isEqualTo(200);
            assertThat(visitor.get("/metrics").statusCode()).as("the explorer is public").isEqualTo(200);
        });
    }

    @Test
    void sign_in_never_sends_people_to_another_site_and_wrong_passwords_are_named_without_saying_which() {
        withServer(Engine.H2, (visitor, example) -> {
            HttpResponse<String> wrong = visitor.postForm("/sign-in", Map.of("email", EDITOR, "password", "not the password at all"));
            assertThat(wrong.statusCode()).isEqualTo(400);
            assertThat(wrong.body()).contains("There is a problem", "Enter the email address and password of an account that can sign in",
                    "value=\"" + EDITOR + "\"").doesNotContain("not the password at all");

            HttpResponse<String> offsite = visitor.postForm("/sign-in", Map.of("email", EDITOR, "password", Users.PASSWORD, "next", "//attacker.example/"));
            assertThat(offsite.headers().firstValue("Location")).contains("/");
            assertThat(offsite.headers().firstValue("Location").orElseThrow()).doesNotContain("attacker");
        });
    }

    @Test
    void the_audit_trail_downloads_as_csv_for_the_authority_admin_only() {
        withServer(Engine.H2, (visitor, example) -> {
            visitor.signIn(EDITOR, Users.PASSWORD);
            assertThat(visitor.get("/authorities/" + OADBY + "/audit.csv").statusCode()).isEqualTo(403);

            Visitor admin = visitor;
            String token = admin.csrfTokenOn("/account");
            admin.postForm("/sign-out", Map.of("_csrf", token));
            admin.signIn("admin@example.gov.uk", Users.PASSWORD);
            HttpResponse<String> csv = admin.get("/authorities/" + OADBY + "/audit.csv");

            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
            assertThat(csv.body().lines().findFirst()).contains("seq,at,actor_kind,actor_id,actor,authority,entity,entity_id,action,before,after,prev_hash,hash");
            assertThat(csv.body()).contains("account_role", "grant", "editor@example.gov.uk");
        });
    }

    @Test
    void an_authority_admin_gives_a_new_person_a_role_and_takes_it_away() {
        withServer(Engine.H2, (visitor, example) -> {
            visitor.signIn("admin@example.gov.uk", Users.PASSWORD);
            String people = "/authorities/" + OADBY + "/people";
            String token = visitor.csrfTokenOn(people);

            HttpResponse<String> missing = visitor.postForm(people, Map.of("_csrf", token, "email", "new.officer@example.gov.uk", "role", ""));
            assertThat(missing.statusCode()).isEqualTo(400);
            assertThat(missing.body()).contains("Select a role", "there is no account with this email yet");

            HttpResponse<String> given = visitor.postForm(people, Map.of("_csrf", token, "email", "new.officer@example.gov.uk",
                    "name", "New Officer", "role", "monitoring-officer"));
            assertThat(given.statusCode()).isEqualTo(200);
            String password = given.body().replaceAll("(?s).*shown once: ([A-Za-z0-9_-]+).*", "$1");
            assertThat(password).hasSize(24);

            Visitor newcomer = new Visitor(visitor.get("/").uri().getPort());
            assertThat(newcomer.signIn("new.officer@example.gov.uk", password).statusCode()).isEqualTo(303);
            assertThat(newcomer.get("/assessments/" + example).statusCode()).isEqualTo(200);
            assertThat(newcomer.get(people).statusCode()).as("a monitoring officer does not manage people").isEqualTo(403);

            visitor.postForm(people + "/revoke", Map.of("_csrf", token, "email", "new.officer@example.gov.uk", "role", "monitoring-officer"));
            assertThat(newcomer.get("/assessments/" + example).statusCode()).as("the role is gone").isEqualTo(403);
            assertThat(visitor.get("/authorities/" + OADBY + "/audit.csv").body()).contains("new.officer@example.gov.uk", "revoke");
        });
    }
}
