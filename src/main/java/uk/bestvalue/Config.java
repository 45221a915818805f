package uk.bestvalue;

import java.nio.file.Path;
import java.util.Map;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.DatabaseSettings;

/**
 * Everything the product can be told from outside, read once from the environment and then
 * overridden by command-line options. Nothing else reads environment variables.
 */
public record Config(String host, int port, Path dataDir, String dbUrl, String dbUser, String dbPassword, Boolean example,
                     java.util.Set<String> trustedProxies) {
    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final Path DEFAULT_DATA_DIR = Path.of("data");

    public Config {
        if (port < 0 || port > 65_535) {
            throw new ConfigInvalid("The port must be between 0 and 65535 (0 picks a free one); got " + port);
        }
        host = blankToNull(host) == null ? DEFAULT_HOST : host.strip();
        dataDir = dataDir == null ? DEFAULT_DATA_DIR : dataDir;
        dbUrl = blankToNull(dbUrl);
        dbUser = blankToNull(dbUser);
        dbPassword = blankToNull(dbPassword);
        trustedProxies = trustedProxies == null ? java.util.Set.of() : java.util.Set.copyOf(trustedProxies);
        if (dbUrl != null && !dbUrl.startsWith("jdbc:postgresql:") && !dbUrl.startsWith("jdbc:h2:")) {
            throw new ConfigInvalid("The database URL must start with jdbc:postgresql: (or jdbc:h2:); got '" + dbUrl + "'");
        }
    }

    /** Comma-separated addresses, e.g. "10.0.0.5, 10.0.0.6"; none when blank. */
    private static java.util.Set<String> addresses(String text) {
        if (blankToNull(text) == null) {
            return java.util.Set.of();
        }
        return java.util.Arrays.stream(text.split(",")).map(String::strip).filter(a -> !a.isEmpty()).collect(java.util.stream.Collectors.toSet());
    }

    public static Config defaults() {
        return new Config(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_DATA_DIR, null, null, null, null, java.util.Set.of());
    }

    /**
     * Reads BV_HOST, BV_PORT, BV_DATA_DIR, BV_DB_URL, BV_DB_USER, BV_DB_PASSWORD and BV_TRUSTED_PROXIES
     * (the addresses of the proxies or load balancers in front of the nodes, comma-separated, whose
     * X-Forwarded-For is believed).
     */
    public static Config fromEnvironment(Map<String, String> env) {
        return new Config(
                env.get("BV_HOST"),
                port(env.get("BV_PORT")),
                blankToNull(env.get("BV_DATA_DIR")) == null ? null : Path.of(env.get("BV_DATA_DIR").strip()),
                env.get("BV_DB_URL"),
                env.get("BV_DB_USER"),
                env.get("BV_DB_PASSWORD"),
                yesNo("BV_EXAMPLE", env.get("BV_EXAMPLE")),
                addresses(env.get("BV_TRUSTED_PROXIES")));
    }

    public Config withPort(int newPort) {
        return new Config(host, newPort, dataDir, dbUrl, dbUser, dbPassword, example, trustedProxies);
    }

    public Config withHost(String newHost) {
        return new Config(newHost, port, dataDir, dbUrl, dbUser, dbPassword, example, trustedProxies);
    }

    public Config withDataDir(Path newDataDir) {
        return new Config(host, port, newDataDir, dbUrl, dbUser, dbPassword, example, trustedProxies);
    }

    public Config withDbUrl(String newDbUrl) {
        return new Config(host, port, dataDir, newDbUrl, dbUser, dbPassword, example, trustedProxies);
    }

    public Config withExample(Boolean newExample) {
        return new Config(host, port, dataDir, dbUrl, dbUser, dbPassword, newExample, trustedProxies);
    }

    /**
     * Whether to load the example assessment: as set, or by default on the embedded database (a
     * demonstration) and not on PostgreSQL (a council's real data).
     */
    public boolean loadsExample() {
        return example != null ? example : usesEmbeddedDatabase();
    }

    /** PostgreSQL when a URL is given, otherwise the embedded database in the data directory. */
    public DatabaseSettings databaseSettings() {
        String url = dbUrl != null ? dbUrl : Database.embeddedUrl(dataDir);
        return DatabaseSettings.of(url, dbUser, dbPassword);
    }

    public boolean usesEmbeddedDatabase() {
        return dbUrl == null;
    }

    private static int port(String text) {
        if (blankToNull(text) == null) {
            return DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ConfigInvalid("BV_PORT must be a port number such as 8080; got '" + text + "'");
        }
    }

    private static Boolean yesNo(String name, String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        return switch (text.strip().toLowerCase()) {
            case "yes", "true", "1" -> Boolean.TRUE;
            case "no", "false", "0" -> Boolean.FALSE;
            default -> throw new ConfigInvalid(name + " must be yes or no; got '" + text + "'");
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @Override
    public String toString() {
        return "Config[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", dbUrl=" + dbUrl + ", dbUser=" + dbUser
                + ", dbPassword=" + (dbPassword == null ? null : "***") + ", example=" + example + "]";
    }
}
