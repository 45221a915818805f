package uk.bestvalue.store;

import java.util.List;
import java.util.Optional;

/**
 * Plain SQL with positional parameters, the one way features talk to the database.
 * {@link Database} runs each call on its own connection; {@link Database#transaction} hands out
 * one bound to a single transaction.
 */
public interface Sql {

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... params);

    default <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        if (rows.size() > 1) {
            throw new StoreFailure("Expected at most one row but got " + rows.size() + " from: " + sql);
        }
        return rows.stream().findFirst();
    }

    default long count(String sql, Object... params) {
        return queryOne(sql, row -> row.getLong(1), params).orElse(0L);
    }

    /** Runs an insert, update or delete and returns the number of rows it touched. */
    int update(String sql, Object... params);

    /** Runs an insert into a table whose key column {@code id} is generated, and returns the new key. */
    long insert(String sql, Object... params);

    /**
     * Streams rows into a table with PostgreSQL's COPY ... FROM STDIN (the fastest way in) and
     * returns how many went in. Only inside a transaction on PostgreSQL.
     */
    default long copyIn(String copySql, java.io.Reader data) {
        throw new UnsupportedOperationException("COPY is only available inside a transaction on PostgreSQL");
    }

    /** Runs one statement for every parameter list, in JDBC batches. */
    void batch(String sql, List<Object[]> paramsPerRow);
}
