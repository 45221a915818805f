package uk.bestvalue.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.bestvalue.Workbench;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;
import uk.bestvalue.period.Period;

/** The explorer on the real data that ships with it, checked against figures worked out here and against Oflog's own medians. */
class ExplorerTest {

    static List<NamedCsvRecord> oflogRows() throws IOException {
        try (InputStream in = Explorer.class.getResourceAsStream("/data/metrics/oflog-adult-social-care.csv")) {
            return CsvReader.builder().ofNamedCsvRecord(new String(in.readAllBytes(), StandardCharsets.UTF_8)).stream().toList();
        }
    }

    static Workbench loaded(Engine engine) {
        Workbench workbench = Workbench.on(TestDatabases.fresh(engine));
        workbench.loadShippedData();
        workbench.explorer().loadShipped(uk.bestvalue.explorer.Explorer.SHIPPED_FILES::contains);
        return workbench;
    }

    @EachEngine
    void the_england_median_of_every_adult_social_care_measure_matches_oflogs(Engine engine) throws IOException {
        Map<String, Double> oflogMedians = new java.util.HashMap<>();
        for (NamedCsvRecord row : oflogRows()) {
            oflogMedians.put(ValueFile.OFLOG_CODES.get(row.getField("Code")) + "|" + Period.financialYear(row.getField("Financial year")).value(),
                    Double.valueOf(row.getField("MEDIAN")));
        }
        try (Workbench workbench = loaded(engine)) {
            Explorer explorer = workbench.explorer();

            for (var entry : oflogMedians.entrySet()) {
                String[] key = entry.getKey().split("\\|");
                Comparison c = explorer.compare(key[0], "E10000018", key[1], "england");
                assertThat(c.statistics().median()).as(entry.getKey()).isCloseTo(entry.getValue(), within(Math.abs(entry.getValue()) * 1e-8));
            }
            assertThat(oflogMedians).hasSize(42);
        }
    }

    @EachEngine
    void ranks_and_quartiles_match_figures_worked_out_from_the_source_file(Engine engine) throws IOException {
        List<Double> values = new ArrayList<>();
        Double leicestershire = null;
        for (NamedCsvRecord row : oflogRows()) {
            if (row.getField("Code").equals("ASC5") && row.getField("Financial year").equals("2021-22") && !row.getField("Value").isBlank()) {
                double value = Double.parseDouble(row.getField("Value"));
                values.add(value);
                if (row.getField("Local authority code").equals("E10000018")) {
                    leicestershire = value;
                }
            }
        }
        double mine = leicestershire;
        int expectedRank = 1 + (int) values.stream().filter(v -> v > mine).count();
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double q1Position = 0.25 * (sorted.length - 1);
        double expectedQ1 = sorted[(int) q1Position] + (q1Position - (int) q1Position) * (sorted[(int) q1Position + 1] - sorted[(int) q1Position]);

        try (Workbench workbench = loaded(engine)) {
            Comparison c = workbench.explorer().compare("asc-short-term-service-outcome", "E10000018", "2021-22", "england");

            assertThat(c.statistics().count()).isEqualTo(values.size());
            assertThat(c.statistics().lowerQuartile()).isCloseTo(expectedQ1, within(1e-9));
            assertThat(c.statistics().min()).isEqualTo(sorted[0]);
            assertThat(c.statistics().max()).isEqualTo(sorted[sorted.length - 1]);
            assertThat(c.focus().orElseThrow().rank()).isEqualTo(expectedRank);
            assertThat(c.entries().stream().filter(e -> e.rank() != null).map(Comparison.Entry::value).toList())
                    .isSortedAccordingTo(Comparator.reverseOrder());
        }
    }

    @EachEngine
    void a_district_is_not_applicable_for_adult_social_care_and_is_never_ranked(Engine engine) {
        try (Workbench workbench = loaded(engine)) {
            Comparison c = workbench.explorer().compare("asc-short-term-service-outcome", "E07000135", "2021-22", "england");

            assertThat(c.applicable()).isFalse();
            assertThat(c.focus()).isEmpty();
            assertThat(c.entries()).noneMatch(e -> e.code().startsWith("E07"));
            assertThat(workbench.explorer().dashboard("E07000135")).filteredOn(r -> r.metric().id().startsWith("asc-"))
                    .allSatisfy(r -> assertThat(r.throughCode()).as("the county's figure, labelled as such").isEqualTo("E10000018"));
        }
    }

