package uk.bestvalue.explorer;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one sheet of an .ods spreadsheet (OpenDocument), the form GOV.UK publishes most statistics
 * in, by a SAX read of content.xml inside the zip. A number is taken from the cell's exact value
 * (office:value), not from its formatted text, so 0.395 shown as "39.5%" reads as 0.395.
 */
final class OdsRows {
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private OdsRows() {
    }

    static void read(byte[] content, String sheet, String fileName, WorkbookLimits limits, TableRows.Sink sink) {
        List<String> names = new ArrayList<>();
        boolean[] found = {false};
        TableRows.entries(content, fileName, limits, "content.xml"::equals, (name, in) -> {
            SheetHandler handler = new SheetHandler(sheet, names, limits, fileName, sink);
            TableRows.parse(in, handler, fileName, name);
            found[0] = handler.found;
        });
        if (names.isEmpty()) {
            throw WorkbookLimits.refused(fileName, "it has no sheets (is it really an .ods spreadsheet?)");
        }
        if (!found[0]) {
            throw new uk.bestvalue.Invalid("sheet", "the spreadsheet has no sheet '" + sheet + "'; its sheets are " + String.join(", ", names));
        }
    }

    private static final class SheetHandler extends DefaultHandler {
        private final String wanted;
        private final List<String> names;
        private final WorkbookLimits limits;
        private final String fileName;
        private final TableRows.Sink sink;
        private final StringBuilder text = new StringBuilder();
        boolean found;
        private boolean inSheet;
        private boolean done;
        private List<String> cells;
        private long rowNumber;
        private long rowRepeat;
        private long cellCount;
        private int column;
        private int columnRepeat;
        private String value;
        private int paragraphs;
        private int depth;

        SheetHandler(String wanted, List<String> names, WorkbookLimits limits, String fileName, TableRows.Sink sink) {
            this.wanted = wanted == null || wanted.isBlank() ? null : wanted.strip();
            this.names = names;
            this.limits = limits;
            this.fileName = fileName;
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            if (uri.equals(TABLE) && local.equals("table")) {
                String name = a.getValue(TABLE, "name");
                names.add(name);
                inSheet = !done && (wanted == null ? names.size() == 1 : wanted.equals(name));
                found |= inSheet;
                return;
            }
            if (!inSheet) {
                return;
            }
            if (uri.equals(TABLE) && local.equals("table-row")) {
                rowRepeat = repeat(a.getValue(TABLE, "number-rows-repeated"));
                cells = TableRows.newRow();
                column = 0;
            } else if (uri.equals(TABLE) && (local.equals("table-cell") || local.equals("covered-table-cell"))) {
                columnRepeat = (int) Math.min(repeat(a.getValue(TABLE, "number-columns-repeated")), limits.maxColumns() + 1L);
                String type = a.getValue(OFFICE, "value-type");
                value = type == null ? null : switch (type) {
                    case "float", "percentage", "currency" -> a.getValue(OFFICE, "value");
                    case "date" -> a.getValue(OFFICE, "date-value");
                    case "boolean" -> a.getValue(OFFICE, "boolean-value");
                    default -> null;
                };
                text.setLength(0);
                paragraphs = 0;
                depth = 0;
            } else if (uri.equals(TEXT) && local.equals("p")) {
                if (paragraphs++ > 0) {
                    text.append('\n');
                }
                depth++;
            } else if (uri.equals(TEXT) && local.equals("s")) {
                String count = a.getValue(TEXT, "c");
                text.append(" ".repeat(count == null ? 1 : (int) Math.min(Integer.parseInt(count), 1000)));
            } else if (uri.equals(TEXT) && local.equals("tab")) {
                text.append('\t');
            } else if (uri.equals(TEXT) && local.equals("line-break")) {
                text.append('\n');
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (uri.equals(TABLE) && local.equals("table")) {
                if (inSheet) {
                    done = true;
                }
                inSheet = false;
                return;
            }
            if (!inSheet) {
                return;
            }
            if (uri.equals(TEXT) && local.equals("p")) {
                depth--;
            } else if (uri.equals(TABLE) && (local.equals("table-cell") || local.equals("covered-table-cell"))) {
                String cell = value != null ? value : text.toString();
                if (cell.isEmpty()) {
                    // Empty cells, however often repeated (a sheet's trailing columns run to 16,384), only move the column on.
                    column += columnRepeat;
                    return;
                }
                for (int i = 0; i < columnRepeat; i++) {
                    if (++cellCount > limits.maxCells()) {
                        throw WorkbookLimits.refused(fileName, "its sheet has more than " + limits.maxCells() + " cells");
                    }
                    TableRows.put(cells, column++, cell, limits, fileName);
                }
            } else if (uri.equals(TABLE) && local.equals("table-row")) {
                boolean empty = cells.stream().allMatch(String::isEmpty);
                if (empty) {
                    // Trailing empty rows come as one row repeated a million times: they only move the row number on.
                    rowNumber += rowRepeat;
                    return;
                }
                for (long i = 0; i < rowRepeat; i++) {
                    rowNumber++;
                    if (rowNumber > limits.maxRows()) {
                        throw WorkbookLimits.refused(fileName, "its sheet has more than " + limits.maxRows() + " rows");
                    }
                    if (!sink.row(rowNumber, i == rowRepeat - 1 ? cells : new ArrayList<>(cells))) {
                        throw new TableRows.Stop();
                    }
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inSheet && depth > 0) {
                text.append(ch, start, length);
            }
        }

        private static long repeat(String text) {
            if (text == null) {
                return 1;
            }
            long n = Long.parseLong(text.strip());
            return Math.max(1, n);
        }
    }
}
