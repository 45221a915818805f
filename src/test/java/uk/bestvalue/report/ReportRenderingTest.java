package uk.bestvalue.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.bestvalue.assessment.Action;
import uk.bestvalue.assessment.AssessmentView;
import uk.bestvalue.store.Engine;

/** The PDF and Word reports read back hold every section, theme, score and action owner. */
class ReportRenderingTest {
    private static ReportFixture fixture;
    private static AssessmentView view;
    private static String pdfText;
    private static String docxText;
    private static List<String> docxHeadings;

    static final List<String> SECTIONS = List.of("Report author(s)", "Purpose of report", "Report summary", "Recommendation(s)",
            "Strategic objectives", "Vision and values", "Legal", "Financial", "Corporate risk management", "Human rights",
            "Health and safety", "Head of Paid Service", "Chief Finance Officer", "Monitoring Officer", "Consultees",
            "Background papers", "Appendices", "Introduction and Methodology", "Future Activities", "Appendix 1");

    @BeforeAll
    static void render() throws IOException {
        fixture = new ReportFixture(Engine.H2);
        view = fixture.workbench.assessments().view(fixture.assessmentId);
        try (PDDocument pdf = Loader.loadPDF(fixture.workbench.reports().pdf(fixture.assessmentId))) {
            pdfText = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(fixture.workbench.reports().docx(fixture.assessmentId)))) {
            StringBuilder text = new StringBuilder();
            docx.getBodyElements().forEach(element -> {
                if (element instanceof XWPFParagraph p) {
                    text.append(p.getText()).append('\n');
                } else if (element instanceof org.apache.poi.xwpf.usermodel.XWPFTable t) {
                    text.append(t.getText()).append('\n');
                }
            });
            docxText = text.toString().replaceAll("\\s+", " ");
            docxHeadings = docx.getParagraphs().stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(XWPFParagraph::getText).toList();
        }
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void the_pdf_has_every_section_theme_score_and_action_owner() {
        assertThat(pdfText).contains(SECTIONS);
        assertEverythingOfTheAssessmentIn(pdfText);
        assertThat(pdfText).contains("Full Council", "16 April 2024", "Matter for Information", "Our Council (SO1)",
                "Regulatory Governance (CR6)", "The report is satisfactory.", "Oadby and Wigston");
    }

    @Test
    void the_word_document_has_every_section_theme_score_and_action_owner() {
        assertThat(docxText).contains(SECTIONS);
        assertEverythingOfTheAssessmentIn(docxText);
    }

    @Test
    void the_word_document_uses_real_headings_for_sections_and_themes() {
        assertThat(docxHeadings).contains("1. Introduction and Methodology", "2. Future Activities",
                "Appendix 1: Self-assessment against the Best Value Standards 2023/24");
        assertThat(docxHeadings).containsAll(view.version().themes().stream().map(t -> t.name()).toList());
    }

    @Test
    void the_word_document_is_a4_with_margins_and_page_numbers_in_the_footer() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(fixture.workbench.reports().docx(fixture.assessmentId)))) {
            var section = docx.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).hasToString("11906");
            assertThat(section.getPgSz().getH()).hasToString("16838");
            assertThat(section.getPgMar().getLeft()).hasToString("1020");
            String footer = docx.getFooterList().stream().map(f -> f._getHdrFtr().xmlText()).collect(Collectors.joining());
            assertThat(footer).contains(" PAGE ", " NUMPAGES ");
            assertThat(docx.getHeaderList().get(0).getText()).contains("Oadby and Wigston Borough Council", "Full Council", "16 April 2024");
        }
    }

    @Test
    void the_word_document_numbers_its_paragraphs_and_lays_out_its_tables() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(fixture.workbench.reports().docx(fixture.assessmentId)))) {
            List<XWPFParagraph> numbered = docx.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
            assertThat(numbered).extracting(XWPFParagraph::getNumFmt).contains("decimal", "bullet");
            assertThat(numbered).extracting(XWPFParagraph::getNumLevelText).contains("1.%1", "2.%1");
            assertThat(docx.getParagraphs()).noneMatch(p -> p.getText().matches("^(\\d+\\.\\d+|•)\\s.*"));
            for (var table : docx.getTables()) {
                assertThat(table.getCTTbl().getTblPr().getTblLayout().getType()).hasToString("fixed");
                assertThat(table.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(table.getRow(0).getCtRow().sizeOfTcArray()
                        + (table.getRow(0).getCell(0).getCTTc().getTcPr().isSetGridSpan() ? 1 : 0));
                assertThat(table.getRows()).allMatch(r -> r.isCantSplitRow());
            }
            assertThat(docx.getTables()).filteredOn(t -> t.getRow(0).getCell(0).getText().equals("Action"))
                    .isNotEmpty().allMatch(t -> t.getRow(0).isRepeatHeader());
            var cover = docx.getTables().get(1);
            assertThat(cover.getRows()).filteredOn(r -> r.getTableCells().size() == 1).extracting(r -> r.getCell(0).getText())
                    .containsExactly("Report implications", "Statutory officers' comments");
        }
    }

    @Test
    void the_pdf_embeds_its_fonts() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(fixture.workbench.reports().pdf(fixture.assessmentId))) {
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
            assertThat(pdf.getDocumentInformation().getTitle()).contains("Self-Assessment Against the Best Value Standards");
        }
    }

    @Test
    void the_same_data_gives_the_same_bytes() {
        var reports = fixture.workbench.reports();

        assertThat(reports.pdf(fixture.assessmentId)).isEqualTo(reports.pdf(fixture.assessmentId));
        assertThat(reports.docx(fixture.assessmentId)).isEqualTo(reports.docx(fixture.assessmentId));
        assertThat(reports.html(fixture.assessmentId)).isEqualTo(reports.html(fixture.assessmentId));
    }

    @Test
    void a_later_years_report_shows_what_changed() throws IOException {
        long next = fixture.nextYear();

        String text;
        try (PDDocument pdf = Loader.loadPDF(fixture.workbench.reports().pdf(next))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }

        assertThat(text).contains("2. Changes since the last assessment", "Compared with the self-assessment for 2023/24",
                "Use of Resources Fair Good Improved", "Leadership Good Fair Declined", "3. Future Activities");
    }

    private static void assertEverythingOfTheAssessmentIn(String text) {
        assertThat(text).contains(view.version().themes().stream().map(t -> t.name()).toList());
        List<String> scores = view.themeScores().stream().map(s -> view.level(s.levelCode()).orElseThrow().label()).distinct().toList();
        assertThat(text).contains(scores);
        assertThat(text).contains(view.actions().stream().map(Action::owner).collect(Collectors.toSet()));
        assertThat(text).contains(view.actions().stream().map(Action::description).toList());
        assertThat(text).contains("Supporting characteristics of a well-functioning authority", "Negating indicators of potential failure",
                "Concerns: indicators of potential failure shown");
    }
}
