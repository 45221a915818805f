package uk.bestvalue.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flywaydb.core.Flyway;
import uk.bestvalue.Workbench;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.DatabaseSettings;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;

/**
 * A database made by an earlier release, whose schema already went past the explorer's migration
 * numbers, still takes the explorer's later migrations on start, and then its shipped data.
 */
class EarlierDatabaseTest {

    @EachEngine
    void a_database_whose_schema_went_past_the_explorers_numbers_still_takes_its_new_migrations(Engine engine) {
        DatabaseSettings settings = TestDatabases.settings(engine);
        try (Database db = Database.open(settings)) {
            // As the release before metrics could be summed left it: every migration up to 41, but not 22.
            Flyway.configure().dataSource(settings.url(), settings.user() == null ? "sa" : settings.user(), settings.password())
                    .locations("classpath:db/migration").target("41").load().migrate();
            db.update("alter table metric drop column aggregation");
            db.update("delete from flyway_schema_history where version = '22'");
            assertThatThrownBy(() -> db.query("select aggregation from metric", row -> null)).isNotNull();

            db.migrate();

            Workbench workbench = Workbench.on(db);
            workbench.loadShippedData();
            workbench.explorer().loadShipped(file -> false);
            assertThat(workbench.explorer().metric("planning-non-major-decisions").summable()).isTrue();
        }
    }
}
