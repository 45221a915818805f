package uk.bestvalue.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.bestvalue.store.Engine;

/** The Word report opens outside Word: LibreOffice (Debian's libreoffice-writer) converts it to PDF. */
class DocxOpensInLibreOfficeTest {
    private static final Path LIBREOFFICE = Path.of("/usr/bin/libreoffice");

    @TempDir
    Path dir;

    @Test
    void libreoffice_converts_the_word_report_to_pdf_with_its_text_and_every_table() throws Exception {
        assertThat(LIBREOFFICE).as("LibreOffice is needed for this test; ./test installs libreoffice-writer-nogui").isExecutable();
        Path docx = dir.resolve("report.docx");
        int tables;
        try (ReportFixture fixture = new ReportFixture(Engine.H2)) {
            byte[] bytes = fixture.workbench.reports().docx(fixture.assessmentId);
            Files.write(docx, bytes);
            try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                tables = word.getTables().size();
            }
        }

        // A tagged PDF keeps each table as a Table element, so the tables can be counted.
        Process process = new ProcessBuilder(LIBREOFFICE.toString(), "--headless", "--norestore",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to",
                "pdf:writer_pdf_Export:{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"}}", "--outdir", dir.toString(),
                docx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("libreoffice.log").toFile()).start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }

        assertThat(finished).as("LibreOffice finished within 2 minutes").isTrue();
        Path pdf = dir.resolve("report.pdf");
        assertThat(pdf).as(Files.readString(dir.resolve("libreoffice.log"))).exists();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            assertThat(text).contains("Self-Assessment Against the Best Value Standards", "Appendix 1", "Use of Resources",
                    "Chief Finance Officer", "Page 1 of " + document.getNumberOfPages());
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("A4 width in points").isCloseTo(595.3f, within(1f));
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
            assertThat(count(document.getDocumentCatalog().getStructureTreeRoot().getKids(), "Table")).isEqualTo(tables);
        }
        try (Stream<Path> files = Files.walk(dir.resolve("profile"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // the temporary directory is removed by JUnit in any case
        }
    }

    private static int count(java.util.List<Object> kids, String type) {
        int n = 0;
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                n += (type.equals(element.getStructureType()) ? 1 : 0) + count(element.getKids(), type);
            }
        }
        return n;
    }
}
