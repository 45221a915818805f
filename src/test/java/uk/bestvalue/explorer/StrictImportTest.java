package uk.bestvalue.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import uk.bestvalue.Workbench;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** Imports read numbers strictly, never guess a metric, say what they did, and keep values as published. */
class StrictImportTest {
    private static final String RECYCLING = "household-waste-recycling-rate";
    private static final String HEADER = "authority_code,metric,period,value\n";

    private static ImportRequest file(String name, String csv, String metric, boolean skip) {
        return new ImportRequest(name, csv.getBytes(StandardCharsets.UTF_8), metric, skip, null, null, "test", null);
    }

    private static ValuesRejected rejected(Explorer explorer, String csv) {
        try {
            explorer.importValues(file("bad.csv", csv, null, false));
        } catch (ValuesRejected e) {
            return e;
        }
        throw new AssertionError("the file was imported: " + csv);
    }

    @EachEngine
    void every_kind_of_bad_number_is_refused_with_its_row_and_column_and_changes_nothing(Engine engine) {
        try (Workbench workbench = ExplorerTest.loaded(engine)) {
            Explorer explorer = workbench.explorer();
            List<MetricValue> before = explorer.values(RECYCLING, "2023/24");
            String ok = "E07000135," + RECYCLING + ",2023/24,12.5\n";
            for (String bad : List.of("\"1,5\"", "0x1p3", "7d", "2L", "NaN", "Infinity", "-Infinity", "1e308", "\"1,000\"", "12.5.1", "½")) {
                ValuesRejected e = rejected(explorer, HEADER + ok + "E07000136," + RECYCLING + ",2023/24," + bad + "\n");
                assertThat(e.problems()).as(bad).singleElement().satisfies(p -> {
                    assertThat(p.row()).isEqualTo(3);
                    assertThat(p.column()).isEqualTo("value");
                });
            }
            assertThat(rejected(explorer, HEADER + "E07000136," + RECYCLING + ",2023/24,\"1,5\"\n").problems().get(0).message())
                    .contains("decimal comma");
            assertThat(explorer.values(RECYCLING, "2023/24")).isEqualTo(before);
        }
    }

