package uk.bestvalue.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import uk.bestvalue.Workbench;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** Recipes read publishers' own files (CSV, XLSX, ODS) as they come, within limits, and say exactly what is wrong. */
class RecipeTest {
    static String shippedRecipe(String name) throws IOException {
        try (InputStream in = Explorer.class.getResourceAsStream("/data/metrics/recipes/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static byte[] resource(String path) throws IOException {
        try (InputStream in = RecipeTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    @Test
    void the_publishers_ods_workbook_reads_as_its_csv_export_does() throws IOException {
        Recipe fromCsv = Recipe.parse(shippedRecipe("env18-table3.yaml"));
        Recipe fromOds = Recipe.parse(shippedRecipe("env18-table3.yaml").replace("reads: csv", "reads: ods\nsheet: Table_3\nheader_row: 4"));

        RecipeReader.Read csv = RecipeReader.read(fromCsv, resource("/data/metrics/env18_table3_selected_indicators_2010-11_to_2023-24.csv"),
                "env18.csv", WorkbookLimits.DEFAULT);
        RecipeReader.Read ods = RecipeReader.read(fromOds, resource("/publisher-files/LA_collected_waste_2023-24_ENV18.ods"), "env18.ods",
                WorkbookLimits.DEFAULT);

        assertThat(ods.problems()).isEmpty();
        assertThat(ods.rows()).hasSize(csv.rows().size()).hasSizeGreaterThan(14_000);
        // The workbook has note rows below the table that the filters leave out, so only the rows read are compared.
        for (int i = 0; i < csv.rows().size(); i++) {
            ValueRow a = csv.rows().get(i);
            ValueRow b = ods.rows().get(i);
            assertThat(List.of(b.metricId(), b.authority(), b.period(), b.status())).isEqualTo(List.of(a.metricId(), a.authority(), a.period(), a.status()));
            assertThat(b.value() == null ? a.value() : b.value().compareTo(a.value()) == 0 ? a.value() : b.value()).isEqualTo(a.value());
        }
    }

    @Test
    void a_streamed_xlsx_sheet_is_read_from_its_header_row_with_a_dimension_and_missing_codes() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Cover").createRow(0).createCell(0).setCellValue("About this workbook");
            Sheet sheet = book.createSheet("Data");
            sheet.createRow(0).createCell(0).setCellValue("Table 1: road condition");
            Row header = sheet.createRow(2);
            String[] names = {"ONS code", "Road class", "Year", "Value"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Object[][] rows = {{"E10000018", "A roads and motorways", "FYE 2025", 3.0}, {"E10000018", "B and C roads", "FYE 2025", "[x]"},
                    {"W06000001", "A roads and motorways", "FYE 2025", 5.0}, {"E10000018", "Unclassified", "FYE 2025", 9.0}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(3 + r);
                for (int c = 0; c < 4; c++) {
                    if (rows[r][c] instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else {
                        row.createCell(c).setCellValue((String) rows[r][c]);
                    }
                }
            }
            book.write(out);
            workbook = out.toByteArray();
        }
        Recipe recipe = Recipe.parse("""
                format: bestvalue-recipe/1
                reads: xlsx
                sheet: Data
                header_row: 3
                code: ONS code
                period: Year
                value: Value
                dimension:
                  column: Road class
                  metrics: {A roads and motorways: road-condition-a-roads, B and C roads: road-condition-b-c-roads}
                missing: {"[x]": not available}
                """);

        RecipeReader.Read read = RecipeReader.read(recipe, workbook, "roads.xlsx", WorkbookLimits.DEFAULT);

        assertThat(read.outside()).isEqualTo(1);
        assertThat(read.rows()).extracting(ValueRow::metricId, ValueRow::period, ValueRow::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("road-condition-a-roads", "2024/25", ValueStatus.OK),
                        org.assertj.core.groups.Tuple.tuple("road-condition-b-c-roads", "2024/25", ValueStatus.MISSING));
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(7);
            assertThat(p.column()).isEqualTo("Road class");
            assertThat(p.message()).contains("'Unclassified' is not one of the values");
        });
        assertThat(RecipeReader.preview(recipe, workbook, "roads.xlsx", 2)).extracting(PreviewRow::value).containsExactly("3", "[x]");
    }

    @Test
    void a_zip_bomb_is_refused_as_it_is_read() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("content.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(spaces);
            }
        }
        byte[] bomb = bytes.toByteArray();
        Recipe recipe = Recipe.parse("format: bestvalue-recipe/1\ncode: c\nperiod: p\nvalue: v\nmetric: m\n");

        assertThatThrownBy(() -> RecipeReader.read(recipe, bomb, "bomb.ods", WorkbookLimits.DEFAULT))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors().get(0).message()).contains("bomb.ods was refused", "zip bomb"));
        assertThat(bomb.length).isLessThan(200_000);
    }

    @Test
    void limits_on_rows_and_a_file_that_is_not_what_the_recipe_says_are_named() {
        Recipe recipe = Recipe.parse("format: bestvalue-recipe/1\nreads: xlsx\ncode: c\nperiod: p\nvalue: v\nmetric: m\n");
        byte[] csv = "c,p,v\nE07000135,2023/24,1\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RecipeReader.read(recipe, csv, "values.xlsx", WorkbookLimits.DEFAULT))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors().get(0).message())
                        .contains("values.xlsx was refused: the recipe reads xlsx but the file is not a workbook"));
        Recipe anyKind = Recipe.parse("format: bestvalue-recipe/1\ncode: c\nperiod: p\nvalue: v\nmetric: m\n");
        WorkbookLimits tight = new WorkbookLimits(10, 1 << 20, 100, 1, 10, 100, 1000);
        assertThatThrownBy(() -> RecipeReader.read(anyKind, "c,p,v\nE07000135,2023/24,1\nE07000136,2023/24,2\n".getBytes(StandardCharsets.UTF_8),
                "long.csv", tight)).isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors().get(0).message()).contains("more than 1 rows"));
    }

    @Test
    void a_value_divided_by_another_column_of_its_row_is_rounded_as_the_recipe_says_and_a_missing_divisor_carries_its_meaning() {
        Recipe recipe = Recipe.parse("""
                format: bestvalue-recipe/1
                code: code
                period_value: 2016/17
                values:
                  - column: reserves
                    metric: share
                    divide_by: spend
                    scale: 100
                    round: 1
                missing: {"…": not available}
                """);
        byte[] csv = "code,reserves,spend\nE07000135,617,6524\nE06000053,…,…\nE07000001,5,…\nE07000002,5,0\nE07000003,5,ten\n"
                .getBytes(StandardCharsets.UTF_8);

        RecipeReader.Read read = RecipeReader.read(recipe, csv, "rs.csv", WorkbookLimits.DEFAULT);

        assertThat(read.rows()).extracting(r -> r.value() == null ? r.status().id() : r.value().toPlainString())
                .containsExactly("9.5", "missing", "missing", "not_applicable");
        assertThat(read.rows().get(2).note()).isEqualTo("'…' for spend in the source");
        assertThat(read.problems()).extracting(ValueProblem::row, ValueProblem::column).containsExactly(org.assertj.core.groups.Tuple.tuple(6L, "spend"));
    }

    @Test
    void register_codes_are_turned_into_ons_codes_and_an_unknown_one_is_named() {
        Recipe recipe = Recipe.parse("format: bestvalue-recipe/1\ncode: la\ncode_kind: register\nperiod_value: 2011\nvalue: v\nmetric: m\n");
        byte[] csv = "la,v\nOAD,1\nABD,2\nXYZ,3\n".getBytes(StandardCharsets.UTF_8);

        RecipeReader.Read read = RecipeReader.read(recipe, csv, "ruc.csv", WorkbookLimits.DEFAULT,
                code -> java.util.Map.of("OAD", "E07000135", "ABD", "S12000034").get(code));

        assertThat(read.rows()).extracting(ValueRow::authority).containsExactly("E07000135");
        assertThat(read.outside()).isEqualTo(1);
        assertThat(read.problems()).extracting(ValueProblem::message).containsExactly("'XYZ' is not a local authority code in the register");
        assertThatThrownBy(() -> Recipe.parse("format: bestvalue-recipe/1\ncode: la\ncode_kind: snac\nperiod_value: 2011\nvalue: v\nmetric: m\n"))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("recipe.code_kind"));
    }

    @Test
    void a_bad_recipe_names_every_bad_field() {
        assertThatThrownBy(() -> Recipe.parse("""
                format: bestvalue-recipe/2
                reads: pdf
                header_row: 0
                period: Year
                period_value: 2023/24
                values:
                  - column: Value
                filters:
                  - column: Type
                missing: {"[x]": unknown}
                """)).isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                .containsExactly("recipe.format", "recipe.reads", "recipe.header_row", "recipe.code", "recipe.period", "recipe.values[1]",
                        "recipe.filters[1]", "recipe.missing.[x]"));
    }

    @EachEngine
    void an_import_through_a_recipe_never_lands_in_a_metric_the_recipe_does_not_name(Engine engine) throws IOException {
        try (Workbench workbench = ExplorerTest.loaded(engine)) {
            Explorer explorer = workbench.explorer();
            List<MetricValue> before = explorer.values("household-waste-recycling-rate", "2023/24");
            String recipe = "format: bestvalue-recipe/1\ncode: area_code\nperiod: period\nvalue: value\nmetric: adults-walking-weekly\n";
            byte[] walking = ("area_code,area_name,period,indicator,measure,unit,value\n"
                    + "E07000135,Oadby and Wigston,2023/24,Waste Reused/Recycled/Composted,Proportion,Percent,71.2\n").getBytes(StandardCharsets.UTF_8);

            assertThatThrownBy(() -> explorer.importValues(new ImportRequest("walking.csv", walking, null, false, null, null, "test", null, null,
                    null, recipe))).isInstanceOfSatisfying(ValuesRejected.class, e -> assertThat(e.problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("'adults-walking-weekly' is not a metric in the catalogue")));
            assertThat(explorer.values("household-waste-recycling-rate", "2023/24")).isEqualTo(before);
        }
    }
}
