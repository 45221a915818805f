package uk.bestvalue.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import uk.bestvalue.Actor;
import uk.bestvalue.Invalid;
import uk.bestvalue.Workbench;
import uk.bestvalue.assessment.AssessmentInput;
import uk.bestvalue.explorer.Comparison;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;

/** A benchmarking network: managed by its convenor, a comparison group, opt-in scores, and data shared under embargo. */
class NetworksTest {
    private static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final String OADBY = "E07000135";
    private static final String BLABY = "E07000129";
    private static final String HINCKLEY = "E07000132";
    private static final String MELTON = "E07000133";

    private static Workbench workbench(Engine engine) {
        Workbench workbench = Workbench.on(TestDatabases.fresh(engine), NOVEMBER_2026);
        workbench.loadShippedData();
        return workbench;
    }

    @EachEngine
    void the_convening_council_manages_members_and_a_member_may_leave(Engine engine) {
        try (Workbench workbench = workbench(engine)) {
            Networks networks = workbench.networks();
            Network n = networks.create(Actor.installation(), OADBY, "Leicestershire performance network", "Districts of the county",
                    List.of(BLABY, "e07000132"));
            assertThat(n.convenor()).isEqualTo(OADBY);
            assertThat(n.members()).extracting(Network.Member::code).containsExactlyInAnyOrder(OADBY, BLABY, HINCKLEY);
            assertThat(n.members()).noneMatch(Network.Member::sharesScores);

            assertThatThrownBy(() -> networks.addMember(Actor.installation(), n.id(), BLABY, MELTON))
                    .isInstanceOf(Invalid.class).hasMessageContaining("convening council");
            assertThat(networks.addMember(Actor.installation(), n.id(), OADBY, MELTON).members()).hasSize(4);
            assertThat(networks.addMember(Actor.installation(), n.id(), null, "E07000134").members()).as("the installation admin").hasSize(5);
            assertThat(networks.removeMember(Actor.installation(), n.id(), BLABY, BLABY).hasMember(BLABY)).as("Blaby leaves").isFalse();
            assertThatThrownBy(() -> networks.removeMember(Actor.installation(), n.id(), OADBY, OADBY)).isInstanceOf(Invalid.class);

            assertThatThrownBy(() -> networks.create(Actor.installation(), OADBY, "leicestershire PERFORMANCE network", null, List.of("E99999999", "x")))
                    .isInstanceOf(Invalid.class)
                    .satisfies(e -> assertThat(((Invalid) e).errors()).extracting(f -> f.field()).containsExactly("name", "members[1]", "members[2]"));
        }
    }

    @EachEngine
    void a_network_is_a_comparison_group_with_or_without_a_council_chosen(Engine engine) {
        try (Workbench workbench = workbench(engine)) {
            workbench.explorer().loadShipped(uk.bestvalue.explorer.Explorer.SHIPPED_FILES::contains);
            Network n = workbench.networks().create(Actor.installation(), null, "East Midlands districts", null, List.of(OADBY, BLABY, HINCKLEY));

            Comparison all = workbench.explorer().compare("household-waste-recycling-rate", null, "2023/24", n.key());
            assertThat(all.entries()).extracting(Comparison.Entry::code).containsExactlyInAnyOrder(OADBY, BLABY, HINCKLEY);
            Comparison mine = workbench.explorer().compare("household-waste-recycling-rate", OADBY, "2023/24", n.key());
            assertThat(mine.group().label()).isEqualTo("East Midlands districts");
            assertThat(mine.focus()).isPresent();
            assertThat(workbench.explorer().otherGroups()).containsEntry(n.key(), "Network: East Midlands districts");
            assertThatThrownBy(() -> workbench.explorer().compare("household-waste-recycling-rate", OADBY, "2023/24", "network:999"))
                    .isInstanceOf(Invalid.class);
        }
    }

    @EachEngine
    void only_published_scores_of_members_that_opted_in_are_shown(Engine engine) {
        try (Workbench workbench = workbench(engine)) {
            Network n = workbench.networks().create(Actor.installation(), OADBY, "Pilot network", null, List.of(BLABY));
            workbench.assessments().create(Actor.installation(), new AssessmentInput(BLABY, "best-value-standards/2024", "2024/25",
                    "Blaby's draft", "Chief Executive", "good-fair-poor", "theme", false, false));

            ThemeComparison before = workbench.networks().themes(n.id());
            assertThat(before.columns()).isEmpty();
            assertThat(before.notShown()).containsExactlyInAnyOrder("Oadby and Wigston has not opted in to share its scores",
                    "Blaby has not opted in to share its scores");

            workbench.networks().setSharing(Actor.installation(), n.id(), BLABY, true);
            ThemeComparison after = workbench.networks().themes(n.id());
            assertThat(after.columns()).as("a draft is never shown").isEmpty();
            assertThat(after.notShown()).contains("Blaby has no published self-assessment yet");
            assertThat(workbench.networks().network(n.id()).members()).filteredOn(Network.Member::sharesScores)
                    .extracting(Network.Member::code).containsExactly(BLABY);
        }
    }

    @EachEngine
    void data_shared_under_embargo_is_seen_by_members_at_once_and_by_everyone_from_its_date(Engine engine) {
        try (Workbench workbench = workbench(engine)) {
            Network n = workbench.networks().create(Actor.installation(), OADBY, "Pilot network", null, List.of(BLABY));
            workbench.networks().share(Actor.installation(), n.id(), BLABY, "Recycling 2025/26, unaudited", "41.2 %, up from 39.5 %", "2027-01-15");
            workbench.networks().share(Actor.installation(), n.id(), OADBY, "Planning speed", "94 % in time", "2026-11-25");

            assertThat(workbench.networks().shares(n.id(), code -> code.equals(BLABY))).as("a member's people").hasSize(2);
            assertThat(workbench.networks().shares(n.id(), code -> false)).as("anyone else").extracting(NetworkShare::title)
                    .containsExactly("Planning speed");
            assertThat(workbench.networks().shares(n.id(), code -> code.equals(MELTON))).as("another council's people").hasSize(1);

            assertThatThrownBy(() -> workbench.networks().share(Actor.installation(), n.id(), MELTON, "x", "y", "2027-01-01"))
                    .isInstanceOf(Invalid.class).hasMessageContaining("not a member");
            assertThatThrownBy(() -> workbench.networks().share(Actor.installation(), n.id(), BLABY, "", "", "2020-01-01"))
                    .isInstanceOf(Invalid.class)
                    .satisfies(e -> assertThat(((Invalid) e).errors()).extracting(f -> f.field()).containsExactly("title", "body", "embargo"));
        }
    }
}