    @EachEngine
    void values_outside_the_units_range_and_periods_of_another_kind_are_problems(Engine engine) {
        try (Workbench workbench = ExplorerTest.loaded(engine)) {
            Explorer explorer = workbench.explorer();
            ValuesRejected e = rejected(explorer, HEADER + "E07000135," + RECYCLING + ",2023/24,100.1\n"
                    + "E07000136," + RECYCLING + ",2023/24,-0.5\n" + "E07000137," + RECYCLING + ",2023,40\n");
            assertThat(e.problems()).extracting(ValueProblem::row, ValueProblem::column)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "value"), org.assertj.core.groups.Tuple.tuple(3L, "value"),
                            org.assertj.core.groups.Tuple.tuple(4L, "period"));
            assertThat(e.problems().get(0).message()).contains("percent must be from 0 to 100");
            assertThat(e.problems().get(2).message()).contains("calendar year").contains("financial year");
            assertThat(rejected(explorer, HEADER + "E07000135," + RECYCLING + ",2023/24,41.2\nE07000136," + RECYCLING + ",2023/24,40\n"
                    + "E07000135," + RECYCLING + ",2023-24,41.3\nE07000135," + RECYCLING + ",FYE 2024,41.4\n").problems())
                    .extracting(ValueProblem::row, ValueProblem::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "the same authority, metric and period are already on row 2"),
                            org.assertj.core.groups.Tuple.tuple(5L, "the same authority, metric and period are already on row 2"));
            assertThat(rejected(explorer, HEADER + "E07000135," + RECYCLING + ",2023/24,41.25\n").problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("more decimal places than the 1"));
        }
    }

    @EachEngine
    void an_unterminated_quote_is_a_problem_on_its_row_not_a_note_that_swallows_the_rest(Engine engine) {
        try (Workbench workbench = ExplorerTest.loaded(engine)) {
            String csv = "authority_code,metric,period,value,note\nE07000135," + RECYCLING + ",2023/24,41,\"checked\n"
                    + "E07000136," + RECYCLING + ",2023/24,42,\nE07000137," + RECYCLING + ",2023/24,43,\n";
            ValuesRejected e = rejected(workbench.explorer(), csv);
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.row()).isEqualTo(2);
                assertThat(p.column()).isEqualTo("note");
                assertThat(p.message()).contains("closing quote");
            });
        }
    }

    @EachEngine
    void a_file_that_looks_like_the_recycling_file_cannot_overwrite_recycling(Engine engine) {
        try (Workbench workbench = ExplorerTest.loaded(engine)) {
            Explorer explorer = workbench.explorer();
            List<MetricValue> before = explorer.values(RECYCLING, "2023/24");
            String walking = "area_code,area_name,period,indicator,measure,unit,value\n"
                    + "E07000135,Oadby and Wigston,2023/24,Walking for any purpose at least once a week,Proportion,Percent,71.2\n";

            ValuesRejected e = rejected(explorer, walking);

            assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.column()).isEqualTo("indicator"));
            assertThat(explorer.values(RECYCLING, "2023/24")).isEqualTo(before);
        }
    }

    @EachEngine
    void the_summary_counts_rows_read_skipped_by_reason_and_outside_england(Engine engine) {
        try (Workbench workbench = ExplorerTest.loaded(engine)) {
            String csv = HEADER + "E07000135," + RECYCLING + ",2099/00,12.5\n" + "W06000001," + RECYCLING + ",2099/00,50\n"
                    + "E07999999," + RECYCLING + ",2099/00,50\n" + "E07000136," + RECYCLING + ",2099/00,lots\n";
            ImportResult result = workbench.explorer().importValues(file("mixed.csv", csv, null, true));

            ImportResult checked = workbench.explorer().importValues(file("mixed.csv", csv.replace("2099/00", "2097/98"), null, true).checkingOnly());
            assertThat(checked.added()).isEqualTo(1);
            assertThat(checked.importId()).isNull();
            assertThat(workbench.explorer().values(RECYCLING, "2097/98")).isEmpty();
            assertThat(result.read()).isEqualTo(4);
            assertThat(result.added()).isEqualTo(1);
            assertThat(result.outsideScope()).isEqualTo(1);
            assertThat(result.skippedByReason()).containsEntry("authority_code", 1).containsEntry("value", 1);
            assertThat(result.summary()).isEqualTo("4 rows read: 1 added, 0 changed, 0 unchanged, 2 skipped (1 for authority_code, 1 for value),"
                    + " 1 outside England");
        }
    }

    @EachEngine
    void values_are_kept_and_served_at_the_precision_they_were_published(Engine engine) {
        try (Workbench workbench = ExplorerTest.loaded(engine)) {
            Explorer explorer = workbench.explorer();
            // The shipped recycling file holds 27.700000000000003 style renderings; DEFRA publishes one decimal place.
            assertThat(explorer.values(RECYCLING, "2023/24")).extracting(MetricValue::value)
                    .allSatisfy(v -> assertThat(v == null ? "" : v.toString()).matches("|\\d+\\.\\d"));
            explorer.importValues(file("precise.csv", HEADER + "E07000135,asc-workforce-turnover-rate,2099/00,31.42009681\n", null, false));
            assertThat(explorer.values("asc-workforce-turnover-rate", "2099/00")).singleElement()
                    .satisfies(v -> assertThat(v.value()).hasToString("31.42009681"));
            ImportResult again = explorer.importValues(file("precise.csv", HEADER + "E07000135,asc-workforce-turnover-rate,2099/00,31.420096810\n",
                    null, false));
            assertThat(again.changedNothing()).isTrue();
        }
    }

    @EachEngine
    void overlapping_imports_of_one_metric_take_turns_and_neither_fails(Engine engine) throws Exception {
        try (Workbench workbench = ExplorerTest.loaded(engine)) {
            Explorer explorer = workbench.explorer();
            String first = HEADER + "E07000135," + RECYCLING + ",2098/99,10\nE07000136," + RECYCLING + ",2098/99,11\n";
            String second = HEADER + "E07000135," + RECYCLING + ",2098/99,20\nE07000136," + RECYCLING + ",2098/99,21\n";
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<ImportResult>> results = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    String csv = i % 2 == 0 ? first : second;
                    results.add(pool.submit(() -> explorer.importValues(file("race.csv", csv, null, false))));
                }
                int added = 0;
                for (Future<ImportResult> f : results) {
                    added += f.get().added();
                }
                // Exactly one import added the two values; every other one changed or left them, none failed on a duplicate key.
                assertThat(added).isEqualTo(2);
            } finally {
                pool.shutdownNow();
            }
            assertThat(explorer.values(RECYCLING, "2098/99").stream().map(v -> v.value().intValue()).collect(Collectors.toSet()))
                    .isSubsetOf(10, 11, 20, 21).hasSize(2);
        }
    }
}
