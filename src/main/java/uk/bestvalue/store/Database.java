package uk.bestvalue.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The connection pool, the schema migrations and transactions: everything the features need from
 * a database, on either engine.
 */
public final class Database implements Sql, AutoCloseable {

    /**
     * H2 in PostgreSQL mode with lower-case identifiers, so that one set of migrations and one SQL
     * dialect serve both engines.
     */
    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private final HikariDataSource pool;
    private final Engine engine;
    private final ChangeFeed changes;

    private Database(HikariDataSource pool, Engine engine, DatabaseSettings settings) {
        this.pool = pool;
        this.engine = engine;
        this.changes = new ChangeFeed(this, settings, engine);
    }

    /** The JDBC URL of the embedded database kept in the given data directory. */
    public static String embeddedUrl(Path dataDirectory) {
        return "jdbc:h2:file:" + dataDirectory.toAbsolutePath().resolve("bestvalue") + H2_OPTIONS;
    }

    /** The JDBC URL of a private in-memory database, gone when the last connection closes. */
    public static String inMemoryUrl(String name) {
        return "jdbc:h2:mem:" + name + H2_OPTIONS;
    }

    /** Opens a pool to the database and checks that it answers. */
    public static Database open(DatabaseSettings settings) {
        Objects.requireNonNull(settings, "settings");
        Engine engine = Engine.of(settings.url());
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        if (settings.user() != null) {
            config.setUsername(settings.user());
        } else if (engine == Engine.H2) {
            config.setUsername("sa");
        }
        if (settings.password() != null) {
            config.setPassword(settings.password());
        }
        config.setMaximumPoolSize(settings.poolSize());
        config.setPoolName("bestvalue");
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(2_000);
        try {
            return new Database(new HikariDataSource(config), engine, settings);
        } catch (HikariPool.PoolInitializationException e) {
            throw new DatabaseUnavailable(explain(engine, settings.url(), e), e);
        }
    }

    /** Opens the database and brings its schema up to date. */
    public static Database migrated(DatabaseSettings settings) {
        Database database = open(settings);
        try {
            database.migrate();
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Applies any pending Flyway migrations and returns how many ran. */
    public int migrate() {
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    // Each feature numbers its migrations in its own range, so a database that already has a
                    // later feature's migrations must still take a new one with a lower number.
                    .outOfOrder(true)
                    .load()
                    .migrate();
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw new DatabaseUnavailable("The database schema could not be brought up to date: " + e.getMessage(), e);
        }
    }

    public Engine engine() {
        return engine;
    }

    /** The engine's own name and version, as it reports them; fails if the database does not answer. */
    public String engineVersion() {
        try (Connection connection = connection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new DatabaseUnavailable("The database did not answer: " + e.getMessage(), e);
        }
    }

    /**
     * Runs the work in one transaction: committed when it returns, rolled back when it throws, so
     * that nothing is ever half-saved.
     */
    public <T> T transaction(Function<Sql, T> work) {
        try (Connection connection = connection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(new Transaction(connection));
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            RuntimeException clash = Statements.clash(e);
            throw clash != null ? clash : new StoreFailure("Transaction failed: " + e.getMessage(), e);
        }
    }

    @Override
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (Connection connection = connection()) {
            return Statements.query(connection, sql, mapper, params);
        } catch (SQLException e) {
            throw new StoreFailure("Could not release a connection: " + e.getMessage(), e);
        }
    }

    @Override
    public int update(String sql, Object... params) {
        try (Connection connection = connection()) {
            return Statements.update(connection, sql, params);
        } catch (SQLException e) {
            throw new StoreFailure("Could not release a connection: " + e.getMessage(), e);
        }
    }

    @Override
    public long insert(String sql, Object... params) {
        try (Connection connection = connection()) {
            return Statements.insert(connection, sql, params);
        } catch (SQLException e) {
            throw new StoreFailure("Could not release a connection: " + e.getMessage(), e);
        }
    }

    @Override
    public void batch(String sql, List<Object[]> paramsPerRow) {
        transaction(tx -> {
            tx.batch(sql, paramsPerRow);
            return null;
        });
    }

    private Connection connection() {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new DatabaseUnavailable("No database connection could be had: " + e.getMessage(), e);
        }
    }

    /** How the nodes of the service tell each other that what they keep in memory has changed. */
    public ChangeFeed changes() {
        return changes;
    }

    @Override
    public void close() {
        changes.close();
        pool.close();
    }

    private static String explain(Engine engine, String url, Exception e) {
        String reason = rootMessage(e);
        if (engine == Engine.H2 && reason != null && reason.contains("already in use")) {
            return "The embedded database is in use by another Best Value Workbench process (is 'serve' running?). "
                    + "Stop that process, or point both at PostgreSQL. Database: " + url;
        }
        return "Cannot connect to the " + engine.label() + " database at " + url + ": " + reason;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private record Transaction(Connection connection) implements Sql {
        @Override
        public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
            return Statements.query(connection, sql, mapper, params);
        }

        @Override
        public int update(String sql, Object... params) {
            return Statements.update(connection, sql, params);
        }

        @Override
        public long insert(String sql, Object... params) {
            return Statements.insert(connection, sql, params);
        }

        @Override
        public void batch(String sql, List<Object[]> paramsPerRow) {
            Statements.batch(connection, sql, paramsPerRow);
        }

        @Override
        public long copyIn(String copySql, java.io.Reader data) {
            try {
                if (!connection.isWrapperFor(org.postgresql.PGConnection.class)) {
                    return Sql.super.copyIn(copySql, data);
                }
                return connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn(copySql, data);
            } catch (SQLException e) {
                RuntimeException clash = Statements.clash(e);
                throw clash != null ? clash : new StoreFailure("COPY failed: " + e.getMessage(), e);
            } catch (java.io.IOException e) {
                throw new StoreFailure("COPY failed: " + e.getMessage(), e);
            }
        }
    }
}
