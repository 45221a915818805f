package uk.bestvalue.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;

/** A wide sheet, one column per period, is read through a recipe as one row per authority and period, alike from CSV, XLSX and ODS. */
class WideRecipeTest {
    private static final String RECIPE = """
            format: bestvalue-recipe/1
            header_row: 2
            code: ONS code
            name: Authority
            period_columns: '\\d{4}-\\d{2}'
            metric: household-waste-recycling-rate
            missing: {"[x]": not available}
            """;

    /** A title row, the header, and two authorities; the Notes column does not match period_columns and is not read. */
    private static final String[][] TABLE = {
            {"Table 1: recycling rate, per cent", "", "", "", ""},
            {"ONS code", "Authority", "2015-16", "2016-17", "Notes"},
            {"E07000135", "Oadby and Wigston", "39.5", "[x]", "revised"},
            {"E06000001", "Hartlepool", "28.1", "30", ""},
            {"W06000001", "Isle of Anglesey", "60", "61", ""}};

    private static List<String> read(String recipe, byte[] content, String fileName) {
        RecipeReader.Read read = RecipeReader.read(Recipe.parse(recipe), content, fileName, WorkbookLimits.DEFAULT);
        assertThat(read.problems()).isEmpty();
        assertThat(read.outside()).isEqualTo(1);
        return read.rows().stream().map(r -> r.authority() + " " + r.period() + " " + r.metricId() + " "
                + (r.value() == null ? r.status().id() : r.value().stripTrailingZeros().toPlainString())).toList();
    }

    private static final List<String> EXPECTED = List.of(
            "E07000135 2015/16 household-waste-recycling-rate 39.5",
            "E07000135 2016/17 household-waste-recycling-rate missing",
            "E06000001 2015/16 household-waste-recycling-rate 28.1",
            "E06000001 2016/17 household-waste-recycling-rate 30");

    @Test
    void a_csv_with_one_column_per_period_reads_as_one_row_per_period() {
        StringBuilder csv = new StringBuilder();
        for (String[] row : TABLE) {
            csv.append(String.join(",", row)).append('\n');
        }
        assertThat(read(RECIPE.replace("format:", "reads: csv\nformat:"), csv.toString().getBytes(StandardCharsets.UTF_8), "wide.csv"))
                .containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void an_xlsx_sheet_with_one_column_per_period_reads_the_same() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Recycling");
            for (int r = 0; r < TABLE.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < TABLE[r].length; c++) {
                    String text = TABLE[r][c];
                    if (r >= 2 && (c == 2 || c == 3) && !text.startsWith("[")) {
                        row.createCell(c).setCellValue(Double.parseDouble(text));
                    } else if (!text.isEmpty()) {
                        row.createCell(c).setCellValue(text);
                    }
                }
            }
            book.write(out);
            workbook = out.toByteArray();
        }
        assertThat(read(RECIPE + "reads: xlsx\nsheet: Recycling\n", workbook, "wide.xlsx")).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void an_ods_sheet_with_one_column_per_period_reads_the_same() throws IOException {
        StringBuilder table = new StringBuilder();
        for (int r = 0; r < TABLE.length; r++) {
            table.append("<table:table-row>");
            for (int c = 0; c < TABLE[r].length; c++) {
                String text = TABLE[r][c];
                if (r >= 2 && (c == 2 || c == 3) && !text.startsWith("[")) {
                    table.append("<table:table-cell office:value-type=\"float\" office:value=\"").append(text).append("\"><text:p>")
                            .append(text).append("</text:p></table:table-cell>");
                } else {
                    table.append("<table:table-cell office:value-type=\"string\"><text:p>").append(text).append("</text:p></table:table-cell>");
                }
            }
            table.append("</table:table-row>");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                    + " office:version=\"1.2\"><office:body><office:spreadsheet><table:table table:name=\"Recycling\">" + table
                    + "</table:table></office:spreadsheet></office:body></office:document-content>").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(read(RECIPE + "reads: ods\nsheet: Recycling\n", bytes.toByteArray(), "wide.ods")).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void a_matching_header_that_is_not_a_period_and_a_header_with_no_period_columns_are_named() {
        byte[] notPeriod = "ONS code,2015-16,2099-13\nE07000135,1,2\n".getBytes(StandardCharsets.UTF_8);
        String recipe = "format: bestvalue-recipe/1\ncode: ONS code\nperiod_columns: '\\d{4}-\\d{2}'\nmetric: m\n";
        assertThat(RecipeReader.read(Recipe.parse(recipe), notPeriod, "a.csv", WorkbookLimits.DEFAULT).problems())
                .extracting(ValueProblem::column).containsExactly("2099-13");
        byte[] none = "ONS code,Value\nE07000135,1\n".getBytes(StandardCharsets.UTF_8);
        assertThat(RecipeReader.read(Recipe.parse(recipe), none, "b.csv", WorkbookLimits.DEFAULT).problems())
                .extracting(ValueProblem::message).containsExactly("no column of header row 1 matches period_columns \\d{4}-\\d{2}");
        assertThatThrownBy(() -> Recipe.parse("format: bestvalue-recipe/1\ncode: c\nperiod_columns: '\\d{4}'\nvalue: v\n"))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("recipe.period_columns", "recipe.metric"));
    }
}
