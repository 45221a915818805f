package uk.bestvalue.neighbours;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.bestvalue.store.Database;


/** The SQL of neighbour sets, their lists and the indicators a computed set was made from. */
final class NeighbourRepository {
    private final Database db;

    NeighbourRepository(Database db) {
        this.db = db;
    }

    /** A stored list row: authority, rank, neighbour, distance, outside. */
    record Row(String authority, int rank, String neighbour, Double distance, boolean outside) {
    }

    /** One authority's figure for one indicator of a computed set. */
    record Indicator(String authority, String indicator, double raw, double z, String derivation) {
    }

    private static final String SET_COLUMNS = "s.set_key, s.name, s.publisher, s.licence, s.source, s.method, s.edition, s.computed,"
            + " (select count(distinct n.authority_code) from neighbour n where n.set_key = s.set_key),"
            + " (select count(*) from neighbour n where n.set_key = s.set_key and n.outside)";

    List<NeighbourSet> sets() {
        return db.query("select " + SET_COLUMNS + " from neighbour_set s order by s.computed, s.set_key", NeighbourRepository::set);
    }

    Optional<NeighbourSet> set(String key) {
        return db.queryOne("select " + SET_COLUMNS + " from neighbour_set s where s.set_key = ?", NeighbourRepository::set, key);
    }

    private static NeighbourSet set(java.sql.ResultSet r) throws java.sql.SQLException {
        return new NeighbourSet(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                r.getString(7), r.getBoolean(8), r.getInt(9), r.getInt(10));
    }

    /** Replaces a set and everything in it, in one transaction: a failure leaves the set as it was. */
    void replace(NeighbourSet set, List<Row> rows, List<Indicator> indicators, LocalDateTime now) {
        db.transaction(tx -> {
            tx.update("delete from neighbour_set where set_key = ?", set.key());
            tx.update("insert into neighbour_set (set_key, name, publisher, licence, source, method, edition, computed, saved_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)", set.key(), set.name(), set.publisher(), set.licence(), set.source(),
                    set.method(), set.edition(), set.computed(), now);
            tx.batch("insert into neighbour (set_key, authority_code, rank, neighbour_code, distance, outside) values (?, ?, ?, ?, ?, ?)",
                    rows.stream().map(r -> new Object[] {set.key(), r.authority(), r.rank(), r.neighbour(), r.distance(), r.outside()}).toList());
            tx.batch("insert into neighbour_indicator (set_key, authority_code, indicator, raw_value, z_score, derivation) values (?, ?, ?, ?, ?, ?)",
                    indicators.stream().map(i -> new Object[] {set.key(), i.authority(), i.indicator(), i.raw(), i.z(), i.derivation()}).toList());
            return null;
        });
    }

    /** The stored lists of a set unchanged, to tell whether an import changes anything. */
    List<Row> rows(String setKey) {
        return db.query("select authority_code, rank, neighbour_code, distance, outside from neighbour where set_key = ?"
                + " order by authority_code, rank", NeighbourRepository::row, setKey);
    }

    List<Row> list(String setKey, String authority) {
        return db.query("select authority_code, rank, neighbour_code, distance, outside from neighbour where set_key = ? and authority_code = ?"
                + " order by rank", NeighbourRepository::row, setKey, authority);
    }

    /** Which sets hold a list for the authority. */
    List<String> setsListing(String authority) {
        return db.query("select distinct set_key from neighbour where authority_code = ? order by set_key", r -> r.getString(1), authority);
    }

    private static Row row(java.sql.ResultSet r) throws java.sql.SQLException {
        double distance = r.getDouble(4);
        boolean none = r.wasNull();
        return new Row(r.getString(1), r.getInt(2), r.getString(3), none ? null : distance, r.getBoolean(5));
    }

    /** Every indicator of a computed set, keyed by authority code. */
    Map<String, List<Indicator>> indicators(String setKey) {
        Map<String, List<Indicator>> byAuthority = new HashMap<>();
        db.query("select authority_code, indicator, raw_value, z_score, derivation from neighbour_indicator where set_key = ?"
                + " order by authority_code, indicator", r -> {
            Indicator i = new Indicator(r.getString(1), r.getString(2), r.getDouble(3), r.getDouble(4), r.getString(5));
            byAuthority.computeIfAbsent(i.authority(), k -> new ArrayList<>()).add(i);
            return null;
        }, setKey);
        return byAuthority;
    }

}
