package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bestvalue.web.AssessmentApiTest.action;
import static uk.bestvalue.web.AssessmentApiTest.create;
import static uk.bestvalue.web.AssessmentApiTest.evidence;
import static uk.bestvalue.web.AssessmentApiTest.referenceAssessment;
import static uk.bestvalue.web.AssessmentApiTest.score;

import java.util.Map;
import okhttp3.FormBody;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/**
 * The pages that change an assessment: each save ends on a page with a success banner, and each
 * mistake comes back with the GOV.UK error summary, the field in error and its message linked.
 */
class AssessmentEditPagesTest {

    private static ApiClient.Reply submit(ApiClient api, String path, Map<String, String> fields) {
        FormBody.Builder form = new FormBody.Builder();
        fields.forEach(form::add);
        return api.rawPost(path, form.build());
    }

    @EachEngine
    void details_are_changed_on_their_page_and_a_blank_title_is_named(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());

            ApiClient.Reply bad = submit(api, "/assessments/" + id + "/edit", Map.of("title", " ", "owner", "Chief Executive",
                    "period", "2023/24", "scale", "good-fair-poor", "scoring", "theme"));
            ApiClient.Reply saved = submit(api, "/assessments/" + id + "/edit", Map.of("title", "Our Best Value self-assessment 2023/24",
                    "owner", "Chief Executive", "period", "2023/24", "scale", "good-fair-poor", "scoring", "theme"));

            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.text()).contains("govuk-error-summary", "<a href=\"#details-title\">Enter the assessment title</a>",
                    "govuk-input--error", "aria-describedby=\"details-title-error\"", "id=\"details-title-error\"");
            assertThat(saved.status()).isEqualTo(200);
            assertThat(saved.text()).contains("govuk-notification-banner--success", "details have been saved",
                    "Our Best Value self-assessment 2023/24");
        });
    }

    @EachEngine
    void an_assessment_is_deleted_and_restored_from_the_pages(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());

            ApiClient.Reply deleted = submit(api, "/assessments/" + id + "/delete", Map.of());
            ApiClient.Reply restored = submit(api, "/assessments/" + id + "/restore", Map.of());

            assertThat(deleted.text()).contains("The assessment has been deleted", "Deleted assessments", "Restore");
            assertThat(restored.text()).contains("The assessment has been restored").doesNotContain("This assessment was deleted");
        });
    }

    @EachEngine
    void an_empty_score_is_an_error_naming_the_theme_and_clearing_is_a_choice(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            score(api, id, "LEAD", "good");

            ApiClient.Reply empty = submit(api, "/assessments/" + id + "/themes/LEAD/score", Map.of("narrative", "No score chosen"));
            ApiClient.Reply cleared = submit(api, "/assessments/" + id + "/themes/LEAD/score", Map.of("score", "clear"));
            ApiClient.Reply elsewhere = submit(api, "/assessments/" + id + "/themes/LEAD/criteria/GOV-C1/score", Map.of("score", "good"));

            assertThat(empty.status()).isEqualTo(400);
            assertThat(empty.text()).contains("<a href=\"#score-score\">Choose a score for Leadership, or choose to clear the score</a>");
            assertThat(cleared.text()).contains("The score has been saved");
            assertThat(api.get("/api/v1/assessments/" + id).json().get("themes").get(1).get("score").isNull()).isTrue();
            assertThat(elsewhere.status()).isEqualTo(404);
        });
    }

    @EachEngine
    void carried_evidence_is_refreshed_and_unlinked_on_its_page(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long lastYear = create(api, referenceAssessment());
            long item = evidence(api, lastYear, "Customer Service Excellence award", "SD-C1", "supports");
            api.put("/api/v1/assessments/" + lastYear + "/evidence/" + item, Map.of("title", "Customer Service Excellence award",
                    "links", java.util.List.of(Map.of("criterion", "SD-C1", "stance", "supports"), Map.of("criterion", "CI-C1", "stance", "supports"))));
            long id = api.post("/api/v1/assessments/" + lastYear + "/roll-forward", Map.of()).json().get("id").asLong();
            String page = "/assessments/" + id + "/evidence/" + item;

            ApiClient.Reply before = api.get(page, "text/html");
            ApiClient.Reply badDate = submit(api, page + "/refresh", Map.of("date", "yesterday"));
            ApiClient.Reply refreshed = submit(api, page + "/refresh", Map.of("date", "20/5/2024"));
            String refreshedPage = refreshed.text();

            assertThat(before.text()).contains("Carried from last year");
            assertThat(badDate.status()).isEqualTo(400);
            assertThat(badDate.text()).contains("href=\"#refresh-date\"", "is not a date");
            assertThat(refreshedPage).contains("The evidence has been confirmed as still current").doesNotContain("Carried from last year");
            assertThat(api.get("/assessments/" + id + "/evidence/99999", "text/html").status()).isEqualTo(404);
            assertThat(api.get("/assessments/" + id, "text/html").text()).contains("0 evidence items to refresh");
        });
    }

    @EachEngine
    void actions_are_closed_and_re_dated_on_their_pages(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            long first = action(api, id, "Join a benchmarking network", "Strategic Director", "2024-03-31", "SD");
            long second = action(api, id, "Refresh the workforce plan", "Chief Finance Officer", "2024-03-31", "RES");

            ApiClient.Reply noReason = submit(api, "/assessments/" + id + "/actions/" + first + "/close", Map.of("outcome", "dropped"));
            ApiClient.Reply closed = submit(api, "/assessments/" + id + "/actions/" + first + "/close", Map.of("outcome", "done"));
            ApiClient.Reply badDate = submit(api, "/assessments/" + id + "/due-dates", Map.of("due-" + second, "31/13/2025"));
            ApiClient.Reply redated = submit(api, "/assessments/" + id + "/due-dates", Map.of("due-" + second, "31/3/2025"));

            assertThat(noReason.status()).isEqualTo(400);
            assertThat(noReason.text()).contains("<a href=\"#close-reason\">Enter why the action was dropped</a>");
            assertThat(closed.text()).contains("The action has been closed", "Closed as completed");
            assertThat(badDate.status()).isEqualTo(400);
            assertThat(badDate.text()).contains("href=\"#dates-due-" + second + "\"", "Enter the due date of", "Refresh the workforce plan");
            assertThat(redated.text()).contains("The due dates have been saved", "0 overdue actions");
        });
    }

    @EachEngine
    void the_due_dates_form_changes_only_the_actions_it_showed_and_names_one_that_is_not_there(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            long shown = action(api, id, "Join a benchmarking network", "Strategic Director", "2024-03-31", "SD");
            long addedMeanwhile = action(api, id, "Added by a colleague meanwhile", "Chief Executive", "2025-05-31", "CI");
            long other = action(api, create(api, Map.of("authority", "E07000135", "framework", "best-value-standards/2024", "period", "2024/25",
                    "title", "Another year", "owner", "Chief Executive", "scale", "good-fair-poor", "scoring", "theme")),
                    "Elsewhere", "Chief Executive", "2025-01-31", "CI");

            ApiClient.Reply saved = submit(api, "/assessments/" + id + "/due-dates", Map.of("due-" + shown, "30/6/2024"));
            ApiClient.Reply stranger = submit(api, "/assessments/" + id + "/due-dates", Map.of("due-" + other, ""));

            assertThat(saved.status()).isIn(200, 303);
            assertThat(api.get("/api/v1/assessments/" + id + "/actions/" + addedMeanwhile).json().get("dueDate").asText())
                    .as("an action the form did not show keeps its date").isEqualTo("2025-05-31");
            assertThat(api.get("/api/v1/assessments/" + id + "/actions/" + shown).json().get("dueDate").asText()).isEqualTo("2024-06-30");
            assertThat(stranger.status()).isEqualTo(400);
            assertThat(stranger.text()).contains("is not an open action of this assessment");
        });
    }
}
