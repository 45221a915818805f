package uk.bestvalue.auth;

import java.util.List;
import uk.bestvalue.store.Sql;

/** The SQL of the audit trail: append, move the head, read in order. */
final class AuditRepository {
    record Head(long seq, String hash) {
    }

    private static final String COLUMNS = "seq, at, actor_kind, actor_id, actor_name, authority_code, entity, entity_id, action,"
            + " before_json, after_json, prev_hash, hash";

    /** Reads the head and locks it until the transaction ends: appends are chained one at a time. */
    Head lockHead(Sql tx) {
        tx.update("update audit_head set seq = seq where id = 1");
        return head(tx);
    }

    Head head(Sql sql) {
        return sql.queryOne("select seq, hash from audit_head where id = 1", row -> new Head(row.getLong(1), row.getString(2)))
                .orElseThrow(() -> new IllegalStateException("The audit trail's head row is missing"));
    }

    void append(Sql tx, AuditEntry e, String hash) {
        tx.update("insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.seq(), e.at(), e.actorKind(), e.actorId(), e.actorName(), e.authority(), e.entity(), e.entityId(), e.action(),
                e.before(), e.after(), e.prevHash(), hash);
    }

    void moveHead(Sql tx, long seq, String hash) {
        tx.update("update audit_head set seq = ?, hash = ? where id = 1", seq, hash);
    }

    List<AuditEntry> page(Sql sql, long afterSeq, int size) {
        return sql.query("select " + COLUMNS + " from audit_entry where seq > ? order by seq limit " + size,
                AuditRepository::entry, afterSeq);
    }

    List<AuditEntry> pageForAuthority(Sql sql, String authority, long afterSeq, int size) {
        return sql.query("select " + COLUMNS + " from audit_entry where authority_code = ? and seq > ? order by seq limit " + size,
                AuditRepository::entry, authority, afterSeq);
    }

    /** The authority's entries that any of the keys names, newest first, at most {@code limit}. */
    List<AuditEntry> history(Sql sql, String authority, List<HistoryKey> keys, int limit) {
        if (keys.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder();
        List<Object> params = new java.util.ArrayList<>();
        params.add(authority);
        for (HistoryKey key : keys) {
            where.append(where.length() == 0 ? "" : " or ").append(key.prefix() ? "(entity = ? and entity_id like ?)" : "(entity = ? and entity_id = ?)");
            params.add(key.entity());
            params.add(key.prefix() ? key.entityId().replace("\\", "").replace("%", "").replace("_", "\\_") + "/%" : key.entityId());
        }
        return sql.query("select " + COLUMNS + " from audit_entry where authority_code = ? and (" + where + ") order by seq desc limit " + limit,
                AuditRepository::entry, params.toArray());
    }

    List<AuditEntry> forEntity(Sql sql, String entity, String entityId) {
        return sql.query("select " + COLUMNS + " from audit_entry where entity = ? and entity_id = ? order by seq",
                AuditRepository::entry, entity, entityId);
    }

    private static AuditEntry entry(java.sql.ResultSet row) throws java.sql.SQLException {
        long actorId = row.getLong(4);
        Long actor = row.wasNull() ? null : actorId;
        return new AuditEntry(row.getLong(1), row.getString(2), row.getString(3), actor, row.getString(5), row.getString(6),
                row.getString(7), row.getString(8), row.getString(9), row.getString(10), row.getString(11), row.getString(12),
                row.getString(13));
    }
}
