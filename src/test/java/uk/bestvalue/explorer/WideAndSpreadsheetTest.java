package uk.bestvalue.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.bestvalue.Invalid;
import uk.bestvalue.Workbench;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;

/** Wide files described by a mapping, and .xlsx workbooks, as councils download them. Test values are made up. */
class WideAndSpreadsheetTest {
    static final String YEARS_MAPPING = """
            format: bestvalue-wide/1
            authority_column: ONS code
            metric: household-waste-recycling-rate
            columns:
              "2030-31": 2030/31
              "2031-32": 2031/32
            """;

    static Workbench workbench(Engine engine) {
        Workbench workbench = Workbench.on(TestDatabases.fresh(engine));
        workbench.loadShippedData();
        workbench.explorer().loadShipped(uk.bestvalue.explorer.Explorer.SHIPPED_FILES::contains);
        return workbench;
    }

    static ImportResult importFile(Workbench wb, String name, byte[] content, String mapping, String sheet) {
        return wb.explorer().importValues(new ImportRequest(name, content, null, false, null, null, "test", null, mapping, sheet));
    }

    @EachEngine
    void a_wide_csv_with_one_column_per_year_becomes_one_value_per_cell(Engine engine) {
        try (Workbench wb = workbench(engine)) {
            String csv = "Name,ONS code,2030-31,2031-32\nOadby and Wigston,E07000135,41.2,42.5\nBlaby,E07000129,[x],44.0\n";

            ImportResult result = importFile(wb, "wide.csv", csv.getBytes(StandardCharsets.UTF_8), YEARS_MAPPING, null);

            assertThat(result.format()).isEqualTo("wide");
            assertThat(result.added()).isEqualTo(4);
            assertThat(wb.explorer().values("household-waste-recycling-rate", "2031/32")).extracting(MetricValue::value)
                    .containsExactlyInAnyOrder(44.0, 42.5);
            assertThat(wb.explorer().values("household-waste-recycling-rate", "2030/31"))
                    .filteredOn(v -> v.authority().value().equals("E07000129")).singleElement()
                    .satisfies(v -> assertThat(v.status()).isEqualTo(ValueStatus.MISSING));
        }
    }

    @EachEngine
    void a_bad_cell_in_a_wide_file_is_named_by_row_and_column(Engine engine) {
        try (Workbench wb = workbench(engine)) {
            String csv = "Name,ONS code,2030-31,2031-32\nOadby and Wigston,E07000135,41.2,lots\n";

            assertThatThrownBy(() -> importFile(wb, "wide.csv", csv.getBytes(StandardCharsets.UTF_8), YEARS_MAPPING, null))
                    .isInstanceOfSatisfying(ValuesRejected.class, e -> assertThat(e.problems()).singleElement()
                            .isEqualTo(new ValueProblem(2, "2031-32", "'lots' is not a number")));
        }
    }

    @EachEngine
    void an_xlsx_sheet_with_title_rows_is_read_from_its_header_row(Engine engine) throws IOException {
        try (Workbench wb = workbench(engine)) {
            byte[] workbook;
            try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                book.createSheet("Notes").createRow(0).createCell(0).setCellValue("Made-up test data");
                Sheet sheet = book.createSheet("Table 3");
                sheet.createRow(0).createCell(0).setCellValue("Table 3: test data");
                Row header = sheet.createRow(2);
                String[] names = {"Name", "ONS code", "2030-31", "2031-32"};
                for (int i = 0; i < names.length; i++) {
                    header.createCell(i).setCellValue(names[i]);
                }
                Row row = sheet.createRow(3);
                row.createCell(0).setCellValue("Oadby and Wigston");
                row.createCell(1).setCellValue("E07000135");
                row.createCell(2).setCellValue(41.2);
                row.createCell(3).setCellValue("not known");
                book.write(out);
                workbook = out.toByteArray();
            }
            String mapping = YEARS_MAPPING + "sheet: Table 3\nheader_row: 3\n";

            assertThatThrownBy(() -> importFile(wb, "table.xlsx", workbook, mapping, null))
                    .isInstanceOfSatisfying(ValuesRejected.class, e -> assertThat(e.problems()).singleElement()
                            .satisfies(p -> {
                                assertThat(p.row()).as("the spreadsheet's own row number").isEqualTo(4);
                                assertThat(p.column()).isEqualTo("2031-32");
                            }));
            ImportResult skipped = wb.explorer().importValues(new ImportRequest("table.xlsx", workbook, null, true, null, null, "test", null,
                    mapping, null));
            assertThat(skipped.added()).isEqualTo(1);
            assertThat(wb.explorer().values("household-waste-recycling-rate", "2030/31")).singleElement()
                    .satisfies(v -> assertThat(v.value()).isEqualTo(41.2));
        }
    }

    @EachEngine
    void a_mapping_that_names_neither_metric_nor_period_is_refused(Engine engine) {
        try (Workbench wb = workbench(engine)) {
            String mapping = "format: bestvalue-wide/1\nauthority_column: code\ncolumns: {}\n";

            assertThatThrownBy(() -> importFile(wb, "wide.csv", "code\n".getBytes(StandardCharsets.UTF_8), mapping, null))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                            .contains("mapping", "mapping.columns"));
        }
    }
}
