package uk.bestvalue.store;

/** The two database engines the product runs on. */
public enum Engine {
    H2("H2 (embedded file database)"),
    POSTGRESQL("PostgreSQL");

    private final String label;

    Engine(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Engine of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new DatabaseUnavailable("Unsupported database URL '" + jdbcUrl
                + "': use jdbc:postgresql://host:port/database, or leave it unset for the embedded database");
    }
}
