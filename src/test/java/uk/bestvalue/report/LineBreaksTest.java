package uk.bestvalue.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import uk.bestvalue.Actor;
import uk.bestvalue.store.Engine;

/** Text typed over several lines — numbered recommendations, a short list — keeps its lines in every format. */
class LineBreaksTest {

    @Test
    void numbered_recommendations_keep_their_lines_in_html_pdf_and_word() throws Exception {
        try (ReportFixture fixture = new ReportFixture(Engine.H2, false)) {
            Reports reports = fixture.workbench.reports();
            ReportDraft d = reports.draft(fixture.assessmentId);
            reports.saveDraft(Actor.installation(), fixture.assessmentId, new ReportDraft(d.committee(), d.meetingDate(), d.status(), d.title(),
                    d.authors(), d.purpose(), "The summary's first line.\nIts second line.", "1. Note the self-assessment.\n2. Agree the action plan.",
                    d.contacts(), d.objectives(), d.values(), d.implications(), d.officerComments(), d.consultees(), d.backgroundPapers(),
                    d.introduction(), d.futureActivities()));

            String html = reports.html(fixture.assessmentId);
            String pdf;
            try (PDDocument document = Loader.loadPDF(reports.pdf(fixture.assessmentId))) {
                pdf = new PDFTextStripper().getText(document).replace("\r\n", "\n");
            }
            String word;
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(reports.docx(fixture.assessmentId)));
                 XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                word = extractor.getText();
            }

            assertThat(html).contains("class=\"lines\"", ".lines { white-space: pre-line; }");
            assertThat(pdf).contains("1. Note the self-assessment.\n2. Agree the action plan.", "The summary's first line.\nIts second line.");
            assertThat(word).contains("1. Note the self-assessment.\n2. Agree the action plan.");
        }
    }
}
