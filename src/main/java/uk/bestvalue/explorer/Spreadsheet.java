package uk.bestvalue.explorer;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.bestvalue.Invalid;

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

    static String toCsv(byte[] content, String sheetName, int headerRow) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = sheetName == null ? workbook.getSheetAt(0) : workbook.getSheet(sheetName);
            if (sheet == null) {
                List<String> names = new ArrayList<>();
                workbook.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
                throw new Invalid("sheet", "there is no sheet '" + sheetName + "'; the workbook has " + String.join(", ", names));
            }
            DataFormatter formatter = new DataFormatter();
            StringWriter out = new StringWriter();
            CsvWriter csv = CsvWriter.builder().build(out);
            int last = sheet.getLastRowNum();
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                if (r < headerRow - 1 || row == null || row.getLastCellNum() <= 0) {
                    out.flush();
                    csv.flush();
                    out.write('\n');
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : text(cell, formatter));
                }
                csv.writeRecord(cells);
                csv.flush();
            }
            csv.flush();
            return out.toString();
        } catch (IOException | IllegalArgumentException | org.apache.poi.ooxml.POIXMLException e) {
            // A file that starts like a zip but is no workbook is the user's file at fault: a 400 naming it, never a 500.
            throw new uk.bestvalue.Invalid("file", "is not an .xlsx workbook that can be read"
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("").replaceAll("[\\w.]+Exception:? ?", "")));
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        }
        return formatter.formatCellValue(cell).strip();
    }
}
