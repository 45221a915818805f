package uk.bestvalue.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.bestvalue.framework.FrameworkFileTest.HEADER;
import static uk.bestvalue.framework.FrameworkFileTest.yaml;

import java.time.Clock;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;

class FrameworkCatalogueTest {

    private static final String LOCAL = HEADER + """
            themes:
              - code: CI
                name: Continuous Improvement
                criteria:
                  - {code: CI012, kind: characteristic, title: Uses governance frameworks to act on risks}
              - code: G
                name: Governance
                criteria:
                  - {code: G001, kind: characteristic, title: Understands the democratic mandate}
                  - ref: CI012
            """;

    @EachEngine
    void loads_the_shipped_standards_draft_and_final_and_the_four_scales(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            FrameworkCatalogue catalogue = new FrameworkCatalogue(db, Clock.systemUTC(), new uk.bestvalue.auth.AuditLog(db, Clock.systemUTC()));

            catalogue.loadShipped();
            catalogue.loadShipped();

            assertThat(catalogue.frameworks()).singleElement().satisfies(f ->
                    assertThat(f.versions()).extracting(FrameworkSummary.VersionSummary::key).containsExactly("2024", "2023-draft"));
            FrameworkVersion final2024 = catalogue.version("best-value-standards/2024").orElseThrow();
            assertThat(final2024.themes()).hasSize(7);
            assertThat(final2024.criterion("LEAD-F2")).hasValueSatisfying(c -> assertThat(c.kind()).isEqualTo(CriterionKind.INDICATOR));
            assertThat(catalogue.scales()).extracting(Scale::key)
                    .containsExactlyInAnyOrder("good-fair-poor", "red-amber-green", "practice-four-level", "heat-map-five-level");
            assertThat(catalogue.scale("good-fair-poor").orElseThrow().levels()).extracting(ScaleLevel::label)
                    .containsExactly("Good", "Fair", "Poor");
            assertThat(catalogue.scale("practice-four-level").orElseThrow().rankedLevels()).hasSize(4);
        }
    }

    @EachEngine
    void keeps_a_shared_criterion_once_under_both_its_themes(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            FrameworkCatalogue catalogue = new FrameworkCatalogue(db, Clock.systemUTC(), new uk.bestvalue.auth.AuditLog(db, Clock.systemUTC()));

            catalogue.importStream("local.yaml", yaml(LOCAL));

            FrameworkVersion version = catalogue.version("local-standards/2025").orElseThrow();
            Criterion shared = version.criterion("CI012").orElseThrow();
            assertThat(version.criteria()).hasSize(2);
            assertThat(version.themesOf(shared.id())).extracting(Theme::code).containsExactly("CI", "G");
        }
    }

    @EachEngine
    void importing_the_same_version_twice_changes_nothing(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            FrameworkCatalogue catalogue = new FrameworkCatalogue(db, Clock.systemUTC(), new uk.bestvalue.auth.AuditLog(db, Clock.systemUTC()));

            FrameworkImport first = catalogue.importStream("local.yaml", yaml(LOCAL));
            long id = catalogue.version("local-standards/2025").orElseThrow().id();
            FrameworkImport second = catalogue.importStream("local.yaml", yaml(LOCAL));

            assertThat(first.outcome()).isEqualTo(FrameworkImport.Outcome.ADDED);
            assertThat(second.outcome()).isEqualTo(FrameworkImport.Outcome.UNCHANGED);
            assertThat(catalogue.version("local-standards/2025").orElseThrow().id()).isEqualTo(id);
        }
    }

    @EachEngine
    void a_version_no_assessment_uses_may_be_replaced(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            FrameworkCatalogue catalogue = new FrameworkCatalogue(db, Clock.systemUTC(), new uk.bestvalue.auth.AuditLog(db, Clock.systemUTC()));
            catalogue.importStream("local.yaml", yaml(LOCAL));

            FrameworkImport changed = catalogue.importStream("local.yaml", yaml(LOCAL.replace("Understands the democratic mandate", "Knows the mandate")));

            assertThat(changed.outcome()).isEqualTo(FrameworkImport.Outcome.REPLACED);
            assertThat(catalogue.version("local-standards/2025").orElseThrow().criterion("G001").orElseThrow().title()).isEqualTo("Knows the mandate");
        }
    }

    @EachEngine
    void a_new_or_replaced_version_is_in_the_audit_trail_with_who_imported_it(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            uk.bestvalue.auth.AuditLog audit = new uk.bestvalue.auth.AuditLog(db, Clock.systemUTC());
            FrameworkCatalogue catalogue = new FrameworkCatalogue(db, Clock.systemUTC(), audit);
            uk.bestvalue.Actor officer = uk.bestvalue.Actor.user(7, "Policy officer");

            catalogue.importStream(officer, "local.yaml", yaml(LOCAL));
            catalogue.importStream(officer, "local.yaml", yaml(LOCAL));
            catalogue.importStream(officer, "local.yaml", yaml(LOCAL.replace("Understands the democratic mandate", "Knows the mandate")));

            assertThat(audit.forEntity("framework_version", "local-standards/2025")).extracting(e -> e.action() + " by " + e.actorName())
                    .containsExactly("import by Policy officer", "replace by Policy officer");
            assertThat(audit.forEntity("framework_version", "local-standards/2025").get(0).after()).contains("\"source\":\"local.yaml\"",
                    "\"criteria\":2");
            assertThat(audit.verify().intact()).isTrue();
        }
    }
}
