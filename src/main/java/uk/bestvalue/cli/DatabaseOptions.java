package uk.bestvalue.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import uk.bestvalue.Config;

/** The options every command that uses the database shares. */
final class DatabaseOptions {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Directory of the embedded database (default: ./data, or BV_DATA_DIR).")
    Path dataDir;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "PostgreSQL instead of the embedded database, e.g. jdbc:postgresql://localhost:5432/bestvalue "
                    + "(default: BV_DB_URL). Credentials come from BV_DB_USER and BV_DB_PASSWORD.")
    String dbUrl;

    Config applyTo(Config config) {
        Config result = config;
        if (dataDir != null) {
            result = result.withDataDir(dataDir);
        }
        if (dbUrl != null) {
            result = result.withDbUrl(dbUrl);
        }
        return result;
    }

    static String describe(Config config) {
        return config.usesEmbeddedDatabase()
                ? "embedded H2 database in " + config.dataDir().toAbsolutePath().normalize()
                : "PostgreSQL database at " + config.databaseSettings().displayUrl();
    }
}
