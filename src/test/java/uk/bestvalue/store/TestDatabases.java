package uk.bestvalue.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Empty, migrated databases for tests. PostgreSQL comes from {@code BV_TEST_PG_URL} (user
 * {@code BV_TEST_PG_USER}, default postgres; password {@code BV_TEST_PG_PASSWORD}); each database
 * is a schema of its own, dropped when the test JVM ends. When PostgreSQL is expected but not
 * configured or not reachable, the test fails: a skipped database test proves nothing.
 */
public final class TestDatabases {
    private static final List<String> CREATED_SCHEMAS = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropSchemas, "drop-test-schemas"));
    }

    private TestDatabases() {
    }

    public static Stream<Engine> engines() {
        return postgresWanted() ? Stream.of(Engine.H2, Engine.POSTGRESQL) : Stream.of(Engine.H2);
    }

    public static boolean postgresWanted() {
        return !"off".equalsIgnoreCase(System.getProperty("bv.pg", "on"));
    }

    /** A new database with the current schema and nothing in it. */
    public static Database fresh(Engine engine) {
        return Database.migrated(settings(engine));
    }

    /** Where a new empty database is, without opening it. */
    public static DatabaseSettings settings(Engine engine) {
        return switch (engine) {
            case H2 -> new DatabaseSettings(Database.inMemoryUrl("test-" + UUID.randomUUID()), null, null, 4);
            case POSTGRESQL -> postgresSchema();
        };
    }

    private static DatabaseSettings postgresSchema() {
        String url = System.getenv("BV_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("BV_TEST_PG_URL is not set, so the PostgreSQL tests cannot run. "
                    + "Run the tests with ./test (which starts a throwaway PostgreSQL server), set BV_TEST_PG_URL, "
                    + "or opt out explicitly with -Dbv.pg=off");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(url, user(), System.getenv("BV_TEST_PG_PASSWORD"));
             Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the PostgreSQL test server at " + url + ": " + e.getMessage(), e);
        }
        synchronized (CREATED_SCHEMAS) {
            CREATED_SCHEMAS.add(schema);
        }
        String separator = url.contains("?") ? "&" : "?";
        return new DatabaseSettings(url + separator + "currentSchema=" + schema, user(), System.getenv("BV_TEST_PG_PASSWORD"), 4);
    }

    private static String user() {
        String user = System.getenv("BV_TEST_PG_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    private static void dropSchemas() {
        String url = System.getenv("BV_TEST_PG_URL");
        if (url == null || CREATED_SCHEMAS.isEmpty()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(url, user(), System.getenv("BV_TEST_PG_PASSWORD"));
             Statement statement = connection.createStatement()) {
            for (String schema : CREATED_SCHEMAS) {
                statement.execute("drop schema if exists " + schema + " cascade");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop the test schemas: " + e.getMessage());
        }
    }
}
