package uk.bestvalue.explorer;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a table row by row from a CSV file, an .xlsx workbook or an .ods spreadsheet, handing each
 * row (its number as the spreadsheet shows it, and its cells as text) to a sink. Workbooks are read
 * as a stream of XML, so a sheet of a million rows never sits in memory.
 */
final class TableRows {
    enum Kind {
        CSV, XLSX, ODS;

        static Kind fromId(String id) {
            return switch (id.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "xlsx" -> XLSX;
                case "ods" -> ODS;
                default -> null;
            };
        }
    }

    /** Receives rows; returns false to stop reading (a preview needs only the first rows). */
    interface Sink {
        boolean row(long number, List<String> cells);
    }

    /** Thrown inside a parser to stop it when the sink has seen enough. */
    static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private TableRows() {
    }

    /** What the content is, from its first bytes and (for a zip) the parts it holds. */
    static Kind detect(byte[] content) {
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
            return Kind.CSV;
        }
        boolean[] found = new boolean[2];
        entries(content, null, WorkbookLimits.DEFAULT, name -> name.equals("mimetype") || name.equals("xl/workbook.xml"), (name, in) -> {
            if (name.equals("mimetype")) {
                found[1] = new String(in.readNBytes(100), StandardCharsets.US_ASCII).startsWith("application/vnd.oasis.opendocument.spreadsheet");
            } else {
                found[0] = true;
            }
        });
        return found[1] ? Kind.ODS : found[0] ? Kind.XLSX : null;
    }

    static void read(byte[] content, Kind expected, String sheet, String fileName, WorkbookLimits limits, Sink sink) {
        Kind kind = detect(content);
        if (kind == null) {
            throw WorkbookLimits.refused(fileName, "it is a zip archive but neither an .xlsx workbook nor an .ods spreadsheet");
        }
        if (expected != null && kind != expected) {
            throw WorkbookLimits.refused(fileName, "the recipe reads " + expected.name().toLowerCase(Locale.ROOT) + " but the file is "
                    + (kind == Kind.CSV ? "not a workbook (it does not start as a zip archive does)" : "an ." + kind.name().toLowerCase(Locale.ROOT) + " file"));
        }
        try {
            switch (kind) {
                case CSV -> csv(content, limits, sink);
                case XLSX -> XlsxRows.read(content, sheet, fileName, limits, sink);
                case ODS -> OdsRows.read(content, sheet, fileName, limits, sink);
            }
        } catch (Stop stop) {
            // the sink has what it wanted
        }
    }

    private static void csv(byte[] content, WorkbookLimits limits, Sink sink) {
        long rows = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true).allowExtraFields(true).allowMissingFields(true).ofCsvRecord(new ByteArrayInputStream(content))) {
            for (CsvRecord record : reader) {
                if (++rows > limits.maxRows()) {
                    throw WorkbookLimits.refused(null, "it has more than " + limits.maxRows() + " rows");
                }
                if (!sink.row(record.getStartingLineNumber(), record.getFields())) {
                    return;
                }
            }
        } catch (CsvParseException e) {
            throw new uk.bestvalue.Invalid("file", "the file is not valid CSV after row " + rows + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface EntryReader {
        void read(String name, InputStream in) throws IOException;
    }

    /** Reads the zip entries the filter picks, each through the limits, in the order the archive holds them. */
    static void entries(byte[] content, String fileName, WorkbookLimits limits, Predicate<String> wanted, EntryReader reader) {
        long[] total = {0};
        int count = 0;
        // How far into the packed bytes the reader is: entries written as a stream do not state their packed size
        // up front, so the expansion ratio is measured against the packed bytes consumed so far.
        long[] packedPosition = {0};
        InputStream packed = new java.io.FilterInputStream(new ByteArrayInputStream(content)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                packedPosition[0] += b < 0 ? 0 : 1;
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                packedPosition[0] += Math.max(0, n);
                return n;
            }
        };
        try (ZipInputStream zip = new ZipInputStream(packed)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++count > limits.maxEntries()) {
                    throw WorkbookLimits.refused(fileName, "it holds more than " + limits.maxEntries() + " parts");
                }
                if (wanted.test(entry.getName())) {
                    long start = packedPosition[0];
                    reader.read(entry.getName(), limits.new Counted(zip, fileName, entry.getName(), () -> packedPosition[0] - start + 1, total));
                }
            }
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            // A truncated archive ends mid-entry: the user's file at fault, as a corrupt one is.
            throw WorkbookLimits.refused(fileName, "it is not a readable zip archive" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void parse(InputStream in, DefaultHandler handler, String fileName, String part) throws IOException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            // A workbook's XML never needs a DTD or external entities; refusing them stops entity expansion attacks.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            SAXParser parser = factory.newSAXParser();
            parser.parse(in, handler);
        } catch (org.xml.sax.SAXException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw WorkbookLimits.refused(fileName, "its part " + part + " is not well-formed XML (" + e.getMessage() + ")");
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A row's cells as a list, padded so that a cell's index is its column. */
    static void put(List<String> cells, int column, String value, WorkbookLimits limits, String fileName) {
        if (column >= limits.maxColumns()) {
            throw WorkbookLimits.refused(fileName, "a row has more than " + limits.maxColumns() + " columns");
        }
        while (cells.size() < column) {
            cells.add("");
        }
        if (cells.size() == column) {
            cells.add(value);
        } else {
            cells.set(column, value);
        }
    }

    static List<String> newRow() {
        return new ArrayList<>();
    }
}
