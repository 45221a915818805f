package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bestvalue.web.AssessmentApiTest.create;
import static uk.bestvalue.web.AssessmentApiTest.referenceAssessment;

import java.util.List;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import uk.bestvalue.store.Engine;

/** Every answer carries the security headers; unpublished work is never stored by a cache; /health names only the engine. */
class HeadersTest {

    @Test
    void pages_and_answers_carry_a_policy_without_inline_script_and_unpublished_work_is_not_cached() {
        TestApp.run(Engine.H2, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            for (String path : List.of("/", "/authorities", "/assessments/" + id, "/assessments/" + id + "/report",
                    "/api/v1/assessments/" + id, "/authorities/E07000135/settings", "/api/v1/authorities/E07000135/settings",
                    "/authorities/E07000135/assessments", "/no-such-page")) {
                try (Response response = api.raw(path)) {
                    String policy = response.header("Content-Security-Policy");
                    assertThat(policy).as(path).contains("script-src 'self'", "style-src 'self'", "object-src 'none'")
                            .doesNotContain("unsafe-inline", "unsafe-eval");
                    assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
                    assertThat(response.header("Strict-Transport-Security")).as("plain HTTP gets no HSTS").isNull();
                    if (path.contains("assessments") || path.contains("settings")) {
                        assertThat(response.header("Cache-Control")).as(path).isEqualTo("no-store");
                    }
                    if (response.code() == 200 && response.header("Content-Type").startsWith("text/html")) {
                        String html = response.body().string();
                        assertThat(html).as(path).doesNotContainPattern("<script(?![^>]*\\ssrc=)(?![^>]*type=\"application/json\")")
                                .doesNotContain(" style=\"");
                    }
                }
            }
            try (Response css = api.raw(ScaleColours.PATH)) {
                assertThat(css.body().string()).contains(".bv-colour-00703c { background: #00703c; color: #ffffff; }");
            }
        });
    }

    @Test
    void hsts_is_sent_when_the_request_came_over_https() {
        TestApp.run(Engine.H2, (api, workbench) -> {
            try (Response proxied = api.raw("/", "X-Forwarded-Proto", "https")) {
                assertThat(proxied.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
            }
        });
    }

    @Test
    void health_names_the_engine_but_not_its_version() {
        TestApp.run(Engine.H2, (api, workbench) -> {
            ApiClient.Reply health = api.get("/health");

            assertThat(health.json().get("database").get("engine").asText()).isEqualTo("H2");
            assertThat(health.text()).doesNotContain("version", "2.3", "2.2").doesNotContainPattern("\\d+\\.\\d+\\.\\d+");
        });
    }
}
