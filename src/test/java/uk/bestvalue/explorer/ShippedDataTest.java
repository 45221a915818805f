package uk.bestvalue.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.bestvalue.Workbench;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** Every data set that ships loads on first start through its recipe, and holds the figures its provenance names. */
class ShippedDataTest {

    private static Double value(Explorer explorer, String metric, String period, String code) {
        return explorer.values(metric, period).stream().filter(v -> v.authority().value().equals(code)).findFirst()
                .map(MetricValue::value).orElse(null);
    }

    private static Workbench everything(Engine engine) {
        Workbench workbench = Workbench.on(uk.bestvalue.store.TestDatabases.fresh(engine));
        workbench.loadShippedData();
        workbench.explorer().loadShipped();
        return workbench;
    }

    @EachEngine
    void each_shipped_file_is_read_through_its_recipe_and_gives_the_published_figures(Engine engine) {
        try (Workbench workbench = everything(engine)) {
            Explorer explorer = workbench.explorer();

            // ENV18 Table 3: Oadby and Wigston's residual waste, 421.0 kg per household in 2023-24, 428.6 in 2022-23.
            assertThat(value(explorer, "residual-household-waste-per-household", "2023/24", "E07000135")).isEqualTo(421.0);
            assertThat(value(explorer, "residual-household-waste-per-household", "2022/23", "E07000135")).isEqualTo(428.6);
            assertThat(explorer.periods("residual-household-waste-per-household")).hasSize(14).first().isEqualTo("2010/11");
            // RDC0120: Leicestershire, FYE 2025, A roads 3 %, B and C roads 4 %.
            assertThat(value(explorer, "road-condition-a-roads", "2024/25", "E10000018")).isEqualTo(3.0);
            assertThat(value(explorer, "road-condition-b-c-roads", "2024/25", "E10000018")).isEqualTo(4.0);
            // P134: Oadby and Wigston decided 278, 74.8 % granted, in the year to September 2025.
            assertThat(value(explorer, "planning-applications-decided", "12 months to 2025-09-30", "E07000135")).isEqualTo(278.0);
            assertThat(value(explorer, "planning-applications-granted", "12 months to 2025-09-30", "E07000135")).isCloseTo(74.8, within(0.05));
            // P153: 259 non-major decisions, 93.8 % in time, in the release of 24 March 2026.
            assertThat(value(explorer, "planning-non-major-decisions-in-time", "2026-03-24", "E07000135")).isEqualTo(93.8);
            assertThat(value(explorer, "planning-non-major-decisions", "2026-03-24", "E07000135")).isEqualTo(259.0);
            assertThat(explorer.periods("planning-non-major-decisions-in-time")).hasSize(7);
            // ONS: median weekly pay 577.3 in 2025.
            assertThat(value(explorer, "median-weekly-pay", "2025-04-30", "E07000135")).isEqualTo(577.3);
            assertThat(explorer.periods("net-additions-to-housing-stock")).contains("2014/15");
        }
    }

    @EachEngine
    void reserves_and_net_revenue_expenditure_are_read_from_the_publishers_rs_workbooks(Engine engine) {
        try (Workbench workbench = everything(engine)) {
            Explorer explorer = workbench.explorer();

            // RS: Oadby and Wigston's unallocated reserves at 31 March 2016 = 995, at 31 March 2017 = 617 (£000).
            assertThat(value(explorer, "reserves-unallocated", "2015/16", "E07000135")).isEqualTo(995.0);
            assertThat(value(explorer, "reserves-unallocated", "2016/17", "E07000135")).isEqualTo(617.0);
            assertThat(value(explorer, "reserves-earmarked", "2016/17", "E07000135")).isEqualTo(2122.0);
            assertThat(value(explorer, "net-revenue-expenditure", "2016/17", "E07000135")).isEqualTo(6524.0);
            // 617 / 6524 = 9.46 %: one place.
            assertThat(value(explorer, "reserves-unallocated-share-of-net-revenue-expenditure", "2016/17", "E07000135")).isEqualTo(9.5);
            // Fractions of £1,000 are kept as the workbook holds them: Slough's 2016-17 unallocated reserves.
            assertThat(value(explorer, "reserves-unallocated", "2016/17", "E06000039")).isCloseTo(8100.23058, within(1e-9));
            // Isles of Scilly's "…" is not available; abolished councils keep their figures under their own codes.
            assertThat(explorer.values("reserves-unallocated", "2016/17")).filteredOn(v -> v.authority().value().equals("E06000053"))
                    .extracting(MetricValue::status).containsExactly(ValueStatus.MISSING);
            assertThat(value(explorer, "reserves-unallocated", "2016/17", "E07000201")).isNotNull();
            assertThat(explorer.values("reserves-unallocated", "2015/16")).hasSizeGreaterThan(350);
        }
    }

