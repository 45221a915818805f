package uk.bestvalue.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.bestvalue.Actor;
import uk.bestvalue.Invalid;
import uk.bestvalue.explorer.DashboardRow;
import uk.bestvalue.store.Engine;

/** An evidence item carries the council's own figures from the explorer, and the appendix prints them with source and licence. */
class EvidenceFiguresTest {
    private static ReportFixture fixture;
    private static Reports reports;
    private static long evidenceId;
    private static DashboardRow recycling;

    @BeforeAll
    static void start() {
        fixture = new ReportFixture(Engine.H2, false);
        fixture.workbench.explorer().loadShipped();
        reports = fixture.workbench.reports();
        var view = fixture.workbench.assessments().view(fixture.assessmentId);
        evidenceId = view.evidenceFor(view.version().theme("SD").orElseThrow()).get(0).item().id();
        recycling = reports.dashboard(fixture.assessmentId).stream().filter(r -> r.metric().title().toLowerCase().contains("recycl"))
                .findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void a_figure_is_the_councils_value_against_councils_of_its_type_as_on_its_dashboard() {
        EvidenceFigure figure = reports.addFigure(Actor.installation(), fixture.assessmentId, evidenceId, recycling.metric().id());

        assertThat(figure.value()).isEqualTo(recycling.value());
        assertThat(figure.median()).isEqualTo(recycling.median());
        assertThat(figure.rank()).isEqualTo(recycling.rank());
        assertThat(figure.groupSize()).isEqualTo(recycling.groupSize());
        assertThat(figure.period()).isEqualTo(recycling.period());
        assertThat(figure.lowerQuartile()).isLessThanOrEqualTo(figure.median());
        assertThat(figure.upperQuartile()).isGreaterThanOrEqualTo(figure.median());
        assertThat(figure.source()).isEqualTo(recycling.metric().source());
        assertThat(figure.licence()).isEqualTo(recycling.metric().licence()).isNotBlank();
        assertThat(reports.figures(fixture.assessmentId)).extracting(EvidenceFigure::metricId).containsOnlyOnce(recycling.metric().id());
    }

    @Test
    void the_appendix_prints_the_figures_with_their_source_and_licence_in_pdf_and_word() throws IOException {
        EvidenceFigure f = reports.addFigure(Actor.installation(), fixture.assessmentId, evidenceId, recycling.metric().id());

        String pdf;
        try (PDDocument document = Loader.loadPDF(reports.pdf(fixture.assessmentId))) {
            pdf = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
        String docx;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(reports.docx(fixture.assessmentId)));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            docx = extractor.getText().replaceAll("\\s+", "");
        }

        for (String text : new String[] {pdf, docx}) {
            assertThat(text).contains(squeezed(f.metricTitle() + ", " + f.period()), squeezed(f.valueText()), squeezed(f.medianText()),
                    squeezed(f.quartilesText()), squeezed(f.rankText()), squeezed("Licence: " + f.licence()));
        }
    }

    @Test
    void only_evidence_of_the_assessment_and_metrics_with_a_value_can_be_chosen() {
        assertThatThrownBy(() -> reports.addFigure(Actor.installation(), fixture.assessmentId, 999_999, "no-such-metric"))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(uk.bestvalue.FieldError::field)
                        .containsExactly("evidence", "metric"));
    }

    @Test
    void a_figure_can_compare_the_council_with_another_group_than_its_type() {
        EvidenceFigure figure = reports.addFigure(Actor.installation(), fixture.assessmentId, evidenceId, recycling.metric().id(), "region");

        assertThat(figure.groupLabel()).isEqualTo("East Midlands");
        assertThat(figure.value()).isEqualTo(recycling.value());
        assertThat(figure.groupSize()).isLessThan(recycling.groupSize());
        assertThat(reports.figureGroups()).containsKeys("type", "region", "england");
        assertThatThrownBy(() -> reports.addFigure(Actor.installation(), fixture.assessmentId, evidenceId, recycling.metric().id(), "planets"))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(uk.bestvalue.FieldError::field).containsExactly("group"));
    }

    @Test
    void a_figure_can_be_removed() {
        EvidenceFigure f = reports.addFigure(Actor.installation(), fixture.assessmentId, evidenceId, recycling.metric().id());

        reports.removeFigure(Actor.installation(), fixture.assessmentId, f.id());

        assertThat(reports.figures(fixture.assessmentId)).noneMatch(x -> x.id() == f.id());
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
