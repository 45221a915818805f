package uk.bestvalue.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import uk.bestvalue.Workbench;
import uk.bestvalue.authority.AuthorityQuery;
import uk.bestvalue.authority.AuthorityStatus;
import uk.bestvalue.explorer.ImportRequest;
import uk.bestvalue.explorer.ImportResult;
import uk.bestvalue.explorer.Metric;
import uk.bestvalue.explorer.Polarity;

/**
 * The same generated rows imported three ways through one recipe: as CSV, as an .xlsx workbook and
 * as an .ods spreadsheet, each timed with the peak heap it needed. The workbooks are written here as
 * a spreadsheet program writes them (shared strings in .xlsx; typed cells in .ods) so that the
 * figures are of the streaming readers, not of a shortcut.
 */
public final class WorkbookBenchmark {
    private static final int MEASURES = 16;
    private static final String PREFIX = GeneratedData.PREFIX + "wb-";
    private static final long SEED = 20_241_125L;

    private final Workbench wb;
    private final PrintWriter log;

    private final boolean write;

    /** With {@code write} false, each file is read and checked in full but nothing is written (the embedded database keeps a
     * transaction's changes in the same heap, so a million-row write there measures the database as much as the reader). */
    public WorkbookBenchmark(Workbench wb, PrintWriter log, boolean write) {
        this.wb = wb;
        this.log = log;
        this.write = write;
    }

    public List<Figure> run(int wantedRows) throws IOException {
        return run(wantedRows, List.of("csv", "xlsx", "ods"));
    }

    /** Measures the given kinds of file (csv, xlsx, ods), each read and checked, and written too when asked. */
    public List<Figure> run(int wantedRows, List<String> kinds) throws IOException {
        wb.loadShippedData();
        wb.explorer().loadShipped(file -> false);
        List<String> codes = wb.authorities().find(new AuthorityQuery(null, null, null, AuthorityStatus.CURRENT)).stream()
                .filter(a -> GeneratedData.COUNCILS.contains(a.type())).map(a -> a.code().value()).toList();
        clear();
        for (int m = 1; m <= MEASURES; m++) {
            wb.explorer().addMetric(new Metric(PREFIX + m, "Generated workbook measure " + m + " (benchmark data, not real)",
                    "Values made by a seeded random generator for the workbook benchmark. Not real data.", "percent", Polarity.HIGHER_BETTER,
                    "Generated (benchmark)", "Best Value Workbench benchmark", "seeded generator", "none: generated", GeneratedData.COUNCILS,
                    "financial_year", true));
        }
        int years = Math.max(1, Math.min(199, (int) Math.ceil((double) wantedRows / (codes.size() * MEASURES))));
        Rows rows = new Rows(codes, years, wantedRows);
        StringBuilder recipe = new StringBuilder("format: bestvalue-recipe/1\ntitle: workbook benchmark\ncode: Code\nperiod: Year\nvalue: Value\n"
                + "dimension:\n  column: Measure\n  metrics:\n");
        for (int m = 1; m <= MEASURES; m++) {
            recipe.append("    Measure ").append(m).append(": ").append(PREFIX).append(m).append('\n');
        }
        List<Figure> figures = new ArrayList<>();
        log.printf("Workbook benchmark: %,d rows (%d measures x %d councils x %d years), heap limit %,d MB%n", rows.count(), MEASURES, codes.size(),
                years, Runtime.getRuntime().maxMemory() >> 20);
        for (String kind : kinds) {
            byte[] file = switch (kind) {
                case "csv" -> csv(rows);
                case "xlsx" -> xlsx(rows);
                default -> ods(rows);
            };
            for (boolean write : List.of(false, true)) {
                if (write && !this.write) {
                    continue;
                }
                clearValues();
                System.gc();
                resetPeaks();
                long started = System.nanoTime();
                ImportRequest request = new ImportRequest("bench." + kind, file, null, false, "generated", "none: generated", "benchmark", null, null,
                        null, recipe.toString());
                ImportResult result = wb.explorer().importValues(write ? request : request.checkingOnly());
                double seconds = (System.nanoTime() - started) / 1e9;
                double peak = peakHeapMb();
                String what = write ? "import" : "read and check";
                log.printf("  %-4s %-14s %,11d bytes  %,d rows read, %,d %s in %.1f s (%,.0f rows/s), peak heap %.0f MB%n", kind, what, file.length,
                        result.read(), result.added(), write ? "added" : "would be added", seconds, result.read() / seconds, peak);
                figures.add(new Figure(kind + " " + what + " time", seconds, "s", String.format("%,d rows through a recipe, %,d bytes", result.read(),
                        file.length)));
                figures.add(new Figure(kind + " " + what + " rate", result.read() / seconds, "rows/s", write ? "checked, atomic, " + wb.db().engine().label()
                        : "read, parsed, checked against register and catalogue; nothing written"));
                figures.add(new Figure(kind + " " + what + " peak heap", peak, "MB", "heap limit " + (Runtime.getRuntime().maxMemory() >> 20) + " MB"));
                if (write) {
                    // The same file again: every row is compared with its stored value and nothing changes.
                    System.gc();
                    resetPeaks();
                    long again = System.nanoTime();
                    ImportResult same = wb.explorer().importValues(request);
                    double secondsAgain = (System.nanoTime() - again) / 1e9;
                    double peakAgain = peakHeapMb();
                    log.printf("  %-4s %-14s %,11d bytes  %,d rows read, %,d unchanged in %.1f s, peak heap %.0f MB%n", kind, "re-import", file.length,
                            same.read(), same.unchanged(), secondsAgain, peakAgain);
                    figures.add(new Figure(kind + " re-import time", secondsAgain, "s", String.format("%,d rows, all unchanged", same.unchanged())));
                    figures.add(new Figure(kind + " re-import peak heap", peakAgain, "MB", "heap limit " + (Runtime.getRuntime().maxMemory() >> 20) + " MB"));
                }
            }
        }
        clear();
        return figures;
    }

