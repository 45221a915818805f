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

    @EachEngine
    void the_convenor_renames_and_describes_its_network_from_the_version_it_loaded_and_may_delete_it(Engine engine) {
        try (Workbench workbench = workbench(engine)) {
            Networks networks = workbench.networks();
            Network n = networks.create(Actor.installation(), OADBY, "Pilot network", null, List.of(BLABY));
            networks.create(Actor.installation(), OADBY, "Another network", null, List.of());
            assertThat(n.version()).isEqualTo(1);

            Network renamed = networks.update(Actor.installation(), n.id(), OADBY, " Leicestershire districts ", "The county's districts", 1);
            assertThat(renamed.name()).isEqualTo("Leicestershire districts");
            assertThat(renamed.description()).isEqualTo("The county's districts");
            assertThat(renamed.version()).isEqualTo(2);
            assertThat(networks.update(Actor.installation(), n.id(), OADBY, "Leicestershire districts", "  ", null).description())
                    .as("an empty description is none").isNull();

            assertThatThrownBy(() -> networks.update(Actor.installation(), n.id(), OADBY, "Stale", null, 1))
                    .isInstanceOf(uk.bestvalue.EditedMeanwhile.class);
            assertThat(networks.network(n.id()).name()).isEqualTo("Leicestershire districts");
            assertThatThrownBy(() -> networks.update(Actor.installation(), n.id(), BLABY, "By a member", null, null))
                    .isInstanceOf(Invalid.class).hasMessageContaining("convening council");
            assertThatThrownBy(() -> networks.update(Actor.installation(), n.id(), OADBY, "another NETWORK", "x".repeat(2001), null))
                    .isInstanceOf(Invalid.class)
                    .satisfies(e -> assertThat(((Invalid) e).errors()).extracting(f -> f.field()).containsExactly("name", "description"));
            assertThat(workbench.audit().forEntity("network", String.valueOf(n.id()))).extracting(e -> e.action())
                    .containsExactly("create", "update", "update");

            networks.share(Actor.installation(), n.id(), BLABY, "Recycling", "41 %", "31/12/2026");
            assertThatThrownBy(() -> networks.delete(Actor.installation(), n.id(), BLABY)).isInstanceOf(Invalid.class);
            networks.delete(Actor.installation(), n.id(), OADBY);
            assertThat(networks.networks()).extracting(Network::name).containsExactly("Another network");
            assertThat(workbench.audit().forEntity("network", String.valueOf(n.id()))).extracting(e -> e.action()).endsWith("delete");
        }
    }

    @EachEngine
    void the_convenor_removes_a_member_and_a_member_leaves_but_the_convenor_cannot(Engine engine) {
        try (Workbench workbench = workbench(engine)) {
            Networks networks = workbench.networks();
            Network n = networks.create(Actor.installation(), OADBY, "Pilot network", null, List.of(BLABY, HINCKLEY, MELTON));
            assertThat(networks.removeMember(Actor.installation(), n.id(), OADBY, HINCKLEY).hasMember(HINCKLEY)).isFalse();
            assertThat(networks.removeMember(Actor.installation(), n.id(), MELTON, MELTON).hasMember(MELTON)).isFalse();
            assertThatThrownBy(() -> networks.removeMember(Actor.installation(), n.id(), MELTON, BLABY)).as("not a member any more")
                    .isInstanceOf(Invalid.class);
            assertThatThrownBy(() -> networks.removeMember(Actor.installation(), n.id(), OADBY, OADBY)).isInstanceOf(Invalid.class)
                    .hasMessageContaining("delete the network instead");
            assertThat(workbench.audit().forEntity("network_member", n.id() + ":" + HINCKLEY)).extracting(e -> e.action())
                    .containsExactly("delete");
        }
    }

    @EachEngine
    void adding_a_member_with_no_code_asks_for_the_code(Engine engine) {
        try (Workbench workbench = workbench(engine)) {
            Network n = workbench.networks().create(Actor.installation(), OADBY, "Pilot network", null, List.of());
            for (String empty : new String[] {null, "", "   "}) {
                assertThatThrownBy(() -> workbench.networks().addMember(Actor.installation(), n.id(), OADBY, empty))
                        .isInstanceOf(Invalid.class)
                        .satisfies(e -> assertThat(((Invalid) e).errors()).singleElement()
                                .satisfies(f -> assertThat(f.field() + ": " + f.message()).isEqualTo("member: Enter the council's ONS code")));
            }
        }
    }

    @EachEngine
    void the_embargo_date_is_required_and_read_as_people_write_it(Engine engine) {
        try (Workbench workbench = workbench(engine)) {
            Networks networks = workbench.networks();
            Network n = networks.create(Actor.installation(), OADBY, "Pilot network", null, List.of(BLABY));
            assertThat(networks.share(Actor.installation(), n.id(), BLABY, "A", "b", "31/12/2026").embargoUntil()).hasToString("2026-12-31");
            assertThat(networks.share(Actor.installation(), n.id(), BLABY, "A", "b", "5/1/2027").embargoUntil()).hasToString("2027-01-05");
            assertThat(networks.share(Actor.installation(), n.id(), BLABY, "A", "b", "2026-11-25").embargoUntil()).as("today: public at once")
                    .hasToString("2026-11-25");
            assertThat(message(() -> networks.share(Actor.installation(), n.id(), BLABY, "A", "b", " ")))
                    .isEqualTo("embargo: Enter the date from which everyone may see it, for example 31/12/2026");
            assertThat(message(() -> networks.share(Actor.installation(), n.id(), BLABY, "A", "b", "31/2/2027")))
                    .isEqualTo("embargo: '31/2/2027' is not a date; write it as 31/12/2026");
            assertThat(message(() -> networks.share(Actor.installation(), n.id(), BLABY, "A", "b", "24/11/2026")))
                    .isEqualTo("embargo: The embargo date must be today or later, and before 2100");
        }
    }

    @EachEngine
    void only_the_member_that_shared_an_item_corrects_or_removes_it(Engine engine) {
        try (Workbench workbench = workbench(engine)) {
            Networks networks = workbench.networks();
            Network n = networks.create(Actor.installation(), OADBY, "Pilot network", null, List.of(BLABY));
            NetworkShare shared = networks.share(Actor.installation(), n.id(), BLABY, "Recycling, unaudited", "41.2 %", "2027-01-15");
            assertThat(shared.version()).isEqualTo(1);

            NetworkShare corrected = networks.updateShare(Actor.installation(), n.id(), BLABY, shared.id(), "Recycling, audited", "41.0 %",
                    "1/12/2026", 1);
            assertThat(corrected).extracting(NetworkShare::title, NetworkShare::body, s -> s.embargoUntil().toString(), NetworkShare::version)
                    .containsExactly("Recycling, audited", "41.0 %", "2026-12-01", 2);
            assertThatThrownBy(() -> networks.updateShare(Actor.installation(), n.id(), BLABY, shared.id(), "Stale", "x", "1/12/2026", 1))
                    .isInstanceOf(uk.bestvalue.EditedMeanwhile.class);
            assertThatThrownBy(() -> networks.updateShare(Actor.installation(), n.id(), OADBY, shared.id(), "Not ours", "x", "1/12/2026", null))
                    .as("even the convenor").isInstanceOf(uk.bestvalue.NotAllowed.class);
            assertThatThrownBy(() -> networks.deleteShare(Actor.installation(), n.id(), OADBY, shared.id()))
                    .isInstanceOf(uk.bestvalue.NotAllowed.class);
            assertThat(message(() -> networks.updateShare(Actor.installation(), n.id(), BLABY, shared.id(), "", "x", "", null)))
                    .startsWith("title: ");

            networks.deleteShare(Actor.installation(), n.id(), BLABY, shared.id());
            assertThat(networks.shares(n.id(), code -> true)).isEmpty();
            assertThatThrownBy(() -> networks.share(n.id(), shared.id())).isInstanceOf(uk.bestvalue.NotFound.class);
            assertThat(workbench.audit().forEntity("network_share", String.valueOf(shared.id()))).extracting(e -> e.action())
                    .containsExactly("create", "update", "delete");
        }
    }

    private static String message(Runnable change) {
        try {
            change.run();
        } catch (Invalid e) {
            return e.errors().stream().map(f -> f.field() + ": " + f.message()).collect(java.util.stream.Collectors.joining("; "));
        }
        throw new AssertionError("no problem found");
    }
}
