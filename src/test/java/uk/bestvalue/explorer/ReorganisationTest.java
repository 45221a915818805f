package uk.bestvalue.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import uk.bestvalue.NotFound;
import uk.bestvalue.Workbench;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.AuthorityQuery;
import uk.bestvalue.authority.AuthorityStatus;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.authority.Region;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;

/** Councils abolished and created in reorganisations keep their region, their years, and their names apart. */
class ReorganisationTest {

    @EachEngine
    void every_past_council_has_a_region_and_forest_heath_was_in_suffolk(Engine engine) {
        try (Workbench workbench = ExplorerTest.loaded(engine)) {
            assertThat(workbench.authorities().find(new AuthorityQuery(null, null, null, AuthorityStatus.PAST)))
                    .isNotEmpty().allSatisfy(a -> assertThat(a.region()).as(a.name()).isNotNull());
            Authority forestHeath = workbench.authorities().get(OnsCode.parse("E07000201")).orElseThrow();
            assertThat(forestHeath.countyCode()).isEqualTo(OnsCode.parse("E10000029"));
            assertThat(forestHeath.region()).isEqualTo(Region.EAST_OF_ENGLAND);
            assertThat(workbench.authorities().get(OnsCode.parse("E06000028")).orElseThrow().region()).isEqualTo(Region.SOUTH_WEST);
        }
    }

    @EachEngine
    void a_council_asked_for_in_a_year_it_did_not_exist_is_sent_to_its_successor_or_predecessors(Engine engine) {
        try (Workbench workbench = ExplorerTest.loaded(engine)) {
            Explorer explorer = workbench.explorer();

            assertThatThrownBy(() -> explorer.compare("household-waste-recycling-rate", "E07000026", "2023/24", "england"))
                    .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.title()).contains("Allerdale"))
                    .satisfies(e -> assertThat(e.getMessage()).contains("abolished on 2023-03-31", "Cumberland (E06000063)"));
            assertThatThrownBy(() -> explorer.compare("household-waste-recycling-rate", "E06000063", "2022/23", "england"))
                    .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.getMessage()).contains("created on 2023-04-01", "It replaced",
                            "Allerdale (until 2023) (E07000026)", "Carlisle (until 2023)"));
        }
    }

    @EachEngine
    void a_past_region_group_is_made_of_the_councils_of_that_year_with_names_told_apart(Engine engine) {
        try (Workbench workbench = ExplorerTest.loaded(engine)) {
            Explorer explorer = workbench.explorer();
            String walking = "authority_code,period,value\nE07000026,2021/22,40\nE07000029,2021/22,38\nE06000063,2023/24,41\n";
            explorer.importValues(new ImportRequest("cumbria.csv", walking.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "household-waste-recycling-rate", false, null, null, "test", null));

            Comparison before = explorer.compare("household-waste-recycling-rate", "E07000026", "2021/22", "region");
            Comparison after = explorer.compare("household-waste-recycling-rate", "E06000063", "2023/24", "region");

            assertThat(before.entries()).extracting(Comparison.Entry::code).contains("E07000026", "E07000029").doesNotContain("E06000063");
            assertThat(after.entries()).extracting(Comparison.Entry::code).contains("E06000063").doesNotContain("E07000026");
            assertThat(before.entries()).extracting(Comparison.Entry::name).contains("Allerdale (until 2023)");
            assertThat(explorer.label(workbench.authorities().get(OnsCode.parse("E10000027")).orElseThrow())).isEqualTo("Somerset (county, until 2023)");
        }
    }

    @EachEngine
    void a_successors_series_shows_its_predecessors_values_labelled_and_adds_them_up_only_where_the_metric_may_be_summed(Engine engine) {
        try (Workbench workbench = ExplorerTest.loaded(engine)) {
            Explorer explorer = workbench.explorer();
            // Cumberland replaced Allerdale, Carlisle and Copeland, and with Westmorland and Furness, Cumbria county.
            String decisions = "authority_code,period,value\nE07000026,2022-06-30,100\nE07000028,2022-06-30,200\nE07000029,2022-06-30,50\n"
                    + "E07000026,2021-06-30,90\nE07000028,2021-06-30,180\nE06000063,2024-06-30,400\n";
            explorer.importValues(new ImportRequest("decisions.csv", decisions.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "planning-non-major-decisions", false, null, null, "test", null));
            String rates = "authority_code,period,value\nE07000026,2021/22,40\nE07000028,2021/22,38\nE07000029,2021/22,30\nE06000063,2023/24,41\n";
            explorer.importValues(new ImportRequest("rates.csv", rates.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "household-waste-recycling-rate", false, null, null, "test", null));

            TimeSeries counts = explorer.timeSeries("planning-non-major-decisions", "E06000063", "england");
            TimeSeries percents = explorer.timeSeries("household-waste-recycling-rate", "E06000063", "england");

            assertThat(counts.predecessors()).extracting(TimeSeries.Predecessor::name)
                    .containsExactly("Allerdale (until 2023)", "Carlisle (until 2023)", "Copeland (until 2023)", "Cumbria (until 2023)");
            assertThat(counts.predecessors().get(0).in("2022-06-30").value()).isEqualTo(100.0);
            assertThat(counts.predecessors().get(3).sharedWith()).containsExactly("E06000064");
            // Summed where every predecessor has a value (2021 lacks Copeland); the successor's own points stay its own.
            assertThat(counts.predecessorsCombined()).extracting(TimeSeries.Combined::period, TimeSeries.Combined::value, TimeSeries.Combined::councils)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("2022-06-30", 350.0, 3));
            assertThat(counts.points()).filteredOn(p -> p.period().equals("2022-06-30")).extracting(TimeSeries.Point::value).containsOnlyNulls();
            // A percentage is never added up, but each predecessor's own rate is shown.
            assertThat(percents.predecessorsCombined()).isEmpty();
            assertThat(percents.predecessors().get(2).in("2021/22").value()).isEqualTo(30.0);
            assertThatThrownBy(() -> MetricRules.check(new MetricDefinition("x-rate", "A rate", null, "Waste", "percent", "higher_better",
                    java.util.List.of("unitary"), "financial_year", null, null, null, null, null, null, "sum")))
                    .isInstanceOfSatisfying(uk.bestvalue.Invalid.class, e -> assertThat(e.errors()).extracting(uk.bestvalue.FieldError::field)
                            .containsExactly("aggregation"));
        }
    }
}
