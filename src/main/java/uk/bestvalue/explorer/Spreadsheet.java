package uk.bestvalue.explorer;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * An .xlsx sheet as CSV text whose line numbers are the spreadsheet's row numbers (rows above the
 * header become blank lines, which the CSV reader passes over), so problems name the row a person
 * sees in the spreadsheet. Numbers keep their full stored precision.
 */
final class Spreadsheet {
    static final byte[] ZIP = {'P', 'K', 3, 4};

    private Spreadsheet() {
    }

    static boolean isXlsx(byte[] content) {
        return content.length > 4 && content[0] == ZIP[0] && content[1] == ZIP[1] && content[2] == ZIP[2] && content[3] == ZIP[3];
    }

    /**
     * Streams the sheet through the workbook reader (SAX, within {@link WorkbookLimits}): a workbook
     * object model would need gigabytes for a sheet that packs into a few megabytes.
     */
    static String toCsv(byte[] content, String fileName, String sheetName, int headerRow) {
        StringWriter out = new StringWriter();
        CsvWriter csv = CsvWriter.builder().build(out);
        long[] line = {0};
        try {
            XlsxRows.read(content, sheetName, fileName, WorkbookLimits.DEFAULT, (number, cells) -> {
                try {
                    // Blank lines for skipped rows and rows above the header keep line numbers equal to row numbers.
                    while (line[0] < number - 1) {
                        blankLine(csv, out);
                        line[0]++;
                    }
                    List<String> row = new ArrayList<>(cells.size());
                    for (String cell : cells) {
                        row.add(cell == null ? "" : cell.strip());
                    }
                    if (number < headerRow || row.stream().allMatch(String::isEmpty)) {
                        blankLine(csv, out);
                    } else {
                        csv.writeRecord(row);
                    }
                    line[0] = number;
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void blankLine(CsvWriter csv, StringWriter out) throws IOException {
        csv.flush();
        out.write('\n');
    }
}