    private void clearValues() {
        // Metric by metric: one delete of a million rows would be a transaction as large as the import measured.
        for (int m = 1; m <= MEASURES; m++) {
            wb.db().update("delete from metric_value where metric_id = ?", PREFIX + m);
        }
    }

    private void clear() {
        clearValues();
        wb.db().update("delete from metric where metric_id like ?", PREFIX + "%");
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the reset: an upper bound of the heap the import needed at once. */
    private static double peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1_048_576.0;
    }

    /** The generated rows, made again each time they are walked (the same seed gives the same rows) so that none is held. */
    record Rows(List<String> codes, int years, int count) {
        void forEach(java.util.function.Consumer<String[]> sink) {
            Random random = new Random(SEED);
            int n = 0;
            for (int y = 0; y < years; y++) {
                String period = (1900 + y) + "/" + String.format("%02d", (1901 + y) % 100);
                for (int m = 1; m <= MEASURES; m++) {
                    for (String code : codes) {
                        sink.accept(new String[] {code, "Measure " + m, period, String.valueOf(random.nextInt(1000) / 10.0)});
                        if (++n == count) {
                            return;
                        }
                    }
                }
            }
        }
    }

    static byte[] csv(Rows rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        w.write("Code,Measure,Year,Value\n");
        rows.forEach(r -> write(w, r[0] + ',' + r[1] + ',' + r[2] + ',' + r[3] + '\n'));
        w.flush();
        return bytes.toByteArray();
    }

    private static void write(Writer w, String text) {
        try {
            w.write(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] xlsx(Rows rows) throws IOException {
        java.util.LinkedHashMap<String, Integer> shared = new java.util.LinkedHashMap<>();
        for (String h : new String[] {"Code", "Measure", "Year", "Value"}) {
            shared.putIfAbsent(h, shared.size());
        }
        rows.forEach(r -> {
            for (int i = 0; i < 3; i++) {
                shared.putIfAbsent(r[i], shared.size());
            }
        });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            entry(zip, w, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
            entry(zip, w, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, w, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, w, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            w.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>");
            int[] next = {2};
            rows.forEach(r -> {
                int n = next[0]++;
                write(w, "<row r=\"" + n + "\"><c r=\"A" + n + "\" t=\"s\"><v>" + shared.get(r[0]) + "</v></c><c r=\"B" + n + "\" t=\"s\"><v>"
                        + shared.get(r[1]) + "</v></c><c r=\"C" + n + "\" t=\"s\"><v>" + shared.get(r[2]) + "</v></c><c r=\"D" + n + "\"><v>" + r[3]
                        + "</v></c></row>");
            });
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + shared.size()
                    + "\" uniqueCount=\"" + shared.size() + "\">");
            for (String s : shared.keySet()) {
                w.write("<si><t>" + s + "</t></si>");
            }
            w.write("</sst>");
            w.flush();
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    static byte[] ods(Rows rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            entry(zip, w, "mimetype", "application/vnd.oasis.opendocument.spreadsheet");
            entry(zip, w, "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                    + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>");
            zip.putNextEntry(new ZipEntry("content.xml"));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                    + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                    + "<office:body><office:spreadsheet><table:table table:name=\"Data\">");
            w.write("<table:table-row>" + text("Code") + text("Measure") + text("Year") + text("Value") + "</table:table-row>");
            rows.forEach(r -> write(w, "<table:table-row>" + text(r[0]) + text(r[1]) + text(r[2])
                    + "<table:table-cell office:value-type=\"float\" office:value=\"" + r[3] + "\"><text:p>" + r[3] + "</text:p></table:table-cell></table:table-row>"));
            w.write("<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>");
            w.write("</table:table></office:spreadsheet></office:body></office:document-content>");
            w.flush();
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static String text(String value) {
        return "<table:table-cell office:value-type=\"string\"><text:p>" + value + "</text:p></table:table-cell>";
    }

    private static void entry(ZipOutputStream zip, Writer w, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        w.write(content);
        w.flush();
        zip.closeEntry();
    }
}
