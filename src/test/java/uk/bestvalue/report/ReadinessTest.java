package uk.bestvalue.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.bestvalue.Actor;
import uk.bestvalue.assessment.AssessmentInput;
import uk.bestvalue.store.Engine;

/** A report is ready to issue only when its checklist is complete; until then every page says DRAFT. */
class ReadinessTest {
    private static ReportFixture fixture;
    private static long unscored;

    @BeforeAll
    static void start() {
        fixture = new ReportFixture(Engine.H2);
        unscored = fixture.workbench.assessments().create(Actor.installation(), new AssessmentInput("E07000135", "best-value-standards/2024", "2025/26",
                "Self-assessment", "Strategic Director", null, null, null, null)).id();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void the_filled_in_example_is_ready_and_carries_no_draft_marking() throws IOException {
        Readiness readiness = fixture.workbench.reports().readiness(fixture.assessmentId);

        assertThat(readiness.missing()).isEmpty();
        assertThat(readiness.ready()).isTrue();
        assertThat(fixture.workbench.reports().html(fixture.assessmentId)).doesNotContain("DRAFT");
        assertThat(pdfPages(fixture.assessmentId)).noneMatch(page -> page.contains("DRAFT"));
    }

    @Test
    void an_assessment_with_nothing_scored_lists_what_is_missing() {
        Readiness readiness = fixture.workbench.reports().readiness(unscored);

        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.missing()).extracting(Readiness.Check::name).containsExactly("Every theme scored",
                "Statutory officers' comments", "Meeting date", "Background papers");
        assertThat(readiness.missing().get(0).detail()).startsWith("0 of 7 themes are scored; not yet: Continuous Improvement");
        assertThat(readiness.missing().get(1).detail()).startsWith("Outstanding: Head of Paid Service, Chief Finance Officer, Monitoring Officer.");
    }

    @Test
    void an_incomplete_report_is_marked_draft_on_every_page_of_every_format() throws IOException {
        assertThat(fixture.workbench.reports().html(unscored)).contains("DRAFT \\2013  not ready to issue", "this report is not ready to issue");
        assertThat(pdfPages(unscored)).hasSizeGreaterThan(2).allMatch(page -> page.contains("DRAFT – not ready to issue"));
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(fixture.workbench.reports().docx(unscored)))) {
            assertThat(docx.getHeaderList()).isNotEmpty().allMatch(h -> h.getText().contains("DRAFT – not ready to issue"));
            assertThat(docx.getParagraphs().get(0).getText()).startsWith("DRAFT");
        }
    }

    private static java.util.List<String> pdfPages(long id) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(fixture.workbench.reports().pdf(id))) {
            java.util.List<String> pages = new java.util.ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(pdf));
            }
            return pages;
        }
    }
}