    @EachEngine
    void urban_rural_shares_population_and_density_load_as_context_read_through_the_register(Engine engine) {
        try (Workbench workbench = everything(engine)) {
            Explorer explorer = workbench.explorer();

            // mySociety urban-rural: Oadby and Wigston (OAD) is all urban: 0, 0, 1.
            assertThat(value(explorer, "population-share-urban", "2011", "E07000135")).isEqualTo(100.0);
            assertThat(value(explorer, "population-share-rural", "2011", "E07000135")).isEqualTo(0.0);
            assertThat(value(explorer, "population-share-highly-rural", "2011", "E07000135")).isEqualTo(0.0);
            // Aberdeenshire's row (ABD) is Scotland's: counted as outside England, never an unknown code.
            assertThat(explorer.values("population-share-urban", "2011")).extracting(v -> v.authority().value())
                    .allMatch(code -> code.startsWith("E")).hasSizeGreaterThan(300);
            // The register: 57,313 people (mid-2020) on 24.0 km².
            assertThat(value(explorer, "population", "2020", "E07000135")).isEqualTo(57313.0);
            assertThat(value(explorer, "population-density", "2020", "E07000135")).isEqualTo(2388.0);
            assertThat(explorer.metrics()).filteredOn(m -> m.id().startsWith("population"))
                    .allMatch(m -> m.polarity() == Polarity.NEUTRAL && m.area().equals("Context")).hasSize(5);
        }
    }

    @EachEngine
    void oadby_and_wigstons_dashboard_shows_waste_planning_and_through_leicestershire_roads(Engine engine) {
        try (Workbench workbench = everything(engine)) {
            Map<String, DashboardRow> rows = workbench.explorer().dashboard("E07000135").stream()
                    .collect(Collectors.toMap(r -> r.metric().id(), r -> r));

            assertThat(rows.get("residual-household-waste-per-household").value()).isEqualTo(421.0);
            assertThat(rows.get("planning-non-major-decisions-in-time").period()).isEqualTo("2026-03-24");
            DashboardRow roads = rows.get("road-condition-a-roads");
            assertThat(roads.throughCode()).isEqualTo("E10000018");
            assertThat(roads.throughName()).isEqualTo("Leicestershire");
            assertThat(roads.value()).isEqualTo(3.0);
            assertThat(rows.get("residual-household-waste-per-household").throughCode()).isNull();
            assertThat(workbench.explorer().metrics()).extracting(Metric::area).contains("Waste management", "Planning", "Roads", "Context",
                    "Adult social care");
        }
    }

    @EachEngine
    void publishers_missing_value_codes_keep_their_meaning(Engine engine) {
        try (Workbench workbench = everything(engine)) {
            Map<ValueStatus, Long> statuses = workbench.explorer().values("municipal-waste-to-landfill", "2023/24").stream()
                    .collect(Collectors.groupingBy(MetricValue::status, Collectors.counting()));
            assertThat(statuses).containsKeys(ValueStatus.OK, ValueStatus.NOT_APPLICABLE);
            List<MetricValue> roads = workbench.explorer().values("road-condition-a-roads", "2007/08");
            assertThat(roads).extracting(MetricValue::status).contains(ValueStatus.MISSING);
        }
    }
}
