package uk.bestvalue.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's HTML drawn as a tagged PDF (PDF/UA as far as openhtmltopdf goes) with Liberation
 * Sans embedded. The same HTML gives the same bytes: the document id and dates come from the
 * content, not from the clock.
 */
final class ReportPdf {
    private static final String LIBERATION = "/liberation/";
    /** DejaVu Sans, from the jasperreports-fonts jar: the fallback for what Liberation Sans lacks. */
    private static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/";

    private ReportPdf() {
    }

    static {
        XRLog.setLoggerImpl(new Slf4jLogger());
    }

    static byte[] render(String html, java.time.LocalDateTime asAt) {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        when.clear();
        when.set(asAt.getYear(), asAt.getMonthValue() - 1, asAt.getDayOfMonth(), asAt.getHour(), asAt.getMinute(), asAt.getSecond());
        synchronized (FONTS) {
            return draw(Glyphs.named(html), seed(html), when);
        }
    }

    /**
     * Draws the page and finishes the document in one pass: the renderer stamps the time it ran, so
     * the assessment's time and a content-derived id are put in its place before the file is written.
     * Renders take turns: the parsed fonts they share are read while each file is written.
     */
    private static byte[] draw(String html, long seed, Calendar when) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            builder.usePdfUaAccessibility(true);
            builder.withProducer("Best Value Workbench");
            builder.useUnicodeBidiSplitter(ReportBidi.Splitter::new);
            builder.useUnicodeBidiReorderer(new ReportBidi.Reorderer());
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            for (Face face : FACES) {
                builder.useFont(new PDFontSupplier(PDType0Font.load(document, FONTS.get(face.resource()), true)), face.family(),
                        face.weight(), face.style(), true);
            }
            builder.withHtmlContent(html, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setCreationDate(when);
            info.setModificationDate(when);
            document.setDocumentId(seed);
            document.getDocument().getTrailer().removeItem(COSName.ID);
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not draw the report as PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** A face of the report's fonts: Liberation Sans first, DejaVu Sans for what it lacks. */
    private record Face(String resource, String family, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face(LIBERATION + "LiberationSans-Regular.ttf", "Liberation Sans", 400, FontStyle.NORMAL),
            new Face(LIBERATION + "LiberationSans-Bold.ttf", "Liberation Sans", 700, FontStyle.NORMAL),
            new Face(LIBERATION + "LiberationSans-Italic.ttf", "Liberation Sans", 400, FontStyle.ITALIC),
            new Face(LIBERATION + "LiberationSans-BoldItalic.ttf", "Liberation Sans", 700, FontStyle.ITALIC),
            new Face(DEJAVU + "DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
            new Face(DEJAVU + "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL),
            new Face(DEJAVU + "DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC),
            new Face(DEJAVU + "DejaVuSans-BoldOblique.ttf", "DejaVu Sans", 700, FontStyle.ITALIC));

    /** Each font file parsed once per process, not once per report; only the glyphs a report uses are embedded (subset). */
    private static final Map<String, TrueTypeFont> FONTS = parse();

    private static Map<String, TrueTypeFont> parse() {
        Map<String, TrueTypeFont> fonts = new HashMap<>();
        for (Face face : FACES) {
            try (InputStream in = stream(face.resource())) {
                fonts.put(face.resource(), new TTFParser().parse(new RandomAccessReadBuffer(in)));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the report font " + face.resource(), e);
            }
        }
        return fonts;
    }

    private static InputStream stream(String file) {
        InputStream in = ReportPdf.class.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("The report font " + file + " is missing from the product");
        }
        return in;
    }

    private static long seed(String html) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(html.getBytes(StandardCharsets.UTF_8));
            long seed = 0;
            for (int i = 0; i < 8; i++) {
                seed = (seed << 8) | (digest[i] & 0xff);
            }
            return seed;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
