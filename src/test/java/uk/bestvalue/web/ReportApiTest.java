package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import okhttp3.Response;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

class ReportApiTest {

    @EachEngine
    void the_report_downloads_as_html_pdf_and_word(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = AssessmentApiTest.referenceShaped(api);

            ApiClient.Reply html = api.get("/api/v1/assessments/" + id + "/report.html");
            assertThat(html.status()).isEqualTo(200);
            assertThat(html.contentType()).startsWith("text/html");
            assertThat(html.text()).contains("Self-Assessment Against the Best Value Standards 2023/24", "Appendix 1");

            try (Response pdf = okhttp(api, "/api/v1/assessments/" + id + "/report.pdf")) {
                assertThat(pdf.code()).isEqualTo(200);
                assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
                assertThat(new String(pdf.body().bytes(), 0, 5)).isEqualTo("%PDF-");
            }
            try (Response docx = okhttp(api, "/api/v1/assessments/" + id + "/report.docx")) {
                assertThat(docx.code()).isEqualTo(200);
                assertThat(docx.header("Content-Type")).isEqualTo(ReportApi.DOCX);
                assertThat(docx.header("Content-Disposition")).contains(".docx");
                assertThat(new String(docx.body().bytes(), 0, 2)).isEqualTo("PK");
            }
        });
    }

    @EachEngine
    void the_readiness_checklist_says_what_is_missing_before_issue(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = AssessmentApiTest.referenceShaped(api);

            JsonNode readiness = api.get("/api/v1/assessments/" + id + "/report/readiness").json();

            assertThat(readiness.get("ready").asBoolean()).isFalse();
            assertThat(readiness.get("checks").findValuesAsText("name")).containsExactly("Every theme scored",
                    "Statutory officers' comments", "Contacts", "Meeting date", "Background papers");
            assertThat(api.get("/api/v1/assessments/" + id + "/report.html").text()).contains("this report is not ready to issue");
            assertThat(api.get("/api/v1/assessments/999999/report/readiness").status()).isEqualTo(404);
        });
    }

    @EachEngine
    void the_body_written_from_the_assessment_follows_it_when_asked(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = AssessmentApiTest.referenceShaped(api);
            assertThat(api.put("/api/v1/assessments/" + id + "/report", api.get("/api/v1/assessments/" + id + "/report").json()).status())
                    .isEqualTo(200);
            api.post("/api/v1/assessments/" + id + "/actions", Map.of("description", "Publish the action plan",
                    "owner", "Head of Democratic Services", "dueDate", "2025-03-31", "theme", "GOV"));

            JsonNode stale = api.get("/api/v1/assessments/" + id + "/report/stale").json();
            ApiClient.Reply regenerated = api.post("/api/v1/assessments/" + id + "/report/regenerate?key=actions", Map.of());

            assertThat(stale.findValuesAsText("key")).containsExactly("actions");
            assertThat(regenerated.status()).as(regenerated.text()).isEqualTo(200);
            assertThat(regenerated.json().get("futureActivities").asText()).contains("Publish the action plan (Head of Democratic Services)");
            assertThat(api.get("/api/v1/assessments/" + id + "/report/stale").json()).isEmpty();
            assertThat(api.post("/api/v1/assessments/" + id + "/report/regenerate?key=title", Map.of()).status()).isEqualTo(400);
        });
    }

    @EachEngine
    void the_draft_can_be_read_edited_and_refused_when_bad(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = AssessmentApiTest.referenceShaped(api);
            ObjectNode draft = (ObjectNode) api.get("/api/v1/assessments/" + id + "/report").json();
            assertThat(draft.get("recommendations").asText()).isEqualTo("That the content of the report be noted.");

            draft.put("meetingDate", "2024-04-16");
            ApiClient.Reply saved = api.put("/api/v1/assessments/" + id + "/report", draft);
            draft.put("status", "for noting");
            draft.put("title", "");
            ApiClient.Reply refused = api.put("/api/v1/assessments/" + id + "/report", draft);

            assertThat(saved.status()).as(saved.text()).isEqualTo(200);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(AssessmentValidationTest.fields(refused.json())).containsExactlyInAnyOrder("status", "title");
            assertThat(api.get("/api/v1/assessments/" + id + "/report").json().get("meetingDate").asText()).isEqualTo("2024-04-16");
            assertThat(api.get("/api/v1/assessments/" + id + "/report.html").text()).contains("16 April 2024");
        });
    }

    @EachEngine
    void authority_settings_feed_the_report(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = AssessmentApiTest.referenceShaped(api);
            ApiClient.Reply saved = api.put("/api/v1/authorities/E07000135/settings", Map.of("displayName", "Oadby and Wigston Borough Council",
                    "vision", "Our Borough - The Place To Be", "objectives", List.of(Map.of("code", "SO1", "label", "Our Council")),
                    "risks", List.of(Map.of("code", "CR4", "label", "Reputation Damage")), "committees", List.of("Full Council")));
            assertThat(saved.status()).as(saved.text()).isEqualTo(200);
            ObjectNode draft = (ObjectNode) api.get("/api/v1/assessments/" + id + "/report").json();
            draft.putArray("objectives").add("SO1");
            ((ObjectNode) draft.get("implications")).putArray("risks").add("CR4");
            assertThat(api.put("/api/v1/assessments/" + id + "/report", draft).status()).isEqualTo(200);

            String html = api.get("/api/v1/assessments/" + id + "/report.html").text();

            assertThat(html).contains("Oadby and Wigston Borough Council", "Our Council (SO1)", "Reputation Damage (CR4)",
                    "Our Borough - The Place To Be");
            JsonNode unknown = api.put("/api/v1/authorities/E99999999/settings", Map.of("displayName", "x")).json();
            assertThat(unknown.get("status").asInt()).isEqualTo(404);
        });
    }

    private static Response okhttp(ApiClient api, String path) {
        return api.raw(path);
    }
}
