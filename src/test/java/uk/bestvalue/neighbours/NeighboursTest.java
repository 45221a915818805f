package uk.bestvalue.neighbours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.bestvalue.Invalid;
import uk.bestvalue.Workbench;
import uk.bestvalue.authority.Authority;
import uk.bestvalue.authority.AuthorityType;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.explorer.Comparison;
import uk.bestvalue.explorer.ComparisonGroup;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;

/** Published neighbour lists import as they are published; our model's lists are reproducible, of the same tier, and explained. */
class NeighboursTest {
    private static final String OADBY = "E07000135";
    private static final String LEICESTERSHIRE = "E10000018";
    static final Set<String> MODEL_FILES = NeighboursTestFiles.MODEL_FILES;

    static Workbench withRegister(Engine engine) {
        Workbench workbench = Workbench.on(TestDatabases.fresh(engine));
        workbench.authorities().loadShippedRegisterIfEmpty();
        return workbench;
    }

    static Workbench withModelInputs(Engine engine) {
        Workbench workbench = withRegister(engine);
        workbench.explorer().loadShipped(MODEL_FILES::contains);
        return workbench;
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static Neighbours.SetDetails details(String key) {
        return new Neighbours.SetDetails(key, "Test list " + key, "A council", "Licensed to the council", "Its file", null, "2024");
    }

    @EachEngine
    void onss_similar_councils_ship_in_order_with_welsh_and_scottish_neighbours_kept_outside_the_data(Engine engine) {
        try (Workbench workbench = withRegister(engine)) {
            workbench.neighbours().loadShipped(Neighbours.ONS_GLOBAL::equals);

            NeighbourList oadby = workbench.neighbours().list(OADBY, null);
            assertThat(oadby.set().key()).isEqualTo(Neighbours.ONS_GLOBAL);
            assertThat(oadby.neighbours()).hasSize(20);
            assertThat(oadby.neighbours().get(0).neighbour().code()).isEqualTo("E08000034");
            assertThat(oadby.neighbours().get(0).neighbour().name()).isEqualTo("Kirklees");
            assertThat(oadby.neighbours().get(0).neighbour().distance()).as("ONS publishes no distances").isNull();

            // Hartlepool's sixth most similar area is Welsh: kept at its rank, marked outside, never dropped.
            NeighbourList hartlepool = workbench.neighbours().list("E06000001", Neighbours.ONS_GLOBAL);
            assertThat(hartlepool.neighbours()).hasSize(20);
            Neighbour sixth = hartlepool.neighbours().get(5).neighbour();
            assertThat(sixth.code()).isEqualTo("W06000022");
            assertThat(sixth.outside()).isTrue();
            assertThat(sixth.name()).isNull();
            assertThat(hartlepool.outside()).isEqualTo(1);
            NeighbourSet set = workbench.neighbours().set(Neighbours.ONS_GLOBAL);
            assertThat(set.outside()).isPositive();
            assertThat(set.licence()).isEqualTo("Open Government Licence v3.0");

            // Barnsley's 2024 code in ONS's lists is read as the council the register knows.
            assertThat(workbench.neighbours().list("E08000016", Neighbours.ONS_GLOBAL).neighbours()).hasSize(20);
        }
    }

    @EachEngine
    void a_councils_own_list_imports_with_distances_and_importing_it_again_changes_nothing(Engine engine) {
        try (Workbench workbench = withRegister(engine)) {
            byte[] file = csv("authority_code,rank,neighbour_code,distance\n"
                    + "E07000135,1,E07000129,0.12\nE07000135,2,E07000131,0.3\nE07000135,3,W06000015,0.41\n"
                    + "E07000129,1,E07000135,0.12\n");
            Neighbours.ImportOutcome first = workbench.neighbours().importFile(details("cipfa-2024"), file);
            assertThat(first.changed()).isTrue();
            assertThat(first.layout()).isEqualTo("long");
            assertThat(first.lists()).isEqualTo(2);
            assertThat(first.neighboursOutside()).isEqualTo(1);

            NeighbourList list = workbench.neighbours().list(OADBY, "cipfa-2024");
            assertThat(list.neighbours()).extracting(e -> e.neighbour().code()).containsExactly("E07000129", "E07000131", "W06000015");
            assertThat(list.neighbours()).extracting(e -> e.neighbour().distance()).containsExactly(0.12, 0.3, 0.41);
            assertThat(list.set().publisher()).isEqualTo("A council");

            assertThat(workbench.neighbours().importFile(details("cipfa-2024"), file).changed()).isFalse();
        }
    }

    @EachEngine
    void a_bad_file_changes_nothing_and_names_every_problem_by_row_and_column(Engine engine) {
        try (Workbench workbench = withRegister(engine)) {
            workbench.neighbours().importFile(details("mine"), csv("authority_code,rank,neighbour_code\nE07000135,1,E07000129\n"));
            byte[] bad = csv("authority_code,rank,neighbour_code,distance\n"
                    + "E07000135,1,E07000129,\nE07000135,1,E07000131,\nE07000135,x,E07000131,\nE07000135,2,E07000135,\n"
                    + "E07000135,3,not-a-code,\nE07000129,1,E07000135,-1\n");
            assertThatThrownBy(() -> workbench.neighbours().importFile(details("mine"), bad))
                    .isInstanceOf(Invalid.class)
                    .satisfies(e -> assertThat(((Invalid) e).errors()).extracting(f -> f.field()).contains(
                            "row 3, column rank", "row 4, column rank", "row 5, column neighbour_code", "row 6, column neighbour_code",
                            "row 7, column distance"));
            assertThat(workbench.neighbours().list(OADBY, "mine").neighbours()).hasSize(1);
            assertThatThrownBy(() -> workbench.neighbours().importFile(details("Bad Key!"), csv("authority_code,rank,neighbour_code\n")))
                    .isInstanceOf(Invalid.class).hasMessageContaining("key");
        }
    }

    @EachEngine
    void our_models_lists_are_reproducible_of_the_same_tier_fifteen_long_and_cover_counties(Engine engine) {
        try (Workbench workbench = withModelInputs(engine)) {
            Neighbours neighbours = workbench.neighbours();
            NeighbourSet set = neighbours.compute();
            assertThat(set.computed()).isTrue();
            assertThat(set.method()).contains("Index of Multiple Deprivation", "15 nearest of the same tier");
            List<NeighbourRepository.Row> first = new NeighbourRepository(workbench.db()).rows(set.key());
            neighbours.compute();
            assertThat(new NeighbourRepository(workbench.db()).rows(set.key())).as("same inputs, same lists").isEqualTo(first);

            Map<String, Authority> byCode = workbench.authorities().find(new uk.bestvalue.authority.AuthorityQuery(null, null, null,
                    uk.bestvalue.authority.AuthorityStatus.CURRENT)).stream().collect(Collectors.toMap(a -> a.code().value(), a -> a));
            Map<String, List<NeighbourRepository.Row>> lists = first.stream().collect(Collectors.groupingBy(NeighbourRepository.Row::authority));
            long councils = byCode.values().stream().filter(a -> a.type().isCouncil()).count();
            assertThat(lists).hasSize((int) councils);
            lists.forEach((code, rows) -> {
                assertThat(rows).as(code).hasSize(15);
                String tier = NeighbourModel.tier(byCode.get(code).type());
                assertThat(rows).allSatisfy(r -> assertThat(NeighbourModel.tier(byCode.get(r.neighbour()).type())).as(code).isEqualTo(tier));
                assertThat(rows).extracting(NeighbourRepository.Row::distance).isSorted();
            });

            // A county: every neighbour a county, its deprivation aggregated from its districts and said so.
            NeighbourList leicestershire = neighbours.list(LEICESTERSHIRE, null);
            assertThat(leicestershire.set().key()).as("ONS does not cover counties by default").isEqualTo(set.key());
            assertThat(leicestershire.neighbours()).allSatisfy(e -> assertThat(e.neighbour().type()).isEqualTo(AuthorityType.SHIRE_COUNTY.id()));
            assertThat(new NeighbourRepository(workbench.db()).indicators(set.key()).get(LEICESTERSHIRE))
                    .filteredOn(i -> i.indicator().equals("deprivation")).singleElement()
                    .satisfies(i -> assertThat(i.derivation()).startsWith("population-weighted mean of 7 of its 7 districts"));
            // Each neighbour says on which indicators it is closest and furthest.
            NeighbourList.Entry nearest = leicestershire.neighbours().get(0);
            assertThat(nearest.closest()).isNotEmpty();
            assertThat(nearest.furthest()).isNotEmpty();
            assertThat(nearest.closest().get(0).gap()).isLessThanOrEqualTo(nearest.furthest().get(0).gap());
        }
    }

    @EachEngine
    void a_councils_neighbours_are_a_comparison_group_for_any_set(Engine engine) {
        try (Workbench workbench = withModelInputs(engine)) {
            workbench.neighbours().loadShipped(key -> key.equals(Neighbours.ONS_GLOBAL) || key.equals(workbench.neighbours().modelKey()));

            ComparisonGroup ons = workbench.explorer().group("neighbours", workbench.authorities().require(OADBY));
            NeighbourList list = workbench.neighbours().list(OADBY, Neighbours.ONS_GLOBAL);
            assertThat(ons.members()).hasSize((int) (20 - list.outside()))
                    .contains(OnsCode.parse("E08000034"));
            assertThat(ons.label()).contains("ONS similar councils (global)");

            Comparison c = workbench.explorer().compare("household-waste-recycling-rate", OADBY, "2023/24",
                    "neighbours:" + workbench.neighbours().modelKey());
            assertThat(c.group().key()).isEqualTo("neighbours:" + workbench.neighbours().modelKey());
            assertThat(c.entries()).hasSize(16).anySatisfy(e -> assertThat(e.code()).isEqualTo(OADBY));

            assertThatThrownBy(() -> workbench.explorer().compare("household-waste-recycling-rate", OADBY, "2023/24", "neighbours:nope"))
                    .isInstanceOf(Invalid.class).hasMessageContaining("no neighbour set 'nope'");
        }
    }
}
