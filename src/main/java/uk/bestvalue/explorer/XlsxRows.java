package uk.bestvalue.explorer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one sheet of an .xlsx workbook (Office Open XML). The first pass reads the workbook's sheet
 * list, their parts and the shared strings; the second streams the sheet's rows through SAX.
 */
final class XlsxRows {
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private XlsxRows() {
    }

    static void read(byte[] content, String sheet, String fileName, WorkbookLimits limits, TableRows.Sink sink) {
        Map<String, String> sheets = new LinkedHashMap<>();
        Map<String, String> targets = new HashMap<>();
        List<String> strings = new ArrayList<>();
        TableRows.entries(content, fileName, limits, n -> n.equals("xl/workbook.xml") || n.equals("xl/_rels/workbook.xml.rels")
                || n.equals("xl/sharedStrings.xml"), (name, in) -> {
            switch (name) {
                case "xl/workbook.xml" -> TableRows.parse(in, new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String local, String qName, Attributes a) {
                        if (local.equals("sheet")) {
                            sheets.put(a.getValue("name"), a.getValue(RELATIONSHIPS, "id"));
                        }
                    }
                }, fileName, name);
                case "xl/_rels/workbook.xml.rels" -> TableRows.parse(in, new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String local, String qName, Attributes a) {
                        if (local.equals("Relationship")) {
                            String target = a.getValue("Target");
                            targets.put(a.getValue("Id"), target.startsWith("/") ? target.substring(1) : "xl/" + target);
                        }
                    }
                }, fileName, name);
                default -> TableRows.parse(in, new SharedStrings(strings, limits, fileName), fileName, name);
            }
        });
        if (sheets.isEmpty()) {
            throw WorkbookLimits.refused(fileName, "it has no sheets (is it really an .xlsx workbook?)");
        }
        String chosen = sheet == null || sheet.isBlank() ? sheets.keySet().iterator().next() : sheet.strip();
        String part = sheets.containsKey(chosen) ? targets.get(sheets.get(chosen)) : null;
        if (part == null) {
            throw new uk.bestvalue.Invalid("sheet", "the workbook has no sheet '" + chosen + "'; its sheets are " + String.join(", ", sheets.keySet()));
        }
        boolean[] seen = {false};
        TableRows.entries(content, fileName, limits, part::equals, (name, in) -> {
            seen[0] = true;
            TableRows.parse(in, new SheetHandler(strings, limits, fileName, sink), fileName, name);
        });
        if (!seen[0]) {
            throw WorkbookLimits.refused(fileName, "the sheet '" + chosen + "' names a part (" + part + ") the workbook does not hold");
        }
    }

    private static final class SharedStrings extends DefaultHandler {
        private final List<String> strings;
        private final WorkbookLimits limits;
        private final String fileName;
        private final StringBuilder text = new StringBuilder();
        private boolean inText;
        private boolean inPhonetic;
        /** What the strings kept so far take on the heap, as {@link WorkbookLimits#SHARED_STRING_OVERHEAD} estimates it. */
        private long bytes;

        SharedStrings(List<String> strings, WorkbookLimits limits, String fileName) {
            this.strings = strings;
            this.limits = limits;
            this.fileName = fileName;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            switch (local) {
                case "si" -> text.setLength(0);
                case "t" -> inText = true;
                case "rPh" -> inPhonetic = true;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                case "si" -> {
                    bytes += WorkbookLimits.SHARED_STRING_OVERHEAD + 2L * text.length();
                    if (bytes > limits.maxSharedStringBytes()) {
                        throw WorkbookLimits.refused(fileName, "its shared strings (" + String.format("%,d", strings.size() + 1)
                                + " so far) would need more than " + (limits.maxSharedStringBytes() >> 20) + " MB of memory to read");
                    }
                    strings.add(text.toString());
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText && !inPhonetic) {
                text.append(ch, start, length);
            }
        }
    }

    private static final class SheetHandler extends DefaultHandler {
        private final List<String> strings;
        private final WorkbookLimits limits;
        private final String fileName;
        private final TableRows.Sink sink;
        private final StringBuilder text = new StringBuilder();
        private List<String> cells;
        private long rowNumber;
        private long rows;
        private long cellCount;
        private int column;
        private String type;
        private boolean inValue;

        SheetHandler(List<String> strings, WorkbookLimits limits, String fileName, TableRows.Sink sink) {
            this.strings = strings;
            this.limits = limits;
            this.fileName = fileName;
            this.sink = sink;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            switch (local) {
                case "row" -> {
                    String r = a.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r);
                    if (++rows > limits.maxRows()) {
                        throw WorkbookLimits.refused(fileName, "its sheet has more than " + limits.maxRows() + " rows");
                    }
                    cells = TableRows.newRow();
                    column = -1;
                }
                case "c" -> {
                    String ref = a.getValue("r");
                    column = ref == null ? column + 1 : column(ref);
                    type = a.getValue("t");
                    text.setLength(0);
                    if (++cellCount > limits.maxCells()) {
                        throw WorkbookLimits.refused(fileName, "its sheet has more than " + limits.maxCells() + " cells");
                    }
                }
                case "v", "t" -> {
                    inValue = true;
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            switch (local) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    String raw = text.toString();
                    String value;
                    if ("s".equals(type)) {
                        int index = raw.isBlank() ? -1 : Integer.parseInt(raw.strip());
                        if (index < 0 || index >= strings.size()) {
                            throw WorkbookLimits.refused(fileName, "a cell refers to shared string " + raw + ", which the workbook does not hold");
                        }
                        value = strings.get(index);
                    } else if ("b".equals(type)) {
                        value = raw.equals("1") ? "TRUE" : "FALSE";
                    } else {
                        value = raw;
                    }
                    TableRows.put(cells, column, value, limits, fileName);
                }
                case "row" -> {
                    if (!sink.row(rowNumber, cells)) {
                        throw new TableRows.Stop();
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                text.append(ch, start, length);
            }
        }

        /** The zero-based column of a cell reference such as "AB12". */
        private int column(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
                if (col > limits.maxColumns()) {
                    throw WorkbookLimits.refused(fileName, "a cell " + ref + " lies beyond column " + limits.maxColumns());
                }
            }
            return col - 1;
        }
    }
}
