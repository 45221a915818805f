package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import uk.bestvalue.assessment.Assessment;
import uk.bestvalue.auth.Role;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** The made-up example assessment says it is one wherever it is read: its published page, the list, and its report in every format. */
class ExampleNoticeTest {

    @EachEngine
    void a_published_example_is_labelled_on_its_public_page_in_the_list_and_in_its_report(Engine engine) {
        TestApp.run(engine, (api, workbench) -> {
            long id = workbench.exchange().loadExampleIfAbsent().map(Assessment::id).orElseThrow();
            Map<Role, ApiClient> people = WorkflowTest.approve(api, workbench, id);
            PublicationTest.publish(people.get(Role.AUTHORITY_ADMIN), id);
            ApiClient visitor = api.anonymous();

            String page = visitor.get("/published/E07000135/" + workbench.assessments().assessment(id).period().value().replace('/', '-')).text();
            String list = visitor.get("/published").text();
            String html = api.get("/api/v1/assessments/" + id + "/report.html").text();
            String word;
            try (var response = api.raw("/api/v1/assessments/" + id + "/report.docx");
                 var docx = new XWPFDocument(new ByteArrayInputStream(response.body().bytes()));
                 var text = new XWPFWordExtractor(docx)) {
                word = text.getText();
            }

            assertThat(page).contains("id=\"example-notice\"", "made up to show how the product works", "not Oadby and Wigston");
            assertThat(list).contains("Made-up example");
            assertThat(html).contains("id=\"example-notice\"", "EXAMPLE", "not Oadby and Wigston");
            assertThat(word).contains("EXAMPLE", "made up to show how the product works");
        });
    }
}
