package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import okhttp3.FormBody;
import uk.bestvalue.Actor;
import uk.bestvalue.assessment.ActionInput;
import uk.bestvalue.assessment.Assessment;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** The report editor's checklist and stale paragraphs, and the theme page's figures from the explorer, as a person uses them. */
class ReportPagesTest {

    private static ApiClient.Reply submit(ApiClient api, String path, Map<String, String> fields) {
        FormBody.Builder form = new FormBody.Builder();
        fields.forEach(form::add);
        return api.rawPost(path, form.build());
    }

    @EachEngine
    void the_editor_lists_what_is_missing_and_rewrites_a_paragraph_the_assessment_overtook(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = workbench.exchange().loadExampleIfAbsent().map(Assessment::id).orElseThrow();
            workbench.reports().saveDraft(Actor.installation(), id, workbench.reports().draft(id));
            workbench.actions().add(Actor.installation(), id, new ActionInput("Publish the action plan", "Head of Democratic Services",
                    "2025-03-31", "not_started", null, "GOV", List.of()));

            String editor = api.get("/assessments/" + id + "/report").text();
            ApiClient.Reply rewritten = submit(api, "/assessments/" + id + "/report/regenerate", Map.of("key", "actions"));

            assertThat(editor).contains("Not ready to issue: the report is marked DRAFT", "Every theme scored", "Incomplete",
                    "The assessment has changed since this draft was written", "Future activities: the follow-on actions",
                    "Rewrite this paragraph");
            assertThat(rewritten.status()).isEqualTo(200);
            assertThat(rewritten.text()).doesNotContain("The assessment has changed since this draft was written")
                    .contains("Publish the action plan (Head of Democratic Services)");
        });
    }

    @EachEngine
    void figures_from_the_councils_dashboard_are_attached_to_evidence_and_reach_the_report(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            workbench.explorer().loadShipped();
            long id = workbench.exchange().loadExampleIfAbsent().map(Assessment::id).orElseThrow();
            var view = workbench.assessments().view(id);
            long evidence = view.evidenceFor(view.version().theme("SD").orElseThrow()).get(0).item().id();
            String base = "/assessments/" + id + "/themes/SD";

            String theme = api.get(base).text();
            String page = api.get(base + "/figures").text();
            ApiClient.Reply refused = submit(api, base + "/figures", Map.of("evidence", "not a number", "metric", "no-such-metric"));
            ApiClient.Reply added = submit(api, base + "/figures", Map.of("evidence", String.valueOf(evidence),
                    "metric", "household-waste-recycling-rate"));

            assertThat(theme).contains("id=\"evidence-figures-link\"", base + "/figures");
            assertThat(page).contains("Figures from the performance data", "household-waste-recycling-rate");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.text()).contains("govuk-error-summary", "choose an evidence item of this assessment",
                    "choose a metric with a value on the council");
            assertThat(added.status()).isEqualTo(200);
            assertThat(added.text()).contains("The figure was added to the evidence", "id=\"figures-table\"", "Open Government Licence");
            assertThat(api.get("/api/v1/assessments/" + id + "/report.html").text()).contains("table class=\"figures\"",
                    "Licence: Open Government Licence");
        });
    }
}
