package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bestvalue.web.AssessmentApiTest.create;
import static uk.bestvalue.web.AssessmentApiTest.referenceAssessment;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** An assessment's suggested evidence through the API: listed with its indicators, accepted as evidence or dismissed with a reason. */
class SignalApiTest {
    /** Two rules every district with a recycling rate meets, so that the example council surely has two signals. */
    private static final String RULES = """
            format: bestvalue-warning-rules/1
            set: {key: api-probe, version: "1", name: API probe rules, framework: best-value-standards/2023-draft}
            rules:
              - {id: recycling-below-100, title: Recycling rate below 100%, metrics: [household-waste-recycling-rate],
                 condition: {kind: threshold, below: 100}, severity: medium, theme: SD, criteria: [SD-F1], caveat: Every council is below 100%.}
              - {id: recycling-below-101, title: Recycling rate below 101%, metrics: [household-waste-recycling-rate],
                 condition: {kind: threshold, below: 101}, severity: low, theme: SD, criteria: [SD-F1], caveat: A second probe.}
            """;

    @EachEngine
    void a_suggested_signal_is_accepted_as_evidence_and_another_dismissed_with_a_reason(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = assessmentWithSignals(api, workbench);

            JsonNode signals = api.get("/api/v1/assessments/" + id + "/signals").json();
            assertThat(signals.get("suggested").findValuesAsText("rule")).contains("recycling-below-100", "recycling-below-101");
            long first = flagOf(signals, "recycling-below-100");
            long second = flagOf(signals, "recycling-below-101");
            assertThat(signals.get("suggested").get(0).get("indicators").get(0).asText()).isEqualTo("SD-F1");

            ApiClient.Reply refused = api.post("/api/v1/assessments/" + id + "/signals/" + first + "/accept", Map.of("criterion", "GOV-F1"));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.text()).contains("criterion", "SD-F1");
            ApiClient.Reply accepted = api.post("/api/v1/assessments/" + id + "/signals/" + first + "/accept", Map.of());
            assertThat(accepted.status()).as(accepted.text()).isEqualTo(201);
            assertThat(accepted.json().get("title").asText()).isEqualTo("Recycling rate below 100%");
            assertThat(accepted.text()).contains("SD-F1", "shows");
            assertThat(api.post("/api/v1/assessments/" + id + "/signals/" + first + "/accept", Map.of()).status())
                    .as("a signal is decided once").isEqualTo(409);

            assertThat(api.post("/api/v1/assessments/" + id + "/signals/" + second + "/dismiss", Map.of("reason", " ")).text())
                    .contains("reason");
            ApiClient.Reply dismissed = api.post("/api/v1/assessments/" + id + "/signals/" + second + "/dismiss",
                    Map.of("reason", "Our own figures for the year are higher; the published return was revised."));
            assertThat(dismissed.status()).as(dismissed.text()).isEqualTo(200);
            assertThat(dismissed.json().get("decision").asText()).isEqualTo("dismissed");

            JsonNode after = api.get("/api/v1/assessments/" + id + "/signals").json();
            assertThat(after.get("suggested").findValuesAsText("rule")).doesNotContain("recycling-below-100", "recycling-below-101");
            assertThat(after.get("decided").findValuesAsText("decision")).containsExactlyInAnyOrder("accepted", "dismissed");
            assertThat(api.get("/api/v1/assessments/" + id + "/evidence").text()).contains("Recycling rate below 100%");
            assertThat(api.anonymous().get("/api/v1/assessments/" + id + "/signals").status()).as("a draft's signals are not public")
                    .isIn(401, 403, 404);
            assertThat(api.post("/api/v1/assessments/" + id + "/signals/999999/dismiss", Map.of("reason", "x")).status()).isEqualTo(404);
        });
    }

    @EachEngine
    void removing_the_evidence_a_signal_became_removes_its_figures_and_offers_the_signal_again_and_a_dismissal_can_be_taken_back(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = assessmentWithSignals(api, workbench);
            JsonNode signals = api.get("/api/v1/assessments/" + id + "/signals").json();
            long first = flagOf(signals, "recycling-below-100");
            long second = flagOf(signals, "recycling-below-101");
            long evidence = api.post("/api/v1/assessments/" + id + "/signals/" + first + "/accept", Map.of()).json().get("id").asLong();
            assertThat(workbench.reports().figures(id)).as("the accepted signal's figure").hasSize(1);
            long figure = workbench.reports().figures(id).get(0).id();

            ApiClient.Reply removed = api.delete("/api/v1/assessments/" + id + "/evidence/" + evidence);

            assertThat(removed.status()).as(removed.text()).isEqualTo(204);
            assertThat(workbench.reports().figures(id)).isEmpty();
            assertThat(api.get("/api/v1/assessments/" + id + "/signals").json().get("suggested").findValuesAsText("rule")).contains("recycling-below-100");
            assertThat(workbench.audit().forEntity("evidence_figure", String.valueOf(figure))).extracting(e -> e.action())
                    .containsExactly("create", "delete");
            assertThat(workbench.audit().forEntity("warning_decision", String.valueOf(first))).extracting(e -> e.action())
                    .containsExactly("accept", "reopen");

            assertThat(api.post("/api/v1/assessments/" + id + "/signals/" + second + "/reopen", Map.of()).status())
                    .as("nothing to take back yet").isEqualTo(409);
            api.post("/api/v1/assessments/" + id + "/signals/" + second + "/dismiss", Map.of("reason", "Not relevant this year."));
            assertThat(api.post("/api/v1/assessments/" + id + "/signals/" + second + "/reopen", Map.of()).status()).isEqualTo(204);
            assertThat(api.get("/api/v1/assessments/" + id + "/signals").json().get("suggested").findValuesAsText("rule")).contains("recycling-below-101");
        });
    }

    /** The recycling data and the two probe rules, evaluated, and an assessment of the example council to offer them to. */
    private static long assessmentWithSignals(ApiClient api, uk.bestvalue.Workbench workbench) {
        workbench.explorer().loadShipped(uk.bestvalue.explorer.Explorer.SHIPPED_FILES::contains);
        workbench.warnings().importRules("api-probe", RULES.getBytes(StandardCharsets.UTF_8));
        workbench.warnings().evaluate();
        return create(api, referenceAssessment());
    }

    private static long flagOf(JsonNode signals, String rule) {
        for (JsonNode s : signals.get("suggested")) {
            if (s.get("flag").get("rule").asText().equals(rule)) {
                return s.get("flag").get("id").asLong();
            }
        }
        throw new AssertionError("no suggestion from " + rule + " in " + signals);
    }
}
