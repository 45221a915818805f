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
}
