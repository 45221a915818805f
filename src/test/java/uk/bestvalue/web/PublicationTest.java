package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bestvalue.web.AssessmentApiTest.create;
import static uk.bestvalue.web.AssessmentApiTest.referenceAssessment;

import java.util.HashMap;
import java.util.Map;
import uk.bestvalue.auth.Role;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/**
 * A published assessment and its report are read signed out at a stable address; nothing that is
 * not published is ever shown there, and unpublishing takes it away again.
 */
class PublicationTest {
    private static final String ADDRESS = "/published/E07000135/2023-24";

    static void publish(ApiClient admin, long id) {
        assertThat(admin.post("/api/v1/assessments/" + id + "/transitions", Map.of("to", "reported", "committee", "Audit and Standards",
                "meetingDate", "2024-05-29", "minuteReference", "AS/24/17")).status()).isEqualTo(200);
        assertThat(admin.post("/api/v1/assessments/" + id + "/transitions", Map.of("to", "published")).status()).isEqualTo(200);
    }

    @EachEngine
    void a_published_assessment_and_its_report_are_public_and_nothing_else_is(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = create(api, referenceAssessment());
            Map<String, Object> other = new HashMap<>(referenceAssessment());
            other.put("period", "2024/25");
            long draft = create(api, other);
            ApiClient visitor = api.anonymous();

            assertThat(visitor.get(ADDRESS).status()).as("not yet published").isEqualTo(404);
            Map<Role, ApiClient> people = WorkflowTest.approve(api, workbench, id);
            assertThat(visitor.get(ADDRESS).status()).as("approved, not yet published").isEqualTo(404);
            assertThat(visitor.get(ADDRESS + "/report.html").status()).isEqualTo(404);
            publish(people.get(Role.AUTHORITY_ADMIN), id);

            ApiClient.Reply page = visitor.get(ADDRESS);
            ApiClient.Reply list = visitor.get("/published");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.text()).contains("Self-assessment against the Best Value Standards 2023/24", "Published",
                    "Audit and Standards, 29 May 2024, minute AS/24/17", "The report is satisfactory.");
            assertThat(list.text()).contains(ADDRESS).doesNotContain("/published/E07000135/2024-25");
            assertThat(visitor.get(ADDRESS + "/report.html").text()).contains("Statutory officers");
            assertThat(visitor.get(ADDRESS + "/report.pdf").text()).startsWith("%PDF");
            assertThat(visitor.get(ADDRESS + "/report.docx").status()).isEqualTo(200);
            assertThat(visitor.get("/published/E07000135/2024-25").status()).as("a draft of the same council").isEqualTo(404);
            assertThat(visitor.get("/published/E07000135/not-a-year").status()).isEqualTo(404);
            assertThat(visitor.get("/api/v1/assessments/" + id).status()).as("the private API stays private").isEqualTo(401);
            assertThat(visitor.get("/api/v1/assessments/" + draft).status()).isEqualTo(401);

            ApiClient.Reply unpublished = people.get(Role.AUTHORITY_ADMIN).post("/api/v1/assessments/" + id + "/transitions",
                    Map.of("to", "reported", "reason", "A figure in the appendix was wrong"));
            assertThat(unpublished.status()).as(unpublished.text()).isEqualTo(200);
            assertThat(visitor.get(ADDRESS).status()).isEqualTo(404);
            assertThat(visitor.get("/published").text()).doesNotContain(ADDRESS);
        });
    }
}
