package uk.bestvalue.explorer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.bestvalue.authority.AuthorityType;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.RowStamp;
import uk.bestvalue.store.Sql;

/** The SQL of metrics, values, imports and saved groups. */
final class ExplorerRepository {
    private final Database db;

    ExplorerRepository(Database db) {
        this.db = db;
    }

    List<Metric> metrics() {
        return db.query("select * from metric order by area, title", ExplorerRepository::metric);
    }

    Optional<Metric> metric(String id) {
        return db.queryOne("select * from metric where metric_id = ?", ExplorerRepository::metric, id);
    }

    void insertMetric(Metric m) {
        insertMetric(db, m);
    }

    void insertMetric(Sql tx, Metric m) {
        tx.update("insert into metric (metric_id, title, description, unit, polarity, area, publisher, source, licence, applies_to,"
                        + " period_type, generated, decimals, url, notes, aggregation) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                m.id(), m.title(), m.description(), m.unit(), m.polarity().id(), m.area(), m.publisher(), m.source(), m.licence(),
                m.appliesTo().stream().map(AuthorityType::id).sorted().collect(Collectors.joining(",")), m.periodType(), m.generated(),
                m.decimals(), m.url(), m.notes(), m.aggregation());
    }

    void updateMetric(Sql tx, Metric m) {
        tx.update("update metric set title = ?, description = ?, unit = ?, polarity = ?, area = ?, publisher = ?, source = ?, licence = ?,"
                        + " applies_to = ?, period_type = ?, decimals = ?, url = ?, notes = ?, aggregation = ? where metric_id = ?",
                m.title(), m.description(), m.unit(), m.polarity().id(), m.area(), m.publisher(), m.source(), m.licence(),
                m.appliesTo().stream().map(AuthorityType::id).sorted().collect(Collectors.joining(",")), m.periodType(), m.decimals(), m.url(),
                m.notes(), m.aggregation(), m.id());
    }

    Optional<RowStamp> metricStamp(Sql sql, String id) {
        return sql.queryOne("select row_version, changed_by, changed_at from metric where metric_id = ?", row -> RowStamp.read(row, 1), id);
    }

    /** Marks a metric changed by {@code by} while still at version {@code from}; false, and nothing marked, when someone saved it in between. */
    boolean stampMetric(Sql tx, String id, int from, String by, LocalDateTime at) {
        return tx.update("update metric set row_version = row_version + 1, changed_by = ?, changed_at = ? where metric_id = ? and row_version = ?",
                by, at, id, from) == 1;
    }

    /** A stored value as it is kept (an exact decimal), to tell whether a file changes it. */
    record Stored(java.math.BigDecimal value, String status, String note) {
        boolean sameAs(java.math.BigDecimal other, String otherStatus, String otherNote) {
            boolean sameValue = value == null ? other == null : other != null && value.compareTo(other) == 0;
            return sameValue && status.equals(otherStatus) && java.util.Objects.equals(note, otherNote);
        }
    }

    /** The stored values of the given metrics, keyed by metric, period and authority, read inside the import's transaction. */
    Map<String, Stored> existing(Sql tx, Set<String> metricIds) {
        Map<String, Stored> values = new HashMap<>();
        for (String metric : metricIds) {
            tx.query("select period, authority_code, amount, status, note from metric_value where metric_id = ?", row -> {
                values.put(key(metric, row.getString(1), row.getString(2)), new Stored(row.getBigDecimal(3), row.getString(4), row.getString(5)));
                return null;
            }, metric);
        }
        return values;
    }

    static String key(String metric, String period, String authority) {
        return metric + "|" + period + "|" + authority;
    }

    long insertImport(Sql tx, String fileName, String checksum, String source, String licence, String by, LocalDateTime at, int accepted,
                      int skipped) {
        return tx.insert("insert into value_import (file_name, checksum, source, licence, imported_by, imported_at, rows_accepted, rows_skipped)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)", fileName, checksum, source, licence, by, at, accepted, skipped);
    }

