package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bestvalue.web.AssessmentApiTest.create;
import static uk.bestvalue.web.AssessmentApiTest.referenceAssessment;
import static uk.bestvalue.web.AssessmentApiTest.score;

import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.util.Map;
import uk.bestvalue.auth.Role;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** History pages read the audit trail: who, when, what, and each field before and after, in words, not JSON. */
class HistoryPagesTest {

    @EachEngine
    void the_history_of_an_assessment_its_theme_evidence_and_action_says_who_changed_what(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            score(api, id, "LEAD", "good");
            score(api, id, "LEAD", "fair");
            long evidence = AssessmentApiTest.evidence(api, id, "Annual governance statement", "GOV-C1", "supports");
            long action = AssessmentApiTest.action(api, id, "Refresh the governance framework", "Monitoring Officer", "2024-12-31", "GOV");
            api.put("/api/v1/assessments/" + id + "/actions/" + action, Map.of("description", "Refresh the governance framework",
                    "owner", "Head of Legal", "dueDate", "2024-12-31", "theme", "GOV"));
            Users.withRole(workbench, "viewer@history.invalid", Role.VIEWER, "E07000135");
            Users.withRole(workbench, "viewer@elsewhere.invalid", Role.VIEWER, "E07000129");
            Javalin app = Web.create(workbench).start("127.0.0.1", 0);
            try {
                Visitor viewer = new Visitor(app.port());
                viewer.signIn("viewer@history.invalid", Users.PASSWORD);
                Visitor stranger = new Visitor(app.port());
                stranger.signIn("viewer@elsewhere.invalid", Users.PASSWORD);
                String base = "/assessments/" + id;

                String whole = viewer.get(base + "/history").body();
                String theme = viewer.get(base + "/themes/LEAD/history").body();
                String item = viewer.get(base + "/evidence/" + evidence + "/history").body();
                HttpResponse<String> actionPage = viewer.get(base + "/actions/" + action + "/history");

                assertThat(whole).contains("The assessment added", "Score of theme LEAD changed", "Evidence item added", "Action changed",
                        "Test admin").doesNotContain("{\"");
                assertThat(theme).contains("Score of theme LEAD changed", "<del>good</del> → fair").doesNotContain("Evidence item");
                assertThat(item).contains("Annual governance statement").doesNotContain("Score of theme");
                assertThat(actionPage.statusCode()).isEqualTo(200);
                assertThat(actionPage.body()).contains("<del>Monitoring Officer</del> → Head of Legal");
                assertThat(viewer.get(base).body()).contains("href=\"" + base + "/history\"");
                assertThat(viewer.get(base + "/themes/LEAD").body()).contains("href=\"" + base + "/themes/LEAD/history\"");
                assertThat(stranger.get(base + "/history").statusCode()).as("another council's viewer").isEqualTo(403);
                assertThat(viewer.get(base + "/actions/999999/history").statusCode()).isEqualTo(404);
            } finally {
                app.stop();
            }
        });
    }
}
