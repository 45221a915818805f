package uk.bestvalue.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

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
        return settle(draw(Glyphs.named(html)), seed(html), when);
    }

    private static byte[] draw(String html) {
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
            font(builder, LIBERATION + "LiberationSans-Regular.ttf", "Liberation Sans", 400, FontStyle.NORMAL);
            font(builder, LIBERATION + "LiberationSans-Bold.ttf", "Liberation Sans", 700, FontStyle.NORMAL);
            font(builder, LIBERATION + "LiberationSans-Italic.ttf", "Liberation Sans", 400, FontStyle.ITALIC);
            font(builder, LIBERATION + "LiberationSans-BoldItalic.ttf", "Liberation Sans", 700, FontStyle.ITALIC);
            font(builder, DEJAVU + "DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL);
            font(builder, DEJAVU + "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL);
            font(builder, DEJAVU + "DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC);
            font(builder, DEJAVU + "DejaVuSans-BoldOblique.ttf", "DejaVu Sans", 700, FontStyle.ITALIC);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not draw the report as PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** The renderer stamps the time it ran; put the assessment's time and a content-derived id in its place. */
    private static byte[] settle(byte[] pdf, long seed, Calendar when) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setCreationDate(when);
            info.setModificationDate(when);
            document.setDocumentId(seed);
            document.getDocument().getTrailer().removeItem(COSName.ID);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not finish the PDF: " + e.getMessage(), e);
        }
    }

    /** Subset: only the glyphs the report uses are embedded. */
    private static void font(PdfRendererBuilder builder, String resource, String family, int weight, FontStyle style) {
        builder.useFont(() -> stream(resource), family, weight, style, true);
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