    @EachEngine
    void welsh_scottish_and_northern_irish_recycling_rows_stay_out(Engine engine) {
        try (Workbench workbench = loaded(engine)) {
            Comparison c = workbench.explorer().compare("household-waste-recycling-rate", "E07000135", "2023/24", "england");

            assertThat(c.entries()).allMatch(e -> e.code().startsWith("E"));
            assertThat(c.entries()).noneMatch(e -> e.code().startsWith("E10"));
            assertThat(c.focus().orElseThrow().value()).isNotNull();
            Comparison.Entry bristol = c.entries().stream().filter(e -> e.code().equals("E06000023")).findFirst().orElseThrow();
            assertThat(bristol.status()).isEqualTo(ValueStatus.MISSING);
            assertThat(bristol.rank()).isNull();
            assertThat(c.statistics().noValue()).isGreaterThanOrEqualTo(1);
        }
    }

    @EachEngine
    void a_region_group_holds_only_that_regions_authorities(Engine engine) {
        try (Workbench workbench = loaded(engine)) {
            Comparison c = workbench.explorer().compare("household-waste-recycling-rate", "E07000135", "2022/23", "region");

            assertThat(c.group().label()).isEqualTo("East Midlands");
            List<String> codes = c.entries().stream().map(Comparison.Entry::code).toList();
            assertThat(codes).contains("E07000135", "E06000016").doesNotContain("E09000001");
            TimeSeries series = workbench.explorer().timeSeries("household-waste-recycling-rate", "E07000135", "region");
            assertThat(series.points()).extracting(TimeSeries.Point::period).contains("2015/16", "2023/24");
            assertThat(series.points()).allMatch(p -> p.median() != null);
        }
    }

    @EachEngine
    void a_wrong_code_on_row_9000_of_10000_changes_nothing_and_names_the_row(Engine engine) {
        try (Workbench workbench = loaded(engine)) {
            List<String> codes = workbench.explorer().compare("household-waste-recycling-rate", "E07000135", "2022/23", "england")
                    .entries().stream().map(Comparison.Entry::code).toList();
            StringBuilder csv = new StringBuilder("authority_code,metric,period,value\n");
            int row = 1;
            outer:
            for (int year = 1950; year < 2015; year++) {
                for (String code : codes) {
                    row++;
                    String written = row == 9000 ? "E07999999" : code;
                    csv.append(written).append(",household-waste-recycling-rate,").append(year).append('/')
                            .append(String.format("%02d", (year + 1) % 100)).append(',').append(row % 70).append('\n');
                    if (row == 10_001) {
                        break outer;
                    }
                }
            }
            int before = workbench.explorer().values("household-waste-recycling-rate", "1955/56").size();

            assertThatThrownBy(() -> workbench.explorer().importValues(new ImportRequest("synthetic.csv",
                    csv.toString().getBytes(StandardCharsets.UTF_8), null, false, null, null, "test", null)))
                    .isInstanceOfSatisfying(ValuesRejected.class, e -> assertThat(e.problems()).singleElement()
                            .satisfies(p -> {
                                assertThat(p.row()).isEqualTo(9000);
                                assertThat(p.column()).isEqualTo("authority_code");
                            }));

            assertThat(before).isZero();
            assertThat(workbench.explorer().periods("household-waste-recycling-rate")).noneMatch(p -> p.startsWith("19"));
        }
    }

    @EachEngine
    void importing_the_same_data_again_changes_nothing_and_skip_bad_rows_reports_them(Engine engine) throws IOException {
        try (Workbench workbench = loaded(engine)) {
            byte[] file;
            try (InputStream in = Explorer.class.getResourceAsStream("/data/metrics/household-waste-recycling-rate.csv")) {
                file = in.readAllBytes();
            }
            int imports = workbench.explorer().imports().size();

            ImportResult again = workbench.explorer().importValues(new ImportRequest("household-waste-recycling-rate.csv", file, null, false,
                    null, null, "test", null));
            String bad = "authority_code,metric,period,value\nE07000135,household-waste-recycling-rate,2099/00,12.5\n"
                    + "E07000135,household-waste-recycling-rate,2098/99,lots\n";
            ImportResult skipped = workbench.explorer().importValues(new ImportRequest("bad.csv", bad.getBytes(StandardCharsets.UTF_8), null, true,
                    null, null, "test", null));

            assertThat(again.changedNothing()).isTrue();
            assertThat(again.outsideScope()).isEqualTo(650);
            assertThat(workbench.explorer().imports()).hasSize(imports + 1);
            assertThat(skipped.added()).isEqualTo(1);
            assertThat(skipped.skipped()).singleElement().satisfies(p -> assertThat(p.row()).isEqualTo(3));
        }
    }
}
