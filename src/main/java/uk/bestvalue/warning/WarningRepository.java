package uk.bestvalue.warning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.RowMapper;
import uk.bestvalue.store.Sql;

/** The SQL of rule set versions, flags and what editors decided about them. */
final class WarningRepository {
    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String FLAG_COLUMNS = "f.id, f.rule_set_id, f.rule_id, f.authority_code, f.title, f.severity, f.theme_code, f.criteria, "
            + "f.metric_id, f.period, f.group_label, f.observed, f.explanation, f.opened_at, f.opened_import, f.closed_at, f.closed_reason";
    private static final RowMapper<Flag> FLAG = WarningRepository::flag;

    private final Database db;

    WarningRepository(Database db) {
        this.db = db;
    }

    record StoredSet(long id, String key, String version, String name, String document, String fingerprint, LocalDateTime importedAt) {
    }

    List<StoredSet> sets() {
        return db.query("select id, set_key, version_key, name, document, fingerprint, imported_at from warning_rule_set order by id",
                row -> new StoredSet(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6),
                        row.getObject(7, LocalDateTime.class)));
    }

    long flagsRaisedBy(long setId) {
        return db.count("select count(*) from warning_flag where rule_set_id = ?", setId);
    }

    /** Stores a rule set version, replacing an unused one of the same key and version, and returns its id. */
    long storeSet(String key, String version, String name, String document, String fingerprint, LocalDateTime now, Long replacing,
                  java.util.function.BiConsumer<Sql, Long> alongside) {
        return db.transaction(tx -> {
            if (replacing != null) {
                tx.update("delete from warning_rule_set where id = ?", replacing);
            }
            long id = tx.insert("insert into warning_rule_set (set_key, version_key, name, document, fingerprint, imported_at) values (?, ?, ?, ?, ?, ?)",
                    key, version, name, document, fingerprint, now);
            alongside.accept(tx, id);
            return id;
        });
    }

    long openCount() {
        return db.count("select count(*) from warning_flag where closed_at is null");
    }

    List<Flag> open() {
        return db.query("select " + FLAG_COLUMNS + " from warning_flag f where f.closed_at is null order by f.id", FLAG);
    }

    /** An open flag as evaluation needs it: without its stored values, which it never reads again. */
    record OpenFlag(long id, long ruleSetId, String ruleId, OnsCode authority, String period, String groupLabel, String explanation) {
    }

    private static final String OPEN_COLUMNS = "id, rule_set_id, rule_id, authority_code, period, group_label, explanation";
    private static final RowMapper<OpenFlag> OPEN = row -> new OpenFlag(row.getLong(1), row.getLong(2), row.getString(3),
            OnsCode.parse(row.getString(4)), row.getString(5), row.getString(6), row.getString(7));

    List<OpenFlag> openFlags() {
        return db.query("select " + OPEN_COLUMNS + " from warning_flag where closed_at is null order by id", OPEN);
    }

    List<OpenFlag> openOfRules(long setId, List<String> ruleIds) {
        if (ruleIds.isEmpty()) {
            return List.of();
        }
        List<OpenFlag> found = new ArrayList<>();
        // In slices: a rule set of thousands of rules would otherwise be one statement with thousands of parameters.
        for (int from = 0; from < ruleIds.size(); from += 500) {
            List<String> slice = ruleIds.subList(from, Math.min(ruleIds.size(), from + 500));
            List<Object> params = new ArrayList<>();
            params.add(setId);
            params.addAll(slice);
            found.addAll(db.query("select " + OPEN_COLUMNS + " from warning_flag where closed_at is null and rule_set_id = ? and rule_id in ("
                    + String.join(", ", slice.stream().map(r -> "?").toList()) + ") order by id", OPEN, params.toArray()));
        }
        return found;
    }

    List<Flag> ofAuthority(OnsCode authority) {
        return db.query("select " + FLAG_COLUMNS + " from warning_flag f where f.authority_code = ? order by f.closed_at desc, f.id desc",
                FLAG, authority.value());
    }

    Optional<Flag> flag(long id) {
        return db.queryOne("select " + FLAG_COLUMNS + " from warning_flag f where f.id = ?", FLAG, id);
    }

    /** A flag to close and why. */
    record Closing(long flagId, String reason) {
    }

    /** Opens the new flags and closes the old ones in one transaction, so a reader never sees half an evaluation. */
    void apply(List<Flag> opened, List<Closing> closed, LocalDateTime now) {
        db.transaction(tx -> {
            List<Object[]> closing = closed.stream().map(c -> new Object[] {now, c.reason(), c.flagId()}).toList();
            for (int from = 0; from < closing.size(); from += 1000) {
                tx.batch("update warning_flag set closed_at = ?, closed_reason = ? where id = ? and closed_at is null",
                        closing.subList(from, Math.min(closing.size(), from + 1000)));
            }
            List<Object[]> rows = new ArrayList<>();
            for (Flag f : opened) {
                rows.add(new Object[] {f.ruleSetId(), f.ruleId(), f.authority().value(), f.title(), f.severity().id(), f.theme(),
                        String.join(",", f.criteria()), f.metricId(), f.period(), f.groupLabel(), json(f.observed()), f.explanation(),
                        f.openedAt(), f.openedImport()});
            }
            for (int from = 0; from < rows.size(); from += 1000) {
                tx.batch("insert into warning_flag (rule_set_id, rule_id, authority_code, title, severity, theme_code, criteria, metric_id, "
                        + "period, group_label, observed, explanation, opened_at, opened_import) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        rows.subList(from, Math.min(rows.size(), from + 1000)));
            }
            return null;
        });
    }

    /** What an editor decided about a flag in an assessment, within the assessment's change. */
    void decide(Sql tx, long flagId, long assessmentId, String decision, String reason, Long evidenceId, String by, LocalDateTime at) {
        tx.update("insert into warning_decision (flag_id, assessment_id, decision, reason, evidence_id, decided_by, decided_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", flagId, assessmentId, decision, reason, evidenceId, by, at);
    }

    boolean decided(Sql tx, long flagId, long assessmentId) {
        return tx.count("select count(*) from warning_decision where flag_id = ? and assessment_id = ?", flagId, assessmentId) > 0;
    }

    private static final String DECISION_COLUMNS = "select flag_id, assessment_id, decision, reason, evidence_id, decided_by, decided_at from warning_decision ";

    List<Decision> decisions(long assessmentId) {
        return db.query(DECISION_COLUMNS + "where assessment_id = ? order by decided_at", WarningRepository::decision, assessmentId);
    }

    /** The decisions of an assessment that made the evidence item named. */
    List<Decision> decisionsMaking(Sql tx, long assessmentId, long evidenceId) {
        return tx.query(DECISION_COLUMNS + "where assessment_id = ? and evidence_id = ?", WarningRepository::decision, assessmentId, evidenceId);
    }

    java.util.Optional<Decision> decision(Sql tx, long flagId, long assessmentId) {
        return tx.queryOne(DECISION_COLUMNS + "where flag_id = ? and assessment_id = ?", WarningRepository::decision, flagId, assessmentId);
    }

    void undecide(Sql tx, long flagId, long assessmentId) {
        tx.update("delete from warning_decision where flag_id = ? and assessment_id = ?", flagId, assessmentId);
    }

    private static Decision decision(ResultSet row) throws SQLException {
        return new Decision(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), row.getObject(5) == null ? null : row.getLong(5),
                row.getString(6), row.getObject(7, LocalDateTime.class));
    }

    private static Flag flag(ResultSet row) throws SQLException {
        String criteria = row.getString(8);
        return new Flag(row.getLong(1), row.getLong(2), row.getString(3), OnsCode.parse(row.getString(4)), row.getString(5),
                Severity.fromId(row.getString(6)).orElseThrow(), row.getString(7),
                criteria == null || criteria.isBlank() ? List.of() : Arrays.asList(criteria.split(",")), row.getString(9), row.getString(10),
                row.getString(11), observation(row.getString(12)), row.getString(13), row.getObject(14, LocalDateTime.class),
                row.getObject(15) == null ? null : row.getLong(15), row.getObject(16, LocalDateTime.class), row.getString(17));
    }

    static String json(Observation o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a flag's observation", e);
        }
    }

    static Observation observation(String json) {
        try {
            return JSON.readValue(json, Observation.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored observation could not be read", e);
        }
    }
}
