package uk.bestvalue.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.bestvalue.Actor;
import uk.bestvalue.assessment.ActionInput;
import uk.bestvalue.assessment.ScoreInput;
import uk.bestvalue.store.Engine;

/**
 * Whatever officers type or paste, the report prints all of it: a 5,000-character paragraph, a
 * 300-character web address, Welsh and accented names, symbols, emoji, right-to-left text and
 * stray control characters. Every action owner is read back from the PDF and the Word file.
 */
class HostileContentTest {
    static final String LONG_ADDRESS = "https://www.example.org/" + "committee-papers/".repeat(16) + "x".repeat(4);
    static final String LONG_PARAGRAPH = "Scrutiny of the medium-term financial strategy continued. ".repeat(85).strip();
    static final List<String> OWNERS = List.of(
            "Pennaeth Gwasanaethau Cyfreithiol (Siôn Ŵyn ap Ŷr)",
            "Zoë Ångström-Øvergaard, Director of Resources",
            "מנהלת הכספים",
            "Head of Waste ♻ and Recycling ✓",
            "Head of Digital 🌳 Services",
            "ChiefOfficerForEnvironmentalServicesAndClimateResilienceAndNeighbourhoodManagementAndRegulatoryServices");

    private static ReportFixture fixture;
    private static CommitteeReport report;
    private static String pdfText;
    private static String docxText;
    private static String html;

    @BeforeAll
    static void render() throws IOException {
        fixture = new ReportFixture(Engine.H2, false);
        long id = fixture.assessmentId;
        var themes = fixture.workbench.assessments().view(id).version().themes();
        for (int i = 0; i < OWNERS.size(); i++) {
            fixture.workbench.actions().add(Actor.installation(), id, new ActionInput(i == 0 ? "Publish the papers at " + LONG_ADDRESS : "Action " + (i + 1),
                    OWNERS.get(i), "2025-03-31", "not_started", null, themes.get(i % themes.size()).code(), List.of()));
        }
        fixture.workbench.assessments().scoreTheme(Actor.installation(), id, themes.get(0).code(), new ScoreInput("good", LONG_PARAGRAPH));
        fixture.sendToOfficers();
        CommitteeReport stored = fixture.workbench.reports().report(id);
        ReportDraft d = stored.draft();
        // Characters no form should let through, as if they had reached the database another way.
        ReportDraft hostile = new ReportDraft(d.committee(), d.meetingDate(), d.status(), "Self-assessment\u0000 2023/24\u0007",
                d.authors(), d.purpose() + " \uD800", d.summary() + "\u001B[31m", d.recommendations(), d.contacts(), d.objectives(),
                d.values(), d.implications(), d.officerComments(), d.consultees() + "\u000B", d.backgroundPapers(),
                d.introduction() + "\n\nSee " + LONG_ADDRESS + " and the right-to-left summary: ملخص التقرير.",
                d.futureActivities() + "\uDFFF");
        report = new CommitteeReport(hostile, stored.settings(), stored.view(), stored.years());
        html = ReportHtml.render(report);
        byte[] pdfBytes = ReportPdf.render(html, stored.view().assessment().updatedAt());
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            // A paragraph may run across a page break: leave the page footers out of the running text.
            pdfText = new PDFTextStripper().getText(pdf).replaceAll("Page \\d+ of \\d+", "");
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(ReportDocx.render(report, stored.view().assessment().updatedAt())));
             XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            docxText = extractor.getText();
        }
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void the_pdf_prints_every_action_owner_and_the_long_texts() {
        for (String owner : OWNERS) {
            assertIn(pdfText, printable(owner));
        }
        assertIn(pdfText, LONG_ADDRESS);
        assertIn(pdfText, LONG_PARAGRAPH);
    }

    @Test
    void the_word_document_keeps_every_action_owner_and_the_long_texts() {
        assertThat(docxText).contains(OWNERS);
        assertThat(docxText).contains(LONG_ADDRESS, LONG_PARAGRAPH);
    }

    @Test
    void the_html_keeps_every_action_owner_and_drops_only_the_control_characters() {
        assertThat(html).contains(OWNERS).contains(LONG_ADDRESS, LONG_PARAGRAPH, "Self-assessment 2023/24");
        assertThat(html.chars()).noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
        assertThat(html).doesNotContain("\uD800", "\uDFFF");
    }

    @Test
    void the_pdf_draws_welsh_and_symbols_rather_than_placeholders() {
        for (String text : List.of("Siôn Ŵyn ap Ŷr", "Zoë Ångström-Øvergaard", "♻", "✓", "ملخص التقرير")) {
            assertIn(pdfText, text);
        }
    }

    /** Short failure messages: the report's text runs to pages. */
    private static void assertIn(String text, String expected) {
        assertThat(squeezed(text).contains(squeezed(expected))).as("the PDF text contains '%s'", expected).isTrue();
    }

    /** PDF text comes back with line breaks wherever a line wrapped; compare without white space. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** A character no embedded font has (here an emoji) is printed by its Unicode name. */
    private static String printable(String text) {
        return text.replace("🌳", "[deciduous tree]");
    }
}
