package uk.bestvalue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.bestvalue.Workbench;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.DatabaseSettings;

/**
 * The real server, started as its own process with a 256 MB heap, is sent a crafted 12 MB workbook
 * (well over a hundred megabytes of sheet XML once unpacked) and a zip bomb dressed as a workbook.
 * Each is imported or refused with a reason, never answered 5xx, and the server lives on: it still
 * answers {@code /health} and never ran out of memory. A workbook of a hundred thousand good rows is
 * imported under the same heap.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class UploadHeapTest {
    private static final Logger LOG = LoggerFactory.getLogger(UploadHeapTest.class);
    private static final Pattern RUNNING = Pattern.compile("running at http://[^:/]+:(\\d+)/");
    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern REASON = Pattern.compile("[^<>]*(was refused|was not imported)[^<>]*");
    private static final int PACKED_WORKBOOK_BYTES = 12 * 1024 * 1024;
    private static final String HEAP = "-Xmx256m";

    @TempDir
    Path dir;

    private Process server;
    private Path stdout;
    private Path stderr;
    private Path gcLog;
    private String token;
    private java.util.List<String> pairs;
    private URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start_the_server_with_a_small_heap() throws Exception {
        DatabaseSettings settings = new DatabaseSettings(Database.embeddedUrl(dir.resolve("data")), null, null, 2);
        try (Workbench workbench = Workbench.on(Database.migrated(settings))) {
            workbench.loadShippedData();
            workbench.explorer().loadShipped();
            token = Users.adminToken(workbench);
            pairs = workbench.db().query("select distinct v.authority_code, v.metric_id from metric_value v join metric m on m.metric_id = v.metric_id "
                    + "where m.period_type = 'financial_year' order by 1, 2", row -> row.getString(1) + "," + row.getString(2));
        }
        stdout = dir.resolve("server.out");
        stderr = dir.resolve("server.err");
        gcLog = dir.resolve("gc.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, HEAP, "-Xlog:gc:file=" + gcLog, "-cp", System.getProperty("java.class.path"),
                "uk.bestvalue.App", "serve", "--port", "0", "--host", "127.0.0.1", "--no-example", "--db", settings.url());
        builder.redirectOutput(stdout.toFile());
        builder.redirectError(stderr.toFile());
        server = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (base == null && server.isAlive() && System.nanoTime() < deadline) {
            Matcher running = RUNNING.matcher(Files.readString(stdout));
            if (running.find()) {
                base = URI.create("http://127.0.0.1:" + running.group(1));
            } else {
                Thread.sleep(100);
            }
        }
        assertThat(base).as("the server said where it listens; its output was:\n%s\n%s", Files.readString(stdout), Files.readString(stderr))
                .isNotNull();
    }

    @AfterEach
    void stop_the_server() throws Exception {
        if (server != null) {
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void a_crafted_12_mb_workbook_and_a_zip_bomb_are_answered_within_a_256_mb_heap() throws Exception {
        byte[] workbook = bigWorkbook();
        byte[] bomb = zipBomb();

        long started = System.nanoTime();
        HttpResponse<String> big = upload("values.xlsx", workbook);
        long bigMillis = (System.nanoTime() - started) / 1_000_000;
        String afterBig = health();

        started = System.nanoTime();
        HttpResponse<String> bombed = upload("report.xlsx", bomb);
        long bombMillis = (System.nanoTime() - started) / 1_000_000;
        String afterBomb = health();

        String log = Files.readString(stdout) + Files.readString(stderr);
        LOG.warn("Under {}: a {} KB workbook was answered {} in {} ms ({}); a {} KB zip bomb was answered {} in {} ms ({}); "
                        + "peak heap before a GC {} MB", HEAP, workbook.length / 1024, big.statusCode(), bigMillis, reason(big), bomb.length / 1024,
                bombed.statusCode(), bombMillis, reason(bombed), peakHeapMegabytes());

        assertImportedOrRefused(big, log);
        assertImportedOrRefused(bombed, log);
        assertThat(bombed.statusCode()).as("a bomb is never imported").isIn(400, 413);
        assertThat(bombed.body()).contains("report.xlsx was refused");
        assertThat(afterBig).contains("\"status\":\"ok\"");
        assertThat(afterBomb).contains("\"status\":\"ok\"");
        assertThat(server.isAlive()).isTrue();
        assertThat(log).doesNotContain("OutOfMemoryError");
    }

    private static void assertImportedOrRefused(HttpResponse<String> reply, String log) {
        assertThat(reply.statusCode()).as("answered %s:\n%s\nThe server's output:\n%s", reply.statusCode(), abbreviate(reply.body()),
                log.length() > 6_000 ? log.substring(log.length() - 6_000) : log).isIn(200, 400, 413);
        if (reply.statusCode() != 200) {
            // The reason is named on the page (GOV.UK error summary) or in the problem.
            assertThat(reply.body()).containsAnyOf("was refused", "was not imported", "too large", "could not be read");
        }
        assertThat(reply.body()).doesNotContain("Exception", "java.");
    }

    private HttpResponse<String> upload(String fileName, byte[] content) throws IOException, InterruptedException {
        String boundary = "----upload-heap-test";
        ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 512);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/imports")).timeout(Duration.ofSeconds(45))
                .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private String health() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(10)).GET().build();
        HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(200);
        return reply.body();
    }

    /** The largest heap occupancy any collection found, from the child's GC log: what the uploads made it hold. */
    private long peakHeapMegabytes() throws IOException {
        if (!Files.exists(gcLog)) {
            return -1;
        }
        long peak = 0;
        Matcher m = GC.matcher(Files.readString(gcLog));
        while (m.find()) {
            peak = Math.max(peak, Long.parseLong(m.group(1)));
        }
        return peak;
    }

    /**
     * A valid workbook of long rows (authority, metric, period, value) whose packed size reaches 12 MB:
     * a unique shared string in every row and random figures keep it from compressing well, so it
     * unpacks to well over a hundred megabytes of XML, what a DOM parser would need gigabytes for.
     */
    private static byte[] bigWorkbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(PACKED_WORKBOOK_BYTES + (1 << 20));
        Random random = new Random(12);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            skeleton(zip);
            int rows = 0;
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
                    + "<c r=\"D1\" t=\"s\"><v>3</v></c></row>");
            // Half the packed size for the sheet, the rest for the shared strings it points at.
            while (bytes.size() < PACKED_WORKBOOK_BYTES * 3 / 5) {
                for (int i = 0; i < 1_000; i++) {
                    int r = rows + 2;
                    xml.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"s\"><v>").append(4 + rows)
                            .append("</v></c><c r=\"B").append(r).append("\" t=\"inlineStr\"><is><t>household-waste-recycling-rate</t></is></c>")
                            .append("<c r=\"C").append(r).append("\" t=\"inlineStr\"><is><t>").append(2000 + random.nextInt(99)).append("/")
                            .append(String.format("%02d", random.nextInt(100))).append("</t></is></c><c r=\"D").append(r).append("\"><v>")
                            .append(random.nextInt(1_000_000) / 1000.0).append("</v></c></row>");
                    rows++;
                }
                write(zip, xml);
            }
            xml.append("</sheetData></worksheet>");
            write(zip, xml);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<si><t>authority_code</t></si><si><t>metric</t></si><si><t>period</t></si><si><t>value</t></si>");
            for (int i = 0; i < rows; i++) {
                xml.append("<si><t>E").append(String.format("%08d", random.nextInt(100_000_000))).append(" ")
                        .append(Long.toString(random.nextLong(), 36)).append("</t></si>");
                if (i % 1_000 == 0) {
                    write(zip, xml);
                }
            }
            xml.append("</sst>");
            write(zip, xml);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A workbook skeleton whose one sheet is a single entry of a gigabyte of the same row, packed to about a megabyte. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2 << 20);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            skeleton(zip);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData>").getBytes(StandardCharsets.UTF_8));
            byte[] filler = "<row><c><v>1</v></c></row>".repeat(40_000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < (1L << 30); written += filler.length) {
                zip.write(filler);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void a_workbook_of_a_hundred_thousand_good_rows_is_imported_within_a_256_mb_heap() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int rows = 0;
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            skeleton(zip);
            entry(zip, "xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<si><t>authority_code</t></si><si><t>metric</t></si><si><t>period</t></si><si><t>value</t></si></sst>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c>"
                    + "<c r=\"D1\" t=\"s\"><v>3</v></c></row>");
            for (String pair : pairs.subList(0, Math.min(pairs.size(), 1_450))) {
                String[] p = pair.split(",");
                for (int year = 2030; year < 2099; year++) {
                    int r = rows + 2;
                    xml.append("<row r=\"").append(r).append("\"><c t=\"inlineStr\"><is><t>").append(p[0]).append("</t></is></c><c t=\"inlineStr\"><is><t>")
                            .append(p[1]).append("</t></is></c><c t=\"inlineStr\"><is><t>").append(year).append('/')
                            .append(String.format("%02d", (year + 1) % 100)).append("</t></is></c><c><v>").append(rows % 97).append("</v></c></row>");
                    rows++;
                }
                write(zip, xml);
            }
            xml.append("</sheetData></worksheet>");
            write(zip, xml);
            zip.closeEntry();
        }
        long started = System.nanoTime();
        HttpResponse<String> reply = upload("good.xlsx", bytes.toByteArray());
        long millis = (System.nanoTime() - started) / 1_000_000;
        String log = Files.readString(stdout) + Files.readString(stderr);
        LOG.warn("Under {}: a {} KB workbook of {} good rows was answered {} in {} ms ({}); peak heap before a GC {} MB", HEAP,
                bytes.size() / 1024, rows, reply.statusCode(), millis, reason(reply), peakHeapMegabytes());
        assertImportedOrRefused(reply, log);
        assertThat(reply.statusCode()).as("every row is good, so all are imported").isEqualTo(200);
        assertThat(health()).contains("\"status\":\"ok\"");
        assertThat(log).doesNotContain("OutOfMemoryError");
    }

    private static void skeleton(ZipOutputStream zip) throws IOException {
        entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                + "</Types>");
        entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"Values\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                + "</Relationships>");
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void write(OutputStream out, StringBuilder xml) throws IOException {
        out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
        xml.setLength(0);
    }

    private static String reason(HttpResponse<String> reply) {
        Matcher m = REASON.matcher(reply.body());
        return m.find() ? m.group().strip() : "imported";
    }

    private static String abbreviate(String text) {
        return text.length() > 2_000 ? text.substring(0, 2_000) + " …" : text;
    }
}