    void insertValues(Sql tx, List<Object[]> rows) {
        tx.batch("insert into metric_value (metric_id, period, authority_code, amount, status, note, import_id) values (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** New values through PostgreSQL's COPY, streamed as CSV so that no row is held twice. */
    void copyValues(Sql tx, List<ValueRow> rows, long importId) {
        tx.copyIn("copy metric_value (metric_id, period, authority_code, amount, status, note, import_id) from stdin with (format csv)",
                new CopyRows(rows, importId));
    }

    void updateValues(Sql tx, List<Object[]> rows) {
        tx.batch("update metric_value set amount = ?, status = ?, note = ?, import_id = ? where metric_id = ? and period = ? and authority_code = ?",
                rows);
    }

    List<ValueImport> imports() {
        return db.query("select * from value_import order by id desc", row -> new ValueImport(row.getLong("id"), row.getString("file_name"),
                row.getString("checksum"), row.getString("source"), row.getString("licence"), row.getString("imported_by"),
                row.getObject("imported_at", LocalDateTime.class), row.getInt("rows_accepted"), row.getInt("rows_skipped")));
    }

    long insertGroup(String owner, String name, String description, List<OnsCode> members, LocalDateTime now,
                     java.util.function.BiConsumer<Sql, Long> also) {
        return db.transaction(tx -> {
            long id = tx.insert("insert into comparison_group (owner_authority, name, description, created_at) values (?, ?, ?, ?)", owner, name,
                    description, now);
            tx.batch("insert into comparison_group_member (group_id, authority_code) values (?, ?)",
                    members.stream().map(m -> new Object[] {id, m.value()}).toList());
            also.accept(tx, id);
            return id;
        });
    }

    /** Whether another group (than {@code exceptId}, if given) has this name. */
    boolean groupNamed(String name, Long exceptId) {
        return db.count("select count(*) from comparison_group where lower(name) = lower(?) and id <> ?", name,
                exceptId == null ? -1L : exceptId) > 0;
    }

    void updateGroup(long id, String name, String description, List<OnsCode> members) {
        updateGroup(id, name, description, members, null, null, null, tx -> { });
    }

    /**
     * Changes a group; given a version, only while the group is still at it (optimistic locking):
     * when someone saved it in between, nothing changes and what is stored now is returned.
     */
    Optional<RowStamp> updateGroup(long id, String name, String description, List<OnsCode> members, Integer from, String by,
                                   LocalDateTime at, java.util.function.Consumer<Sql> also) {
        return db.transaction(tx -> {
            RowStamp stored = tx.queryOne("select row_version, changed_by, changed_at from comparison_group where id = ?",
                    row -> RowStamp.read(row, 1), id).orElse(RowStamp.UNSAVED);
            if (!stored.allows(from)) {
                return Optional.of(stored);
            }
            if (tx.update("update comparison_group set name = ?, description = ?, row_version = row_version + 1, changed_by = ?, changed_at = ?"
                    + " where id = ? and row_version = ?", name, description, by, at, id, stored.version()) == 0) {
                return tx.queryOne("select row_version, changed_by, changed_at from comparison_group where id = ?", row -> RowStamp.read(row, 1), id);
            }
            tx.update("delete from comparison_group_member where group_id = ?", id);
            tx.batch("insert into comparison_group_member (group_id, authority_code) values (?, ?)",
                    members.stream().map(m -> new Object[] {id, m.value()}).toList());
            also.accept(tx);
            return Optional.<RowStamp>empty();
        });
    }

    void deleteGroup(long id, java.util.function.Consumer<Sql> also) {
        db.transaction(tx -> {
            tx.update("delete from comparison_group_member where group_id = ?", id);
            tx.update("delete from comparison_group where id = ?", id);
            also.accept(tx);
            return null;
        });
    }

    List<SavedGroup> groups() {
        Map<Long, List<OnsCode>> members = new HashMap<>();
        db.query("select group_id, authority_code from comparison_group_member order by group_id, authority_code", row -> {
            members.computeIfAbsent(row.getLong(1), k -> new java.util.ArrayList<>()).add(new OnsCode(row.getString(2)));
            return null;
        });
        return db.query("select id, name, description, row_version, owner_authority from comparison_group order by name", row -> new SavedGroup(
                row.getLong(1), row.getString(2), row.getString(3), members.getOrDefault(row.getLong(1), List.of()), row.getInt(4), row.getString(5)));
    }

    /** The periods a metric has values for, in time order (text order would put "June 2023" before "March 2023"). */
    List<String> periods(String metricId) {
        return db.query("select distinct period from metric_value where metric_id = ?", row -> row.getString(1), metricId).stream()
                .sorted(java.util.Comparator.comparing(uk.bestvalue.period.Period::parse)).toList();
    }

    List<MetricValue> values(String metricId, String period) {
        return db.query("select metric_id, period, authority_code, amount, status, note, import_id from metric_value"
                + " where metric_id = ? and period = ? order by authority_code", ExplorerRepository::value, metricId, period);
    }

    List<MetricValue> values(String metricId) {
        return db.query("select metric_id, period, authority_code, amount, status, note, import_id from metric_value"
                + " where metric_id = ? order by period, authority_code", ExplorerRepository::value, metricId);
    }

    List<MetricValue> valuesOf(OnsCode authority) {
        return db.query("select metric_id, period, authority_code, amount, status, note, import_id from metric_value"
                + " where authority_code = ? order by metric_id, period", ExplorerRepository::value, authority.value());
    }

    private static MetricValue value(ResultSet row) throws SQLException {
        double value = row.getDouble("amount");
        Double boxed = row.wasNull() ? null : value;
        return new MetricValue(row.getString("metric_id"), row.getString("period"), new OnsCode(row.getString("authority_code")), boxed,
                ValueStatus.fromId(row.getString("status")).orElseThrow(), row.getString("note"), row.getLong("import_id"));
    }

    private static Metric metric(ResultSet row) throws SQLException {
        Set<AuthorityType> types = Arrays.stream(row.getString("applies_to").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(id -> AuthorityType.fromId(id).orElseThrow()).collect(Collectors.toSet());
        return new Metric(row.getString("metric_id"), row.getString("title"), row.getString("description"), row.getString("unit"),
                Polarity.fromId(row.getString("polarity")).orElseThrow(), row.getString("area"), row.getString("publisher"),
                row.getString("source"), row.getString("licence"), types, row.getString("period_type"), row.getBoolean("generated"),
                (Integer) row.getObject("decimals", Integer.class), row.getString("url"), row.getString("notes"), row.getString("aggregation"));
    }
}
