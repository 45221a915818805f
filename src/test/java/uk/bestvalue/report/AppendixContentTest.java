package uk.bestvalue.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.bestvalue.Actor;
import uk.bestvalue.assessment.Action;
import uk.bestvalue.assessment.ActionInput;
import uk.bestvalue.assessment.EvidenceInput;
import uk.bestvalue.assessment.ProgressInput;
import uk.bestvalue.store.Engine;

/** Appendix 1 gives each evidence item in full, and a second year's report what changed since the first. */
class AppendixContentTest {
    private static ReportFixture fixture;
    private static String firstPdf;
    private static String firstDocx;
    private static String updatePdf;
    private static String updatePdfByPosition;
    private static String updateDocx;

    @BeforeAll
    static void render() throws IOException {
        fixture = new ReportFixture(Engine.H2, false);
        Actor actor = Actor.installation();
        fixture.workbench.evidence().add(actor, fixture.assessmentId, new EvidenceInput(null, "Scrutiny committee work programme",
                "The programme for the year, agreed by the committee in June.", "https://www.example.org/scrutiny/2023",
                "SC/2023/04", "Democratic Services Manager", "2023-06-14", List.of(new EvidenceInput.LinkInput("GOV-C3", "supports"))));
        fixture.sendToOfficers();
        firstPdf = pdf(fixture.assessmentId);
        firstDocx = docx(fixture.assessmentId);

        long next = fixture.nextYear();
        Action carried = fixture.workbench.actions().actions(next, "Chief Executive", null, null).get(0);
        fixture.workbench.actions().addProgress(actor, next, carried.id(), new ProgressInput("2024-04-15", "Peer team booked for November."));
        fixture.workbench.actions().addProgress(actor, next, carried.id(), new ProgressInput("2024-05-20", "Peer challenge held; report published."));
        fixture.workbench.actions().update(actor, next, carried.id(), new ActionInput(carried.description(), carried.owner(), "2025-03-31",
                "done", null, carried.themeCode(), carried.criterionCodes()));
        updatePdf = pdf(next);
        updatePdfByPosition = pdf(next, true);
        updateDocx = docx(next);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void evidence_is_given_with_its_description_owner_date_reference_and_link() {
        for (String text : List.of(firstPdf, firstDocx)) {
            assertThat(text).contains("Scrutiny committee work programme (GOV-C3)", "The programme for the year, agreed by the committee in June.",
                    "Owner: Democratic Services Manager · 14 June 2023 · Ref. SC/2023/04 · https://www.example.org");
            // A web address may wrap at a slash in the PDF.
            assertThat(text.replace(" ", "")).contains("https://www.example.org/scrutiny/2023");
        }
    }

    @Test
    void a_first_years_report_has_no_comparison_with_last_year() {
        assertThat(firstPdf).doesNotContain("Actions completed since the last report", "Change: ");
    }

    @Test
    void an_update_gives_last_years_score_beside_this_years_for_every_theme() {
        assertThat(updatePdfByPosition).contains("2023/24: Good · Change: Declined", "2023/24: Fair · Change: Improved", "2023/24: Good · Change: Not scored");
        assertThat(updateDocx).contains("2023/24 Good Change Declined", "2023/24 Fair Change Improved");
    }

    @Test
    void an_update_says_why_a_score_changed_where_the_assessment_records_it() {
        assertThat(updatePdf).contains("Why the score changed: Two statutory officer posts were filled on an interim basis for most of the year.");
        assertThat(updateDocx).contains("Why the score changed Two statutory officer posts were filled on an interim basis for most of the year.");
        assertThat(firstPdf).doesNotContain("Why the score changed");
    }

    @Test
    void an_update_lists_the_actions_completed_with_their_final_progress_note() {
        for (String text : List.of(updatePdf, updateDocx)) {
            assertThat(text).contains("Actions completed since the last report", "Commission a corporate peer challenge",
                    "Peer challenge held; report published. (20 May 2024)");
            assertThat(text).doesNotContain("Peer team booked for November.");
        }
    }

    private static String pdf(long id) throws IOException {
        return pdf(id, false);
    }

    /** By position, lines come out in reading order even where bold and coloured runs are drawn out of order. */
    private static String pdf(long id, boolean byPosition) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(fixture.workbench.reports().pdf(id))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(byPosition);
            return stripper.getText(pdf).replaceAll("Page \\d+ of \\d+", "").replace("DRAFT – not ready to issue", "").replaceAll("\\s+", " ");
        }
    }

    private static String docx(long id) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(fixture.workbench.reports().docx(id)));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            return extractor.getText().replaceAll("\\s+", " ");
        }
    }
}
