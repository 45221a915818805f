package uk.bestvalue.store;

import java.util.Objects;

/** Where the database is and how to log in; user and password may be null (embedded, or trust). */
public record DatabaseSettings(String url, String user, String password, int poolSize) {
    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1, got " + poolSize);
        }
    }

    public static DatabaseSettings of(String url, String user, String password) {
        return new DatabaseSettings(url, user, password, 10);
    }

    /** The URL without any password that may be embedded in it, for messages and logs. */
    public String displayUrl() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
