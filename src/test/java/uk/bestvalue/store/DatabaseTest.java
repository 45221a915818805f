package uk.bestvalue.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DatabaseTest {

    @EachEngine
    void reports_the_engine_it_runs_on(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            assertThat(db.engine()).isEqualTo(engine);
            assertThat(db.engineVersion()).containsIgnoringCase(engine == Engine.H2 ? "H2" : "PostgreSQL");
        }
    }

    @EachEngine
    void migrating_twice_applies_nothing_the_second_time(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            assertThat(db.migrate()).isZero();
        }
    }

    @EachEngine
    void a_transaction_that_throws_leaves_nothing_behind(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            assertThatThrownBy(() -> db.transaction(tx -> {
                tx.update("insert into authority (code, register_code, name, official_name, type) values (?, ?, ?, ?, ?)",
                        "E07000135", "OAD", "Oadby and Wigston", "Oadby and Wigston Borough Council", "shire_district");
                throw new IllegalStateException("the second write failed");
            })).hasMessage("the second write failed");

            assertThat(db.count("select count(*) from authority")).isZero();
        }
    }

    @EachEngine
    void a_batch_writes_every_row(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            List<Object[]> rows = new java.util.ArrayList<>();
            for (int i = 0; i < 1_234; i++) {
                rows.add(new Object[] {String.format("E07%06d", i), "R" + i, "Name " + i, "Official " + i, "shire_district"});
            }

            db.batch("insert into authority (code, register_code, name, official_name, type) values (?, ?, ?, ?, ?)", rows);

            assertThat(db.count("select count(*) from authority")).isEqualTo(1_234);
        }
    }

    @Test
    void an_unsupported_url_is_refused_with_a_reason() {
        assertThatThrownBy(() -> Database.open(DatabaseSettings.of("jdbc:mysql://localhost/x", null, null)))
                .isInstanceOf(DatabaseUnavailable.class)
                .hasMessageContaining("Unsupported database URL");
    }

    @Test
    void an_unreachable_postgres_server_is_reported_with_its_address() {
        assertThatThrownBy(() -> Database.open(new DatabaseSettings(
                "jdbc:postgresql://127.0.0.1:1/nothing?connectTimeout=2", "nobody", null, 1)))
                .isInstanceOf(DatabaseUnavailable.class)
                .hasMessageContaining("127.0.0.1:1");
    }
}
