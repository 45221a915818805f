package uk.bestvalue.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import uk.bestvalue.Actor;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.EachEngine;
import uk.bestvalue.store.Engine;
import uk.bestvalue.store.TestDatabases;

/** Tampering made directly in the database, as someone with database access could, is detected. */
class AuditLogTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T09:00:00Z"), ZoneOffset.UTC);

    private static AuditLog trailOfFive(Database db) {
        AuditLog trail = new AuditLog(db, CLOCK);
        for (int i = 1; i <= 5; i++) {
            int n = i;
            db.transaction(tx -> {
                trail.record(tx, Actor.user(7, "Alex Officer"), "E07000135", "theme_score", "1/CI", "update",
                        Map.of("score", "fair", "n", n - 1), Map.of("score", "good", "n", n));
                return null;
            });
        }
        return trail;
    }

    @EachEngine
    void an_untouched_trail_verifies(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            Verification result = trailOfFive(db).verify();
            assertThat(result.intact()).isTrue();
            assertThat(result.entriesChecked()).isEqualTo(5);
            assertThat(result.headHash()).hasSize(64);
        }
    }

    @EachEngine
    void an_edited_entry_is_named(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            AuditLog trail = trailOfFive(db);
            db.update("update audit_entry set after_json = ? where seq = 3", "{\"n\":3,\"score\":\"poor\"}");
            Verification result = trail.verify();
            assertThat(result.firstBrokenSeq()).isEqualTo(3L);
            assertThat(result.problem()).contains("changed after it was written");
        }
    }

    @EachEngine
    void a_deleted_entry_is_named_in_the_middle_and_at_the_end(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            AuditLog trail = trailOfFive(db);
            db.update("delete from audit_entry where seq = 5");
            assertThat(trail.verify().firstBrokenSeq()).isEqualTo(5L);
            db.update("delete from audit_entry where seq = 2");
            assertThat(trail.verify().firstBrokenSeq()).isEqualTo(2L);
            assertThat(trail.verify().problem()).contains("missing");
        }
    }

    @EachEngine
    void reordered_entries_are_named(Engine engine) {
        try (Database db = TestDatabases.fresh(engine)) {
            AuditLog trail = trailOfFive(db);
            db.transaction(tx -> {
                tx.update("update audit_entry set seq = 100 where seq = 2");
                tx.update("update audit_entry set seq = 2 where seq = 4");
                tx.update("update audit_entry set seq = 4 where seq = 100");
                return null;
            });
            assertThat(trail.verify().firstBrokenSeq()).isEqualTo(2L);
        }
    }

    @EachEngine
    void the_same_change_described_as_a_map_in_any_order_hashes_alike(Engine engine) {
        assertThat(AuditLog.json(new java.util.LinkedHashMap<>(Map.of("b", 1, "a", List.of(2, 3)))))
                .isEqualTo(AuditLog.json(new java.util.TreeMap<>(Map.of("a", List.of(2, 3), "b", 1))))
                .isEqualTo("{\"a\":[2,3],\"b\":1}");
    }

    @org.junit.jupiter.api.Test
    void a_financial_year_is_recorded_as_its_text() {
        assertThat(AuditLog.json(Map.of("period", uk.bestvalue.period.Period.parse("2023/24")))).isEqualTo("{\"period\":\"2023/24\"}");
    }
}
