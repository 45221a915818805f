package uk.bestvalue.network;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.RowStamp;
import uk.bestvalue.store.Sql;

/** The SQL of benchmarking networks, their members and what members share. */
final class NetworkRepository {
    private final Database db;

    NetworkRepository(Database db) {
        this.db = db;
    }

    Database db() {
        return db;
    }

    List<Network> networks() {
        Map<Long, List<Network.Member>> members = new LinkedHashMap<>();
        db.query("select m.network_id, m.authority_code, a.name, m.shares_scores from network_member m"
                + " join authority a on a.code = m.authority_code order by m.network_id, a.name", r -> {
            members.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new Network.Member(r.getString(2), r.getString(3), r.getBoolean(4)));
            return null;
        });
        return db.query("select id, name, description, convenor, row_version from network order by name", r -> new Network(r.getLong(1), r.getString(2),
                r.getString(3), r.getString(4), members.getOrDefault(r.getLong(1), List.of()), r.getInt(5)));
    }

    Optional<Network> network(long id) {
        return networks().stream().filter(n -> n.id() == id).findFirst();
    }

    boolean named(String name, long exceptId) {
        return db.count("select count(*) from network where lower(name) = lower(?) and id <> ?", name, exceptId) > 0;
    }

    long insert(Sql tx, String name, String description, String convenor, List<String> members, LocalDateTime now) {
        long id = tx.insert("insert into network (name, description, convenor, created_at) values (?, ?, ?, ?)", name, description, convenor, now);
        tx.batch("insert into network_member (network_id, authority_code, shares_scores, joined_at) values (?, ?, ?, ?)",
                members.stream().map(m -> new Object[] {id, m, false, now}).toList());
        return id;
    }

    void addMember(Sql tx, long id, String code, LocalDateTime now) {
        tx.update("insert into network_member (network_id, authority_code, shares_scores, joined_at) values (?, ?, ?, ?)", id, code, false, now);
    }

    void removeMember(Sql tx, long id, String code) {
        tx.update("delete from network_member where network_id = ? and authority_code = ?", id, code);
    }

    void delete(Sql tx, long id) {
        tx.update("delete from network where id = ?", id);
    }

    void setSharing(Sql tx, long id, String code, boolean shares) {
        tx.update("update network_member set shares_scores = ? where network_id = ? and authority_code = ?", shares, id, code);
    }

    long share(Sql tx, long id, String code, String title, String body, LocalDate embargo, LocalDateTime now) {
        return tx.insert("insert into network_share (network_id, authority_code, title, body, embargo_until, shared_at) values (?, ?, ?, ?, ?, ?)",
                id, code, title, body, embargo, now);
    }

    List<NetworkShare> shares(long id) {
        return db.query("select s.id, s.authority_code, a.name, s.title, s.body, s.embargo_until, s.shared_at, s.row_version from network_share s"
                + " join authority a on a.code = s.authority_code where s.network_id = ? order by s.shared_at desc, s.id desc",
                r -> new NetworkShare(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getObject(6, LocalDate.class), r.getObject(7, LocalDateTime.class), r.getInt(8)), id);
    }

    /**
     * Renames a network or changes its description; given a version, only while the network is still
     * at it (optimistic locking): when someone saved it in between, nothing changes and what is stored
     * now is returned.
     */
    Optional<RowStamp> update(Sql tx, long id, String name, String description, Integer from, String by, LocalDateTime at) {
        RowStamp stored = tx.queryOne("select row_version, changed_by, changed_at from network where id = ?", r -> RowStamp.read(r, 1), id)
                .orElse(RowStamp.UNSAVED);
        if (!stored.allows(from) || tx.update("update network set name = ?, description = ?, row_version = row_version + 1, changed_by = ?,"
                + " changed_at = ? where id = ? and row_version = ?", name, description, by, at, id, stored.version()) == 0) {
            return Optional.of(tx.queryOne("select row_version, changed_by, changed_at from network where id = ?", r -> RowStamp.read(r, 1), id)
                    .orElse(stored));
        }
        return Optional.empty();
    }

    /** Changes what a member shared, as {@link #update} does a network. */
    Optional<RowStamp> updateShare(Sql tx, long shareId, String title, String body, LocalDate embargo, Integer from, String by, LocalDateTime at) {
        RowStamp stored = tx.queryOne("select row_version, changed_by, changed_at from network_share where id = ?", r -> RowStamp.read(r, 1), shareId)
                .orElse(RowStamp.UNSAVED);
        if (!stored.allows(from) || tx.update("update network_share set title = ?, body = ?, embargo_until = ?, row_version = row_version + 1,"
                + " changed_by = ?, changed_at = ? where id = ? and row_version = ?", title, body, embargo, by, at, shareId, stored.version()) == 0) {
            return Optional.of(tx.queryOne("select row_version, changed_by, changed_at from network_share where id = ?", r -> RowStamp.read(r, 1), shareId)
                    .orElse(stored));
        }
        return Optional.empty();
    }

    void deleteShare(Sql tx, long shareId) {
        tx.update("delete from network_share where id = ?", shareId);
    }
}
